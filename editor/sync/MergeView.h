#pragma once

#include "core/Merge3.h"
#include "pipeline/RecordMerge.h"

#include <QDialog>
#include <QTextCursor>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace copydesk::editor
{

class Session;

// Three-way merge of one article: theirs (the colleague's version on the
// server), mine (here) and the result, prefilled by mergeThreeWay. What only
// one side changed is taken; each conflict is marked in all three panes and
// in the result starts as mine. The person edits the result freely or picks
// mine, theirs or both for each conflict.
class MergeView : public QWidget
{
    Q_OBJECT
public:
    enum class Choice { Mine, Theirs, Both };

    MergeView(const QString &slug, const QString &base, const QString &mine, const QString &theirs,
              QWidget *parent = nullptr);

    QString slug() const { return m_slug; }
    QString resultText() const;
    int conflictCount() const { return int(m_conflicts.size()); }
    int undecidedCount() const;
    int currentConflict() const { return m_current; }
    void showConflict(int index);
    void resolve(int index, Choice choice);

    QPlainTextEdit *theirsEdit() const { return m_theirs; }
    QPlainTextEdit *mineEdit() const { return m_mine; }
    QPlainTextEdit *resultEdit() const { return m_result; }

Q_SIGNALS:
    void decided();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Conflict {
        QTextCursor result; // tracks the conflict's text in the result as it is edited
        int theirsStart = 0, theirsLength = 0;
        int mineStart = 0, mineLength = 0;
        QString mine, theirs;
        bool decided = false;
    };
    void retranslate();
    void highlight();

    QString m_slug;
    MergeResult m_merge;
    QList<Conflict> m_conflicts;
    int m_current = -1;
    QLabel *m_theirsLabel, *m_mineLabel, *m_resultLabel, *m_position;
    QPlainTextEdit *m_theirs, *m_mine, *m_result;
    QPushButton *m_prev, *m_next, *m_useMine, *m_useTheirs, *m_useBoth;
};

// The merge step of a sync that stopped on articles both sides changed: one
// MergeView per article. "Save merge" syncs keeping mine (so the server's
// history is joined, their version staying in it), then saves each result
// as a new revision ("Merge …") and syncs again to send it. Nothing is
// overwritten silently: the colleague's text is in the merged revision's
// history and in the result the person approved.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Session *session, const QStringList &slugs, const QString &theirsRef,
                QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    QList<MergeView *> views() const;
    MergeView *view(const QString &slug) const;
    // Saves without asking (the button asks when conflicts are undecided).
    void saveMerge();
    QString lastError() const { return m_error; }
    // Per article, the colleague's claim records and comments the last
    // successful save brought in (see RecordMerge).
    const QList<RecordMergeReport> &records() const { return m_records; }

Q_SIGNALS:
    void loaded();
    void saved(const QString &summary);
    void failed(const QString &message);

private:
    void askSave();

    Session *m_session;
    QStringList m_slugs;
    QString m_theirsRef;
    QList<RecordMergeReport> m_records; // what the last save brought in besides the text
    QTabWidget *m_tabs;
    QLabel *m_intro;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_loaded = false;
    bool m_saving = false;
    QString m_error;
};

} // namespace copydesk::editor
