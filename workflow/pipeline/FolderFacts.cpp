#include "pipeline/FolderFacts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk
{

std::optional<FolderFacts> FolderFactsCache::get(const QString &folderId) const
{
    const auto line = m_lines.get(folderId.toLatin1());
    if (!line)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(line->data(), line->size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    // A line written before a field existed is recomputed, not guessed.
    if (!o.contains(QStringLiteral("reviewerWrote")))
        return std::nullopt;
    FolderFacts f;
    f.stage = o.value(QStringLiteral("stage")).toString();
    f.reviewer = o.value(QStringLiteral("reviewer")).toString();
    f.reviewerWrote = o.value(QStringLiteral("reviewerWrote")).toBool();
    f.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    f.unresolvedComments = o.value(QStringLiteral("comments")).toInt();
    f.textId = o.value(QStringLiteral("text")).toString();
    f.ledgerId = o.value(QStringLiteral("ledger")).toString();
    return f;
}

void FolderFactsCache::put(const QString &folderId, const FolderFacts &facts)
{
    const QByteArray key = folderId.toLatin1();
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{QStringLiteral("stage"), facts.stage},
                        {QStringLiteral("reviewer"), facts.reviewer},
                        {QStringLiteral("reviewerWrote"), facts.reviewerWrote},
                        {QStringLiteral("due"),
                         facts.due.isValid() ? facts.due.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("comments"), facts.unresolvedComments},
                        {QStringLiteral("text"), facts.textId},
                        {QStringLiteral("ledger"), facts.ledgerId}})
            .toJson(QJsonDocument::Compact);
    m_lines.put(key, json);
}

} // namespace copydesk
