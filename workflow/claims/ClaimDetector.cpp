#include "claims/ClaimDetector.h"

#include "claims/ClaimIds.h"
#include "claims/ClaimValue.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <vector>

namespace copydesk
{

namespace
{

inline bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
inline bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}
inline bool isUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}
inline bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}
inline bool isBlank(QChar c)
{
    return c.unicode() == ' ' || c.unicode() == '\t' || c.unicode() == 0xA0;
}

const char *const kWeekdayNames[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                     "Thursday", "Friday", "Saturday", "Sunday"};

long double pow10l(int n)
{
    long double r = 1;
    for (int k = 0; k < n; ++k)
        r *= 10;
    return r;
}

// A number as written: digits, thousands separators, one decimal part.
struct Num {
    qsizetype start = 0;
    qsizetype end = 0;
    long double mant = 0;
    int dec = 0;
    int intDigits = 0;
    bool grouped = false;
    bool ok = false;
    bool plain() const { return !grouped && dec == 0; }
    long double value() const { return mant / pow10l(dec); }
    long double times(long double m) const { return mant * m / pow10l(dec); }
};

struct Amount {
    qsizetype start = 0;
    qsizetype end = 0;
    long double value = 0;
    long double scale = 0; // English scale multiplier when one was written
    bool korean = false;
    Num first;
};

struct NameInfo {
    QStringView key;
    int count = 0;
    qsizetype first = 0;
    bool mid = false; // seen away from a sentence start
    bool hangul = false;
    bool listed = false;
    bool person = false; // a Korean name seen before a title or "(" (김도윤 감독)
};

// Jamo of one Hangul syllable: lead, vowel, tail (tail 0 when none).
void jamo(QChar c, int out[3])
{
    const int s = c.unicode() - 0xAC00;
    out[0] = s / (21 * 28);
    out[1] = (s % (21 * 28)) / 28;
    out[2] = s % 28;
}

// Optimal string alignment distance, capped: returns cap + 1 when above.
int osaDistance(QStringView a, QStringView b, int cap)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > cap || n > 64 || m > 64)
        return cap + 1;
    int d[65][65];
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            int v = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1).toLower() == b.at(j - 2).toLower() &&
                a.at(i - 2).toLower() == b.at(j - 1).toLower())
                v = std::min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[n][m];
}

quint64 fnvStep(quint64 h, quint64 v)
{
    h ^= v;
    h *= 1099511628211ULL;
    return h;
}

class Scanner
{
public:
    struct PayHit {
        qsizetype pos = -1;
        qsizetype len = 0;
    };

    Scanner(const ClaimLexicon &lex, const ClaimValueTemplates &values, QStringView text,
            QDate date)
        : L(lex), V(values), t(text), n(text.size()), articleDate(date)
    {
    }

    // The findings in text order, with their ids.
    Findings run();

private:
    const ClaimLexicon &L;
    const ClaimValueTemplates &V;
    QStringView t;
    qsizetype n;
    QDate articleDate;
    Findings out;
    // The compact JSON of each finding's value, written as the value is
    // built: out[k]'s is valueJson.mid(valueSpan[k]) (start -1: none; the
    // id then derives VALUE from the finding).
    QByteArray valueJson;
    std::vector<std::pair<qsizetype, qsizetype>> valueSpan;

    qsizetype quoteNoCloseUpTo[3] = {0, 0, 0};
    qsizetype asciiCloseAt = -1;
    qsizetype inlineCodeNoCloseUpTo = 0;

    struct RawName {
        quint64 hash;
        qsizetype off;
        qsizetype len;
        bool mid;
        bool hangul;
        bool person;
        int name; // index in names, set by groupNames()
    };
    std::vector<RawName> raw; // every candidate occurrence, grouped after the scan
    std::vector<NameInfo> names;
    void groupNames();
    int nameIdOf(const QString &listed) const;

    QChar at(qsizetype i) const { return i >= 0 && i < n ? t.at(i) : QChar(); }

    qsizetype onNumber(qsizetype i);
    qsizetype onLatinWord(qsizetype i);
    qsizetype onHangulWord(qsizetype i);
    qsizetype onQuote(qsizetype i, int type);
    qsizetype onBacktick(qsizetype i);
    qsizetype onPrefixCurrency(qsizetype i, bool *matched);
    qsizetype skipIdentifier(qsizetype i) const;
    qsizetype skipUrl(qsizetype i) const;

    Num parseNum(qsizetype i) const;
    bool parseAmount(qsizetype i, Amount &a) const;
    const PhraseTable::Entry *koreanScaleAt(qsizetype p) const;
    const PhraseTable::Entry *suffixCurrencyAt(qsizetype p, qsizetype *end) const;
    const PhraseTable::Entry *percentAt(qsizetype p, qsizetype *end) const;

    struct RangeEnd {
        Amount b;
        QString currency;
        QString unit; // percent/points for percent ranges
        qsizetype end = 0;
    };
    bool tryRange(qsizetype p, qsizetype aStart, bool money, RangeEnd &r) const;
    qsizetype finishMoney(qsizetype start, Amount a, QString currency, qsizetype end);
    qsizetype tryKoreanDate(const Num &first);
    qsizetype tryEnglishMonthDate(qsizetype start, qsizetype monthStart, qsizetype monthEnd,
                                  int month, int statedWeekday);
    qsizetype tryDayMonth(qsizetype start, const Num &day, int statedWeekday);
    void emitDate(qsizetype start, qsizetype end, int y, int m, int d, int weekday);
    void emit(const QString &kind, Severity sev, qsizetype start, qsizetype end, QString text,
              QString message, QJsonObject value, qsizetype jsonAt);
    Findings withIds();
    qsizetype sentenceWindowStart(qsizetype start) const;
    PayHit payWordBefore(qsizetype start) const;
    bool payAfter(qsizetype end) const;
    bool notPayIn(qsizetype from, qsizetype to) const;
    bool notPayIn(qsizetype from, qsizetype to, bool latinOnly) const;
    bool notPayAfter(qsizetype end) const;
    bool latinWordAt(qsizetype pos, QStringView w) const;
    bool isSalary(qsizetype start, qsizetype end, QString *payWord) const;
    const Finding *conversionOf(qsizetype start, qsizetype end) const;
    bool wordBeforeIs(qsizetype start, QLatin1String word) const;
    bool changeVerbAfter(qsizetype p) const;
    bool rangeOfBefore(qsizetype start) const;
    bool betweenBefore(qsizetype start) const;
    bool quoteVerbAfter(qsizetype p) const;
    void addName(qsizetype off, qsizetype len, bool hangul);
    bool sentenceStartBefore(qsizetype i) const;
    void resolveNames();
};

// `jsonAt`: where CompactValueWriter (just before) put the compact JSON of
// `value` in valueJson, or -1.
void Scanner::emit(const QString &kind, Severity sev, qsizetype start, qsizetype end, QString text,
                   QString message, QJsonObject value, qsizetype jsonAt)
{
    Finding f;
    f.kind = kind;
    f.severity = sev;
    f.offset = start;
    f.length = end - start;
    f.text = std::move(text);
    f.message = std::move(message);
    f.status = QStringLiteral("unverified");
    f.value = std::move(value);
    out.append(std::move(f));
    valueSpan.emplace_back(jsonAt, jsonAt < 0 ? 0 : valueJson.size() - jsonAt);
}

Num Scanner::parseNum(qsizetype i) const
{
    Num r;
    r.start = i;
    qsizetype p = i;
    int digits = 0;
    while (p < n && isDigit(t.at(p)) && digits < 19) {
        r.mant = r.mant * 10 + (t.at(p).unicode() - '0');
        ++p;
        ++digits;
    }
    while (p < n && isDigit(t.at(p))) { // absurdly long: keep magnitude only
        r.mant *= 10;
        ++p;
        ++digits;
    }
    r.intDigits = digits;
    // Thousands groups: 1,200,000 (first group of at most three digits).
    if (digits <= 3) {
        while (p + 3 < n + 0 && t.at(p) == u',' && isDigit(t.at(p + 1)) && isDigit(t.at(p + 2)) &&
               isDigit(t.at(p + 3)) && !(p + 4 < n && isDigit(t.at(p + 4)))) {
            for (int k = 1; k <= 3; ++k)
                r.mant = r.mant * 10 + (t.at(p + k).unicode() - '0');
            r.grouped = true;
            r.intDigits += 3;
            p += 4;
        }
        if (p + 3 == n && t.at(p) == u',' && isDigit(t.at(p + 1)) && isDigit(t.at(p + 2))) {
            // "1,20" at the very end: not a group, leave it
        }
    }
    if (p + 1 < n && t.at(p) == u'.' && isDigit(t.at(p + 1))) {
        ++p;
        while (p < n && isDigit(t.at(p)) && r.dec < 12) {
            r.mant = r.mant * 10 + (t.at(p).unicode() - '0');
            ++r.dec;
            ++p;
        }
        while (p < n && isDigit(t.at(p)))
            ++p;
        // 1.2.3 is a version, 192.168.0.1 an address: not a figure.
        if (p + 1 < n && t.at(p) == u'.' && isDigit(t.at(p + 1))) {
            r.end = p;
            r.ok = false;
            return r;
        }
    }
    r.end = p;
    r.ok = true;
    return r;
}

const PhraseTable::Entry *Scanner::koreanScaleAt(qsizetype p) const
{
    if (p >= n || !isHangul(t.at(p)))
        return nullptr;
    qsizetype len = 0;
    const PhraseTable::Entry *e = L.scales.match(t, p, &len);
    if (e && e->code == QLatin1String("korean"))
        return e;
    return nullptr;
}

const PhraseTable::Entry *Scanner::suffixCurrencyAt(qsizetype p, qsizetype *end) const
{
    qsizetype q = p;
    if (q < n && isBlank(t.at(q)))
        ++q;
    qsizetype len = 0;
    const PhraseTable::Entry *e = L.suffixCurrencies.match(t, q, &len);
    // 원인 is "cause", but "1억 원인 직장인" is 원 + the copula 인.
    if (e && e->code == QLatin1String("-") && e->surface.size() == 2 &&
        e->surface.back() == QChar(0xC778) /*인*/ && isBlank(at(q + 2))) {
        const PhraseTable::Entry *shorter = L.suffixCurrencies.match(t.first(q + 1), q, &len);
        e = shorter;
    }
    if (!e || e->code == QLatin1String("-"))
        return nullptr;
    // Codes and words need a boundary before a following Latin letter or digit.
    if (q + len < n && isDigit(t.at(q + len)))
        return nullptr;
    *end = q + len;
    return e;
}

const PhraseTable::Entry *Scanner::percentAt(qsizetype p, qsizetype *end) const
{
    qsizetype len = 0;
    const PhraseTable::Entry *e = L.percentUnits.match(t, p, &len);
    // One blank between figure and unit: "25 percent", "25 퍼센트", and
    // "25 %" as Korean and European copy write it (and as a careless style
    // fix left it), so a spaced sign never hides a percentage claim.
    if (!e && p < n && isBlank(t.at(p))) {
        e = L.percentUnits.match(t, p + 1, &len);
        if (e)
            p += 1;
    }
    if (!e)
        return nullptr;
    *end = p + len;
    return e;
}

bool Scanner::parseAmount(qsizetype i, Amount &a) const
{
    const Num n0 = parseNum(i);
    if (!n0.ok)
        return false;
    a.start = i;
    a.first = n0;
    if (const PhraseTable::Entry *s = koreanScaleAt(n0.end)) {
        Q_UNUSED(s);
        a.korean = true;
        long double total = 0, small = 0, lastBig = 1e30L;
        Num cur = n0;
        qsizetype p = cur.end;
        for (int guard = 0; guard < 16; ++guard) {
            const PhraseTable::Entry *sc = koreanScaleAt(p);
            if (!sc) {
                small += cur.value();
                a.end = cur.end;
                break;
            }
            const long double m = sc->number;
            p += 1;
            if (m < 1e4L) {
                small += cur.times(m);
                const PhraseTable::Entry *s2 = koreanScaleAt(p);
                if (s2 && s2->number >= 1e4) {
                    total += small * s2->number;
                    small = 0;
                    lastBig = s2->number;
                    p += 1;
                }
            } else {
                total += small * m + cur.times(m);
                small = 0;
                lastBig = m;
            }
            a.end = p;
            qsizetype q = p;
            if (q < n && isBlank(t.at(q)))
                ++q;
            if (q >= n || !isDigit(t.at(q)))
                break;
            const Num nx = parseNum(q);
            if (!nx.ok)
                break;
            const PhraseTable::Entry *s3 = koreanScaleAt(nx.end);
            qsizetype ce = 0;
            qsizetype cl = 0;
            const bool cont =
                s3 ? s3->number < lastBig
                   : lastBig > 1 && (suffixCurrencyAt(nx.end, &ce) != nullptr ||
                                     (q == p && isHangul(at(nx.end)) && // 23만8천300명
                                      L.countNouns.match(t, nx.end, &cl) != nullptr));
            if (!cont)
                break;
            cur = nx;
            p = nx.end;
        }
        a.value = total + small;
        return true;
    }
    qsizetype len = 0;
    const PhraseTable::Entry *e = L.scales.match(t, n0.end, &len);
    if (e && e->code != QLatin1String("korean")) {
        a.value = n0.times(e->number);
        a.scale = e->number;
        a.end = n0.end + len;
        return true;
    }
    if (n0.end < n && isBlank(t.at(n0.end))) {
        e = L.scales.match(t, n0.end + 1, &len);
        if (e && e->code == QLatin1String("loose")) {
            a.value = n0.times(e->number);
            a.scale = e->number;
            a.end = n0.end + 1 + len;
            return true;
        }
    }
    a.value = n0.value();
    a.end = n0.end;
    return true;
}

bool Scanner::betweenBefore(qsizetype start) const
{
    qsizetype k = start - 1;
    while (k >= 0 && isBlank(t.at(k)))
        --k;
    if (k >= 0 && (t.at(k) == u'$' || t.at(k) == QChar(0x20AC) || t.at(k) == QChar(0xA3)))
        --k; // the currency symbol of the first amount
    while (k >= 0 && isBlank(t.at(k)))
        --k;
    return k >= 6 && t.mid(k - 6, 7).compare(QLatin1String("between"), Qt::CaseInsensitive) == 0;
}

bool Scanner::tryRange(qsizetype p, qsizetype aStart, bool money, RangeEnd &r) const
{
    bool korean = false; // X에서 Y: a range, unless a verb of change follows (Y로 늘었다)
    qsizetype q = p;
    const QChar c = at(q);
    if (c == u'-' || c == QChar(0x2013) || c == u'~' || c == QChar(0x223C) || c == QChar(0x301C)) {
        ++q;
    } else {
        qsizetype s = q;
        if (s < n && isBlank(t.at(s)))
            ++s;
        if (at(s) == u'-' || at(s) == QChar(0x2013) || at(s) == u'~') {
            q = s + 1;
        } else if (money && at(s) == QChar(0xC5D0) /*에*/ &&
                   t.mid(s).startsWith(QStringLiteral("에서"))) {
            q = s + 2;
            korean = true;
        } else if (s > q && (at(s).unicode() | 0x20) == 't' && // first letter before the call
                   t.mid(s).startsWith(QLatin1String("to "), Qt::CaseInsensitive) &&
                   !wordBeforeIs(aStart, QLatin1String("from")) &&
                   (money || rangeOfBefore(aStart))) {
            q = s + 3;
        } else if (s > q && (at(s).unicode() | 0x20) == 'a' &&
                   t.mid(s).startsWith(QLatin1String("and "), Qt::CaseInsensitive) &&
                   betweenBefore(aStart)) {
            q = s + 4;
        } else {
            return false;
        }
    }
    if (q < n && isBlank(t.at(q)))
        ++q;
    if (money && q < n && !isDigit(t.at(q))) {
        qsizetype len = 0;
        const PhraseTable::Entry *pre = L.prefixCurrencies.match(t, q, &len);
        if (!pre)
            return false;
        r.currency = pre->code;
        q += len;
        if (q < n && isBlank(t.at(q)))
            ++q;
    }
    if (q >= n || !isDigit(t.at(q)))
        return false;
    if (!parseAmount(q, r.b))
        return false;
    r.end = r.b.end;
    if (money) {
        qsizetype ce = 0;
        if (const PhraseTable::Entry *suf = suffixCurrencyAt(r.end, &ce)) {
            if (!r.currency.isEmpty() && r.currency != suf->code)
                return false;
            r.currency = suf->code;
            r.end = ce;
        }
        return !(korean && changeVerbAfter(r.end));
    }
    qsizetype pe = 0;
    const PhraseTable::Entry *u = percentAt(r.end, &pe);
    if (!u)
        return false;
    r.unit = u->code;
    r.end = pe;
    return true;
}

// Start of the look-back window for pay words: at most 48 characters, not
// across a line break or the end of the previous sentence.
qsizetype Scanner::sentenceWindowStart(qsizetype start) const
{
    qsizetype from = start;
    for (int k = 0; k < 48 && from > 0; ++k) {
        const QChar c = t.at(from - 1);
        if (c == u'\n' ||
            ((c == u'.' || c == u'!' || c == u'?') && from < start && isBlank(t.at(from))))
            break;
        --from;
    }
    return from;
}

bool Scanner::latinWordAt(qsizetype pos, QStringView w) const
{
    if (pos < 0 || pos + w.size() > n)
        return false;
    if (t.mid(pos, w.size()).compare(w, Qt::CaseInsensitive) != 0)
        return false;
    if (!isLatin(w.front()))
        return true;
    return (pos == 0 || !isLatin(t.at(pos - 1))) &&
           (pos + w.size() >= n || !isLatin(t.at(pos + w.size())));
}

// Last match of `table` in [from, to) that starts a word (Latin phrases) and
// ends before `to`: one pass over the window, a bucket lookup per character.
static Scanner::PayHit lastPhraseIn(const PhraseTable &table, QStringView t, qsizetype from,
                                    qsizetype to, bool latinOnly)
{
    Scanner::PayHit best;
    const QStringView upTo = t.first(to);
    for (qsizetype p = from; p < to; ++p) {
        const QChar c = t.at(p);
        const bool latin = isLatin(c);
        if (latin ? (p > 0 && isLatin(t.at(p - 1))) : latinOnly || c.unicode() < 0x80)
            continue;
        if (!table.mayStartWith(c))
            continue;
        qsizetype len = 0;
        if (table.match(upTo, p, &len)) {
            best.pos = p;
            best.len = len;
        }
    }
    return best;
}

Scanner::PayHit Scanner::payWordBefore(qsizetype start) const
{
    return lastPhraseIn(L.payBeforeTable, t, sentenceWindowStart(start), start, false);
}

// A word of pay_words.txt "not" in [from, to).
bool Scanner::notPayIn(qsizetype from, qsizetype to) const
{
    return notPayIn(from, to, false);
}

bool Scanner::notPayIn(qsizetype from, qsizetype to, bool latinOnly) const
{
    return to > from && lastPhraseIn(L.payNotTable, t, from, to, latinOnly).pos >= 0;
}

// "… $2 million in punitive damages": a not-pay word within the next three
// words of the same sentence.
bool Scanner::notPayAfter(qsizetype end) const
{
    qsizetype e = end;
    int words = 0;
    while (e < n && words < 4 && e - end < 32) {
        const QChar c = t.at(e);
        if (c == u'.' || c == u',' || c == u';' || c == u'\n' || c == u'(')
            break;
        if (isBlank(c) && e > end && !isBlank(t.at(e - 1)))
            ++words;
        ++e;
    }
    return notPayIn(end, e, true);
}

bool Scanner::payAfter(qsizetype end) const
{
    qsizetype q = end;
    if (q < n && isBlank(t.at(q)))
        ++q;
    qsizetype len = 0;
    if (!L.payAfter.match(t, q, &len))
        return false;
    // "£246.5m a year earlier", "a year ago": a point in time, not a rate.
    qsizetype r = q + len;
    if (r < n && isBlank(t.at(r)))
        ++r;
    for (const char16_t *w : {u"earlier", u"ago", u"before", u"later", u"on"})
        if (latinWordAt(r, QStringView(w)))
            return false;
    return true;
}

bool Scanner::isSalary(qsizetype start, qsizetype end, QString *payWord) const
{
    const PayHit pay = payWordBefore(start);
    if (pay.pos >= 0 && !notPayIn(pay.pos + pay.len, start) && !notPayAfter(end)) {
        *payWord = t.mid(pay.pos, pay.len).toString();
        return true;
    }
    return payAfter(end) && !notPayIn(sentenceWindowStart(start), start) && !notPayAfter(end);
}

// The amount written before this one when this one is its conversion in
// brackets: "$1.13bn (£890m)", "130 million won (about $94,000)",
// "2천800만 달러(약 410억 원)".
// Also the second amount of a change, which is the same quantity: "from
// £29,970 to £31,049", "656조 원에서 673조 원으로".
const Finding *Scanner::conversionOf(qsizetype start, qsizetype end) const
{
    if (out.isEmpty())
        return nullptr;
    const Finding &prev = out.last();
    if (prev.kind != QLatin1String("money") && prev.kind != QLatin1String("salary"))
        return nullptr;
    const qsizetype prevEnd = prev.offset + prev.length;
    if (prevEnd < start && start - prevEnd <= 5) {
        const QStringView gap = t.mid(prevEnd, start - prevEnd).trimmed();
        if ((gap.compare(QLatin1String("to"), Qt::CaseInsensitive) == 0 &&
             wordBeforeIs(prev.offset, QLatin1String("from"))) ||
            (gap == QStringLiteral("에서") && changeVerbAfter(end)))
            return &prev;
    }
    qsizetype k = start;
    while (k > 0 && isBlank(t.at(k - 1)))
        --k;
    qsizetype w = k;
    while (w > 0 && (isLatin(t.at(w - 1)) || isHangul(t.at(w - 1))) && k - w < 14)
        --w;
    if (w < k && w > 0 && t.at(w - 1) == u'(') // a hedge: about, around, 약
        k = w;
    if (k == 0 || t.at(k - 1) != u'(')
        return nullptr;
    --k;
    while (k > 0 && isBlank(t.at(k - 1)))
        --k;
    return prev.offset + prev.length == k ? &prev : nullptr;
}

// "from $29,970 to $31,049" is a change, not a range.
bool Scanner::wordBeforeIs(qsizetype start, QLatin1String word) const
{
    qsizetype k = start;
    while (k > 0 && !isBlank(t.at(k - 1)) && !isLatin(t.at(k - 1)) && start - k < 4)
        --k; // a currency symbol of the first amount
    while (k > 0 && isBlank(t.at(k - 1)))
        --k;
    qsizetype w = k;
    while (w > 0 && isLatin(t.at(w - 1)) && k - w < 16)
        --w;
    return k - w == word.size() && t.mid(w, k - w).compare(word, Qt::CaseInsensitive) == 0;
}

// "a range of 4% to 4.25%": a percent range written with "to".
bool Scanner::rangeOfBefore(qsizetype start) const
{
    qsizetype k = start;
    while (k > 0 && isBlank(t.at(k - 1)))
        --k;
    return k >= 8 && t.mid(k - 8, 8).compare(QLatin1String("range of"), Qt::CaseInsensitive) == 0;
}

// 75억 달러에서 95억 달러로 늘어난다: a change between two amounts.
bool Scanner::changeVerbAfter(qsizetype p) const
{
    qsizetype q = p;
    if (at(q) == QChar(0xC73C) /*으*/)
        ++q;
    if (at(q) != QChar(0xB85C) /*로*/)
        return false;
    ++q;
    while (q < n && isBlank(t.at(q)))
        ++q;
    if (q < n && isDigit(t.at(q))) { // 으로 2.5% 늘었다
        qsizetype e = q;
        while (e < n && !isBlank(t.at(e)) && e - q < 12)
            ++e;
        q = e;
        while (q < n && isBlank(t.at(q)))
            ++q;
    }
    static const char16_t *const stems[] = {
        u"늘",   u"줄",   u"올",   u"오르", u"오른", u"내려", u"내렸", u"내린", u"떨어",
        u"증가", u"감소", u"상향", u"하향", u"인상", u"인하", u"확대", u"축소", u"높",
        u"낮",   u"뛰",   u"급증", u"급감", u"불어", u"커",   u"작아"};
    for (const char16_t *stem : stems)
        if (t.mid(q).startsWith(QStringView(stem)))
            return true;
    return false;
}

qsizetype Scanner::finishMoney(qsizetype start, Amount a, QString currency, qsizetype end)
{
    QJsonObject value;
    qsizetype jsonAt = -1;
    RangeEnd r;
    if (tryRange(end, start, true, r) &&
        (currency.isEmpty() || r.currency.isEmpty() || r.currency == currency)) {
        if (currency.isEmpty())
            currency = r.currency;
        if (!currency.isEmpty()) {
            long double lo = a.value;
            // $2-3bn, 10~20만: the scale written once applies to both ends.
            if (a.scale == 0 && !a.korean && r.b.scale > 0 && a.first.plain() &&
                a.first.value() <= r.b.first.value())
                lo = a.first.times(r.b.scale);
            else if (!a.korean && a.scale == 0 && r.b.korean && a.first.value() < r.b.first.value())
                lo = a.first.value() * (r.b.value / r.b.first.value());
            const ClaimNumber min(lo), max(r.b.value);
            value = V.amountRange(currency, min, max);
            jsonAt = CompactValueWriter(valueJson)
                         .string("currency", currency)
                         .number("max", max)
                         .number("min", min)
                         .finish();
            end = r.end;
        }
    }
    if (currency.isEmpty())
        return 0;
    if (jsonAt < 0) {
        const ClaimNumber amount(a.value);
        value = V.amount(currency, amount);
        jsonAt = CompactValueWriter(valueJson)
                     .number("amount", amount)
                     .string("currency", currency)
                     .finish();
    }
    QString pay;
    bool salary = isSalary(start, end, &pay);
    if (const Finding *prev = conversionOf(start, end)) {
        salary = prev->kind == QLatin1String("salary");
        pay.clear();
    }
    QString text = t.mid(start, end - start).toString();
    // QStringBuilder (%): one allocation per message.
    static constexpr QLatin1StringView salaryLead("Salary figure: record a source for ");
    static constexpr QLatin1StringView moneyLead("Money figure: record a source for ");
    QString message = !salary         ? QString(moneyLead % text)
                      : pay.isEmpty() ? QString(salaryLead % text)
                                      : QString(salaryLead % pay % u' ' % text);
    emit(salary ? QStringLiteral("salary") : QStringLiteral("money"), Severity::Warning, start, end,
         std::move(text), std::move(message), std::move(value), jsonAt);
    return end;
}

qsizetype Scanner::onPrefixCurrency(qsizetype i, bool *matched)
{
    *matched = false;
    qsizetype len = 0;
    const PhraseTable::Entry *pre = L.prefixCurrencies.match(t, i, &len);
    if (!pre)
        return i;
    qsizetype q = i + len;
    if (q < n && isBlank(t.at(q)))
        ++q;
    if (q >= n || !isDigit(t.at(q)))
        return i;
    Amount a;
    if (!parseAmount(q, a))
        return i;
    // "$5 million dollars" would be odd; a suffix code after a prefix is ignored.
    const qsizetype end = finishMoney(i, a, pre->code, a.end);
    if (end > 0) {
        *matched = true;
        return end;
    }
    return i;
}

void Scanner::emitDate(qsizetype start, qsizetype end, int y, int m, int d, int weekday)
{
    QString iso;
    if (y > 0) {
        const QDate date(y, m, d);
        if (!date.isValid())
            return;
        iso = date.toString(Qt::ISODate);
    } else {
        if (m < 1 || m > 12 || d < 1 || d > 31 || !QDate(2024, m, d).isValid())
            return;
        iso = QStringLiteral("--%1-%2")
                  .arg(m, 2, 10, QLatin1Char('0'))
                  .arg(d, 2, 10, QLatin1Char('0'));
    }
    QJsonObject value{{QStringLiteral("date"), iso}};
    if (weekday > 0)
        value.insert(QStringLiteral("weekday"), QLatin1String(kWeekdayNames[weekday]));
    const QString text = t.mid(start, end - start).toString();
    const int actual = weekday > 0 && y > 0 ? QDate(y, m, d).dayOfWeek() : weekday;
    {
        CompactValueWriter w(valueJson);
        w.string("date", iso);
        if (weekday > 0)
            w.latin1("weekday", kWeekdayNames[weekday]);
        const qsizetype jsonAt = w.finish();
        emit(QStringLiteral("date"), Severity::Warning, start, end, text,
             y > 0 ? QStringLiteral("Date: confirm %1 (%2)").arg(iso, text)
                   : QStringLiteral("Date without a year: confirm %1 (no article date to take "
                                    "the year from)")
                         .arg(text),
             value, jsonAt);
    }
    if (actual != weekday) {
        QJsonObject v = value;
        v.insert(QStringLiteral("actual"), QLatin1String(kWeekdayNames[actual]));
        CompactValueWriter w(valueJson);
        w.latin1("actual", kWeekdayNames[actual]).string("date", iso);
        w.latin1("weekday", kWeekdayNames[weekday]);
        const qsizetype jsonAt = w.finish();
        emit(QStringLiteral("weekday-mismatch"), Severity::Error, start, end, text,
             QStringLiteral("Weekday mismatch: %1 is a %2, but the text says %3")
                 .arg(iso, QLatin1String(kWeekdayNames[actual]),
                      QLatin1String(kWeekdayNames[weekday])),
             std::move(v), jsonAt);
    }
}

qsizetype Scanner::tryKoreanDate(const Num &first)
{
    if (!first.plain())
        return 0;
    int y = 0, m = 0, d = 0;
    qsizetype p = first.end;
    const QChar c = at(p);
    Num cur = first;
    if (c == QChar(0xB144) /*년*/ && first.intDigits == 4) {
        y = int(first.value());
        p += 1;
        if (at(p) == u' ')
            ++p;
        if (!isDigit(at(p)))
            return first.end + 1;
        cur = parseNum(p);
        if (!cur.ok || !cur.plain() || at(cur.end) != QChar(0xC6D4) /*월*/)
            return first.end + 1;
    } else if (c != QChar(0xC6D4)) {
        return 0;
    }
    if (cur.intDigits > 2 || cur.value() < 1 || cur.value() > 12)
        return 0;
    m = int(cur.value());
    p = cur.end + 1;
    qsizetype q = p;
    if (at(q) == u' ')
        ++q;
    if (!isDigit(at(q)))
        return p; // a month without a day: not a checkable date
    const Num dn = parseNum(q);
    if (!dn.ok || !dn.plain() || dn.intDigits > 2 || at(dn.end) != QChar(0xC77C) /*일*/)
        return p;
    d = int(dn.value());
    p = dn.end + 1;
    int weekday = 0;
    // 12월 3일(화), 11월 15일 목요일
    if (at(p) == u'(') {
        qsizetype e = p + 1;
        while (e < n && e < p + 5 && isHangul(t.at(e)))
            ++e;
        if (at(e) == u')' && e > p + 1) {
            weekday = L.weekdays.value(t.mid(p + 1, e - p - 1).toString());
            if (weekday)
                p = e + 1;
        }
    } else if (at(p) == u' ' && p + 3 < n + 0 && at(p + 3) == QChar(0xC77C) &&
               at(p + 2) == QChar(0xC694)) { // X요일
        weekday = L.weekdays.value(t.mid(p + 1, 3).toString());
        if (weekday)
            p += 4;
    }
    if (y == 0 && articleDate.isValid())
        y = articleDate.year();
    emitDate(first.start, p, y, m, d, weekday);
    return p;
}

qsizetype Scanner::tryEnglishMonthDate(qsizetype start, qsizetype monthStart, qsizetype monthEnd,
                                       int month, int statedWeekday)
{
    Q_UNUSED(monthStart);
    qsizetype p = monthEnd;
    if (at(p) == u'.')
        ++p;
    if (!isBlank(at(p)) || !isDigit(at(p + 1)))
        return 0;
    const Num dn = parseNum(p + 1);
    if (!dn.ok || !dn.plain() || dn.intDigits > 2 || dn.value() < 1 || dn.value() > 31)
        return 0;
    p = dn.end;
    // ordinals: 14th
    if (p + 1 < n && isLatin(at(p)) && isLatin(at(p + 1)) && !isLatin(at(p + 2))) {
        const QStringView suf = t.mid(p, 2);
        if (suf == QLatin1String("st") || suf == QLatin1String("nd") ||
            suf == QLatin1String("rd") || suf == QLatin1String("th"))
            p += 2;
    }
    if (isLatin(at(p)) || isDigit(at(p)) || at(p) == u':')
        return 0;
    int y = 0;
    qsizetype q = p;
    if (at(q) == u',')
        ++q;
    if (isBlank(at(q)) && isDigit(at(q + 1))) {
        const Num yn = parseNum(q + 1);
        if (yn.ok && yn.plain() && yn.intDigits == 4 && !isLatin(at(yn.end)) &&
            at(yn.end) != u':' && yn.value() >= 1000 && yn.value() < 3000) {
            y = int(yn.value());
            p = yn.end;
        }
    }
    if (y == 0 && articleDate.isValid())
        y = articleDate.year();
    emitDate(start, p, y, month, int(dn.value()), statedWeekday);
    return p;
}

qsizetype Scanner::tryDayMonth(qsizetype start, const Num &day, int statedWeekday)
{
    if (!day.plain() || day.intDigits > 2 || day.value() < 1 || day.value() > 31)
        return 0;
    qsizetype p = day.end;
    if (p + 1 < n && isLatin(at(p)) && isLatin(at(p + 1))) {
        const QStringView suf = t.mid(p, 2);
        if (suf == QLatin1String("st") || suf == QLatin1String("nd") ||
            suf == QLatin1String("rd") || suf == QLatin1String("th"))
            p += 2;
    }
    if (!isBlank(at(p)) || !isUpper(at(p + 1)))
        return 0;
    qsizetype e = p + 1;
    while (e < n && isLatin(t.at(e)))
        ++e;
    const int month = L.mayBeCalendarWord(t.mid(p + 1, e - p - 1))
                          ? L.months.value(t.mid(p + 1, e - p - 1).toString())
                          : 0;
    if (!month)
        return 0;
    qsizetype end = e;
    const QStringView monthWord = t.mid(p + 1, e - p - 1);
    const bool abbreviated = monthWord.size() <= 4 && monthWord != QLatin1String("June") &&
                             monthWord != QLatin1String("July") &&
                             monthWord != QLatin1String("May");
    if (at(end) == u'.' && abbreviated)
        ++end;
    int y = 0;
    if (isBlank(at(end)) && isDigit(at(end + 1))) {
        const Num yn = parseNum(end + 1);
        if (yn.ok && yn.plain() && yn.intDigits == 4 && !isLatin(at(yn.end)) &&
            yn.value() >= 1000 && yn.value() < 3000) {
            y = int(yn.value());
            end = yn.end;
        }
    } else if (at(end) == u'.') {
        // "14 Nov." followed by sentence end: keep the full stop out
    }
    if (at(end - 1) == u'.' && y == 0 && !abbreviated)
        --end;
    if (y == 0 && articleDate.isValid())
        y = articleDate.year();
    emitDate(start, end, y, month, int(day.value()), statedWeekday);
    return end;
}

qsizetype Scanner::skipIdentifier(qsizetype i) const
{
    qsizetype p = i;
    while (p < n && (isLatin(t.at(p)) || isDigit(t.at(p)) || t.at(p) == u'-' || t.at(p) == u'.' ||
                     t.at(p) == u'_')) {
        if (t.at(p) == u'.' && !(p + 1 < n && (isDigit(t.at(p + 1)) || isLatin(t.at(p + 1)))))
            break;
        ++p;
    }
    return std::max(p, i + 1);
}

qsizetype Scanner::skipUrl(qsizetype i) const
{
    qsizetype p = i;
    while (p < n) {
        const char16_t u = t.at(p).unicode();
        if (u <= ' ' || u == ')' || u == '>' || u == ']' || u == '"' || u == '\'' || u >= 0x80)
            break;
        ++p;
    }
    return p;
}

qsizetype Scanner::onNumber(qsizetype i)
{
    // F-35, A380, COVID-19, #3, 1.2.3: identifiers, not figures.
    if (i > 0) {
        const QChar b = t.at(i - 1);
        if (isLatin(b) || b == u'#' || b == u'_' || (b == u'.' && i > 1 && isDigit(t.at(i - 2))) ||
            (b == u'-' && i > 1 && (isLatin(t.at(i - 2)) || isDigit(t.at(i - 2)))) ||
            b == QChar(0xC81C) /*제3자*/)
            return skipIdentifier(i);
        if (isBlank(b) && i > 1 && isLatin(t.at(i - 2))) {
            qsizetype k = i - 2;
            while (k > 0 && k > i - 16 && (isLatin(t.at(k - 1))))
                --k;
            qsizetype e = i - 1;
            if (t.at(i - 2) == u'.') // unreachable: isLatin checked
                e = i - 1;
            if (L.nonClaimBefore.contains(t.mid(k, e - k).toString()))
                return skipIdentifier(i);
        } else if (isBlank(b) && i > 3 && t.at(i - 2) == u'.' &&
                   L.nonClaimBefore.contains(t.mid(i - 4, 3).toString())) { // No. 5
            return skipIdentifier(i);
        }
    }
    const Num first = parseNum(i);
    if (!first.ok)
        return skipIdentifier(i);
    const QChar after = at(first.end);
    if (after == u':' && isDigit(at(first.end + 1)))
        return skipIdentifier(first.end + 1);               // 10:30
    if (after == QChar(0xB144) || after == QChar(0xC6D4)) { // 년, 월
        if (const qsizetype e = tryKoreanDate(first))
            return e;
    }
    if (const qsizetype e = tryDayMonth(i, first, 0))
        return e;

    Amount a;
    if (!parseAmount(i, a))
        return first.end;
    // Percentages (and percent ranges 10-15%, 10~15%)
    qsizetype pe = 0;
    if (a.scale == 0 && !a.korean) {
        if (const PhraseTable::Entry *u = percentAt(a.end, &pe)) {
            const ClaimNumber value(a.value);
            const bool points = u->code == QLatin1String("points");
            QJsonObject v;
            qsizetype jsonAt = -1;
            RangeEnd r;
            qsizetype end = pe;
            if (tryRange(pe, i, false, r) && r.unit == u->code) {
                const ClaimNumber max(r.b.value);
                v = V.range(value, max, points);
                CompactValueWriter w(valueJson);
                w.number("max", max).number("min", value);
                if (points)
                    w.latin1("unit", "points");
                jsonAt = w.finish();
                end = r.end;
            } else {
                v = V.single(u->code, value);
                if (points || u->code == QLatin1String("percent"))
                    jsonAt = CompactValueWriter(valueJson)
                                 .number(points ? "points" : "percent", value)
                                 .finish();
            }
            QString text = t.mid(i, end - i).toString();
            QString message =
                points
                    ? QString(QLatin1StringView("Percentage-point change: record a source for ") %
                              text)
                    : QString(QLatin1StringView("Percentage: record a source for ") % text);
            emit(QStringLiteral("percent"), Severity::Warning, i, end, std::move(text),
                 std::move(message), std::move(v), jsonAt);
            return end;
        }
        RangeEnd r;
        if (tryRange(a.end, i, false, r)) {
            const ClaimNumber min(a.value), max(r.b.value);
            const bool points = r.unit == QLatin1String("points");
            CompactValueWriter w(valueJson);
            w.number("max", max).number("min", min);
            if (points)
                w.latin1("unit", "points");
            const qsizetype jsonAt = w.finish();
            QString text = t.mid(i, r.end - i).toString();
            QString message = QLatin1StringView("Percentage: record a source for ") % text;
            emit(QStringLiteral("percent"), Severity::Warning, i, r.end, std::move(text),
                 std::move(message), V.range(min, max, points), jsonAt);
            return r.end;
        }
    }
    // Money with the currency after the amount (6,000만 달러, 5 dollars), or
    // a range whose currency is written once at the end (10만~20만 달러).
    qsizetype ce = 0;
    if (const PhraseTable::Entry *cur = suffixCurrencyAt(a.end, &ce)) {
        // "which in 2017 won praise": a year before the verb, not an amount.
        const bool yearWon = cur->surface == QLatin1String("won") && a.first.plain() &&
                             a.scale == 0 && !a.korean && a.first.intDigits == 4 &&
                             a.value >= 1900 && a.value <= 2100;
        if (!yearWon)
            if (const qsizetype e = finishMoney(i, a, cur->code, ce))
                return e;
    }
    {
        RangeEnd r;
        if (tryRange(a.end, i, true, r) && !r.currency.isEmpty()) {
            if (const qsizetype e = finishMoney(i, a, QString(), a.end))
                return e;
        }
    }
    // Counts of people and things: 1,200 jobs, 300 permanent jobs, 200명,
    // 200여 명, 110만 대 (not 1명당, not a score 3대 1, not an age 30대).
    {
        qsizetype q = a.end;
        if (at(q) == QChar(0xC5EC) /*여*/ && a.value >= 10)
            ++q;
        if (q < n && isBlank(t.at(q)))
            ++q;
        qsizetype len = 0;
        const PhraseTable::Entry *noun = L.countNouns.match(t, q, &len);
        if (!noun && q > a.end && q < n && isLatin(t.at(q)) && !isUpper(t.at(q))) {
            qsizetype w = q;
            while (w < n && isLatin(t.at(w)) && w - q < 14)
                ++w;
            if (w - q >= 3 && isBlank(at(w)) && isLatin(at(w + 1)) && !isUpper(at(w + 1))) {
                noun = L.countNouns.match(t, w + 1, &len);
                if (noun && isLatin(noun->surface.front()))
                    q = w + 1;
                else
                    noun = nullptr;
            }
        }
        if (noun && isHangul(noun->surface.front())) {
            const QChar next = at(q + len);
            qsizetype r = q + len;
            if (r < n && isBlank(t.at(r)))
                ++r;
            if (next == QChar(0xB2F9) /*당*/)
                noun = nullptr;
            else if (noun->surface == QStringLiteral("대") &&
                     (isDigit(at(r)) || a.value < 100 ||
                      (isHangul(next) && !QStringView(u"를가는의에로와도씩").contains(next))))
                noun = nullptr;
        }
        if (noun) {
            const qsizetype end = q + len;
            const ClaimNumber count(a.value);
            const qsizetype jsonAt = CompactValueWriter(valueJson).number("count", count).finish();
            QString text = t.mid(i, end - i).toString();
            QString message = QLatin1StringView("Count: record a source for ") % text;
            emit(QStringLiteral("count"), Severity::Info, i, end, std::move(text),
                 std::move(message), V.single(QStringLiteral("count"), count), jsonAt);
            return end;
        }
    }
    if (isLatin(at(a.end)))
        return skipIdentifier(a.end); // 5G, 3D
    return std::max(a.end, i + 1);
}

bool Scanner::sentenceStartBefore(qsizetype i) const
{
    qsizetype k = i - 1;
    while (k >= 0 && isBlank(t.at(k)))
        --k;
    if (k < 0)
        return true;
    switch (t.at(k).unicode()) {
    case '.':
    case '!':
    case '?':
    case '\n':
    case '"':
    case ':':
    case '#':
    case '>':
    case '*':
    case '-':
    case '|':
    case '(':
    case '[':
    case 0x201C:
    case 0x2018:
    case 0x2014:
        return true;
    default:
        return false;
    }
}

void Scanner::addName(qsizetype off, qsizetype len, bool hangul)
{
    quint64 h = 14695981039346656037ULL;
    for (qsizetype k = off; k < off + len; ++k)
        h = fnvStep(h, t.at(k).unicode());
    bool person = false;
    if (hangul && len == 3 && L.surnames.contains(t.at(off))) {
        qsizetype p = off + len;
        if (at(p) == u'(') {
            person = true;
        } else if (isBlank(at(p))) {
            const QStringView rest = t.mid(p + 1, std::min<qsizetype>(8, n - p - 1));
            // The first syllable rules out almost every title before the
            // (out-of-line) comparison.
            for (const QString &title : L.personTitles)
                if (!rest.isEmpty() && title.front() == rest.front() && rest.startsWith(title)) {
                    person = true;
                    break;
                }
        }
    }
    raw.push_back(RawName{h, off, len, hangul || !sentenceStartBefore(off), hangul, person, -1});
}

// Distinct names from the raw occurrences: one sort instead of a hash
// insert per word, which dominated the scan of Korean text.
void Scanner::groupNames()
{
    std::sort(raw.begin(), raw.end(), [](const RawName &a, const RawName &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.off < b.off;
    });
    names.reserve(raw.size() + size_t(L.names.size()));
    for (size_t k = 0; k < raw.size(); ++k) {
        RawName &r = raw[k];
        const QStringView key = t.mid(r.off, r.len);
        if (k == 0 || raw[k - 1].hash != r.hash || names.back().key != key) {
            NameInfo info;
            info.key = key;
            info.first = r.off;
            info.hangul = r.hangul;
            names.push_back(info);
        }
        NameInfo &info = names.back();
        ++info.count;
        info.mid = info.mid || r.mid;
        info.person = info.person || r.person;
        r.name = int(names.size() - 1);
    }
}

// The article's name spelled as `listed`, or -1: a binary search of the
// occurrences, which groupNames() left sorted by hash.
int Scanner::nameIdOf(const QString &listed) const
{
    quint64 h = 14695981039346656037ULL;
    for (QChar ch : listed)
        h = fnvStep(h, ch.unicode());
    auto it = std::lower_bound(raw.begin(), raw.end(), h,
                               [](const RawName &r, quint64 x) { return r.hash < x; });
    for (; it != raw.end() && it->hash == h; ++it)
        if (names[size_t(it->name)].key == listed)
            return it->name;
    return -1;
}

qsizetype Scanner::onLatinWord(qsizetype i)
{
    // A Latin currency prefix (USD 2 billion, US$3.5m, HK$5) is a run of
    // capitals, maybe a $, then (after at most one blank) a digit.
    qsizetype caps = i;
    while (caps < n && isUpper(t.at(caps)) && caps - i < 4)
        ++caps;
    if (caps > i && at(caps) == u'$')
        ++caps;
    if (caps > i && isBlank(at(caps)))
        ++caps;
    if (caps > i && isDigit(at(caps)) && L.prefixCurrencies.mayStartWith(t.at(i))) {
        bool matched = false;
        const qsizetype e = onPrefixCurrency(i, &matched);
        if (matched)
            return e;
    }
    qsizetype e = i;
    while (e < n && isLatin(t.at(e)))
        ++e;
    const qsizetype len = e - i;
    if ((len == 4 || len == 5) && at(e) == u':' && at(e + 1) == u'/' &&
        (t.mid(i, len) == QLatin1String("http") || t.mid(i, len) == QLatin1String("https")))
        return skipUrl(i);
    if (len == 3 && at(e) == u'.' && t.mid(i, 3) == QLatin1String("www"))
        return skipUrl(i);
    if (isUpper(t.at(i))) {
        // Month and weekday names are few: other words skip the lookups
        // (and the QString they need).
        const QString word = L.mayBeCalendarWord(t.mid(i, len))
                                 ? QString::fromRawData(t.data() + i, len) // no copy
                                 : QString();
        if (const int wd = word.isEmpty() ? 0 : L.weekdays.value(word); wd && len >= 3) {
            qsizetype p = e;
            if (at(p) == u',')
                ++p;
            if (isBlank(at(p))) {
                ++p;
                if (isDigit(at(p))) {
                    const Num day = parseNum(p);
                    if (day.ok)
                        if (const qsizetype de = tryDayMonth(i, day, wd))
                            return de;
                } else if (isUpper(at(p))) {
                    qsizetype me = p;
                    while (me < n && isLatin(t.at(me)))
                        ++me;
                    if (const int m = L.mayBeCalendarWord(t.mid(p, me - p))
                                          ? L.months.value(t.mid(p, me - p).toString())
                                          : 0)
                        if (const qsizetype de = tryEnglishMonthDate(i, p, me, m, wd))
                            return de;
                }
            }
        } else if (const int m = word.isEmpty() ? 0 : L.months.value(word)) {
            if (const qsizetype de = tryEnglishMonthDate(i, i, e, m, 0))
                return de;
        } else if (len >= 6) { // shorter Latin names are never compared
            bool allCaps = true;
            for (qsizetype k = i + 1; k < e && allCaps; ++k)
                allCaps = isUpper(t.at(k));
            if (!allCaps)
                addName(i, len, false);
        }
    }
    if (isDigit(at(e)) || (at(e) == u'-' && isDigit(at(e + 1))))
        return skipIdentifier(e);
    return e;
}

qsizetype Scanner::onHangulWord(qsizetype i)
{
    qsizetype e = i;
    while (e < n && isHangul(t.at(e)))
        ++e;
    qsizetype len = e - i;
    if (len >= 3 && len <= 12) {
        const QStringView w = t.mid(i, len);
        const char16_t last = w.back().unicode() - 0xAC00;
        if ((L.particleEnds[last >> 6] >> (last & 63)) & 1) {
            const auto it = L.particlesByLast.constFind(w.back().unicode());
            if (it != L.particlesByLast.constEnd())
                for (const QString &p : *it) {
                    // Inline: an out-of-line endsWith per particle showed
                    // on the profile of Korean text.
                    if (len - p.size() >= 2 && std::equal(p.begin(), p.end(), w.end() - p.size())) {
                        len -= p.size();
                        break;
                    }
                }
        }
        // Verb and adjective forms (확산하면, 발표했다) are not names.
        static const QStringView verbal(u"하했한할해되됐된될돼");
        if (len >= 4 && verbal.contains(t.at(i + len - 2)))
            len = 0;
        if (len >= 3)
            addName(i, len, true);
    }
    return e;
}

bool Scanner::quoteVerbAfter(qsizetype p) const
{
    qsizetype q = p;
    for (int k = 0; k < 3 && q < n && (isBlank(t.at(q)) || t.at(q) == u','); ++k)
        ++q;
    qsizetype len = 0;
    // 라고, 며, 말했다 … right after the closing mark
    if (q < n && !isLatin(t.at(q)) && L.quoteVerbTable.match(t, q, &len))
        return true;
    // "…," she said / he told: a verb within the next 40 characters
    const qsizetype end = std::min<qsizetype>(n, q + 40);
    const QStringView look = t.first(end);
    for (qsizetype k = q; k < end; ++k) {
        const QChar c = t.at(k);
        if (!isLatin(c) || (k > q && isLatin(t.at(k - 1))) || !L.quoteVerbTable.mayStartWith(c))
            continue;
        if (L.quoteVerbTable.match(look, k, &len))
            return true;
    }
    return false;
}

qsizetype Scanner::onQuote(qsizetype i, int type)
{
    if (type == 0) {
        if (i == asciiCloseAt)
            return i + 1;
        if (i > 0) {
            const QChar b = t.at(i - 1);
            if (!(b.isSpace() || b == u'(' || b == u'[' || b == QChar(0x2014) || b == u'-' ||
                  b == u'*' || b == u'>' || b == u':' || b == QChar(0x2026) /*…*/ || b == u',' ||
                  isHangul(b)))
                return i + 1;
        }
    }
    const QChar close = type == 0 ? QChar(u'"') : type == 1 ? QChar(0x201D) : QChar(0x300D);
    qsizetype p = std::max(i + 1, quoteNoCloseUpTo[type]);
    const qsizetype limit = std::min(n, i + 4000);
    qsizetype found = -1;
    for (; p < limit; ++p) {
        const QChar c = t.at(p);
        if (c == close) {
            found = p;
            break;
        }
        if (c == u'\n' && p + 1 < n && t.at(p + 1) == u'\n')
            break;
    }
    if (found < 0) {
        quoteNoCloseUpTo[type] = std::max(quoteNoCloseUpTo[type], p);
        return i + 1;
    }
    if (type == 0)
        asciiCloseAt = found;
    // A clause or more: three words, or two followed by a verb of saying.
    int words = 0;
    bool inWord = false;
    int letters = 0;
    // Only "at least five words and four letters" matters beyond here.
    for (qsizetype k = i + 1; k < found && (words < 5 || letters < 4); ++k) {
        const QChar c = t.at(k);
        const bool w = !c.isSpace();
        if (w && !inWord)
            ++words;
        inWord = w;
        if (c.isLetter())
            ++letters;
    }
    // Not claims: a short fragment of up to four words starting in lower case
    // ("painful but necessary."), unless a verb of saying follows; the title
    // of a law in 「」 (「공공기관의 운영에 관한 법률」).
    bool claim = letters >= 4 && (words >= 3 || (words == 2 && quoteVerbAfter(found + 1)));
    if (claim && words <= 4 && type != 2) {
        qsizetype k = i + 1;
        while (k < found && !t.at(k).isLetterOrNumber())
            ++k;
        if (k < found && isLatin(t.at(k)) && !isUpper(t.at(k)) && !quoteVerbAfter(found + 1))
            claim = false;
    }
    if (claim && type == 2 && found > i + 1 && QStringView(u"법률령칙례").contains(t.at(found - 1)))
        claim = false;
    if (claim)
        emit(QStringLiteral("quote"), Severity::Warning, i, found + 1,
             t.mid(i, found + 1 - i).toString(),
             QStringLiteral("Quotation: confirm who said it and that the words are exact"), {}, -1);
    return i + 1; // claims inside the quotation are found too
}

qsizetype Scanner::onBacktick(qsizetype i)
{
    qsizetype r = i;
    while (r < n && t.at(r) == u'`')
        ++r;
    const qsizetype run = r - i;
    const bool lineStart = i == 0 || t.at(i - 1) == u'\n';
    if (run >= 3 && lineStart) {
        const QString fence(run, u'`');
        qsizetype k = t.indexOf(QString(u'\n' + fence), r);
        if (k < 0)
            return n;
        k += 1 + run;
        while (k < n && t.at(k) != u'\n')
            ++k;
        return k;
    }
    if (run == 1 && r < inlineCodeNoCloseUpTo)
        return r;
    const qsizetype limit = std::min(n, r + 2000);
    qsizetype p = r;
    while (p < limit) {
        if (t.at(p) == u'`') {
            qsizetype q = p;
            while (q < n && t.at(q) == u'`')
                ++q;
            if (q - p == run)
                return q;
            p = q;
            continue;
        }
        if (t.at(p) == u'\n' && p + 1 < n && t.at(p + 1) == u'\n')
            break;
        ++p;
    }
    if (run == 1)
        inlineCodeNoCloseUpTo = p;
    return r;
}

void Scanner::resolveNames()
{
    groupNames();
    if (names.empty() && L.names.isEmpty())
        return;
    // The newsroom's names list spells names as they should be.
    for (const QString &listed : L.names) {
        if (const int id = nameIdOf(listed); id >= 0) {
            names[size_t(id)].listed = true;
            continue;
        }
        NameInfo info;
        info.key = QStringView(listed);
        info.listed = true;
        info.mid = true;
        info.first = -1;
        info.hangul = !listed.isEmpty() && isHangul(listed.front());
        names.push_back(info);
    }
    // Candidate pairs share a hashed neighbourhood key: Latin names their
    // one-letter deletions (catches substitutions, insertions and
    // transpositions), Hangul names each syllable masked in turn.
    std::vector<std::pair<quint64, int>> keys;
    {
        size_t total = 0;
        for (const NameInfo &info : std::as_const(names))
            total += size_t(info.key.size() + 1);
        keys.reserve(total);
    }
    // Polynomial hashes with prefix sums give every one-letter deletion (or
    // masked syllable) in O(1) instead of rehashing the word each time.
    constexpr quint64 B = 1000003;
    quint64 pw[26], pre[26];
    pw[0] = 1;
    for (int k = 1; k < 26; ++k)
        pw[k] = pw[k - 1] * B;
    auto mix = [](quint64 h) {
        h ^= h >> 31;
        h *= 0x7FB5D329728EA185ULL;
        h ^= h >> 27;
        return h;
    };
    for (int id = 0; id < int(names.size()); ++id) {
        const NameInfo &info = names[size_t(id)];
        const QStringView k = info.key;
        const qsizetype len = k.size();
        if (len > 24)
            continue;
        if (!info.hangul && len < 6)
            continue;
        pre[0] = 0;
        for (qsizetype c = 0; c < len; ++c)
            pre[c + 1] =
                pre[c] * B + (info.hangul ? k.at(c).unicode() : (k.at(c).unicode() | 0x20));
        auto tail = [&](qsizetype j) { return pre[len] - pre[j] * pw[len - j]; }; // k[j..len)
        if (info.hangul) {
            for (qsizetype skip = 0; skip < len; ++skip) {
                const quint64 h =
                    pre[skip] * pw[len - skip] + 0x1F * pw[len - 1 - skip] + tail(skip + 1);
                keys.emplace_back(mix(h ^ (quint64(len) << 56)), id);
            }
        } else {
            keys.emplace_back(mix(pre[len]), id);
            for (qsizetype skip = 0; skip < len; ++skip)
                keys.emplace_back(mix(pre[skip] * pw[len - 1 - skip] + tail(skip + 1)), id);
        }
    }
    // Only keys shared by two names matter: find them with a flat hash table
    // and sort just those (sorting every key dominated Korean articles).
    {
        qsizetype cap = 16;
        while (size_t(cap) < keys.size() * 2)
            cap <<= 1;
        std::vector<qint32> slot(size_t(cap), -1);
        std::vector<bool> shared(keys.size(), false);
        for (size_t k = 0; k < keys.size(); ++k) {
            const quint64 h = keys[k].first;
            size_t s = size_t((h ^ (h >> 29)) * 0x9E3779B97F4A7C15ULL >> 7) & size_t(cap - 1);
            while (slot[s] >= 0 && keys[size_t(slot[s])].first != h)
                s = (s + 1) & size_t(cap - 1);
            if (slot[s] < 0) {
                slot[s] = qint32(k);
            } else {
                shared[size_t(k)] = true;
                shared[size_t(slot[s])] = true;
            }
        }
        size_t w = 0;
        for (size_t k = 0; k < keys.size(); ++k)
            if (shared[k])
                keys[w++] = keys[k];
        keys.resize(w);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<int> variantOf(names.size(), -1); // variant id → canonical id
    bool anyVariant = false;
    const qsizetype nkeys = qsizetype(keys.size());
    for (qsizetype a = 0; a < nkeys;) {
        qsizetype b = a + 1;
        while (b < nkeys && keys[size_t(b)].first == keys[size_t(a)].first)
            ++b;
        const qsizetype end = std::min(b, a + 12);
        for (qsizetype x = a; x < end; ++x) {
            for (qsizetype y = x + 1; y < end; ++y) {
                const int i1 = keys[size_t(x)].second, i2 = keys[size_t(y)].second;
                if (i1 == i2)
                    continue;
                const NameInfo &p = names[size_t(i1)], &q = names[size_t(i2)];
                if (p.listed && q.listed)
                    continue;
                // A spelling at a sentence start may be a capitalised common
                // word; it is compared when the other one is seen mid-sentence.
                if (p.hangul != q.hangul || (!p.mid && !q.mid))
                    continue;
                if (p.hangul) {
                    if (p.key.size() != q.key.size())
                        continue;
                    int diffs = 0, jd = 0;
                    qsizetype where = -1;
                    for (qsizetype c = 0; c < p.key.size(); ++c) {
                        if (p.key.at(c) != q.key.at(c)) {
                            ++diffs;
                            where = c;
                            int ja[3], jb[3];
                            jamo(p.key.at(c), ja);
                            jamo(q.key.at(c), jb);
                            jd = (ja[0] != jb[0]) + (ja[1] != jb[1]) + (ja[2] != jb[2]);
                        }
                    }
                    if (diffs != 1 || jd != 1)
                        continue;
                    // Word endings (했다/한다) differ in the last syllable;
                    // only names long enough to carry it are compared.
                    // Three-syllable words beginning with a family name may
                    // be people (이인재/이인제) and are compared in full.
                    if (where == p.key.size() - 1 && p.key.size() < 4 &&
                        !(p.key.size() == 3 && L.surnames.contains(p.key.front()) &&
                          (p.person || q.person)))
                        continue;
                } else {
                    if (p.key.at(0).toLower() != q.key.at(0).toLower())
                        continue;
                    if (p.key.compare(q.key, Qt::CaseInsensitive) == 0)
                        continue;
                    const QStringView lo = p.key.size() < q.key.size() ? p.key : q.key;
                    const QStringView hi = p.key.size() < q.key.size() ? q.key : p.key;
                    // Plurals, possessives, Korea/Korean are other words;
                    // a doubled or added final e is a misspelling
                    // (Hollowel/Hollowell, Whitcomb/Whitcombe).
                    if (hi.startsWith(lo, Qt::CaseInsensitive) &&
                        !(hi.size() == lo.size() + 1 &&
                          (hi.back() == u'e' || hi.back() == lo.back())))
                        continue;
                    const int cap = std::min(p.key.size(), q.key.size()) >= 9 ? 2 : 1;
                    if (osaDistance(p.key, q.key, cap) > cap)
                        continue;
                }
                // The listed, more frequent or earlier spelling is canonical.
                auto rank = [](const NameInfo &x) {
                    return std::make_tuple(x.listed ? 1 : 0, x.count, -x.first);
                };
                int canon = i1, variant = i2;
                if (rank(q) > rank(p))
                    std::swap(canon, variant);
                if (variantOf[size_t(variant)] < 0 && variantOf[size_t(canon)] < 0) {
                    variantOf[size_t(variant)] = canon;
                    anyVariant = true;
                }
            }
        }
        a = b;
    }
    if (!anyVariant)
        return;
    std::vector<const RawName *> hits;
    for (const RawName &r : raw)
        if (variantOf[size_t(r.name)] >= 0)
            hits.push_back(&r);
    std::sort(hits.begin(), hits.end(),
              [](const RawName *a, const RawName *b) { return a->off < b->off; });
    for (const RawName *o : hits) {
        const NameInfo &c = names[size_t(variantOf[size_t(o->name)])];
        const QString variant = t.mid(o->off, o->len).toString();
        const QString canonical = c.key.toString();
        const QString message =
            c.listed ? QStringLiteral("Name variant: '%1' differs from the names list spelling "
                                      "'%2'; check which is right")
                           .arg(variant, canonical)
                     : QStringLiteral("Name spelled two ways: '%1' here, '%2' in %3 other "
                                      "place(s); check which is right")
                           .arg(variant, canonical)
                           .arg(c.count);
        emit(
            QStringLiteral("name-variant"), Severity::Warning, o->off, o->off + o->len, variant,
            message,
            QJsonObject{{QStringLiteral("name"), variant}, {QStringLiteral("expected"), canonical}},
            -1);
    }
}

Findings Scanner::run()
{
    // About one finding per hundred characters of Korean news: reserving
    // that spares most regrowths of a list of large elements.
    out.reserve(n / 128 + 8);
    valueSpan.reserve(size_t(n / 128 + 8));
    qsizetype i = 0;
    while (i < n) {
        const QChar c = t.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= '0' && u <= '9') {
                i = onNumber(i);
            } else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')) {
                i = onLatinWord(i);
            } else if (u == '`') {
                i = onBacktick(i);
            } else if (u == '~' && (i == 0 || t.at(i - 1) == u'\n') &&
                       t.mid(i).startsWith(QLatin1String("~~~"))) {
                const qsizetype k = t.indexOf(QLatin1String("\n~~~"), i + 3);
                i = k < 0 ? n : k + 4;
            } else if (u == '<' && t.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype k = t.indexOf(QLatin1String("-->"), i + 4);
                i = k < 0 ? n : k + 3;
            } else if (u == '"') {
                i = onQuote(i, 0);
            } else if (u == '$') {
                bool matched = false;
                const qsizetype e = onPrefixCurrency(i, &matched);
                i = matched ? e : i + 1;
            } else {
                ++i;
            }
        } else if (u >= 0xAC00 && u <= 0xD7A3) {
            i = onHangulWord(i);
        } else if (u == 0x201C) {
            i = onQuote(i, 1);
        } else if (u == 0x300C) {
            i = onQuote(i, 2);
        } else if (L.prefixCurrencies.mayStartWith(c)) {
            bool matched = false;
            const qsizetype e = onPrefixCurrency(i, &matched);
            i = matched ? e : i + 1;
        } else {
            ++i;
        }
    }
    resolveNames();
    return withIds();
}

// The findings in text order (name variants come last from the scan), each
// with its id, computed from the compact JSON written when it was found.
Findings Scanner::withIds()
{
    std::vector<qsizetype> order(size_t(out.size()));
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = qsizetype(k);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return out.at(a).offset < out.at(b).offset;
    });
    ClaimIdAssigner ids(t, out.size());
    auto valueOf = [this](qsizetype k) {
        const auto [at, len] = valueSpan[size_t(k)];
        return at < 0 ? QByteArrayView() : QByteArrayView(valueJson.constData() + at, len);
    };
    if (std::is_sorted(order.begin(), order.end())) { // usually: no name variant
        for (qsizetype k = 0; k < out.size(); ++k)
            ids.assign(out[k], valueOf(k));
        return std::move(out);
    }
    Findings sorted;
    sorted.reserve(out.size());
    for (const qsizetype k : order) {
        Finding &f = out[k];
        ids.assign(f, valueOf(k));
        sorted.append(std::move(f));
    }
    return sorted;
}

} // namespace

ClaimDetector::ClaimDetector(ClaimLexicon lexicon)
    : m_lex(std::make_shared<const ClaimLexicon>(std::move(lexicon))),
      m_values(std::make_shared<const ClaimValueTemplates>(*m_lex))
{
}

ClaimDetector::ClaimDetector(const QString &shippedDictionaries, const QString &newsroomRoot)
    : ClaimDetector(ClaimLexicon::load(shippedDictionaries, newsroomRoot))
{
}

Findings ClaimDetector::detect(QStringView body, QDate articleDate) const
{
    return Scanner(*m_lex, *m_values, body, articleDate).run();
}

} // namespace copydesk
