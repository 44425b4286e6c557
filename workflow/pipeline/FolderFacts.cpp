#include "pipeline/FolderFacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk
{

void FolderFactsCache::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxBytes)
        return;
    for (const QByteArray &line : f.readAll().split('\n')) {
        // A line cut short by a crash does not end in '}': skipped.
        if (line.size() > 42 && line.at(40) == '\t' && line.endsWith('}'))
            m_lines.insert(line.left(40), line.mid(41));
    }
}

std::optional<FolderFacts> FolderFactsCache::get(const QString &folderId) const
{
    load();
    const auto it = m_lines.constFind(folderId.toLatin1());
    if (it == m_lines.constEnd())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*it, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    FolderFacts f;
    f.stage = o.value(QStringLiteral("stage")).toString();
    f.reviewer = o.value(QStringLiteral("reviewer")).toString();
    f.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    f.unresolvedComments = o.value(QStringLiteral("comments")).toInt();
    f.textId = o.value(QStringLiteral("text")).toString();
    f.ledgerId = o.value(QStringLiteral("ledger")).toString();
    return f;
}

void FolderFactsCache::put(const QString &folderId, const FolderFacts &facts)
{
    load();
    const QByteArray key = folderId.toLatin1();
    if (key.size() != 40)
        return;
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{QStringLiteral("stage"), facts.stage},
                        {QStringLiteral("reviewer"), facts.reviewer},
                        {QStringLiteral("due"),
                         facts.due.isValid() ? facts.due.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("comments"), facts.unresolvedComments},
                        {QStringLiteral("text"), facts.textId},
                        {QStringLiteral("ledger"), facts.ledgerId}})
            .toJson(QJsonDocument::Compact);
    m_lines.insert(key, json);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (f.size() > kMaxBytes)
        f.remove(); // grown with old folders: start again
    // One short line per append, so concurrent writers interleave whole lines.
    if (f.open(QIODevice::Append))
        f.write(key + '\t' + json + '\n');
}

} // namespace copydesk
