#pragma once

#include "core/Finding.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;
class QLabel;

namespace copydesk::editor
{

// Every finding of the article, grouped: claims (value, status, source),
// spelling, style (message and fix). Buttons and a context menu act on the
// selected one; the page does the work and refreshes the list.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // `sources`: claim id → the source it was verified with.
    void setFindings(const Findings &findings, const QHash<QString, QString> &sources);
    const Findings &findings() const { return m_findings; }
    const QHash<QString, QString> &sources() const { return m_sources; }
    // Selects the finding covering document position `pos`, if any.
    void selectAt(int pos);
    const Finding *selected() const;
    void setSuggestions(const QString &findingId, qsizetype offset, const QStringList &suggestions);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void activated(const copydesk::Finding &finding);
    void verifyRequested(const copydesk::Finding &finding);
    void disputeRequested(const copydesk::Finding &finding);
    void waiveRequested(const copydesk::Finding &finding);
    void suggestRequested(const copydesk::Finding &finding);
    void addWordRequested(const QString &word);
    void replaceRequested(const copydesk::Finding &finding, const QString &replacement);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showMenu(const QPoint &pos);
    QTreeWidgetItem *itemFor(qsizetype offset) const;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_claims;
    QTreeWidgetItem *m_spelling;
    QTreeWidgetItem *m_style;
    QLabel *m_summary;
    QPushButton *m_verify;
    QPushButton *m_dispute;
    QPushButton *m_waive;
    QPushButton *m_suggest;
    QPushButton *m_addWord;
    Findings m_findings;
    QHash<QString, QString> m_sources;
    QHash<int, QTreeWidgetItem *> m_items;     // index in m_findings → its row
    QHash<QString, QStringList> m_suggestions; // by "offset:text"
    bool m_selecting = false;
};

} // namespace copydesk::editor
