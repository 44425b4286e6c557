#include "core/Json.h"

#include "core/Error.h"

#include <QJsonDocument>

namespace copydesk
{

QJsonObject parseJsonObject(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(
            QStringLiteral(
                "%1 is not valid JSON (%2 at byte %3); fix it by hand, or bring back the last good "
                "version with 'git log -- %1' and 'git checkout REV -- %1', then commit it")
                .arg(what, err.error != QJsonParseError::NoError ? err.errorString()
                                                                 : QStringLiteral("not an object"))
                .arg(err.offset),
            Error::Kind::Usage);
    return doc.object();
}

} // namespace copydesk
