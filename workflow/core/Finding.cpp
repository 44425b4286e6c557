#include "core/Finding.h"

#include <QJsonArray>

namespace copydesk
{

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("warning");
}

Severity severityFromName(const QString &name, Severity fallback)
{
    if (name == QLatin1String("info") || name == QLatin1String("suggestion"))
        return Severity::Info;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    if (name == QLatin1String("error"))
        return Severity::Error;
    return fallback;
}

bool Finding::isClaim() const
{
    return kind != QLatin1String("spelling") && kind != QLatin1String("style");
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("column"), column);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("message"), message);
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    if (!value.isEmpty())
        o.insert(QStringLiteral("value"), value);
    if (!rule.isEmpty())
        o.insert(QStringLiteral("rule"), rule);
    if (!suggestions.isEmpty())
        o.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(suggestions));
    if (!link.isEmpty())
        o.insert(QStringLiteral("link"), link);
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

} // namespace copydesk
