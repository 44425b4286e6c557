#pragma once

#include "pipeline/Comments.h"

#include <QWidget>

class QTreeWidget;
class QPushButton;
class QCheckBox;

namespace copydesk::editor
{

// Review comments with their replies; comment on the selected passage,
// reply, resolve. Clicking a comment jumps to its passage.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);
    void setComments(const QList<Comment> &comments, const QHash<QString, QString> &names);
    void setCanComment(bool hasSelection);

Q_SIGNALS:
    void commentRequested();
    void replyRequested(const QString &commentId);
    void resolveRequested(const QString &commentId);
    void jumpRequested(const copydesk::Comment &comment);

private:
    QString currentId() const;
    void update();
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QCheckBox *m_showResolved;
    QList<Comment> m_comments;
    QHash<QString, QString> m_names;
};

} // namespace copydesk::editor
