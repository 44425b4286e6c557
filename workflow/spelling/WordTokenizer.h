#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace copydesk
{

// A word in a text: where it starts and how long it is (UTF-16 units).
struct WordSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
};

enum class Script { Latin, Hangul, Other };

// The script a character belongs to, for routing a word to a dictionary.
Script scriptOf(QChar c);

// "ko" or "en": an article's language from its `lang` tag (en-GB counts as
// en), else from the script most of its first 4,000 characters are in.
QString languageOfText(const QString &langTag, QStringView prose);

// Splits prose (see MarkdownProse) into words: runs of letters, with an
// apostrophe or a hyphen allowed between Latin letters (don't, Nvidia's,
// Wi-Fi, pre-tax); slashes and all other punctuation separate words. Tokens with a digit in them
// (2024, 3D, 10km) are numbers, not words, and are left out.
class WordTokenizer
{
public:
    static QList<WordSpan> words(QStringView text);
    // The same word split where its script changes: 오픈AI의 → 오픈, AI, 의.
    static QList<WordSpan> scriptRuns(QStringView text, WordSpan word);
};

} // namespace copydesk
