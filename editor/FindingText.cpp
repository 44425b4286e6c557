#include "FindingText.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace copydesk::editor
{

namespace
{

// The detector's weekday names (value.weekday, value.actual) → 1..7.
int weekdayNumber(const QString &english)
{
    static const QStringList names{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                   QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                   QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                   QStringLiteral("Sunday")};
    return int(names.indexOf(english)) + 1;
}

QString weekdayName(const QString &english)
{
    const int n = weekdayNumber(english);
    return n > 0 ? QLocale().dayName(n, QLocale::LongFormat) : english;
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}

// A detector number (already a double in the JSON) with the locale's digit
// grouping and decimal point, and no more decimals than it has.
QString numberText(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

// "2025-03-05" → locale date; "--03-05" (no year known) → month and day only.
QString anyDateText(const QString &iso)
{
    if (iso.startsWith(QLatin1String("--"))) {
        const QDate date = QDate::fromString(QLatin1String("2000") + iso.mid(1), Qt::ISODate);
        //: Date format (QDate::toString) for a date written without a year
        return date.isValid() ? QLocale().toString(date, FindingText::tr("MMMM d")) : iso;
    }
    return dateText(iso);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? FindingText::tr("yes") : FindingText::tr("no");
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString dictionaryLanguage(const QString &dictionary)
{
    if (dictionary.startsWith(QLatin1String("ko")))
        return FindingText::tr("Korean");
    if (dictionary.startsWith(QLatin1String("en")))
        return FindingText::tr("English");
    return dictionary;
}

} // namespace

QString FindingText::kindName(const QString &kind)
{
    // Stable id → label; the ids are the ones Finding::kind documents.
    static const QHash<QString, const char *> names{
        {QStringLiteral("money"), QT_TR_NOOP("money")},
        {QStringLiteral("salary"), QT_TR_NOOP("salary")},
        {QStringLiteral("percent"), QT_TR_NOOP("percentage")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("weekday-mismatch"), QT_TR_NOOP("weekday mismatch")},
        {QStringLiteral("quote"), QT_TR_NOOP("quotation")},
        {QStringLiteral("name-variant"), QT_TR_NOOP("name variant")},
        {QStringLiteral("count"), QT_TR_NOOP("count")},
        {QStringLiteral("spelling"), QT_TR_NOOP("spelling")},
        {QStringLiteral("style"), QT_TR_NOOP("style")},
    };
    const char *source = names.value(kind);
    return source ? tr(source) : kind;
}

QString FindingText::statusName(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("unverified"), QT_TR_NOOP("unverified")},
        {QStringLiteral("verified"), QT_TR_NOOP("verified")},
        {QStringLiteral("disputed"), QT_TR_NOOP("disputed")},
        {QStringLiteral("waived"), QT_TR_NOOP("waived")},
    };
    const char *source = names.value(status);
    return source ? tr(source) : status;
}

QString FindingText::message(const Finding &f)
{
    const QString &k = f.kind;
    const QJsonObject &v = f.value;
    if (k == QLatin1String("money"))
        return tr("Money figure: record a source for %1").arg(f.text);
    if (k == QLatin1String("salary"))
        return tr("Salary figure: record a source for %1").arg(f.text);
    if (k == QLatin1String("percent")) {
        return v.value(QLatin1String("unit")).toString() == QLatin1String("points")
                   ? tr("Percentage-point change: record a source for %1").arg(f.text)
                   : tr("Percentage: record a source for %1").arg(f.text);
    }
    if (k == QLatin1String("count"))
        return tr("Count: record a source for %1").arg(f.text);
    if (k == QLatin1String("quote"))
        return tr("Quotation: confirm who said it and that the words are exact");
    if (k == QLatin1String("date")) {
        const QString iso = v.value(QLatin1String("date")).toString();
        // "--MM-DD": the article has no date to take the year from.
        if (iso.startsWith(QLatin1String("--")))
            return tr("Date without a year: confirm %1 (no article date to take the year from)")
                .arg(f.text);
        return tr("Date: confirm %1 (%2)").arg(dateText(iso), f.text);
    }
    if (k == QLatin1String("weekday-mismatch")) {
        return tr("Weekday mismatch: %1 is a %2, but the text says %3")
            .arg(dateText(v.value(QLatin1String("date")).toString()),
                 weekdayName(v.value(QLatin1String("actual")).toString()),
                 weekdayName(v.value(QLatin1String("weekday")).toString()));
    }
    if (k == QLatin1String("name-variant")) {
        const QString name = v.value(QLatin1String("name")).toString();
        const QString expected = v.value(QLatin1String("expected")).toString();
        // The value does not say whether the spelling came from the names
        // list or from the article itself; the library's message does.
        static const QRegularExpression others(QStringLiteral("in (\\d+) other place"));
        const QRegularExpressionMatch m = others.match(f.message);
        if (m.hasMatch())
            return tr("Name spelled two ways: '%1' here, '%2' in %n other place(s); check which "
                      "is right",
                      nullptr, m.captured(1).toInt())
                .arg(name, expected);
        return tr("Name variant: '%1' differs from the names list spelling '%2'; check which is "
                  "right")
            .arg(name, expected);
    }
    if (k == QLatin1String("spelling")) {
        if (f.id.startsWith(QLatin1String("spelling:missing-dictionary:")))
            return tr("%1 words were not checked: the %2 dictionary is not installed (%3)")
                .arg(dictionaryLanguage(f.rule), f.rule, f.message);
        return tr("'%1' is not in the %2 dictionary or the house word list")
            .arg(f.text, dictionaryLanguage(f.rule));
    }
    return f.message; // style: the house rule's own words
}

QString FindingText::value(const Finding &f)
{
    const QJsonObject &v = f.value;
    if (v.isEmpty())
        return {};
    const auto num = [&v](const char *key) {
        return numberText(v.value(QLatin1String(key)).toDouble());
    };
    const bool range = v.contains(QLatin1String("min")) && v.contains(QLatin1String("max"));
    const bool points = v.value(QLatin1String("unit")).toString() == QLatin1String("points");
    const QString currency = v.value(QLatin1String("currency")).toString();
    if (!currency.isEmpty() && v.contains(QLatin1String("amount")))
        return tr("%1 %2", "currency code, amount").arg(currency, num("amount"));
    if (!currency.isEmpty() && range)
        return tr("%1 %2–%3", "currency code, minimum, maximum")
            .arg(currency, num("min"), num("max"));
    if (f.kind == QLatin1String("percent")) {
        if (range)
            return points ? tr("%1–%2 percentage points").arg(num("min"), num("max"))
                          : tr("%1–%2%3", "minimum, maximum, percent sign")
                                .arg(num("min"), num("max"), QLocale().percent());
        if (v.contains(QLatin1String("points")))
            return tr("%1 percentage points").arg(num("points"));
        if (v.contains(QLatin1String("percent")))
            return tr("%1%2", "number, percent sign").arg(num("percent"), QLocale().percent());
    }
    if (f.kind == QLatin1String("count") && v.contains(QLatin1String("count")))
        return num("count");
    if (v.contains(QLatin1String("date"))) {
        const QString date = anyDateText(v.value(QLatin1String("date")).toString());
        if (v.contains(QLatin1String("actual")))
            return tr("%1 (a %2, not a %3)")
                .arg(date, weekdayName(v.value(QLatin1String("actual")).toString()),
                     weekdayName(v.value(QLatin1String("weekday")).toString()));
        if (v.contains(QLatin1String("weekday")))
            return tr("%1, %2", "date, weekday")
                .arg(date, weekdayName(v.value(QLatin1String("weekday")).toString()));
        return date;
    }
    if (f.kind == QLatin1String("name-variant"))
        return tr("'%1' (elsewhere '%2')")
            .arg(v.value(QLatin1String("name")).toString(),
                 v.value(QLatin1String("expected")).toString());
    QStringList parts; // a shape the editor does not know yet: still readable
    for (auto it = v.begin(); it != v.end(); ++it)
        parts.append(tr("%1: %2", "value key, value").arg(it.key(), jsonText(it.value())));
    return parts.join(QStringLiteral(", "));
}

} // namespace copydesk::editor
