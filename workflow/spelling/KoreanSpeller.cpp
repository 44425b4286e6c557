#include "spelling/KoreanSpeller.h"

#include "core/ArticleText.h"
#include "core/Error.h"
#include "spelling/Hangul.h"

#include <QDir>
#include <QFile>

namespace copydesk
{

namespace
{

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

// A missing file is an empty list (a newsroom's own dictionaries folder
// need not have the Korean data).
QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
    QStringList lines = decodeUtf8Strict(f.readAll(), path).split(u'\n');
    for (QString &l : lines) {
        const qsizetype hash = l.indexOf(u'#');
        if (hash >= 0)
            l.truncate(hash);
        l = l.trimmed();
    }
    return lines;
}

// Nouns that stand for "a noun ending in a consonant / a vowel / ㄹ" when a
// particle is checked after a stem the dictionary does not know: the
// particle must agree with the stem's last sound (센터장은, 회전율이).
QString particleModelFor(QStringView stem)
{
    if (!hangul::endsInConsonant(stem))
        return QStringLiteral("회사");
    if (hangul::decompose(stem.back()).final == 8) // ㄹ takes 로, not 으로
        return QStringLiteral("서울");
    return QStringLiteral("사람");
}

} // namespace

KoreanData KoreanData::load(const QString &dir)
{
    KoreanData data;
    const QString misspellings = QDir(dir).filePath(QStringLiteral("misspellings.txt"));
    const QStringList lines = readLines(misspellings);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList parts = lines[i].split(QStringLiteral("=>"));
        if (parts.size() != 2 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty() ||
            parts[0].trimmed().contains(u' '))
            throw Error(
                QStringLiteral("%1:%2: expected 'wrong => right'").arg(misspellings).arg(i + 1),
                Error::Kind::Usage);
        const QString wrong = nfc(parts[0].trimmed());
        data.misspellings[wrong[0]].append({nfd(wrong), nfd(parts[1].trimmed())});
    }
    const QString grammar = QDir(dir).filePath(QStringLiteral("grammar.txt"));
    const QStringList glines = readLines(grammar);
    for (qsizetype i = 0; i < glines.size(); ++i) {
        if (glines[i].isEmpty())
            continue;
        const qsizetype eq = glines[i].indexOf(u'=');
        const QString key = glines[i].left(eq).trimmed();
        const QStringList values = nfc(glines[i].mid(eq + 1)).split(u' ', Qt::SkipEmptyParts);
        if (eq < 0 || values.isEmpty())
            throw Error(
                QStringLiteral("%1:%2: expected 'key = word word …'").arg(grammar).arg(i + 1),
                Error::Kind::Usage);
        if (key == QLatin1String("prefixes"))
            data.prefixes.unite(QSet<QString>(values.begin(), values.end()));
        else if (key == QLatin1String("suffixes"))
            data.suffixes.unite(QSet<QString>(values.begin(), values.end()));
        else if (key == QLatin1String("titles"))
            data.titles.unite(QSet<QString>(values.begin(), values.end()));
        else if (key == QLatin1String("particles"))
            data.particles += values;
        else if (key == QLatin1String("light-verbs"))
            data.lightVerbs += values;
        else
            throw Error(QStringLiteral("%1:%2: unknown key '%3' (prefixes, suffixes, particles, "
                                       "light-verbs, titles)")
                            .arg(grammar)
                            .arg(i + 1)
                            .arg(key),
                        Error::Kind::Usage);
    }
    auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::stable_sort(data.particles.begin(), data.particles.end(), longestFirst);
    std::stable_sort(data.lightVerbs.begin(), data.lightVerbs.end(), longestFirst);
    return data;
}

KoreanSpeller::KoreanSpeller(KoreanData data, const HunspellDictionary *korean,
                             const HouseVocabulary *house)
    : m_data(std::move(data)), m_korean(korean), m_house(house)
{
}

bool KoreanSpeller::isEntry(const QString &word) const
{
    return m_korean->entries().contains(nfd(word));
}

bool KoreanSpeller::startsWithEntry(const QString &candidate, const QString &original) const
{
    // A word Hunspell accepts starts with a dictionary word or verb stem;
    // asking the set first spares Hunspell's slow "no" for most of the
    // gate's candidates. The stem must reach the edit (all but its last
    // jamo: 챙기 for 챙길게요) and have two syllables at least (4 jamo):
    // a short stem that happens to begin a name or a loanword (에이 in
    // 에이전트) says nothing about an edit further on.
    const QString d = nfd(candidate);
    const QString o = nfd(original);
    qsizetype edit = 0;
    while (edit < d.size() && edit < o.size() && d[edit] == o[edit])
        ++edit;
    const QSet<QString> &entries = m_korean->entries();
    for (qsizetype n = d.size(); n >= std::max<qsizetype>(4, edit - 1); --n) {
        if (entries.contains(d.left(n)))
            return true;
    }
    return m_house && m_house->containsKoreanNoun(candidate);
}

bool KoreanSpeller::hunspell(const QString &word) const
{
    return (m_house && m_house->containsKoreanNoun(word)) || m_korean->check(word);
}

QString KoreanSpeller::listedCorrection(const QString &word) const
{
    if (word.isEmpty())
        return {};
    const auto it = m_data.misspellings.constFind(word[0]);
    if (it == m_data.misspellings.constEnd())
        return {};
    const QString decomposed = nfd(word);
    for (const KoreanData::Misspelling &m : it.value()) {
        if (decomposed == m.wrong)
            return nfc(m.right);
        // 바램이 → 바람이, 들어났다 → 드러났다: the listed part plus the rest
        // of the word, when that makes a word.
        if (!decomposed.startsWith(m.wrong) || m.right.contains(u' '))
            continue;
        const QString fixed = nfc(m.right + decomposed.mid(m.wrong.size()));
        if (accepts(fixed))
            return fixed;
    }
    return {};
}

bool KoreanSpeller::accepts(const QString &word) const
{
    if (hunspell(word))
        return true;
    const QString expanded = hangul::expandContractions(word);
    if (!expanded.isEmpty() && m_korean->check(expanded))
        return true;
    if (hangul::syllableCount(word) < 3)
        return false; // two stems of two syllables at least, or a prefix on one
    // STEM + tail, the longest stem first.
    for (qsizetype p = word.size(); p >= 2; --p) {
        const QString stem = word.left(p);
        if (hangul::syllableCount(stem) < 2)
            break;
        const QString tail = word.mid(p);
        if (acceptsTail(stem, tail) && acceptsStem(stem, 0))
            return true;
    }
    return false;
}

bool KoreanSpeller::acceptsStem(const QString &stem, int depth) const
{
    const int n = hangul::syllableCount(stem);
    if (n < 2 || n != stem.size())
        return false;
    // A part must be a noun of the dictionary as it stands (it takes 의):
    // 머스크+흑흑 is not a compound, 코스닥+지수 is.
    auto noun = [&](const QString &w) {
        return (m_house && m_house->containsKoreanNoun(w)) ||
               (isEntry(w) && m_korean->check(w + QStringLiteral("의")));
    };
    if (depth > 0 && noun(stem))
        return true;
    if (depth >= 3)
        return false;
    // 총 + 예산, 친 + 환경
    if (n >= 3 && m_data.prefixes.contains(stem.left(1)) && acceptsStem(stem.mid(1), depth + 1))
        return true;
    // 센터 + 장, 회전 + 율, 이중 + 적
    for (int s = 1; s <= 2 && n - s >= 2; ++s) {
        if (m_data.suffixes.contains(stem.right(s)) && acceptsStem(stem.chopped(s), depth + 1))
            return true;
    }
    // 방산 + 업체, 코스닥 + 지수: the left part a word as it stands.
    for (int q = 2; q <= n - 2; ++q) {
        const QString left = stem.left(q);
        if (((m_house && m_house->containsKoreanNoun(left)) || isEntry(left)) &&
            acceptsStem(stem.mid(q), depth + 1))
            return true;
    }
    return depth == 0 && noun(stem);
}

bool KoreanSpeller::acceptsTail(const QString &stem, const QString &tail) const
{
    if (tail.isEmpty())
        return true;
    // A light verb: 주목+받는, 연출+됐다, 활성화+시키고.
    for (const QString &v : m_data.lightVerbs) {
        if (tail.startsWith(v))
            return m_korean->check(tail);
    }
    // Particles (and 이다): they must agree with the stem's last sound.
    bool particle = false;
    for (const QString &p : m_data.particles) {
        if (tail.startsWith(p)) {
            particle = true;
            break;
        }
    }
    return particle && m_korean->check(particleModelFor(stem) + tail);
}

KoreanSpeller::Verdict KoreanSpeller::classify(const QString &word) const
{
    Shard &shard = m_shards[qHash(word) % kShards];
    {
        std::shared_lock lock(shard.lock);
        const auto it = shard.verdicts.constFind(word);
        if (it != shard.verdicts.constEnd())
            return it.value();
    }
    Verdict v;
    const QString listed = listedCorrection(word);
    if (!listed.isEmpty()) {
        v = {Kind::Misspelled, listed, true};
    } else if (accepts(word)) {
        v = {Kind::Accepted, {}, false};
    } else {
        v.kind = Kind::Unrecognised;
        // The confusion gate: a near word the dictionary knows as it stands.
        // Not for one syllable: a surname (최) or a particle glued to a
        // symbol is one jamo away from some word.
        const QStringList candidates =
            hangul::syllableCount(word) >= 2 ? hangul::confusionEdits(word) : QStringList();
        for (const QString &candidate : candidates) {
            // Hunspell as it stands, not the splitter: a splitter over
            // edited loanwords accepts nonsense (에이전트 → 에이전+투,
            // 이틀째 → 이틀+재), which made correct copy warnings.
            if (startsWithEntry(candidate, word) && hunspell(candidate)) {
                v = {Kind::Misspelled, candidate, false};
                break;
            }
        }
    }
    std::unique_lock lock(shard.lock);
    shard.verdicts.insert(word, v);
    return v;
}

bool KoreanSpeller::isTitle(const QString &word) const
{
    if (m_data.titles.contains(word))
        return true;
    for (qsizetype p = word.size() - 1; p >= 1; --p) {
        const QString title = word.left(p);
        if (m_data.titles.contains(title))
            return acceptsTail(title, word.mid(p));
    }
    return false;
}

QString KoreanSpeller::nameBeforeGluedTitle(const QString &word) const
{
    for (qsizetype p = 2; p + 1 <= word.size() && p <= 5; ++p) {
        if (isTitle(word.mid(p)))
            return word.left(p);
    }
    return {};
}

bool KoreanSpeller::isMentionOf(const QString &word, const QString &name) const
{
    if (!word.startsWith(name))
        return false;
    const QString rest = word.mid(name.size());
    return rest.isEmpty() || isTitle(rest) || acceptsTail(name, rest);
}

} // namespace copydesk
