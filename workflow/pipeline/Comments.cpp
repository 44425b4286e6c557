#include "pipeline/Comments.h"

#include "core/Error.h"
#include "core/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk
{

CommentList CommentList::fromJson(const QByteArray &json, const QString &what)
{
    CommentList list;
    for (const QJsonValue &v :
         parseJsonObject(json, what).value(QStringLiteral("comments")).toArray()) {
        const QJsonObject o = v.toObject();
        Comment c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.author = o.value(QStringLiteral("author")).toString();
        c.quote = o.value(QStringLiteral("quote")).toString();
        c.position = o.value(QStringLiteral("position")).toInt(-1);
        c.body = o.value(QStringLiteral("body")).toString();
        c.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        c.resolved = o.value(QStringLiteral("resolved")).toBool();
        c.resolvedBy = o.value(QStringLiteral("resolvedBy")).toString();
        for (const QJsonValue &r : o.value(QStringLiteral("replies")).toArray()) {
            const QJsonObject ro = r.toObject();
            c.replies.append(
                {ro.value(QStringLiteral("author")).toString(),
                 ro.value(QStringLiteral("body")).toString(),
                 QDateTime::fromString(ro.value(QStringLiteral("time")).toString(), Qt::ISODate)});
        }
        list.m_items.append(c);
    }
    return list;
}

QJsonArray CommentList::toJsonArray(const QList<Comment> &comments,
                                    QString (*timeText)(const QDateTime &))
{
    QJsonArray arr;
    for (const Comment &c : comments) {
        QJsonArray replies;
        for (const CommentReply &r : c.replies)
            replies.append(QJsonObject{{QStringLiteral("author"), r.author},
                                       {QStringLiteral("body"), r.body},
                                       {QStringLiteral("time"), timeText(r.time)}});
        arr.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("author"), c.author},
                               {QStringLiteral("quote"), c.quote},
                               {QStringLiteral("position"), c.position},
                               {QStringLiteral("body"), c.body},
                               {QStringLiteral("time"), timeText(c.time)},
                               {QStringLiteral("resolved"), c.resolved},
                               {QStringLiteral("resolvedBy"), c.resolvedBy},
                               {QStringLiteral("replies"), replies}});
    }
    return arr;
}

QByteArray CommentList::toJson() const
{
    const auto stored = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    return QJsonDocument(QJsonObject{{QStringLiteral("comments"), toJsonArray(m_items, stored)}})
        .toJson(QJsonDocument::Indented);
}

Comment *CommentList::find(const QString &id)
{
    for (Comment &c : m_items) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int CommentList::unresolved() const
{
    int n = 0;
    for (const Comment &c : m_items)
        n += c.resolved ? 0 : 1;
    return n;
}

} // namespace copydesk
