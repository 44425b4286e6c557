#pragma once

#include "check/Check.h"
#include "spelling/HouseVocabulary.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/MarkdownProse.h"

#include <memory>

namespace copydesk
{

// Spelling with Hunspell: each word goes to the dictionary of its script
// (Hangul → ko_KR, Latin → en_US), a mixed word such as 오픈AI의 is split
// where its script changes. The house vocabulary is accepted on top.
// Suggestions are never computed during a check (see suggest()).
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

    // Whether one word (no spaces) is spelled correctly.
    bool isCorrect(const QString &word) const;
    // Suggestions from the dictionary of the word's script; slow for Korean.
    QStringList suggest(const QString &word) const;
    // "ko_KR not found …: install the Debian package hunspell-ko" per
    // missing dictionary.
    QStringList missingDictionaryMessages() const;

    const HunspellDictionary *english() const { return m_english.get(); }
    const HunspellDictionary *korean() const { return m_korean.get(); }

private:
    enum class Verdict { Correct, Wrong, NoDictionary };
    Verdict checkLatin(const QString &word) const;
    Verdict checkHangul(const QString &word, bool afterLatin) const;
    Verdict checkWord(QStringView text, qsizetype offset, qsizetype length,
                      QList<std::pair<qsizetype, qsizetype>> *wrong, bool *needsKorean,
                      bool *needsEnglish) const;

    std::shared_ptr<HunspellDictionary> m_english;
    std::shared_ptr<HunspellDictionary> m_korean;
    HouseVocabulary m_house;
    QStringList m_searchPath;
};

std::shared_ptr<const Check> makeSpellingCheck(const CheckEnvironment &env);

} // namespace copydesk
