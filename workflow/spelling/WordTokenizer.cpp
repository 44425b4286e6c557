#include "spelling/WordTokenizer.h"

#include <algorithm>

namespace copydesk
{

namespace
{

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordChar(QChar c)
{
    // Letters, digits and combining marks (decomposed Hangul, accents).
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

} // namespace

Script scriptOf(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) ||
        (u >= 0x3130 && u <= 0x318F) || (u >= 0xA960 && u <= 0xA97F) ||
        (u >= 0xD7B0 && u <= 0xD7FF))
        return Script::Hangul;
    if (u < 0x80)
        return (c.isLetter()) ? Script::Latin : Script::Other;
    if (c.script() == QChar::Script_Latin)
        return Script::Latin;
    if (c.isMark())
        return Script::Latin; // a combining accent on a Latin letter
    return Script::Other;
}

QString languageOfText(const QString &langTag, QStringView prose)
{
    const QString lang = langTag.left(2).toLower();
    if (!lang.isEmpty())
        return lang;
    int hangul = 0, latin = 0;
    const qsizetype n = std::min<qsizetype>(prose.size(), 4000);
    for (qsizetype i = 0; i < n; ++i) {
        const Script s = scriptOf(prose[i]);
        hangul += s == Script::Hangul;
        latin += s == Script::Latin;
    }
    return hangul > latin / 2 ? QStringLiteral("ko") : QStringLiteral("en");
}

QList<WordSpan> WordTokenizer::words(QStringView text)
{
    QList<WordSpan> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digit = false;
        while (i < n) {
            const QChar c = text[i];
            if (isWordChar(c)) {
                digit = digit || c.isDigit();
                ++i;
            } else if ((isApostrophe(c) || c == u'-') && i + 1 < n &&
                       scriptOf(text[i + 1]) == Script::Latin &&
                       scriptOf(text[i - 1]) == Script::Latin) {
                ++i;
            } else {
                break;
            }
        }
        // A word glued to a number by a dot or comma (3.5bn, 1,000) is a number.
        if (!digit)
            out.append({start, i - start});
    }
    return out;
}

QList<WordSpan> WordTokenizer::scriptRuns(QStringView text, WordSpan word)
{
    QList<WordSpan> runs;
    const qsizetype end = word.offset + word.length;
    qsizetype start = word.offset;
    Script current = scriptOf(text[start]);
    for (qsizetype i = word.offset + 1; i < end; ++i) {
        const QChar c = text[i];
        if (isApostrophe(c) || c == u'-' || c.isMark())
            continue; // stays with the run it is in
        const Script s = scriptOf(c);
        if (s != current) {
            runs.append({start, i - start});
            start = i;
            current = s;
        }
    }
    runs.append({start, end - start});
    return runs;
}

} // namespace copydesk
