#pragma once

#include "spelling/HunspellDictionary.h"

#include <QSet>
#include <QString>

namespace copydesk
{

// The words a newsroom accepts on top of the system dictionaries: the
// shipped starter lists (dictionaries/words/*.txt) and the newsroom's own
// copydesk/words/house.txt and accepted.txt. Korean nouns are added to the
// Korean dictionary with the affixes of their model noun so that they take
// every particle (addKoreanNounsTo, when that dictionary is first loaded);
// other words are kept as a set. Immutable once built.
class HouseVocabulary
{
public:
    static constexpr char16_t kDefaultModel[] = u"사람";

    HouseVocabulary() = default;
    // Throws Error for an unreadable or malformed list (file and line named).
    explicit HouseVocabulary(const QStringList &files);

    // The shipped lists (dictionaries/words/*.txt and ko/standard.txt, the
    // standard Korean words hunspell-ko lacks), then the newsroom's.
    static QStringList filesFor(const QString &shippedDictionaries, const QString &newsroomRoot);

    // Adds every Korean noun with its model's particles (default 사람).
    void addKoreanNounsTo(HunspellDictionary &korean) const;

    // A non-Korean word as written; a lower-case entry also matches its
    // capitalised form at the start of a sentence.
    bool containsWord(const QString &word) const;
    // A Korean noun as listed (no particle).
    bool containsKoreanNoun(const QString &noun) const { return m_koreanNouns.contains(noun); }

private:
    QSet<QString> m_words;
    QSet<QString> m_koreanNouns;
    QList<QPair<QString, QString>> m_koreanModels; // noun, model (may be empty)
};

} // namespace copydesk
