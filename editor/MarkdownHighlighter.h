#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace copydesk::editor
{

// Shows Markdown structure (headings, emphasis, code, quotes) and the
// findings the incremental checker attached to each block: spelling with a
// red squiggle, style with a blue one, claims tinted by kind. The word being
// typed and text being composed by an input method are never underlined.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);

    // The word at `position` (document) is being typed: no spelling mark on it
    // until the cursor leaves it.
    void setTypingAt(int position);
    int typingAt() const { return m_typingAt; }
    void refreshColours();

protected:
    void highlightBlock(const QString &text) override;

private:
    void markdown(const QString &text);
    void findings(const QString &text);
    int m_typingAt = -1;
    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_code;
    QTextCharFormat m_quote;
    QTextCharFormat m_markup;
};

} // namespace copydesk::editor
