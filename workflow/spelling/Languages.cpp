#include "spelling/Languages.h"

#include "core/Error.h"
#include "core/FileBytes.h"
#include "core/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace copydesk
{

QString dictionaryForTag(const QString &tagIn, const QString &defaultEnglish)
{
    const QString tag = tagIn.trimmed();
    const QString english = defaultEnglish.isEmpty() ? QStringLiteral("en_US") : defaultEnglish;
    if (tag.isEmpty())
        return english;
    QStringList parts = tag.split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return english;
    const QString language = parts[0].toLower();
    if (language == QLatin1String("ko"))
        return QStringLiteral("ko_KR");
    if (parts.size() < 2)
        return language == QLatin1String("en") ? english : language + u'_' + language.toUpper();
    return language + u'_' + parts[1].toUpper();
}

QString newsroomEnglish(const QString &newsroomRoot)
{
    const QString fallback = QStringLiteral("en_US");
    if (newsroomRoot.isEmpty())
        return fallback;
    const QString path = QDir(newsroomRoot).filePath(QStringLiteral("copydesk/newsroom.json"));
    if (QFileInfo(path).isSymLink())
        return fallback;
    const std::optional<QByteArray> bytes = readFileBytes(path, kMaxJsonBytes);
    if (!bytes)
        return fallback;
    try {
        const QJsonObject config = parseJsonObject(*bytes, path);
        for (const QJsonValue &v : config.value(QStringLiteral("languages")).toArray()) {
            const QString tag = v.toString();
            if (tag.startsWith(QLatin1String("en"), Qt::CaseInsensitive) && tag.size() > 2)
                return dictionaryForTag(tag);
        }
    } catch (const Error &) {
        // verify and every command that opens the newsroom report it.
    }
    return fallback;
}

LazyDictionaries::LazyDictionaries(const QStringList &names, const QStringList &searchPath,
                                   OnLoad onLoad)
    : m_searchPath(searchPath), m_onLoad(std::move(onLoad))
{
    for (const QString &name : names) {
        auto slot = std::make_shared<Slot>();
        for (const QString &dir : searchPath) {
            if (QFileInfo::exists(QDir(dir).filePath(name + QStringLiteral(".aff"))) &&
                QFileInfo::exists(QDir(dir).filePath(name + QStringLiteral(".dic"))))
                slot->installed = true;
        }
        m_slots.insert(name, slot);
    }
}

bool LazyDictionaries::installed(const QString &name) const
{
    const auto slot = m_slots.value(name);
    return slot && slot->installed;
}

HunspellDictionary *LazyDictionaries::get(const QString &name) const
{
    const auto it = m_slots.constFind(name);
    if (it == m_slots.constEnd() || !it.value()->installed)
        return nullptr;
    const Slot &slot = *it.value();
    std::call_once(slot.once, [&] {
        auto dict = DictionaryRegistry::find(name, m_searchPath);
        if (dict && m_onLoad)
            m_onLoad(*dict);
        slot.dict = dict;
        slot.loaded = dict != nullptr;
    });
    return slot.dict.get();
}

bool LazyDictionaries::loaded(const QString &name) const
{
    const auto slot = m_slots.value(name);
    return slot && slot->loaded.load();
}

} // namespace copydesk
