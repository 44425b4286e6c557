#pragma once

#include "check/Check.h"
#include "spelling/HouseVocabulary.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/KoreanSpeller.h"
#include "spelling/Languages.h"
#include "spelling/MarkdownProse.h"

#include <memory>

namespace copydesk
{

// Spelling with Hunspell: each word goes to the dictionary of its script and
// language (Hangul → ko_KR; Latin → the English of the article's `lang` tag,
// else the newsroom's: en_GB or en_US), a mixed word such as 오픈AI의 is split
// where its script changes. Dictionaries load on first use. The house
// vocabulary is accepted on top; Korean goes through KoreanSpeller's layers.
// Findings come in two tiers: warnings (underlined: a likely misspelling,
// with its correction when known) and info, "unrecognised words" (listed,
// never underlined). Hunspell suggestions are never computed during a check.
class SpellingCheck : public Check
{
public:
    struct Options {
        QString shippedDictionaries;
        QString newsroomRoot;
        QStringList searchPath; // empty: DictionaryRegistry::defaultSearchPath()
    };

    // Throws Error when no dictionary at all is installed, or a word list is
    // unreadable. A single missing dictionary is reported in each article
    // that needs it, and the other language is still checked.
    explicit SpellingCheck(const Options &options);

    QString name() const override { return QStringLiteral("spelling"); }
    Findings run(const CheckInput &input) const override;
    Findings run(const CheckInput &input, const MarkdownProse &prose) const;

    // Whether one word (no spaces) is spelled correctly: neither a warning
    // nor an unrecognised word. `lang` picks the English (en-GB, en-US).
    bool isCorrect(const QString &word, const QString &lang = {}) const;
    // The correction the check itself found (misspelling list, confusion
    // gate) first, then the dictionary's; slow for Korean.
    QStringList suggest(const QString &word, const QString &lang = {}) const;
    // "ko_KR not found …: install the Debian package hunspell-ko" per
    // missing dictionary.
    QStringList missingDictionaryMessages() const;
    // The English dictionary an article with this `lang` is checked with.
    QString englishFor(const QString &lang) const;
    // Whether a dictionary has been loaded by this check (tests: English
    // copy must not load ko_KR).
    bool hasLoaded(const QString &dictionary) const;

private:
    enum class Verdict { Correct, Wrong, Unrecognised, NoDictionary };
    struct Result {
        Verdict verdict = Verdict::Correct;
        QString suggestion;
        bool listed = false; // a known misspelling: no name or context excuses it
    };
    struct Issue {
        qsizetype offset = 0;
        qsizetype length = 0;
        Verdict verdict = Verdict::Wrong; // Wrong or Unrecognised
        QString suggestion;
        QString dictionary;
        bool listed = false;
    };
    Result checkLatin(const QString &word, const QString &dictionary) const;
    Result checkHangul(const QString &word, bool afterLatin) const;
    void checkWord(QStringView text, qsizetype offset, qsizetype length, const QString &english,
                   QList<Issue> *issues, bool *needsKorean, bool *needsEnglish) const;
    const KoreanSpeller *korean() const;

    HouseVocabulary m_house;
    QString m_defaultEnglish;
    std::unique_ptr<LazyDictionaries> m_dictionaries;
    KoreanData m_koreanData;
    mutable std::once_flag m_koreanOnce;
    mutable std::unique_ptr<KoreanSpeller> m_korean;
};

std::shared_ptr<const Check> makeSpellingCheck(const CheckEnvironment &env);

} // namespace copydesk
