#pragma once

#include "core/Finding.h"
#include "pipeline/Workflow.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace copydesk::editor
{

class ArticleTextEdit;
class CheckService;
class CommentsPanel;
class FindReplaceBar;
class FindingsPanel;
class IncrementalChecker;
class MarkdownHighlighter;
class RecoveryJournal;
class Session;
class StageBar;

// One open article: the text, its findings, its stage bar and comments.
// Every newsroom operation runs through Session on the git thread with a
// copy of the text; the page only shows results. Unsaved text goes to the
// recovery journal; a journal newer than the saved text is offered back.
class ArticlePage : public QWidget
{
    Q_OBJECT
public:
    ArticlePage(Session *session, CheckService *checks, const QString &slug,
                QWidget *parent = nullptr);
    ~ArticlePage() override;

    QString slug() const { return m_slug; }
    QString title() const { return m_title; }
    bool isLoaded() const { return m_loaded; }
    bool isDirty() const;
    bool isBusy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }

    ArticleTextEdit *editor() const { return m_edit; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    StageBar *stageBar() const { return m_stageBar; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    IncrementalChecker *checker() const { return m_checker; }
    RecoveryJournal *journal() const { return m_journal; }
    FindReplaceBar *findBar() const { return m_findBar; }
    const QList<ActionAvailability> &actions() const { return m_actions; }
    QWidget *restoreBar() const;
    // Shown while the article's text changed outside this tab (a restore, a
    // sync, another writer) and this tab has unsaved edits.
    QWidget *outsideChangeBar() const;
    // The revision this tab's text was read from (or last saved as).
    QString baseRevision() const { return m_base; }

    // Workflow operations (the buttons' dialogs end up here; tests call them).
    void save();
    // After an outside change: store this tab's text on top of the newer
    // revision, or drop it and show the newer text. Both are explicit.
    void saveOnTop();
    void loadNewer();
    // Re-reads the article; reloads a clean tab, flags a dirty one.
    void checkOutsideChange();
    void verifyClaim(const Finding &claim, const QString &source, const QString &note);
    void disputeClaim(const Finding &claim, const QString &note);
    void waive(const QString &findingId, const QString &reason);
    void addToHouseDictionary(const QString &word);
    void runAction(const QString &action, const QString &comment = {}, const QString &stage = {});
    void addComment(const QString &body);
    void replyTo(const QString &commentId, const QString &body);
    void resolveComment(const QString &commentId);
    void restoreJournal();
    void discardJournal();
    void refreshWorkflow();
    void showFind(bool replace);

Q_SIGNALS:
    void titleChanged();
    void loaded();
    void saved(const QString &revision);
    void workflowChanged();
    void message(const QString &text);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    struct Loaded;
    struct WorkflowView;
    void load();
    static Loaded readArticle(class copydesk::Newsroom &n, const QString &slug);
    void adopt(const Loaded &article);
    void saveFrom(const QString &base);
    void adoptWorkflow(const WorkflowView &view);
    void decorateFindings();
    void onCursorMoved();
    void onActionButton(const QString &action);
    void requestVerify(const Finding &claim);
    void requestDispute(const Finding &claim);
    void requestWaive(const Finding &finding);
    void requestComment();
    void requestSuggestions(const Finding &finding);
    void showTextMenu(const QPoint &pos);
    void replace(const Finding &finding, const QString &replacement);
    void jumpTo(qsizetype offset, qsizetype length);
    void fail(const QString &message);
    void begin();
    void end();
    // Runs `work` after saving the current text first when it is dirty.
    template <class T>
    void afterSave(std::function<T(class copydesk::Newsroom &)> work,
                   std::function<void(const T &)> done);

    Session *m_session;
    CheckService *m_checks;
    QString m_slug;
    QString m_title;
    QString m_lang;
    QDate m_date;
    QString m_savedBody;
    QString m_savedTitle;
    QString m_base;  // revision the text came from
    QString m_newer; // a newer revision changed the text; empty if none
    bool m_loaded = false;
    int m_busy = 0;
    QString m_lastError;

    ArticleTextEdit *m_edit;
    MarkdownHighlighter *m_highlighter;
    IncrementalChecker *m_checker;
    FindingsPanel *m_findings;
    StageBar *m_stageBar;
    CommentsPanel *m_comments;
    FindReplaceBar *m_findBar;
    RecoveryJournal *m_journal;
    QFrame *m_restoreBar;
    QLabel *m_restoreLabel;
    QPushButton *m_restoreButton;
    QPushButton *m_discardButton;
    QDateTime m_journalWritten; // when the offered unsaved text was kept
    QFrame *m_outsideBar;
    QLabel *m_outsideLabel;
    QPushButton *m_keepMineButton;
    QPushButton *m_loadNewerButton;
    QLabel *m_header;
    QTabWidget *m_side;

    QMap<QString, LedgerEntry> m_ledger;
    QList<ActionAvailability> m_actions;
    QList<Stage> m_stages;
    QString m_stage;
    int m_typingAt = -1;
    int m_decorateSequence = 0;
};

} // namespace copydesk::editor
