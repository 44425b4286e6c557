#include "spelling/MarkdownProse.h"

#include <QRegularExpression>

namespace copydesk
{

namespace
{

void blank(QString &text, qsizetype from, qsizetype to)
{
    QChar *d = text.data();
    for (qsizetype i = from; i < to; ++i) {
        if (d[i] != u'\n')
            d[i] = u' ';
    }
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Where a line starts with a code fence (``` or ~~~, up to three spaces in).
// Returns the fence length and character, or 0.
int fenceAt(const QString &t, qsizetype lineStart, QChar &fenceChar)
{
    qsizetype i = lineStart;
    int indent = 0;
    while (i < t.size() && t[i] == u' ' && indent < 4) {
        ++i;
        ++indent;
    }
    if (indent > 3 || i >= t.size() || (t[i] != u'`' && t[i] != u'~'))
        return 0;
    const QChar c = t[i];
    int n = 0;
    while (i < t.size() && t[i] == c) {
        ++i;
        ++n;
    }
    if (n < 3)
        return 0;
    fenceChar = c;
    return n;
}

// Handles the text of one HTML comment: a copydesk switch or nothing.
void applySwitch(QStringView inner, qsizetype at, QList<Silence> &silences, qsizetype bodySize)
{
    const QStringList words = inner.trimmed().toString().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words[0] != QLatin1String("copydesk"))
        return;
    const QString rule = words.value(2);
    if (words[1] == QLatin1String("off")) {
        silences.append({at, bodySize, rule});
    } else if (words[1] == QLatin1String("on")) {
        for (Silence &s : silences) {
            if (s.end == bodySize && s.begin <= at && (rule.isEmpty() || s.rule == rule))
                s.end = at;
        }
    }
}

} // namespace

bool MarkdownProse::isSilenced(qsizetype offset, const QString &rule) const
{
    const bool spelling = rule == QLatin1String("spelling");
    for (const Silence &s : m_silences) {
        if (offset < s.begin || offset >= s.end)
            continue;
        if (s.rule == rule || (s.rule.isEmpty() && !spelling))
            return true;
    }
    return false;
}

MarkdownProse MarkdownProse::parse(const QString &body)
{
    MarkdownProse p;
    p.m_text = body;
    QString &t = p.m_text;
    const qsizetype n = t.size();

    qsizetype i = 0;
    bool lineStart = true;
    while (i < n) {
        const QChar c = t[i];
        if (lineStart) {
            lineStart = false;
            QChar fc;
            if (const int len = fenceAt(t, i, fc)) {
                // Fenced code: blank to the closing fence (or the end).
                qsizetype j = t.indexOf(u'\n', i);
                while (j >= 0) {
                    QChar cc;
                    if (fenceAt(t, j + 1, cc) >= len && cc == fc)
                        break;
                    j = t.indexOf(u'\n', j + 1);
                }
                qsizetype end = n;
                if (j >= 0) {
                    end = t.indexOf(u'\n', j + 1);
                    if (end < 0)
                        end = n;
                }
                blank(t, i, end);
                i = end;
                continue;
            }
            // Reference link definition: "[id]: target".
            qsizetype k = i;
            while (k < n && t[k] == u' ')
                ++k;
            if (k < n && t[k] == u'[') {
                const qsizetype close = t.indexOf(QLatin1String("]:"), k);
                const qsizetype eol = t.indexOf(u'\n', k);
                if (close > k && (eol < 0 || close < eol)) {
                    const qsizetype end = eol < 0 ? n : eol;
                    blank(t, k, end);
                    i = end;
                    continue;
                }
            }
        }
        if (c == u'\n') {
            lineStart = true;
            ++i;
            continue;
        }
        if (c == u'<') {
            if (QStringView(t).mid(i, 4) == QLatin1String("<!--")) {
                qsizetype end = t.indexOf(QLatin1String("-->"), i + 4);
                const qsizetype innerEnd = end < 0 ? n : end;
                end = end < 0 ? n : end + 3;
                applySwitch(QStringView(body).mid(i + 4, innerEnd - i - 4), i, p.m_silences, n);
                blank(t, i, end);
                i = end;
                continue;
            }
            // An HTML tag or an autolink: <a href=…>, </p>, <https://…>.
            qsizetype j = i + 1;
            if (j < n && (t[j].isLetter() || t[j] == u'/')) {
                while (j < n && t[j] != u'>' && t[j] != u'\n' && t[j] != u'<')
                    ++j;
                if (j < n && t[j] == u'>') {
                    blank(t, i, j + 1);
                    i = j + 1;
                    continue;
                }
            }
        }
        if (c == u'&') {
            // An HTML entity: &quot; &amp; &#8217;
            qsizetype j = i + 1;
            while (j < n && j - i <= 10 && (t[j].isLetterOrNumber() || t[j] == u'#'))
                ++j;
            if (j < n && j > i + 1 && t[j] == u';') {
                blank(t, i, j + 1);
                i = j + 1;
                continue;
            }
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < n && t[i + run] == u'`')
                ++run;
            const QString fence(run, u'`');
            qsizetype close = t.indexOf(fence, i + run);
            while (close >= 0 && close + run < n && t[close + run] == u'`')
                close = t.indexOf(fence, close + run + 1);
            if (close < 0) {
                i += run;
                continue;
            }
            blank(t, i, close + run);
            i = close + run;
            continue;
        }
        if (c == u']' && i + 1 < n && (t[i + 1] == u'(' || t[i + 1] == u'[')) {
            // The target of an inline or reference link: keep the link text.
            const QChar open = t[i + 1];
            const QChar closeChar = open == u'(' ? u')' : u']';
            int depth = 0;
            qsizetype j = i + 1;
            for (; j < n && t[j] != u'\n'; ++j) {
                if (t[j] == open)
                    ++depth;
                else if (t[j] == closeChar && --depth == 0)
                    break;
            }
            if (j < n && t[j] == closeChar) {
                blank(t, i, j + 1);
                i = j + 1;
                continue;
            }
        }
        if (!isSpace(c)) {
            // A chunk up to the next space: a URL or an e-mail address is
            // not prose.
            qsizetype j = i;
            bool at = false;
            while (j < n && !isSpace(t[j]) && !QStringView(u"<`[]()").contains(t[j])) {
                if (t[j] == u'@')
                    at = true;
                ++j;
            }
            const QStringView chunk = QStringView(t).mid(i, j - i);
            const bool url = chunk.contains(QLatin1String("://")) ||
                             chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
            bool email = false;
            if (at && !url) {
                const qsizetype a = chunk.indexOf(u'@');
                email = a > 0 && chunk.indexOf(u'.', a) > a + 1;
            }
            if (url || email) {
                // Leave closing punctuation of the sentence alone.
                qsizetype end = j;
                while (end > i && QStringLiteral(".,;:!?)]\"'").contains(t[end - 1]))
                    --end;
                blank(t, i, end);
            }
            i = j > i ? j : i + 1;
            continue;
        }
        ++i;
    }
    return p;
}

} // namespace copydesk
