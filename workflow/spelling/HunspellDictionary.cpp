#include "spelling/HunspellDictionary.h"

#include "core/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <hunspell/hunspell.hxx>

namespace copydesk
{

namespace
{

// Hunspell names encodings its own way ("ISO8859-1"); Qt wants "ISO-8859-1".
QString qtEncodingName(QString hunspellName)
{
    hunspellName = hunspellName.trimmed();
    if (hunspellName.startsWith(QLatin1String("ISO8859"), Qt::CaseInsensitive))
        hunspellName.insert(3, u'-');
    return hunspellName;
}

} // namespace

HunspellDictionary::HunspellDictionary(const QString &name, const QString &affPath,
                                       const QString &dicPath)
    : m_name(name), m_dicPath(dicPath)
{
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                            QFile::encodeName(dicPath).constData());
    m_encoding = QString::fromLatin1(m_hunspell->get_dic_encoding());
    const QString qtName = qtEncodingName(m_encoding);
    m_utf8 = qtName.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    if (!m_utf8) {
        m_encoder = QStringEncoder(qtName.toLatin1().constData());
        m_decoder = QStringDecoder(qtName.toLatin1().constData());
        if (!m_encoder.isValid() || !m_decoder.isValid())
            throw Error(QStringLiteral("Dictionary %1 (%2) uses the encoding %3, which this "
                                       "build of Qt cannot convert")
                            .arg(name, affPath, m_encoding));
    }
    // hunspell-ko stores its words as decomposed jamo (checked: adding a
    // precomposed word has no effect, a decomposed one takes the particles).
    // Its ICONV table composes what it is asked to check, but words added
    // at run time must be decomposed by us.
    m_decomposed = name.startsWith(QLatin1String("ko"));
}

HunspellDictionary::~HunspellDictionary() = default;

std::string HunspellDictionary::encode(const QString &word) const
{
    const QString w = m_decomposed ? word.normalized(QString::NormalizationForm_D) : word;
    if (m_utf8)
        return w.toStdString();
    const QByteArray bytes = m_encoder.encode(w);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString HunspellDictionary::decode(const std::string &bytes) const
{
    QString s =
        m_utf8 ? QString::fromStdString(bytes)
               : QString(m_decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size()))));
    return m_decomposed ? s.normalized(QString::NormalizationForm_C) : s;
}

bool HunspellDictionary::check(const QString &word) const
{
    m_lookups.fetch_add(1, std::memory_order_relaxed);
    Shard &shard = m_shards[qHash(word) % kShards];
    {
        std::shared_lock lock(shard.lock);
        const auto it = shard.known.constFind(word);
        if (it != shard.known.constEnd())
            return it.value();
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    bool ok = false;
    {
        std::lock_guard lock(m_hunspellLock);
        QElapsedTimer timer;
        timer.start();
        // The ICONV table of hunspell-ko composes input itself, so checking
        // needs no normalisation; only encoding.
        const QString &w = word;
        if (m_utf8) {
            ok = m_hunspell->spell(w.toStdString());
        } else {
            const QByteArray bytes = m_encoder.encode(w);
            ok = !m_encoder.hasError() &&
                 m_hunspell->spell(std::string(bytes.constData(), size_t(bytes.size())));
            m_encoder.resetState();
        }
        m_hunspellNs.fetch_add(timer.nsecsElapsed(), std::memory_order_relaxed);
    }
    std::unique_lock lock(shard.lock);
    shard.known.insert(word, ok);
    return ok;
}

QStringList HunspellDictionary::suggest(const QString &word) const
{
    std::lock_guard lock(m_hunspellLock);
    QStringList out;
    for (const std::string &s : m_hunspell->suggest(encode(word)))
        out.append(decode(s));
    out.removeDuplicates();
    return out;
}

void HunspellDictionary::forgetRejections()
{
    for (Shard &shard : m_shards) {
        std::unique_lock lock(shard.lock);
        shard.known.removeIf([](const auto &it) { return !it.value(); });
    }
}

bool HunspellDictionary::addWithAffix(const QString &word, const QString &model)
{
    const QString key = word + u'\t' + model;
    {
        std::lock_guard lock(m_hunspellLock);
        if (m_added.contains(key))
            return true;
        // add_with_affix copies the model's flags; it fails (non-zero) when
        // the model is unknown, and only finds it in the dictionary's form.
        if (m_hunspell->add_with_affix(encode(word), encode(model)) != 0)
            return false;
        m_added.insert(key);
    }
    forgetRejections();
    return true;
}

void HunspellDictionary::add(const QString &word)
{
    {
        std::lock_guard lock(m_hunspellLock);
        if (m_added.contains(word))
            return;
        m_hunspell->add(encode(word));
        m_added.insert(word);
    }
    forgetRejections();
}

const QSet<QString> &HunspellDictionary::entries() const
{
    std::call_once(m_entriesOnce, [this] {
        std::lock_guard lock(m_hunspellLock); // the decoder
        QFile f(m_dicPath);
        if (!f.open(QIODevice::ReadOnly))
            return;
        bool first = true; // the word count
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (first) {
                first = false;
                continue;
            }
            qsizetype end = line.indexOf('/');
            if (end < 0)
                end = line.size();
            while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r'))
                --end;
            QString word = decode(std::string(line.constData(), size_t(end)))
                               .normalized(QString::NormalizationForm_D);
            if (word.isEmpty())
                continue;
            if (word.endsWith(QStringLiteral("\u1103\u1161"))) // 다, decomposed
                m_entries.insert(word.chopped(2));
            m_entries.insert(word);
        }
    });
    return m_entries;
}

HunspellDictionary::Stats HunspellDictionary::stats() const
{
    return {m_lookups.load(), m_misses.load(), m_hunspellNs.load()};
}

QStringList DictionaryRegistry::defaultSearchPath()
{
    const QString env = qEnvironmentVariable("COPYDESK_HUNSPELL_PATH");
    if (qEnvironmentVariableIsSet("COPYDESK_HUNSPELL_PATH"))
        return env.split(u':', Qt::SkipEmptyParts);
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts")};
}

QString DictionaryRegistry::packageFor(const QString &name)
{
    if (name.startsWith(QLatin1String("ko")))
        return QStringLiteral("hunspell-ko");
    // en_US → hunspell-en-us, de_DE → hunspell-de-de
    return QStringLiteral("hunspell-") + name.toLower().replace(u'_', u'-');
}

std::shared_ptr<HunspellDictionary> DictionaryRegistry::find(const QString &name,
                                                             const QStringList &searchPath)
{
    static std::mutex lock;
    // Kept for the life of the process: loading ko_KR takes 0.3 s and 56 MB.
    // Never destroyed either: freeing its tables at exit cost every command
    // that checked Korean another 0.1-0.3 s, for memory the OS takes back.
    static auto &loaded = *new QMap<QString, std::shared_ptr<HunspellDictionary>>; // by .dic path

    for (const QString &dir : searchPath) {
        const QString aff = QDir(dir).filePath(name + QStringLiteral(".aff"));
        const QString dic = QDir(dir).filePath(name + QStringLiteral(".dic"));
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        const QString key = QFileInfo(dic).canonicalFilePath();
        std::lock_guard guard(lock);
        if (auto existing = loaded.value(key))
            return existing;
        auto dict = std::make_shared<HunspellDictionary>(name, aff, dic);
        loaded.insert(key, dict);
        return dict;
    }
    return nullptr;
}

} // namespace copydesk
