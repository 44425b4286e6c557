#include "spelling/SpellingCheck.h"

#include "core/Error.h"
#include "core/Paths.h"
#include "spelling/WordTokenizer.h"

#include <QHash>

namespace copydesk
{

namespace
{

const QString kEnglish = QStringLiteral("en_US");
const QString kKorean = QStringLiteral("ko_KR");

QString missingMessage(const QString &name, const QString &language, const QStringList &path)
{
    return QStringLiteral("%1 dictionary %2 not found in %3: install the Debian package %4")
        .arg(language, name, path.join(u':'), DictionaryRegistry::packageFor(name));
}

bool isAllUpper(const QString &w)
{
    int letters = 0;
    for (QChar c : w) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

// Honorifics written onto a name before its particle: 머스크씨에, 홍길동님이.
constexpr char16_t kHonorifics[] = u"씨님";

} // namespace

SpellingCheck::SpellingCheck(const Options &options)
{
    m_searchPath =
        options.searchPath.isEmpty() ? DictionaryRegistry::defaultSearchPath() : options.searchPath;
    m_english = DictionaryRegistry::find(kEnglish, m_searchPath);
    m_korean = DictionaryRegistry::find(kKorean, m_searchPath);
    if (!m_english && !m_korean)
        throw Error(QStringLiteral("Spelling is off: %1; %2")
                        .arg(missingMessage(kEnglish, QStringLiteral("English"), m_searchPath),
                             missingMessage(kKorean, QStringLiteral("Korean"), m_searchPath)));
    const QString shipped = options.shippedDictionaries.isEmpty() ? shippedDictionariesDir()
                                                                  : options.shippedDictionaries;
    m_house =
        HouseVocabulary(HouseVocabulary::filesFor(shipped, options.newsroomRoot), m_korean.get());
}

QStringList SpellingCheck::missingDictionaryMessages() const
{
    QStringList out;
    if (!m_english)
        out.append(missingMessage(kEnglish, QStringLiteral("English"), m_searchPath));
    if (!m_korean)
        out.append(missingMessage(kKorean, QStringLiteral("Korean"), m_searchPath));
    return out;
}

SpellingCheck::Verdict SpellingCheck::checkLatin(const QString &wordIn) const
{
    QString word = wordIn;
    word.replace(u'\u2019', u'\'');
    if (word.size() < 2 || isAllUpper(word))
        return Verdict::Correct; // single letters and acronyms
    if (m_house.containsWord(word))
        return Verdict::Correct;
    if (!m_english)
        return Verdict::NoDictionary;
    if (m_english->check(word))
        return Verdict::Correct;
    if (word.contains(u'-')) {
        // Wi-Fi is in the dictionary as a whole; pre-tax, Anglo-Saxon are
        // right when each part is (a prefix such as pre- counts).
        static const QStringList prefixes = {"pre",   "co",      "non",   "re",    "anti", "ex",
                                             "mid",   "post",    "semi",  "multi", "sub",  "self",
                                             "cross", "counter", "inter", "over",  "under"};
        for (const QString &part : word.split(u'-', Qt::SkipEmptyParts)) {
            if (!prefixes.contains(part.toLower()) && checkLatin(part) == Verdict::Wrong)
                return Verdict::Wrong;
        }
        return Verdict::Correct;
    }
    // Possessives of names Hunspell does not know: Deepmere's, Reuters'.
    QString stem;
    if (word.endsWith(QLatin1String("'s")))
        stem = word.chopped(2);
    else if (word.endsWith(u'\''))
        stem = word.chopped(1);
    if (!stem.isEmpty() && (m_house.containsWord(stem) || m_english->check(stem)))
        return Verdict::Correct;
    return Verdict::Wrong;
}

SpellingCheck::Verdict SpellingCheck::checkHangul(const QString &word, bool afterLatin) const
{
    if (m_house.containsKoreanNoun(word))
        return Verdict::Correct;
    if (!m_korean)
        return Verdict::NoDictionary;
    if (m_korean->check(word))
        return Verdict::Correct;
    if (afterLatin) {
        // The Hangul tail of 오픈AI의, 구글에서는: a particle (or a noun) after
        // a Latin word, accepted when it attaches to a Korean noun ending in
        // a vowel or a consonant.
        if (m_korean->check(QStringLiteral("회사") + word) ||
            m_korean->check(QStringLiteral("사람") + word))
            return Verdict::Correct;
        return Verdict::Wrong;
    }
    // A name with an honorific before its particle: 머스크씨에, 홍길동님이.
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (!QStringView(kHonorifics).contains(word[i]))
            continue;
        const QString stem = word.left(i);
        const QString rest = word.mid(i); // 씨에, 님이, 씨
        if ((m_house.containsKoreanNoun(stem) || m_korean->check(stem)) && m_korean->check(rest))
            return Verdict::Correct;
    }
    return Verdict::Wrong;
}

bool SpellingCheck::isCorrect(const QString &word) const
{
    const QList<WordSpan> words = WordTokenizer::words(word);
    for (const WordSpan &w : words) {
        QList<std::pair<qsizetype, qsizetype>> wrong;
        bool ko = false, en = false;
        checkWord(word, w.offset, w.length, &wrong, &ko, &en);
        if (!wrong.isEmpty())
            return false;
    }
    return true;
}

// Checks one token, appending the offending runs to `wrong`.
SpellingCheck::Verdict SpellingCheck::checkWord(QStringView text, qsizetype offset,
                                                qsizetype length,
                                                QList<std::pair<qsizetype, qsizetype>> *wrong,
                                                bool *needsKorean, bool *needsEnglish) const
{
    const QList<WordSpan> runs = WordTokenizer::scriptRuns(text, {offset, length});
    if (runs.size() > 1) {
        // A mixed word listed as a whole (오픈AI, 챗GPT), with its particles:
        // the house noun was added to ko_KR with its model's affixes.
        const QString whole = text.mid(offset, length).toString();
        for (const WordSpan &r : runs) {
            const QString prefix = whole.left(r.offset + r.length - offset);
            if (!m_house.containsKoreanNoun(prefix))
                continue;
            if (prefix.size() == whole.size() || (m_korean && m_korean->check(whole)))
                return Verdict::Correct;
        }
    }
    // 30%를, ‘…’며, (주)는: Hangul glued to a number, symbol or quote is a
    // particle tail like the one after a Latin word.
    bool afterLatin =
        offset > 0 && !text[offset - 1].isSpace() && scriptOf(text[offset - 1]) != Script::Hangul;
    for (const WordSpan &r : runs) {
        const QString part = text.mid(r.offset, r.length).toString();
        Verdict v = Verdict::Correct;
        switch (scriptOf(text[r.offset])) {
        case Script::Latin:
            v = checkLatin(part);
            if (v == Verdict::NoDictionary)
                *needsEnglish = true;
            afterLatin = true;
            break;
        case Script::Hangul:
            v = checkHangul(part, afterLatin);
            if (v == Verdict::NoDictionary)
                *needsKorean = true;
            afterLatin = false;
            break;
        case Script::Other:
            afterLatin = false;
            break;
        }
        if (v == Verdict::Wrong)
            wrong->append({r.offset, r.length});
    }
    return wrong->isEmpty() ? Verdict::Correct : Verdict::Wrong;
}

Findings SpellingCheck::run(const CheckInput &input) const
{
    return run(input, MarkdownProse::parse(input.body));
}

Findings SpellingCheck::run(const CheckInput &input, const MarkdownProse &prose) const
{
    Findings findings;
    const QString &text = prose.text();
    const bool silenced = !prose.silences().isEmpty();
    bool needsKorean = false, needsEnglish = false;
    qsizetype firstKorean = -1, firstEnglish = -1;
    QHash<QString, int> seen;
    QList<std::pair<qsizetype, qsizetype>> wrong;
    for (const WordSpan &w : WordTokenizer::words(text)) {
        if (silenced && prose.isSilenced(w.offset, name()))
            continue;
        wrong.clear();
        const bool ko = needsKorean, en = needsEnglish;
        checkWord(text, w.offset, w.length, &wrong, &needsKorean, &needsEnglish);
        if (needsKorean && !ko)
            firstKorean = w.offset;
        if (needsEnglish && !en)
            firstEnglish = w.offset;
        for (const auto &[offset, length] : wrong) {
            Finding f;
            f.kind = QStringLiteral("spelling");
            f.severity = Severity::Warning;
            f.offset = offset;
            f.length = length;
            f.text = text.mid(offset, length);
            const bool hangul = scriptOf(text[offset]) == Script::Hangul;
            f.rule = hangul ? kKorean : kEnglish;
            f.id = QStringLiteral("spelling:%1:%2").arg(f.text).arg(seen[f.text]++);
            f.message = QStringLiteral("'%1' is not in the %2 dictionary or the house word list")
                            .arg(f.text, f.rule);
            findings.append(f);
        }
    }
    auto reportMissing = [&](qsizetype at, const QString &dict, const QString &language) {
        Finding f;
        f.kind = QStringLiteral("spelling");
        f.severity = Severity::Warning;
        f.offset = at;
        f.length = 0;
        f.rule = dict;
        f.id = QStringLiteral("spelling:missing-dictionary:") + dict;
        f.message = QStringLiteral("%1 words were not checked: ").arg(language) +
                    missingMessage(dict, language, m_searchPath);
        findings.append(f);
    };
    if (firstKorean >= 0)
        reportMissing(firstKorean, kKorean, QStringLiteral("Korean"));
    if (firstEnglish >= 0)
        reportMissing(firstEnglish, kEnglish, QStringLiteral("English"));
    Q_UNUSED(input);
    return findings;
}

QStringList SpellingCheck::suggest(const QString &word) const
{
    bool hangul = false;
    for (QChar c : word)
        hangul = hangul || scriptOf(c) == Script::Hangul;
    const HunspellDictionary *dict = hangul ? m_korean.get() : m_english.get();
    if (!dict)
        throw Error(missingDictionaryMessages().join(u'\n'), Error::Kind::NotFound);
    return dict->suggest(word);
}

std::shared_ptr<const Check> makeSpellingCheck(const CheckEnvironment &env)
{
    SpellingCheck::Options options;
    options.shippedDictionaries = env.shippedDictionaries;
    options.newsroomRoot = env.newsroomRoot;
    return std::make_shared<SpellingCheck>(options);
}

} // namespace copydesk
