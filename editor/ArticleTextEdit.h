#pragma once

#include <QPlainTextEdit>

namespace copydesk::editor
{

class MarkerMargin;

// The Markdown text itself: a QPlainTextEdit with a left margin that marks
// paragraphs holding claims (coloured by kind) and comments.
class ArticleTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleTextEdit(QWidget *parent = nullptr);

    // Document positions where comments are anchored (drawn in the margin).
    void setCommentPositions(const QList<int> &positions);
    void zoom(int steps);

    int marginWidth() const;
    void paintMargin(QPaintEvent *event);

Q_SIGNALS:
    // The user typed (not undo, not a programmatic change): the position
    // right after the typed text.
    void typed(int position);
    void preeditChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateMargin(const QRect &rect, int dy);
    MarkerMargin *m_margin;
    QList<int> m_comments;
};

} // namespace copydesk::editor
