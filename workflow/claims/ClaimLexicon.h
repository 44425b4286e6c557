#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>

namespace copydesk
{

// A small table of phrases matched at a position in the text (currency
// words, scales, units). Entries are bucketed by their first character
// (lower-cased), longest first, so a lookup touches a handful of entries.
// Latin entries that contain a lower-case letter match case-insensitively
// and only at a word end; symbols, codes and Hangul match as written.
class PhraseTable
{
public:
    struct Entry {
        QString surface;
        QString code;      // currency code, percent/points, position…
        double number = 0; // multiplier, weekday, month…
        bool fold = false; // case-insensitive
        bool latinEnd = false;
    };

    void add(const QString &surface, const QString &code, double number = 0);
    // Longest entry matching text at pos, or nullptr. `length` gets its size.
    const Entry *match(QStringView text, qsizetype pos, qsizetype *length) const;
    bool mayStartWith(QChar c) const
    {
        const char16_t f = fold(c);
        return (m_firstMask >> (f & 63) & 1) && bucket(f);
    }
    bool isEmpty() const { return m_entries == 0; }
    // Every distinct code, for building per-code data up front.
    QList<QString> codes() const;

private:
    static char16_t fold(QChar c)
    {
        const char16_t u = c.unicode();
        return u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
    }
    const QList<Entry> *bucket(char16_t first) const
    {
        if (first < 128)
            return m_ascii[first].isEmpty() ? nullptr : &m_ascii[first];
        const auto it = m_byFirst.constFind(first);
        return it == m_byFirst.constEnd() ? nullptr : &*it;
    }
    // ASCII first characters (symbols, Latin words) index an array; the
    // rest (Hangul, £, €) a hash.
    std::array<QList<Entry>, 128> m_ascii;
    QHash<char16_t, QList<Entry>> m_byFirst;
    quint64 m_firstMask = 0; // bit (first char & 63) of every entry: a cheap pre-check
    qsizetype m_entries = 0;
};

// Every word list the claim detector uses, read once from
// dictionaries/claims/*.txt and extended by <newsroom>/copydesk/claims/*.txt.
struct ClaimLexicon {
    PhraseTable prefixCurrencies; // $, US$, USD …
    PhraseTable suffixCurrencies; // dollars, 달러, 원, USD …
    PhraseTable scales;           // code: tight, loose, korean
    PhraseTable percentUnits;     // code: percent, points
    PhraseTable payAfter;         // a year, an hour …
    QList<QString> payBefore;     // salary, 연봉 …
    QList<QString> payNot;        // damages, save, 대출 … (pay_words.txt "not")
    PhraseTable payBeforeTable;   // the same two lists, for one scan of a window
    PhraseTable payNotTable;
    PhraseTable countNouns;
    QHash<QString, int> months;    // November → 11
    QHash<QString, int> weekdays;  // Monday → 1, 화 → 2
    qsizetype calendarWordMax = 0; // longest month or weekday name
    // A 1024-bit filter over (length, first two and last character) of every
    // month and weekday name: most capitalised words fail it and skip the
    // two QHash lookups (and hashing the word).
    quint64 calendarFilter[16] = {};
    static unsigned calendarBit(QStringView w)
    {
        const unsigned c1 = w.size() > 1 ? w[1].unicode() : 0;
        return (unsigned(w.size()) * 131u + w[0].unicode() * 31u + c1 * 7u + w.back().unicode()) &
               1023u;
    }
    bool mayBeCalendarWord(QStringView w) const
    {
        if (w.isEmpty() || w.size() > calendarWordMax)
            return false;
        const unsigned b = calendarBit(w);
        return calendarFilter[b >> 6] >> (b & 63) & 1;
    }
    QList<QString> quoteVerbs;
    PhraseTable quoteVerbTable;                      // the same, for one scan after a quotation
    QList<QString> particles;                        // longest first
    QHash<char16_t, QList<QString>> particlesByLast; // by last syllable, longest first
    quint64 particleEnds[11172 / 64 + 1] = {};       // syllables that end a particle
    QHash<QString, bool> nonClaimBefore;             // Route, Windows …
    QList<QString> names;
    QHash<QChar, bool> surnames; // Korean family names (surnames.txt)
    QList<QString> personTitles; // 감독, 위원장 … (person_titles.txt)

    // Throws Error when a shipped file is missing or malformed.
    static ClaimLexicon load(const QString &shippedDictionaries, const QString &newsroomRoot);
};

} // namespace copydesk
