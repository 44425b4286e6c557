#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::hangul
{

// A precomposed Hangul syllable as its three jamo indices (Unicode's
// L/V/T order: 19 initials, 21 vowels, 28 finals with 0 = none).
struct Syllable {
    int initial = 0;
    int vowel = 0;
    int final = 0;
};

bool isSyllable(QChar c);
Syllable decompose(QChar c);
QChar compose(const Syllable &s);
// Whether the last syllable of `word` ends in a consonant (사람 yes, 회사 no);
// what Korean particles agree with (을/를, 은/는, 이/가).
bool endsInConsonant(QStringView word);
int syllableCount(QStringView word);

// The words one targeted jamo edit away from `word`, most likely first:
// the slips Korean writers actually make (ㅐ/ㅔ, ㅒ/ㅖ, ㅚ/ㅙ/ㅞ, ㅢ/ㅣ/ㅡ,
// plain/tense/aspirated consonants, 이/히, 사이시옷, a final consonant
// written on the wrong side of a syllable boundary, a doubled syllable).
// Not a general edit distance: a generic one-edit neighbourhood of a Korean
// word is full of real words, which is what made Hunspell's suggestions
// useless as a gate.
QStringList confusionEdits(const QString &word);

// 이뤄진 → 이루어진, 봐서 → 보아서, 돼 → 되어: the contracted vowels written
// out, for endings the dictionary only knows in full. Empty when `word` has
// none.
QString expandContractions(const QString &word);

} // namespace copydesk::hangul
