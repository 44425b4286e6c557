#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace copydesk::editor
{

// Find (Ctrl+F) and replace (Ctrl+H) in the article; Esc closes the bar.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *edit, QWidget *parent = nullptr);
    void open(bool replace);
    bool findNext(bool backward = false);
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
};

} // namespace copydesk::editor
