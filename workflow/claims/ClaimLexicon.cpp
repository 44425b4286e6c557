#include "claims/ClaimLexicon.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace copydesk
{

namespace
{

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Splits a data line into fields: TAB, or a run of two or more spaces.
QStringList splitFields(const QString &line)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool sep = c == u'\t' || (c == u' ' && i + 1 < line.size() && line.at(i + 1) == u' ');
        if (sep) {
            if (!cur.isEmpty())
                out.append(cur);
            cur.clear();
            while (i + 1 < line.size() && (line.at(i + 1) == u' ' || line.at(i + 1) == u'\t'))
                ++i;
        } else {
            cur.append(c);
        }
    }
    if (!cur.isEmpty())
        out.append(cur);
    return out;
}

QList<QStringList> readFile(const QString &path, bool required)
{
    QFile f(path);
    if (!f.exists()) {
        if (required)
            throw Error(
                QStringLiteral("claims: lexicon %1 is missing; claim detection is off").arg(path),
                Error::Kind::NotFound);
        return {};
    }
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("claims: cannot read %1: %2").arg(path, f.errorString()));
    const QString text = decodeUtf8Strict(f.readAll(), path);
    QList<QStringList> rows;
    for (const QString &raw : text.split(u'\n')) {
        QString line = raw;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        rows.append(splitFields(line.trimmed()));
    }
    return rows;
}

// cand == surface (case-insensitively when `fold`), inline for ASCII;
// Qt's full case folding decides as soon as a non-ASCII character differs.
inline bool sameText(QStringView cand, const QString &surface, bool fold)
{
    const QChar *a = cand.data();
    const QChar *b = surface.constData();
    for (qsizetype i = 0; i < cand.size(); ++i) {
        const char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        if (!fold)
            return false;
        if (x >= 0x80 || y >= 0x80)
            return cand.compare(surface, Qt::CaseInsensitive) == 0;
        const char16_t lx = x >= 'A' && x <= 'Z' ? char16_t(x + 32) : x;
        const char16_t ly = y >= 'A' && y <= 'Z' ? char16_t(y + 32) : y;
        if (lx != ly)
            return false;
    }
    return true;
}

} // namespace

void PhraseTable::add(const QString &surface, const QString &code, double number)
{
    if (surface.isEmpty())
        return;
    Entry e;
    e.surface = surface;
    e.code = code;
    e.number = number;
    e.fold = std::any_of(surface.begin(), surface.end(),
                         [](QChar c) { return c.unicode() >= 'a' && c.unicode() <= 'z'; });
    e.latinEnd = isLatinLetter(surface.back());
    const char16_t first = fold(surface.front());
    QList<Entry> &bucket = first < 128 ? m_ascii[first] : m_byFirst[first];
    m_firstMask |= quint64(1) << (first & 63);
    // A newsroom line for the same surface replaces the shipped one.
    m_entries -= bucket.removeIf([&](const Entry &x) { return x.surface == surface; });
    bucket.append(e);
    ++m_entries;
    std::stable_sort(bucket.begin(), bucket.end(), [](const Entry &a, const Entry &b) {
        return a.surface.size() > b.surface.size();
    });
}

const PhraseTable::Entry *PhraseTable::match(QStringView text, qsizetype pos,
                                             qsizetype *length) const
{
    if (pos >= text.size())
        return nullptr;
    const QList<Entry> *entries = bucket(fold(text.at(pos)));
    if (!entries)
        return nullptr;
    for (const Entry &e : *entries) {
        const qsizetype n = e.surface.size();
        if (pos + n > text.size())
            continue;
        if (!sameText(text.mid(pos, n), e.surface, e.fold))
            continue;
        if (e.latinEnd && pos + n < text.size() && isLatinLetter(text.at(pos + n)))
            continue;
        if (length)
            *length = n;
        return &e;
    }
    return nullptr;
}

QList<QString> PhraseTable::codes() const
{
    QList<QString> out;
    auto collect = [&out](const QList<Entry> &bucket) {
        for (const Entry &e : bucket)
            if (!out.contains(e.code))
                out.append(e.code);
    };
    for (const QList<Entry> &bucket : m_ascii)
        collect(bucket);
    for (const QList<Entry> &bucket : m_byFirst)
        collect(bucket);
    return out;
}

ClaimLexicon ClaimLexicon::load(const QString &shippedDictionaries, const QString &newsroomRoot)
{
    const QString shipped = QDir(shippedDictionaries).filePath(QStringLiteral("claims"));
    const QString local = newsroomRoot.isEmpty()
                              ? QString()
                              : QDir(newsroomRoot).filePath(QStringLiteral("copydesk/claims"));
    auto rows = [&](const char *name, bool required = true) {
        QList<QStringList> all = readFile(QDir(shipped).filePath(QLatin1String(name)), required);
        if (!local.isEmpty())
            all += readFile(QDir(local).filePath(QLatin1String(name)), false);
        return all;
    };
    auto bad = [](const char *file, const QStringList &row) {
        return Error(QStringLiteral("claims: malformed line in %1: '%2'")
                         .arg(QLatin1String(file), row.join(u'\t')));
    };

    ClaimLexicon lex;
    for (const QStringList &r : rows("currencies.txt")) {
        if (r.size() < 2)
            throw bad("currencies.txt", r);
        const QString pos = r.value(2, QStringLiteral("suffix"));
        if (pos == QLatin1String("prefix") || pos == QLatin1String("both"))
            lex.prefixCurrencies.add(r[0], r[1]);
        if (pos == QLatin1String("suffix") || pos == QLatin1String("both"))
            lex.suffixCurrencies.add(r[0], r[1]);
    }
    for (const QStringList &r : rows("scales.txt")) {
        bool ok = false;
        const double m = r.value(1).toDouble(&ok);
        if (r.size() < 3 || !ok)
            throw bad("scales.txt", r);
        lex.scales.add(r[0], r[2], m);
    }
    for (const QStringList &r : rows("percent_units.txt")) {
        if (r.size() < 2)
            throw bad("percent_units.txt", r);
        lex.percentUnits.add(r[0], r[1]);
    }
    for (const QStringList &r : rows("pay_words.txt")) {
        if (r.size() < 2)
            throw bad("pay_words.txt", r);
        if (r[0] == QLatin1String("after"))
            lex.payAfter.add(r[1], QString());
        else if (r[0] == QLatin1String("not"))
            lex.payNot.append(r[1]), lex.payNotTable.add(r[1], QString());
        else if (r[0] == QLatin1String("before"))
            lex.payBefore.append(r[1]), lex.payBeforeTable.add(r[1], QString());
        else
            throw bad("pay_words.txt", r);
    }
    for (const QStringList &r : rows("count_nouns.txt"))
        lex.countNouns.add(r[0], QString());
    for (const QStringList &r : rows("months.txt")) {
        const int m = r.value(1).toInt();
        if (m < 1 || m > 12)
            throw bad("months.txt", r);
        lex.months.insert(r[0], m);
    }
    for (const QStringList &r : rows("weekdays.txt")) {
        const int d = r.value(1).toInt();
        if (d < 1 || d > 7)
            throw bad("weekdays.txt", r);
        lex.weekdays.insert(r[0], d);
    }
    for (auto it = lex.months.cbegin(); it != lex.months.cend(); ++it)
        lex.calendarWordMax = std::max(lex.calendarWordMax, it.key().size());
    for (auto it = lex.weekdays.cbegin(); it != lex.weekdays.cend(); ++it)
        lex.calendarWordMax = std::max(lex.calendarWordMax, it.key().size());
    for (const QHash<QString, int> *words : {&lex.months, &lex.weekdays})
        for (auto it = words->cbegin(); it != words->cend(); ++it)
            if (!it.key().isEmpty()) {
                const unsigned b = calendarBit(it.key());
                lex.calendarFilter[b >> 6] |= quint64(1) << (b & 63);
            }
    for (const QStringList &r : rows("quote_verbs.txt")) {
        lex.quoteVerbs.append(r[0]);
        lex.quoteVerbTable.add(r[0], QString());
    }
    for (const QStringList &r : rows("particles.txt"))
        lex.particles.append(r[0]);
    for (const QString &p : std::as_const(lex.particles)) {
        const int last = p.back().unicode() - 0xAC00;
        if (last < 0 || last >= 11172)
            throw Error(
                QStringLiteral("claims: particle '%1' must end in a Hangul syllable").arg(p));
        lex.particleEnds[last >> 6] |= quint64(1) << (last & 63);
    }
    std::stable_sort(lex.particles.begin(), lex.particles.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &p : std::as_const(lex.particles))
        lex.particlesByLast[p.back().unicode()].append(p);
    for (const QStringList &r : rows("nonclaim_before.txt"))
        lex.nonClaimBefore.insert(r[0], true);
    for (const QStringList &r : rows("names.txt", false))
        lex.names.append(r[0]);
    for (const QStringList &r : rows("surnames.txt", false))
        if (r[0].size() == 1)
            lex.surnames.insert(r[0].front(), true);
    for (const QStringList &r : rows("person_titles.txt", false))
        lex.personTitles.append(r[0]);
    return lex;
}

} // namespace copydesk
