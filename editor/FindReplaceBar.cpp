#include "FindReplaceBar.h"
#include "i18n/Retranslator.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::editor
{

FindReplaceBar::FindReplaceBar(QPlainTextEdit *edit, QWidget *parent)
    : QWidget(parent), m_edit(edit)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_find = new QLineEdit(this);
    m_find->setClearButtonEnabled(true);
    auto *next = new QPushButton(this);
    auto *prev = new QPushButton(this);
    m_replaceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    auto *one = new QPushButton(m_replaceRow);
    auto *all = new QPushButton(m_replaceRow);
    row->addWidget(m_replace);
    row->addWidget(one);
    row->addWidget(all);
    auto *close = new QPushButton(this);
    Retranslator::attach(this, [=, this] {
        m_find->setPlaceholderText(tr("Find"));
        next->setText(tr("Next"));
        prev->setText(tr("Previous"));
        m_replace->setPlaceholderText(tr("Replace with"));
        one->setText(tr("Replace"));
        all->setText(tr("Replace all"));
        close->setText(tr("Close"));
    });
    layout->addWidget(m_find, 1);
    layout->addWidget(next);
    layout->addWidget(prev);
    layout->addWidget(m_replaceRow, 1);
    layout->addWidget(close);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(prev, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(one, &QPushButton::clicked, this, [this] {
        QTextCursor c = m_edit->textCursor();
        if (c.hasSelection() && c.selectedText() == m_find->text())
            c.insertText(m_replace->text());
        findNext();
    });
    connect(all, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void FindReplaceBar::open(bool replace)
{
    m_replaceRow->setVisible(replace);
    show();
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

bool FindReplaceBar::findNext(bool backward)
{
    if (m_find->text().isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_edit->find(m_find->text(), flags))
        return true;
    QTextCursor c = m_edit->textCursor(); // wrap around
    c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_edit->setTextCursor(c);
    return m_edit->find(m_find->text(), flags);
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument *doc = m_edit->document();
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step
    int count = 0;
    QTextCursor c = doc->find(needle, 0);
    while (!c.isNull()) {
        c.insertText(m_replace->text());
        ++count;
        c = doc->find(needle, c.position());
    }
    edit.endEditBlock();
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_edit->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace copydesk::editor
