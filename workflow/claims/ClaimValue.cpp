#include "claims/ClaimValue.h"

#include <charconv>
#include <cmath>

namespace copydesk
{

namespace
{

long double tidy(long double v)
{
    const long double r = std::round(v);
    if (std::fabs(v - r) <= std::fabs(v) * 1e-12L)
        return r;
    return std::round(v * 1e6L) / 1e6L;
}

} // namespace

ClaimNumber::ClaimNumber(long double v)
{
    v = tidy(v);
    if (v == std::round(v) && std::fabs(v) < 9007199254740992.0L) {
        whole = qint64(v);
        real = double(whole);
    } else {
        integral = false;
        real = double(v);
    }
}

QJsonValue ClaimNumber::json() const
{
    return integral ? QJsonValue(whole) : QJsonValue(real);
}

void ClaimNumber::appendJson(QByteArray &out) const
{
    // QJsonDocument writes a number with an integral value below 2^53 as an
    // integer, any other finite one in the shortest 'g' form.
    if (integral || (real == std::round(real) && std::fabs(real) < 9007199254740992.0)) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, integral ? whole : qint64(real));
        out.append(buf, r.ptr - buf);
        return;
    }
    if (!std::isfinite(real)) {
        out += "null";
        return;
    }
    out += QByteArray::number(real, 'g', QLocale::FloatingPointShortest);
}

CompactValueWriter::CompactValueWriter(QByteArray &out) : m_out(out), m_start(out.size())
{
    m_out += '{';
}

void CompactValueWriter::key(const char *key)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

CompactValueWriter &CompactValueWriter::number(const char *k, const ClaimNumber &v)
{
    key(k);
    v.appendJson(m_out);
    return *this;
}

CompactValueWriter &CompactValueWriter::string(const char *k, QStringView v)
{
    key(k);
    m_out += '"';
    const qsizetype base = m_out.size();
    m_out.resize(base + v.size());
    char *d = m_out.data() + base;
    for (QChar c : v) {
        const char16_t u = c.unicode();
        // Codes, ISO dates and weekday names are plain ASCII; anything a
        // newsroom's lexicon might add beyond that is left to compactJson.
        if (u < 0x20 || u >= 0x7f || u == '"' || u == '\\')
            m_ok = false;
        *d++ = char(u);
    }
    m_out += '"';
    return *this;
}

CompactValueWriter &CompactValueWriter::latin1(const char *k, const char *v)
{
    key(k);
    m_out += '"';
    m_out += v;
    m_out += '"';
    return *this;
}

qsizetype CompactValueWriter::finish()
{
    if (!m_ok) {
        m_out.truncate(m_start);
        return -1;
    }
    m_out += '}';
    return m_start;
}

ClaimValueTemplates::ClaimValueTemplates(const ClaimLexicon &lexicon)
{
    QList<QString> codes = lexicon.prefixCurrencies.codes();
    codes += lexicon.suffixCurrencies.codes();
    for (const QString &code : std::as_const(codes)) {
        if (m_money.contains(code))
            continue;
        Money m;
        m.amount.insert(QStringLiteral("amount"), 0);
        m.amount.insert(QStringLiteral("currency"), code);
        m.range.insert(QStringLiteral("currency"), code);
        m.range.insert(QStringLiteral("max"), 0);
        m.range.insert(QStringLiteral("min"), 0);
        m_money.insert(code, m);
    }
    QList<QString> units = lexicon.percentUnits.codes();
    units << QStringLiteral("count");
    for (const QString &unit : std::as_const(units))
        m_single.insert(unit, QJsonObject{{unit, 0}});
    m_range = QJsonObject{{QStringLiteral("max"), 0}, {QStringLiteral("min"), 0}};
    m_pointsRange = m_range;
    m_pointsRange.insert(QStringLiteral("unit"), QStringLiteral("points"));
}

QJsonObject ClaimValueTemplates::amount(const QString &currency, const ClaimNumber &amount) const
{
    const auto it = m_money.constFind(currency);
    QJsonObject o =
        it != m_money.constEnd() ? it->amount : QJsonObject{{QStringLiteral("currency"), currency}};
    o[QLatin1StringView("amount")] = amount.json();
    return o;
}

QJsonObject ClaimValueTemplates::amountRange(const QString &currency, const ClaimNumber &min,
                                             const ClaimNumber &max) const
{
    const auto it = m_money.constFind(currency);
    QJsonObject o =
        it != m_money.constEnd() ? it->range : QJsonObject{{QStringLiteral("currency"), currency}};
    o[QLatin1StringView("max")] = max.json();
    o[QLatin1StringView("min")] = min.json();
    return o;
}

QJsonObject ClaimValueTemplates::single(const QString &key, const ClaimNumber &v) const
{
    const auto it = m_single.constFind(key);
    QJsonObject o = it != m_single.constEnd() ? *it : QJsonObject();
    o[key] = v.json();
    return o;
}

QJsonObject ClaimValueTemplates::range(const ClaimNumber &min, const ClaimNumber &max,
                                       bool points) const
{
    QJsonObject o = points ? m_pointsRange : m_range;
    o[QLatin1StringView("max")] = max.json();
    o[QLatin1StringView("min")] = min.json();
    return o;
}

} // namespace copydesk
