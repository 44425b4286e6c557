#pragma once

#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace copydesk::editor
{

class Session;

// The newsroom's articles grouped by stage in pipeline order: title, writer,
// reviewer, due date (red when overdue), open findings and the one-line
// reason the article is held. Filter by person or "assigned to me".
// The list arrives first; blockers are filled in afterwards in batches,
// because they need the checks.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Session *session, QWidget *parent = nullptr);
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool blockersDone() const { return m_blockersPending == 0; }
    int articleCount() const { return int(m_articles.size()); }
    int shownCount() const { return m_shown; }
    QTreeWidget *tree() const { return m_tree; }
    void setAssignedToMe(bool on);

Q_SIGNALS:
    void openRequested(const QString &slug);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    struct Row {
        ArticleSummary summary;
        bool hasBlockers = false;
        Blockers blockers;
    };
    struct Listing {
        QList<Stage> stages;
        QList<ArticleSummary> articles;
        QList<Person> people;
    };
    void adopt(const Listing &listing);
    void loadBlockers(int from);
    void rebuild();
    QString nameOf(const QString &email) const;
    QString withNames(const QString &libraryText) const;
    void showCount();
    void showBlockers(QTreeWidgetItem *item, const Row &row);

    Session *m_session;
    QTreeWidget *m_tree;
    QLabel *m_personLabel;
    QComboBox *m_person;
    QCheckBox *m_mine;
    QLabel *m_status;
    QList<Stage> m_stages;
    QList<Row> m_articles;
    QList<Person> m_people;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_loaded = false;
    int m_blockersPending = 0;
    int m_blockerBatch = 0; // articles per blockers batch (see loadBlockers)
    int m_generation = 0;
    int m_shown = 0; // rows the filters let through
};

} // namespace copydesk::editor
