#include "CommentsPanel.h"
#include "i18n/Language.h"
#include "i18n/Retranslator.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::editor
{

CommentsPanel::CommentsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commentsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_reply = new QPushButton(this);
    m_resolve = new QPushButton(this);
    m_showResolved = new QCheckBox(this);
    Retranslator::attach(this, [this] {
        m_tree->setHeaderLabels({tr("Comment"), tr("By")});
        m_add->setText(tr("Comment on selection…"));
        m_reply->setText(tr("Reply…"));
        m_resolve->setText(tr("Resolve"));
        m_showResolved->setText(tr("Show resolved"));
    });
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_reply),
                       static_cast<QWidget *>(m_resolve), static_cast<QWidget *>(m_showResolved)})
        buttons->addWidget(w);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_add->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::commentRequested);
    connect(m_reply, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT replyRequested(currentId());
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT resolveRequested(currentId());
    });
    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::update);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this] {
        const QString id = currentId();
        for (const Comment &c : std::as_const(m_comments)) {
            if (c.id == id)
                Q_EMIT jumpRequested(c);
        }
    });
}

void CommentsPanel::setCanComment(bool hasSelection)
{
    m_add->setEnabled(hasSelection);
}

void CommentsPanel::setComments(const QList<Comment> &comments,
                                const QHash<QString, QString> &names)
{
    m_comments = comments;
    m_names = names;
    update();
}

void CommentsPanel::update()
{
    m_tree->clear();
    for (const Comment &c : std::as_const(m_comments)) {
        if (c.resolved && !m_showResolved->isChecked())
            continue;
        const QString quote =
            c.quote.size() > 60 ? c.quote.left(57) + QStringLiteral("…") : c.quote;
        auto *item = new QTreeWidgetItem(m_tree, {QStringLiteral("“%1”\n%2").arg(quote, c.body),
                                                  m_names.value(c.author, c.author)});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(0, Language::dateTime(c.time));
        if (c.resolved) {
            QFont f = item->font(0);
            f.setStrikeOut(true);
            item->setFont(0, f);
        }
        for (const CommentReply &r : c.replies) {
            auto *reply = new QTreeWidgetItem(item, {r.body, m_names.value(r.author, r.author)});
            reply->setData(0, Qt::UserRole, c.id);
        }
        item->setExpanded(true);
    }
}

QString CommentsPanel::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace copydesk::editor
