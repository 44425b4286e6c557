#include "newsroom/ArticleState.h"

#include "core/Error.h"
#include "core/Json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace copydesk
{

ArticleState ArticleState::fromJson(const QByteArray &json, const QString &what)
{
    QJsonObject o = parseJsonObject(json, what);
    ArticleState s;
    s.stage = o.take(QStringLiteral("stage")).toString();
    s.writer = o.take(QStringLiteral("writer")).toString();
    s.reviewer = o.take(QStringLiteral("reviewer")).toString();
    s.due = QDate::fromString(o.take(QStringLiteral("due")).toString(), Qt::ISODate);
    s.brief = o.take(QStringLiteral("brief")).toString();
    s.created = QDateTime::fromString(o.take(QStringLiteral("created")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.take(QStringLiteral("authors")).toArray())
        s.authors.append(v.toString());
    s.extra = o;
    return s;
}

QByteArray ArticleState::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("stage"), stage);
    o.insert(QStringLiteral("writer"), writer);
    o.insert(QStringLiteral("reviewer"), reviewer);
    o.insert(QStringLiteral("due"), due.isValid() ? due.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("brief"), brief);
    o.insert(QStringLiteral("created"), created.toString(Qt::ISODate));
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(authors));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace copydesk
