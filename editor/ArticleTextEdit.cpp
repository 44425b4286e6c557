#include "ArticleTextEdit.h"

#include "BlockData.h"
#include "Theme.h"

#include <QPainter>
#include <QTextBlock>

namespace copydesk::editor
{

class MarkerMargin : public QWidget
{
public:
    explicit MarkerMargin(ArticleTextEdit *edit) : QWidget(edit), m_edit(edit) {}
    QSize sizeHint() const override { return {m_edit->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintMargin(event); }

private:
    ArticleTextEdit *m_edit;
};

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_margin(new MarkerMargin(this))
{
    setObjectName(QStringLiteral("articleText"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setViewportMargins(marginWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, this, &ArticleTextEdit::updateMargin);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

int ArticleTextEdit::marginWidth() const
{
    return fontMetrics().height();
}

void ArticleTextEdit::setCommentPositions(const QList<int> &positions)
{
    m_comments = positions;
    m_margin->update();
}

void ArticleTextEdit::zoom(int steps)
{
    if (steps > 0)
        zoomIn(steps);
    else if (steps < 0)
        zoomOut(-steps);
    setViewportMargins(marginWidth(), 0, 0, 0);
}

void ArticleTextEdit::updateMargin(const QRect &rect, int dy)
{
    if (dy)
        m_margin->scroll(0, dy);
    else
        m_margin->update(0, rect.y(), m_margin->width(), rect.height());
}

void ArticleTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_margin->setGeometry(QRect(cr.left(), cr.top(), marginWidth(), cr.height()));
}

void ArticleTextEdit::keyPressEvent(QKeyEvent *event)
{
    const int before = document()->characterCount();
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() && document()->characterCount() != before)
        Q_EMIT typed(textCursor().position());
}

void ArticleTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    QPlainTextEdit::inputMethodEvent(event);
    if (!event->commitString().isEmpty())
        Q_EMIT typed(textCursor().position());
    Q_EMIT preeditChanged();
}

void ArticleTextEdit::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoom(event->angleDelta().y() > 0 ? 1 : -1);
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

void ArticleTextEdit::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int w = marginWidth();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            int x = 3;
            if (const BlockData *data = BlockData::of(block)) {
                QList<QString> kinds;
                for (const Finding &f : data->findings) {
                    if (f.isClaim() && !kinds.contains(f.kind))
                        kinds.append(f.kind);
                }
                int y = top + 3;
                for (const QString &kind : kinds) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(Theme::forKind(kind));
                    painter.drawRoundedRect(QRectF(x, y, w - 8, 6), 2, 2);
                    y += 8;
                    if (y > top + height - 6)
                        break;
                }
            }
            const int start = block.position(), end = start + block.length();
            for (int pos : m_comments) {
                if (pos >= start && pos < end) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(Theme::comment().darker(Theme::isDark() ? 60 : 130));
                    painter.drawEllipse(QRectF(w - 9, top + height - 9, 7, 7));
                    break;
                }
            }
        }
        block = block.next();
        top += height;
    }
}

} // namespace copydesk::editor
