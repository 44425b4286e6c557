#pragma once

#include "claims/ClaimLexicon.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace copydesk
{

// A figure as a claim value carries it: a whole number when it is one (and
// fits a double exactly), else a double. Binary noise is rounded away first
// (2.3 × 10¹² → 2300000000000, 146.3 stays 146.3).
struct ClaimNumber {
    explicit ClaimNumber(long double v);
    bool integral = true;
    qint64 whole = 0;
    double real = 0;

    QJsonValue json() const;
    // Appends the number as QJsonDocument::toJson(Compact) writes it.
    void appendJson(QByteArray &out) const;
};

// The compact JSON of a claim value (the VALUE of a claim id,
// docs/fact-check.md) written while the value is built, keys in sorted
// order as the caller supplies them, so the id needs no walk over a
// QJsonObject. Strings are expected to be plain ASCII (codes, dates, weekday
// names); when one is not, finish() gives up (returns -1).
class CompactValueWriter
{
public:
    explicit CompactValueWriter(QByteArray &out);
    CompactValueWriter &number(const char *key, const ClaimNumber &v);
    CompactValueWriter &string(const char *key, QStringView v);
    CompactValueWriter &latin1(const char *key, const char *v);
    // Closes the object; returns where it starts in `out`, or -1 (and
    // removes it) when a string needed more than plain ASCII.
    qsizetype finish();

private:
    void key(const char *key);
    QByteArray &m_out;
    qsizetype m_start;
    bool m_first = true;
    bool m_ok = true;
};

// Prebuilt `value` objects with their keys in place: copying one and
// setting a number is several times cheaper than inserting every key into a
// new QJsonObject, which dominated the cost of a money finding.
class ClaimValueTemplates
{
public:
    explicit ClaimValueTemplates(const ClaimLexicon &lexicon);

    // {"amount","currency"} and {"currency","max","min"}
    QJsonObject amount(const QString &currency, const ClaimNumber &amount) const;
    QJsonObject amountRange(const QString &currency, const ClaimNumber &min,
                            const ClaimNumber &max) const;
    // {unit: v} with unit percent or points (or any other unit code)
    QJsonObject single(const QString &key, const ClaimNumber &v) const;
    // {"max","min"} plus "unit":"points" when `points`
    QJsonObject range(const ClaimNumber &min, const ClaimNumber &max, bool points) const;

private:
    struct Money {
        QJsonObject amount;
        QJsonObject range;
    };
    QHash<QString, Money> m_money;
    QHash<QString, QJsonObject> m_single;
    QJsonObject m_range;
    QJsonObject m_pointsRange;
};

} // namespace copydesk
