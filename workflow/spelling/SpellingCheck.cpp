#include "spelling/SpellingCheck.h"

#include "core/Error.h"
#include "core/Paths.h"
#include "spelling/Hangul.h"
#include "spelling/WordTokenizer.h"

#include <QDir>
#include <QHash>

namespace copydesk
{

namespace
{

const QString kUsEnglish = QStringLiteral("en_US");
const QString kBritishEnglish = QStringLiteral("en_GB");
const QString kKorean = QStringLiteral("ko_KR");

QString languageName(const QString &dictionary)
{
    return dictionary.startsWith(QLatin1String("ko")) ? QStringLiteral("Korean")
                                                      : QStringLiteral("English");
}

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

bool hasHangul(QStringView w)
{
    for (QChar c : w) {
        if (scriptOf(c) == Script::Hangul)
            return true;
    }
    return false;
}

bool isAllHangul(QStringView w)
{
    for (QChar c : w) {
        if (scriptOf(c) != Script::Hangul)
            return false;
    }
    return !w.isEmpty();
}

// A capitalised word that is not an acronym: Roddick, Yukos, O'Driscoll.
bool isCapitalised(QStringView w)
{
    if (w.size() < 2 || !w[0].isUpper())
        return false;
    for (QChar c : w.mid(1)) {
        if (c.isLower())
            return true;
    }
    return false;
}

// Whether a word opens a sentence (or a heading, a list item, a quote):
// only spaces, opening quotes and brackets between it and a full stop, a
// line break or the start.
bool startsSentence(QStringView text, qsizetype offset)
{
    for (qsizetype i = offset - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'#' ||
            c == u'*' || c == u'>' || c == u'-' || c == u'|')
            return true;
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u2018' ||
            c == u'(' || c == u'[')
            continue;
        return false;
    }
    return true;
}

// The name in a possessive: Roddick's → Roddick.
QString withoutPossessive(const QString &w)
{
    if (w.endsWith(QLatin1String("'s")) || w.endsWith(QStringLiteral("\u2019s")))
        return w.chopped(2);
    return w;
}

// Honorifics written onto a name before its particle: 머스크씨에, 홍길동님이.
constexpr char16_t kHonorifics[] = u"씨님";

} // namespace

SpellingCheck::SpellingCheck(const Options &options)
{
    const QStringList searchPath =
        options.searchPath.isEmpty() ? DictionaryRegistry::defaultSearchPath() : options.searchPath;
    const QString shipped = options.shippedDictionaries.isEmpty() ? shippedDictionariesDir()
                                                                  : options.shippedDictionaries;
    m_house = HouseVocabulary(HouseVocabulary::filesFor(shipped, options.newsroomRoot));
    m_koreanData = KoreanData::load(QDir(shipped).filePath(QStringLiteral("words/ko")));
    m_defaultEnglish = newsroomEnglish(options.newsroomRoot);
    // Korean house nouns take their particles from ko_KR itself, so they are
    // added the moment it loads, before any word is checked against it.
    m_dictionaries = std::make_unique<LazyDictionaries>(
        QStringList{kUsEnglish, kBritishEnglish, kKorean, m_defaultEnglish}, searchPath,
        [this](HunspellDictionary &dict) {
            if (dict.name() == kKorean)
                m_house.addKoreanNounsTo(dict);
        });
    if (!m_dictionaries->installed(kUsEnglish) && !m_dictionaries->installed(kKorean))
        throw Error(QStringLiteral("Spelling is off: %1; %2")
                        .arg(missingMessage(kUsEnglish, QStringLiteral("English"), searchPath),
                             missingMessage(kKorean, QStringLiteral("Korean"), searchPath)));
}

QStringList SpellingCheck::missingDictionaryMessages() const
{
    QStringList out;
    for (const QString &name : {m_defaultEnglish, kKorean}) {
        if (!m_dictionaries->installed(name))
            out.append(missingMessage(name, languageName(name), m_dictionaries->searchPath()));
    }
    return out;
}

QString SpellingCheck::englishFor(const QString &lang) const
{
    // A Korean article quotes English words: the newsroom's English.
    if (!lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return m_defaultEnglish;
    const QString dict = dictionaryForTag(lang, m_defaultEnglish);
    // en-AU, en-CA … without their dictionary installed: the nearest one.
    if (!m_dictionaries->installed(dict))
        return dict == kBritishEnglish || !m_dictionaries->installed(kBritishEnglish)
                   ? kUsEnglish
                   : kBritishEnglish;
    return dict;
}

bool SpellingCheck::hasLoaded(const QString &dictionary) const
{
    return m_dictionaries->loaded(dictionary);
}

const KoreanSpeller *SpellingCheck::korean() const
{
    HunspellDictionary *ko = m_dictionaries->get(kKorean);
    if (!ko)
        return nullptr;
    std::call_once(m_koreanOnce,
                   [&] { m_korean = std::make_unique<KoreanSpeller>(m_koreanData, ko, &m_house); });
    return m_korean.get();
}

SpellingCheck::Result SpellingCheck::checkLatin(const QString &wordIn,
                                                const QString &dictionary) const
{
    QString word = wordIn;
    word.replace(u'\u2019', u'\'');
    if (word.size() < 2 || isAllUpper(withoutPossessive(word)))
        return {}; // single letters and acronyms (BT's)
    if (m_house.containsWord(word))
        return {};
    // en_GB and en_US are both offered by the registry; other tags fall
    // back to them (englishFor).
    HunspellDictionary *english = m_dictionaries->get(dictionary);
    if (!english)
        return {Verdict::NoDictionary, {}};
    if (english->check(word))
        return {};
    if (word.contains(u'-')) {
        // Wi-Fi is in the dictionary as a whole; pre-tax, Anglo-Saxon are
        // right when each part is (a prefix such as pre- counts).
        static const QStringList prefixes = {"pre",   "co",      "non",   "re",    "anti", "ex",
                                             "mid",   "post",    "semi",  "multi", "sub",  "self",
                                             "cross", "counter", "inter", "over",  "under"};
        for (const QString &part : word.split(u'-', Qt::SkipEmptyParts)) {
            if (!prefixes.contains(part.toLower()) &&
                checkLatin(part, dictionary).verdict == Verdict::Wrong)
                return {Verdict::Wrong, {}};
        }
        return {};
    }
    // Possessives of names Hunspell does not know: Deepmere's, Reuters'.
    QString stem;
    if (word.endsWith(QLatin1String("'s")))
        stem = word.chopped(2);
    else if (word.endsWith(u'\''))
        stem = word.chopped(1);
    if (!stem.isEmpty() && (m_house.containsWord(stem) || english->check(stem)))
        return {};
    return {Verdict::Wrong, {}};
}

SpellingCheck::Result SpellingCheck::checkHangul(const QString &word, bool afterLatin) const
{
    if (m_house.containsKoreanNoun(word))
        return {};
    const KoreanSpeller *ko = korean();
    if (!ko)
        return {Verdict::NoDictionary, {}};
    const KoreanSpeller::Verdict v = ko->classify(word);
    if (v.kind == KoreanSpeller::Kind::Accepted)
        return {};
    if (v.listed)
        return {Verdict::Wrong, v.suggestion, true};
    const HunspellDictionary &dict = ko->dictionary();
    if (afterLatin) {
        // The Hangul tail of 오픈AI의, 구글에서는: a particle (or a noun) after
        // a Latin word, accepted when it attaches to a Korean noun ending in
        // a vowel or a consonant.
        if (dict.check(QStringLiteral("회사") + word) || dict.check(QStringLiteral("사람") + word))
            return {};
        // Anything else glued to a number or a name (1만원어치, 3개사는) is a
        // unit or a suffix: unrecognised, never a confusion-gate warning.
        return {Verdict::Unrecognised, {}};
    } else {
        // A name with an honorific before its particle: 머스크씨에, 홍길동님이.
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (!QStringView(kHonorifics).contains(word[i]))
                continue;
            const QString stem = word.left(i);
            const QString rest = word.mid(i); // 씨에, 님이, 씨
            if ((m_house.containsKoreanNoun(stem) || dict.check(stem)) && dict.check(rest))
                return {};
        }
    }
    if (v.kind == KoreanSpeller::Kind::Misspelled)
        return {Verdict::Wrong, v.suggestion};
    return {Verdict::Unrecognised, {}};
}

bool SpellingCheck::isCorrect(const QString &word, const QString &lang) const
{
    const QString english = englishFor(lang);
    for (const WordSpan &w : WordTokenizer::words(word)) {
        QList<Issue> issues;
        bool ko = false, en = false;
        checkWord(word, w.offset, w.length, english, &issues, &ko, &en);
        if (!issues.isEmpty())
            return false;
    }
    return true;
}

// Checks one token, appending what is wrong in it to `issues`.
void SpellingCheck::checkWord(QStringView text, qsizetype offset, qsizetype length,
                              const QString &english, QList<Issue> *issues, bool *needsKorean,
                              bool *needsEnglish) const
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
            if (prefix.size() == whole.size())
                return;
            const KoreanSpeller *ko = korean();
            if (ko && ko->dictionary().check(whole))
                return;
        }
    }
    // 30%를, ‘…’며, (주)는: Hangul glued to a number, symbol or quote is a
    // particle tail like the one after a Latin word.
    bool afterLatin =
        offset > 0 && !text[offset - 1].isSpace() && scriptOf(text[offset - 1]) != Script::Hangul;
    for (const WordSpan &r : runs) {
        const QString part = text.mid(r.offset, r.length).toString();
        Result v;
        QString dictionary;
        switch (scriptOf(text[r.offset])) {
        case Script::Latin: {
            const qsizetype end = r.offset + r.length;
            // Part of a domain name (bbc.co.uk, Amazon.com): not prose.
            const bool domain =
                (r.offset > 1 && text[r.offset - 1] == u'.' && text[r.offset - 2].isLetter()) ||
                (end + 1 < text.size() && text[end] == u'.' && text[end + 1].isLetter());
            if (domain) {
                afterLatin = true;
                continue;
            }
            v = checkLatin(part, english);
            // An abbreviation the dictionary lists with its full stop: etc.
            if (v.verdict == Verdict::Wrong && end < text.size() && text[end] == u'.') {
                const HunspellDictionary *dict = m_dictionaries->get(english);
                if (dict && dict->check(part + u'.'))
                    v = {};
            }
            dictionary = english;
            if (v.verdict == Verdict::NoDictionary)
                *needsEnglish = true;
            afterLatin = true;
            break;
        }
        case Script::Hangul:
            v = checkHangul(part, afterLatin);
            dictionary = kKorean;
            if (v.verdict == Verdict::NoDictionary)
                *needsKorean = true;
            afterLatin = false;
            break;
        case Script::Other:
            afterLatin = false;
            break;
        }
        if (v.verdict == Verdict::Wrong || v.verdict == Verdict::Unrecognised)
            issues->append({r.offset, r.length, v.verdict, v.suggestion, dictionary, v.listed});
    }
}

Findings SpellingCheck::run(const CheckInput &input) const
{
    return run(input, MarkdownProse::parse(input.body));
}

Findings SpellingCheck::run(const CheckInput &input, const MarkdownProse &prose) const
{
    const QString &text = prose.text();
    const QString english = englishFor(input.lang);
    const bool silenced = !prose.silences().isEmpty();
    bool needsKorean = false, needsEnglish = false;
    qsizetype firstKorean = -1, firstEnglish = -1;
    const QList<WordSpan> words = WordTokenizer::words(text);
    QList<Issue> issues;
    for (const WordSpan &w : words) {
        if (silenced && prose.isSilenced(w.offset, name()))
            continue;
        const bool ko = needsKorean, en = needsEnglish;
        checkWord(text, w.offset, w.length, english, &issues, &needsKorean, &needsEnglish);
        if (needsKorean && !ko)
            firstKorean = w.offset;
        if (needsEnglish && !en)
            firstEnglish = w.offset;
    }

    // Korean names from their context: a word before a title (이민영 기자,
    // 네타냐후 총리) or glued to one (이민영기자는) is a name, and so is every
    // mention of it in the article (네타냐후는, 네타냐후의). Only what the
    // dictionary layers did not accept is looked at.
    QStringList names;
    const KoreanSpeller *ko = nullptr;
    for (const Issue &i : std::as_const(issues)) {
        if (i.dictionary == kKorean) {
            ko = korean();
            break;
        }
    }
    if (ko) {
        // Only a word the layers did not accept needs to be a name; asking
        // the rest about titles cost more than the dictionary lookups.
        QSet<qsizetype> unaccepted;
        for (const Issue &i : std::as_const(issues)) {
            if (i.dictionary == kKorean && !i.listed)
                unaccepted.insert(i.offset);
        }
        for (qsizetype k = 0; k < words.size(); ++k) {
            if (!unaccepted.contains(words[k].offset))
                continue;
            const QStringView word = QStringView(text).mid(words[k].offset, words[k].length);
            if (!isAllHangul(word))
                continue;
            const QString glued = ko->nameBeforeGluedTitle(word.toString());
            if (!glued.isEmpty() && !names.contains(glued))
                names.append(glued);
            if (k + 1 >= words.size())
                continue;
            const qsizetype end = words[k].offset + words[k].length;
            bool spaced = words[k + 1].offset > end;
            for (qsizetype p = end; spaced && p < words[k + 1].offset; ++p)
                spaced = text[p] == u' ' || text[p] == u'\u00A0';
            if (!spaced || hangul::syllableCount(word) < 2 || hangul::syllableCount(word) > 6)
                continue;
            const QString next = text.mid(words[k + 1].offset, words[k + 1].length);
            if (isAllHangul(next) && ko->isTitle(next) && !names.contains(word.toString()))
                names.append(word.toString());
        }
    }

    // English names: a capitalised unknown word is a name to confirm, not a
    // misspelling to underline (misspelled names are the name-variant claim
    // check's job), except at the start of a sentence where any word is
    // capitalised; repeated, it is one name to confirm, at its first
    // mention. In a Korean article, Latin words are names and brands (bhc,
    // iM): unrecognised at most.
    const bool koreanArticle = languageOfText(input.lang, text) == QLatin1String("ko");
    QHash<QString, int> mentions;
    for (const Issue &i : std::as_const(issues)) {
        if (i.dictionary != kKorean && isCapitalised(QStringView(text).mid(i.offset, i.length)))
            ++mentions[withoutPossessive(text.mid(i.offset, i.length))];
    }

    Findings findings;
    QHash<QString, int> seen;
    QSet<QString> confirmed;
    for (const Issue &i : std::as_const(issues)) {
        const QString word = text.mid(i.offset, i.length);
        bool isName = false;
        for (const QString &n : std::as_const(names)) {
            if (i.listed)
                break;
            isName = isName || (ko && ko->isMentionOf(word, n));
        }
        if (isName)
            continue;
        Finding f;
        f.kind = QStringLiteral("spelling");
        f.severity = i.verdict == Verdict::Wrong ? Severity::Warning : Severity::Info;
        f.offset = i.offset;
        f.length = i.length;
        f.text = word;
        f.rule = i.dictionary;
        f.id = QStringLiteral("spelling:%1:%2").arg(f.text).arg(seen[f.text]++);
        const QString name = withoutPossessive(word);
        const bool latin = i.dictionary != kKorean;
        const int count = latin ? mentions.value(name) : 0;
        const bool capitalised = latin && isCapitalised(word);
        if (capitalised && (count > 1 || !startsSentence(text, i.offset))) {
            if (confirmed.contains(name))
                continue;
            confirmed.insert(name);
            f.severity = Severity::Info;
            f.message = QStringLiteral("Name to confirm: '%1' (%2) is not in the %3 dictionary or "
                                       "the house word list; add it to the house dictionary once "
                                       "it is checked")
                            .arg(name,
                                 count > 1 ? QStringLiteral("%1 mentions").arg(count)
                                           : QStringLiteral("1 mention"),
                                 f.rule);
        } else if (latin && koreanArticle) {
            f.severity = Severity::Info;
            f.message = QStringLiteral("Unrecognised word '%1': not in the %2 dictionary or the "
                                       "house word list")
                            .arg(f.text, f.rule);
        } else if (!i.suggestion.isEmpty()) {
            f.suggestions = {i.suggestion};
            f.message =
                QStringLiteral("'%1' looks like a misspelling of '%2'").arg(f.text, i.suggestion);
        } else if (i.verdict == Verdict::Unrecognised) {
            f.message = QStringLiteral("Unrecognised word '%1': not in the %2 dictionary or the "
                                       "house word list (add it with 'copydesk-cli words add' if "
                                       "it is right)")
                            .arg(f.text, f.rule);
        } else {
            f.message = QStringLiteral("'%1' is not in the %2 dictionary or the house word list")
                            .arg(f.text, f.rule);
        }
        findings.append(f);
    }
    auto reportMissing = [&](qsizetype at, const QString &dict) {
        const QString language = languageName(dict);
        Finding f;
        f.kind = QStringLiteral("spelling");
        f.severity = Severity::Warning;
        f.offset = at;
        f.length = 0;
        f.rule = dict;
        f.id = QStringLiteral("spelling:missing-dictionary:") + dict;
        f.message = QStringLiteral("%1 words were not checked: ").arg(language) +
                    missingMessage(dict, language, m_dictionaries->searchPath());
        findings.append(f);
    };
    if (firstKorean >= 0)
        reportMissing(firstKorean, kKorean);
    if (firstEnglish >= 0)
        reportMissing(firstEnglish, english);
    return findings;
}

QStringList SpellingCheck::suggest(const QString &word, const QString &lang) const
{
    QStringList out;
    HunspellDictionary *dict = nullptr;
    if (hasHangul(word)) {
        const KoreanSpeller *ko = korean();
        if (ko) {
            const KoreanSpeller::Verdict v = ko->classify(word);
            if (!v.suggestion.isEmpty())
                out.append(v.suggestion);
        }
        dict = m_dictionaries->get(kKorean);
    } else {
        dict = m_dictionaries->get(englishFor(lang));
    }
    if (!dict)
        throw Error(missingDictionaryMessages().join(u'\n'), Error::Kind::NotFound);
    for (const QString &s : dict->suggest(word)) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

std::shared_ptr<const Check> makeSpellingCheck(const CheckEnvironment &env)
{
    SpellingCheck::Options options;
    options.shippedDictionaries = env.shippedDictionaries;
    options.newsroomRoot = env.newsroomRoot;
    return std::make_shared<SpellingCheck>(options);
}

} // namespace copydesk
