#include "newsroom/ArticleState.h"

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace copydesk {

ArticleState ArticleState::fromJson(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("%1 is not valid JSON (%2 at byte %3); restore it with "
                                   "'git checkout -- %1' or fix it by hand")
                        .arg(what, err.errorString())
                        .arg(err.offset),
                    Error::Kind::Usage);
    QJsonObject o = doc.object();
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
