// Sync from the editor: two clones of one newsroom through a real git
// daemon on loopback; both change the same paragraph; the second one's sync
// stops, the merge view shows theirs/mine/result, the person resolves, and
// the merged text reaches the server without anything overwritten.
#include "helper_editor.h"

#include "Session.h"
#include "common/Fixtures.h"
#include "newsroom/Newsroom.h"
#include "sync/MergeView.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::editor;
using namespace copydesk::test;

namespace
{
const QString wr = QStringLiteral("wr@example.com");

QString articleText(const QString &dir, const QString &slug)
{
    return QString::fromUtf8(Newsroom::open(dir).readFile(Newsroom::articlePath(slug)));
}

QString body(const QString &dir, const QString &slug)
{
    const QString t = articleText(dir, slug);
    return t.mid(t.indexOf(QStringLiteral("\n---\n"), 4) + 5);
}
} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

    struct Setup {
        GitDaemon daemon;
        ScratchNewsroom a;
        QTemporaryDir tmpB;
        QString b;
        QString bare;
        QString url;
    };

    std::unique_ptr<Setup> setUp()
    {
        auto s = std::make_unique<Setup>();
        if (!s->daemon.isRunning())
            return nullptr;
        s->bare = s->daemon.createBareRepository(QStringLiteral("desk.git"));
        s->url = s->daemon.url(QStringLiteral("desk.git"));
        runCli(s->a.dir, {QStringLiteral("new"), QStringLiteral("shared"),
                          QStringLiteral("--title"), QStringLiteral("Shared")});
        runCli(s->a.dir, {QStringLiteral("assign"), QStringLiteral("shared"),
                          QStringLiteral("--writer"), wr});
        runCli(s->a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
               "The council met on Monday.\n\nThe city will spend $60m on bus lanes.\n\nWork "
               "starts in May.\n");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateEditorEnvironment(m_home.path());
    }

    void remoteIsSetAndUnsyncedWorkCounted()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        Session session(s->a.dir, demoPerson(wr));
        SyncController sync;
        QSignalSpy status(&sync, &SyncController::statusChanged);
        sync.setSession(&session);
        QTRY_VERIFY(status.count() >= 1);
        QVERIFY(sync.status().remoteUrl.isEmpty());

        sync.setRemoteUrl(s->url);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().remoteUrl, s->url, 10000);
        QVERIFY(sync.status().neverSynced);
        QVERIFY(sync.status().unsynced > 0);

        SyncPanel panel(&sync);
        QSignalSpy finished(&sync, &SyncController::syncFinished);
        sync.syncNow();
        QVERIFY(panel.progress()->isVisible() || panel.progress()->isVisibleTo(&panel));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(sync.lastOutcome().ok(), qPrintable(sync.lastOutcome().error));
        QVERIFY(sync.lastOutcome().result.sent > 0);
        QVERIFY(panel.resultLabel()->text().contains(QStringLiteral("Sent")));
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().unsynced, 0, 10000);
        QVERIFY(!sync.status().neverSynced);
    }

    void mergeViewResolvesAConflictBetweenTwoClones()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("remote"), QStringLiteral("set"),
                                   QStringLiteral("origin"), s->url})
                     .exitCode,
                 0);
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        s->b = s->tmpB.path() + QStringLiteral("/b");
        QCOMPARE(runCli(s->tmpB.path(), {QStringLiteral("clone"), s->url, s->b}).exitCode, 0);

        // A (a colleague) changes the figure and adds a line; syncs first.
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
                        "The council met on Monday.\n\nThe city will spend $50m on bus "
                        "lanes.\n\nWork starts in May.\n")
                     .exitCode,
                 0);
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        // B (me) changes the same paragraph differently, and another one.
        QCOMPARE(runCli(s->b, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
                        "The council met on Tuesday.\n\nThe city will spend $60m on new bus "
                        "lanes.\n\nWork starts in May.\n")
                     .exitCode,
                 0);
        const QString mineBefore = articleText(s->b, QStringLiteral("shared"));

        Session session(s->b, demoPerson(wr));
        SyncController sync;
        sync.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().unsynced >= 1, 10000);
        QSignalSpy conflicts(&sync, &SyncController::conflictsFound);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 30000);
        QCOMPARE(conflicts.at(0).at(0).toStringList(), QStringList{QStringLiteral("shared")});
        QVERIFY(
            sync.lastOutcome().plainWords().contains(QStringLiteral("Nothing was overwritten")));
        // Nothing changed here yet.
        QCOMPARE(articleText(s->b, QStringLiteral("shared")), mineBefore);

        MergeDialog dialog(&session, conflicts.at(0).at(0).toStringList(),
                           conflicts.at(0).at(1).toString());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
        MergeView *view = dialog.view(QStringLiteral("shared"));
        QVERIFY(view);
        QVERIFY(view->theirsEdit()->toPlainText().contains(QStringLiteral("$50m on bus lanes")));
        QVERIFY(view->mineEdit()->toPlainText().contains(QStringLiteral("$60m on new bus lanes")));
        QVERIFY(view->theirsEdit()->isReadOnly());
        QVERIFY(!view->resultEdit()->isReadOnly());
        QVERIFY(view->conflictCount() >= 1);
        QCOMPARE(view->undecidedCount(), view->conflictCount());
        // Conflicts are marked in all three panes.
        QVERIFY(!view->resultEdit()->extraSelections().isEmpty());
        QVERIFY(!view->theirsEdit()->extraSelections().isEmpty());
        // Prefilled: the conflict reads as mine until decided.
        QVERIFY(view->resultText().contains(QStringLiteral("$60m on new bus lanes")));

        // The person takes theirs for the conflict, then edits the result by hand.
        view->resolve(0, MergeView::Choice::Theirs);
        QCOMPARE(view->undecidedCount(), view->conflictCount() - 1);
        QVERIFY(view->resultText().contains(QStringLiteral("$50m on bus lanes")));
        QTextCursor c = view->resultEdit()->textCursor();
        c.movePosition(QTextCursor::End);
        view->resultEdit()->setTextCursor(c);
        view->resultEdit()->insertPlainText(QStringLiteral("\nBoth desks agreed on this text.\n"));
        const QString merged = view->resultText();

        QSignalSpy saved(&dialog, &MergeDialog::saved);
        // Only B changed the first paragraph: merged without asking.
        QVERIFY(merged.contains(QStringLiteral("Tuesday")));
        dialog.saveMerge();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || !dialog.lastError().isEmpty(), 30000);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QVERIFY(merged.contains(QStringLiteral("Both desks agreed")));

        // B's article is the merged text, saved as a revision named "Merge…".
        const QString b = body(s->b, QStringLiteral("shared"));
        QVERIFY2(b.contains(QStringLiteral("$50m on bus lanes")), qPrintable(b));
        QVERIFY(b.contains(QStringLiteral("Tuesday")));
        QVERIFY(b.contains(QStringLiteral("Both desks agreed")));
        {
            Newsroom nb = Newsroom::open(s->b);
            QVERIFY(nb.log(QStringLiteral("shared"), 1)
                        .value(0)
                        .summary.startsWith(QStringLiteral("Merge")));
        }
        // …and it reached the server: A syncs and gets it.
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(articleText(s->a.dir, QStringLiteral("shared")),
                 articleText(s->b, QStringLiteral("shared")));
        // Nothing overwritten silently: B's own version stays in history.
        bool mineInHistory = false;
        Newsroom na = Newsroom::open(s->a.dir);
        for (const Revision &r : na.log(QStringLiteral("shared"))) {
            if (na.readFile(Newsroom::articlePath(QStringLiteral("shared")), r.id) ==
                mineBefore.toUtf8())
                mineInHistory = true;
        }
        QVERIFY(mineInHistory);
    }

    void refusedPushShowsTheServersReason()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        QFile hook(s->bare + QStringLiteral("/hooks/pre-receive"));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("#!/bin/sh\necho 'policy: the desk is closed for pushes' >&2\nexit 1\n");
        hook.close();
        hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        Session session(s->a.dir, demoPerson(wr));
        SyncController sync;
        sync.setSession(&session);
        sync.setRemoteUrl(s->url);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().remoteUrl, s->url, 10000);
        SyncPanel panel(&sync);
        QSignalSpy finished(&sync, &SyncController::syncFinished);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!sync.lastOutcome().ok());
        QVERIFY2(sync.lastOutcome().error.contains(QStringLiteral("the desk is closed")),
                 qPrintable(sync.lastOutcome().error));
        QVERIFY(panel.resultLabel()->text().contains(QStringLiteral("the desk is closed")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestSyncMerge)
#include "tst_sync_merge.moc"
