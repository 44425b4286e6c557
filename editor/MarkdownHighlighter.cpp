#include "MarkdownHighlighter.h"

#include "BlockData.h"
#include "Theme.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextLayout>

namespace copydesk::editor
{

namespace
{

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'’' || c == u'-';
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    refreshColours();
}

void MarkdownHighlighter::refreshColours()
{
    const bool dark = Theme::isDark();
    m_heading = {};
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1));
    m_emphasis = {};
    m_emphasis.setFontItalic(true);
    m_strong = {};
    m_strong.setFontWeight(QFont::Bold);
    m_code = {};
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setForeground(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xad, 0x14, 0x57));
    m_quote = {};
    m_quote.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x38, 0x8e, 0x3c));
    m_markup = {};
    m_markup.setForeground(dark ? QColor(0x75, 0x75, 0x75) : QColor(0x9e, 0x9e, 0x9e));
}

void MarkdownHighlighter::setTypingAt(int position)
{
    m_typingAt = position;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    markdown(text);
    findings(text);
}

void MarkdownHighlighter::markdown(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*_\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*_\\w])"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));

    if (text.startsWith(QLatin1String("```")) || text.startsWith(QLatin1String("~~~"))) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(previousBlockState() == 1 ? 0 : 1);
        return;
    }
    if (previousBlockState() == 1) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(1);
        return;
    }
    setCurrentBlockState(0);
    if (const auto m = heading.match(text); m.hasMatch()) {
        QTextCharFormat f = m_heading;
        const int level = int(m.capturedLength(1));
        f.setFontPointSize(document()->defaultFont().pointSizeF() * (level <= 1   ? 1.5
                                                                     : level == 2 ? 1.3
                                                                                  : 1.15));
        setFormat(0, int(text.size()), f);
        setFormat(0, level, m_markup);
        return;
    }
    if (text.startsWith(u'>'))
        setFormat(0, int(text.size()), m_quote);
    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_strong);
        setFormat(int(m.capturedStart()), 2, m_markup);
        setFormat(int(m.capturedEnd()) - 2, 2, m_markup);
    }
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (int i = int(m.capturedStart()); i < m.capturedEnd(); ++i) {
            QTextCharFormat f = format(i);
            f.setFontItalic(true);
            setFormat(i, 1, f);
        }
    }
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_code);
    }
}

void MarkdownHighlighter::findings(const QString &text)
{
    const QTextBlock block = currentBlock();
    const BlockData *data = BlockData::of(block);
    if (!data || data->findings.isEmpty())
        return;
    // The word being typed, and the word an input method is composing into.
    int quietFrom = -1, quietTo = -1;
    auto quietAround = [&](int pos) {
        int from = pos, to = pos;
        while (from > 0 && isWordChar(text[from - 1]))
            --from;
        while (to < text.size() && isWordChar(text[to]))
            ++to;
        quietFrom = from;
        quietTo = to;
    };
    if (m_typingAt >= block.position() && m_typingAt <= block.position() + block.length())
        quietAround(m_typingAt - block.position());
    if (const QTextLayout *layout = block.layout(); layout && !layout->preeditAreaText().isEmpty())
        quietAround(layout->preeditAreaPosition());

    for (const Finding &f : data->findings) {
        const int from = int(f.offset), len = int(f.length);
        if (from < 0 || from + len > text.size() || len <= 0)
            continue;
        const bool spelling = f.kind == QLatin1String("spelling");
        // Unrecognised words and names to confirm (info) are listed in the
        // findings panel, never underlined: that is what keeps the
        // underlines worth reading (docs/spelling.md).
        if (spelling && f.severity == Severity::Info)
            continue;
        if (spelling && quietFrom >= 0 && from < quietTo && from + len > quietFrom)
            continue;
        for (int i = from; i < from + len; ++i) {
            QTextCharFormat cf = format(i);
            if (spelling) {
                cf.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                cf.setUnderlineColor(Theme::spelling());
            } else if (f.kind == QLatin1String("style")) {
                cf.setUnderlineStyle(QTextCharFormat::DashUnderline);
                cf.setUnderlineColor(Theme::style());
            } else {
                QColor tint = Theme::forKind(f.kind);
                tint.setAlpha(Theme::isDark() ? 70 : 45);
                cf.setBackground(tint);
                cf.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                cf.setUnderlineColor(Theme::forKind(f.kind));
            }
            setFormat(i, 1, cf);
        }
    }
}

} // namespace copydesk::editor
