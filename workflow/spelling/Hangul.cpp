#include "spelling/Hangul.h"

namespace copydesk::hangul
{

namespace
{

constexpr char16_t kBase = 0xAC00;
constexpr int kVowels = 21;
constexpr int kFinals = 28;

// Initials: ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18
constexpr int kIeung = 11;
// Vowels: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19
// ㅣ20 Finals: 0 none, ㄱ1 ㄲ2 ㄳ3 ㄴ4 ㄵ5 ㄶ6 ㄷ7 ㄹ8 ㄺ9 ㄻ10 ㄼ11 ㄽ12 ㄾ13 ㄿ14 ㅀ15 ㅁ16 ㅂ17
// ㅄ18
//         ㅅ19 ㅆ20 ㅇ21 ㅈ22 ㅊ23 ㅋ24 ㅌ25 ㅍ26 ㅎ27
constexpr int kFinalSiot = 19;

// Vowels written for one another: the pairs that sound alike in standard
// Seoul speech.
const QList<QList<int>> kVowelGroups = {{1, 5},
                                        {3, 7},
                                        {10, 11, 15},
                                        {18, 19, 20},
                                        // one stroke apart or a neighbouring key
                                        // (헀/했, 계/게, 울/을)
                                        {1, 3},
                                        {5, 7},
                                        {13, 18}};
// After ㅈ, ㅊ, ㅉ the y-vowels sound like the plain ones: 쟈/자, 져/저, 쳐/처.
const QList<QList<int>> kPalatalVowelGroups = {{0, 2}, {4, 6}, {8, 12}, {13, 17}};
// Initials confused: plain / tense (ㄱ/ㄲ, ㄷ/ㄸ, ㅂ/ㅃ, ㅅ/ㅆ, ㅈ/ㅉ). Not
// aspirated ones: native words are rarely misspelled that way, while
// loanwords and names differ from real words exactly there (톡신/독신,
// 포드/보드), so those edits mostly turned correct names into warnings.
const QList<QList<int>> kInitialGroups = {{0, 1}, {3, 4}, {7, 8}, {9, 10}, {12, 13}};
// ㅇ/ㅎ after the first syllable: the adverb endings 이/히 (깨끗히, 꼼꼼이).
constexpr int kHieut = 18;
// Finals confused: they sound alike before a pause (ㅅ/ㄷ/ㅈ/ㅊ/ㅌ/ㅆ, ㄱ/ㄲ/ㅋ,
// ㅂ/ㅍ), and the silent half of a double final (않/안, 잃/일).
const QList<QList<int>> kFinalGroups = {
    {19, 7, 22, 23, 25, 20}, {1, 2, 24}, {17, 26}, {4, 6, 5}, {8, 15, 9, 10, 11}};

// A final consonant as the initial it becomes when it moves to the next
// syllable (-1: it cannot move whole); double finals move their second half.
struct Move {
    int stays; // the final left behind
    int initial;
};
Move moveOf(int final)
{
    switch (final) {
    case 1:
        return {0, 0}; // ㄱ
    case 2:
        return {0, 1}; // ㄲ
    case 3:
        return {1, 9}; // ㄳ
    case 4:
        return {0, 2}; // ㄴ
    case 5:
        return {4, 12}; // ㄵ
    case 6:
        return {4, 18}; // ㄶ
    case 7:
        return {0, 3}; // ㄷ
    case 8:
        return {0, 5}; // ㄹ
    case 9:
        return {8, 0}; // ㄺ
    case 10:
        return {8, 6}; // ㄻ
    case 11:
        return {8, 7}; // ㄼ
    case 12:
        return {8, 9}; // ㄽ
    case 13:
        return {8, 16}; // ㄾ
    case 14:
        return {8, 17}; // ㄿ
    case 15:
        return {8, 18}; // ㅀ
    case 16:
        return {0, 6}; // ㅁ
    case 17:
        return {0, 7}; // ㅂ
    case 18:
        return {17, 9}; // ㅄ
    case 19:
        return {0, 9}; // ㅅ
    case 20:
        return {0, 10}; // ㅆ
    case 22:
        return {0, 12}; // ㅈ
    case 23:
        return {0, 14}; // ㅊ
    case 24:
        return {0, 15}; // ㅋ
    case 25:
        return {0, 16}; // ㅌ
    case 26:
        return {0, 17}; // ㅍ
    case 27:
        return {0, 18}; // ㅎ
    default:
        return {-1, -1}; // none, ㅇ
    }
}

// The final an initial becomes when it moves back (-1: none can).
int finalOf(int initial)
{
    static const int map[19] = {1,  2,  4,  7,  -1, 8,  16, 17, -1, 19,
                                20, -1, 22, -1, 23, 24, 25, 26, 27};
    return initial >= 0 && initial < 19 ? map[initial] : -1;
}

void addAlternatives(const QList<QList<int>> &groups, int value, QList<int> &out)
{
    for (const QList<int> &g : groups) {
        if (g.contains(value)) {
            for (int v : g) {
                if (v != value)
                    out.append(v);
            }
        }
    }
}

} // namespace

bool isSyllable(QChar c)
{
    return c.unicode() >= kBase && c.unicode() <= 0xD7A3;
}

Syllable decompose(QChar c)
{
    const int s = c.unicode() - kBase;
    return {s / (kVowels * kFinals), (s % (kVowels * kFinals)) / kFinals, s % kFinals};
}

QChar compose(const Syllable &s)
{
    return QChar(char16_t(kBase + (s.initial * kVowels + s.vowel) * kFinals + s.final));
}

bool endsInConsonant(QStringView word)
{
    return !word.isEmpty() && isSyllable(word.back()) && decompose(word.back()).final != 0;
}

int syllableCount(QStringView word)
{
    int n = 0;
    for (QChar c : word)
        n += isSyllable(c);
    return n;
}

QStringList confusionEdits(const QString &word)
{
    QStringList out;
    auto add = [&](const QString &w) {
        if (w != word && !out.contains(w))
            out.append(w);
    };
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isSyllable(word[i]))
            continue;
        const Syllable s = decompose(word[i]);
        QList<int> alts;
        addAlternatives(kVowelGroups, s.vowel, alts);
        if (s.initial == 12 || s.initial == 13 || s.initial == 14)
            addAlternatives(kPalatalVowelGroups, s.vowel, alts);
        for (int v : alts) {
            QString w = word;
            w[i] = compose({s.initial, v, s.final});
            add(w);
        }
        alts.clear();
        addAlternatives(kInitialGroups, s.initial, alts);
        if (i > 0 && (s.initial == kIeung || s.initial == kHieut))
            alts.append(s.initial == kIeung ? kHieut : kIeung);
        for (int l : alts) {
            QString w = word;
            w[i] = compose({l, s.vowel, s.final});
            add(w);
        }
        alts.clear();
        addAlternatives(kFinalGroups, s.final, alts);
        for (int t : alts) {
            QString w = word;
            w[i] = compose({s.initial, s.vowel, t});
            add(w);
        }
        const bool nextIsSyllable = i + 1 < n && isSyllable(word[i + 1]);
        if (!nextIsSyllable)
            continue;
        const Syllable next = decompose(word[i + 1]);
        // 사이시옷 written or left out: 등교길/등굣길, 핏줄/피줄.
        if (s.final == 0 || s.final == kFinalSiot) {
            QString w = word;
            w[i] = compose({s.initial, s.vowel, s.final == 0 ? kFinalSiot : 0});
            add(w);
        }
        // A final written on the wrong side of the boundary: 들어나다/드러나다,
        // 일찌기/일찍이.
        if (next.initial == kIeung) {
            const Move m = moveOf(s.final);
            if (m.initial >= 0) {
                QString w = word;
                w[i] = compose({s.initial, s.vowel, m.stays});
                w[i + 1] = compose({m.initial, next.vowel, next.final});
                add(w);
            }
        } else if (s.final == 0 && finalOf(next.initial) >= 0 && i + 2 < n &&
                   isSyllable(word[i + 2])) {
            // Not into the last syllable: 버블 → 법을, 트래블 → 트랩을 make a
            // noun and a particle out of any loanword.
            QString w = word;
            w[i] = compose({s.initial, s.vowel, finalOf(next.initial)});
            w[i + 1] = compose({kIeung, next.vowel, next.final});
            add(w);
        }
        // A syllable typed twice: 회원분들들의.
        if (word[i] == word[i + 1])
            add(word.left(i) + word.mid(i + 1));
    }
    return out;
}

QString expandContractions(const QString &word)
{
    QString out;
    bool changed = false;
    for (QChar c : word) {
        if (!isSyllable(c)) {
            out.append(c);
            continue;
        }
        const Syllable s = decompose(c);
        // ㅝ = ㅜ+ㅓ, ㅘ = ㅗ+ㅏ, ㅙ = ㅚ+ㅓ (뤄 → 루어, 봐 → 보아, 됐 → 되었)
        int first = -1, second = -1;
        if (s.vowel == 14)
            first = 13, second = 4;
        else if (s.vowel == 9)
            first = 8, second = 0;
        else if (s.vowel == 10)
            first = 11, second = 4;
        if (first < 0 || s.initial == kIeung) {
            out.append(c);
            continue;
        }
        out.append(compose({s.initial, first, 0}));
        out.append(compose({kIeung, second, s.final}));
        changed = true;
    }
    return changed ? out : QString();
}

} // namespace copydesk::hangul
