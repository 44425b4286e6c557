#pragma once

#include "history/ArticleHistory.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace copydesk
{
class CheckSuite;
}

namespace copydesk::editor
{

class Session;

// The history of one article: a timeline of its revisions and events, a
// word-by-word comparison of any two revisions (inline or side by side)
// with the claims that changed, restore of an old revision and copy of a
// passage from it. Reading the history runs off the GUI thread.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(Session *session, const QString &slug, QWidget *parent = nullptr);
    ~HistoryView() override;

    QString slug() const { return m_slug; }
    const QList<HistoryEntry> &entries() const { return m_entries; }
    const RevisionComparison &comparison() const { return m_comparison; }
    bool isBusy() const { return m_pending > 0; }

    // Re-reads the history (after a save, a restore or a sync).
    void reload();
    // Compares two revisions (commit ids or any revspec).
    void compare(const QString &from, const QString &to);
    void setSideBySide(bool sideBySide);
    // Restores `rev` as a new revision (no question asked; the button asks).
    void restoreRevision(const QString &rev);
    // Copies the selected passage of the older revision (or the whole of it).
    void copyPassage();

    QTreeWidget *timeline() const { return m_timeline; }
    QTextBrowser *inlineView() const { return m_inline; }
    QTextBrowser *beforeView() const { return m_before; }
    QTextBrowser *afterView() const { return m_after; }
    QListWidget *claimList() const { return m_claims; }

Q_SIGNALS:
    void loaded();
    void compared();
    void restored(const QString &commit);
    void message(const QString &text);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTimeline();
    void fillRevisionChoices();
    void showComparison();
    void timelineSelectionChanged();
    void compareChosen();
    void askRestore();

    Session *m_session;
    QString m_slug;
    QList<HistoryEntry> m_entries;
    RevisionComparison m_comparison;
    std::shared_ptr<const CheckSuite> m_claimSuite;
    int m_pending = 0;

    QLabel *m_heading;
    QTreeWidget *m_timeline;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QComboBox *m_from;
    QComboBox *m_to;
    QRadioButton *m_inlineMode;
    QRadioButton *m_sideMode;
    QStackedWidget *m_views;
    QTextBrowser *m_inline;
    QTextBrowser *m_before;
    QTextBrowser *m_after;
    QLabel *m_claimsLabel;
    QListWidget *m_claims;
    QPushButton *m_restore;
    QPushButton *m_copy;
    QLabel *m_summary;
};

} // namespace copydesk::editor
