#pragma once

#include "spelling/HouseVocabulary.h"
#include "spelling/HunspellDictionary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <shared_mutex>

namespace copydesk
{

// The shipped Korean data under dictionaries/words/ko/ (docs/spelling.md):
//   misspellings.txt  `wrong => right`: common misspellings, many of which
//                     hunspell-ko accepts (바램 => 바람, 되요 => 돼요)
//   grammar.txt       the closed lists the splitter and the name finder use:
//                     `prefixes = 총 신 …`, `suffixes = …`, `particles = …`,
//                     `light-verbs = …`, `titles = …`
// (standard.txt, words hunspell-ko lacks, is a word list loaded with the house
// vocabulary.) Throws Error naming the file and line for a malformed line.
struct KoreanData {
    struct Misspelling {
        QString wrong; // NFD, so that 들어나 is a prefix of 들어났다
        QString right; // NFD; may hold a space (안되요 => 안 돼요)
    };
    QHash<QChar, QList<Misspelling>> misspellings; // by the first syllable of `wrong`
    QSet<QString> prefixes, suffixes, titles;
    QStringList particles;  // longest first
    QStringList lightVerbs; // stems: 하, 되, 시키, 받 …
    static KoreanData load(const QString &dir);
};

// Korean spelling in layers, so that a warning means a likely mistake
// (docs/spelling.md, "Korean"):
//  1. the misspelling list, before Hunspell and overriding it;
//  2. Hunspell (with the house and standard words added to it);
//  3. contracted endings written out (이뤄진 → 이루어진);
//  4. a strict splitter: prefix + stem, stem + stem, stem + suffix, each
//     stem of two syllables or more, then a particle that agrees with it or
//     a light verb (주목받는, 센터장은, 총예산, 방산업체를);
//  5. (per article, in SpellingCheck) names introduced by a title;
//  6. the confusion gate: a word left over is a misspelling only when a
//     targeted jamo edit (hangul::confusionEdits) gives a word layers 2-4
//     accept, which is then the suggestion; otherwise it is unrecognised.
// Verdicts are memoised per word; thread-safe.
class KoreanSpeller
{
public:
    enum class Kind { Accepted, Misspelled, Unrecognised };
    struct Verdict {
        Kind kind = Kind::Accepted;
        QString suggestion;  // Misspelled: the correction
        bool listed = false; // from the misspelling list (beats Hunspell)
    };

    KoreanSpeller(KoreanData data, const HunspellDictionary *korean, const HouseVocabulary *house);

    // Layer 1 only: the listed correction, or empty.
    QString listedCorrection(const QString &word) const;
    // Layers 2-4: whether the word is a Korean word (house nouns included).
    bool accepts(const QString &word) const;
    // Layers 1-4 and 6, memoised. Names (layer 5) need the article.
    Verdict classify(const QString &word) const;
    // The Korean dictionary this speller asks.
    const HunspellDictionary &dictionary() const { return *m_korean; }

    // Whether `word` is a title (기자, 의원장은 …: a title and its particle)
    // that makes the word before it a name.
    bool isTitle(const QString &word) const;
    // The name in `word` when it is NAME + title (+ particle): 이민영기자,
    // 홍길동씨는 → 이민영, 홍길동; empty otherwise.
    QString nameBeforeGluedTitle(const QString &word) const;
    // Whether `word` is `name` with nothing or a particle/title after it.
    bool isMentionOf(const QString &word, const QString &name) const;

private:
    bool acceptsStem(const QString &stem, int depth) const;
    bool acceptsTail(const QString &stem, const QString &tail) const;
    bool hunspell(const QString &word) const;
    bool isEntry(const QString &word) const;
    bool startsWithEntry(const QString &candidate, const QString &original) const;

    KoreanData m_data;
    const HunspellDictionary *m_korean;
    const HouseVocabulary *m_house;

    static constexpr int kShards = 8;
    struct Shard {
        mutable std::shared_mutex lock;
        QHash<QString, Verdict> verdicts;
    };
    mutable Shard m_shards[kShards];
};

} // namespace copydesk
