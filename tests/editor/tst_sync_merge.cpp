// Sync from the editor: two clones of one newsroom through a real git
// daemon on loopback; both change the same paragraph; the second one's sync
// stops, the merge view shows theirs/mine/result, the person resolves, and
// the merged text reaches the server without anything overwritten — nor the
// colleague's claim verifications and comments on that article; a workflow
// state that moved differently on the server refuses the merge instead.
#include "helper_editor.h"

#include "Session.h"
#include "common/Fixtures.h"
#include "newsroom/ArticleState.h"
#include "newsroom/Articles.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Comments.h"
#include "pipeline/RecordMerge.h"
#include "pipeline/Workflow.h"
#include "sync/MergeView.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
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

const QString ed = QStringLiteral("ed@example.com");
const QString rv = QStringLiteral("rv@example.com");

QString claimId(const QString &dir, const QString &textPart)
{
    Newsroom n = Newsroom::open(dir);
    for (const Finding &f : Workflow(n).claims(QStringLiteral("shared"))) {
        if (f.text.contains(textPart))
            return f.id;
    }
    return {};
}

QStringList commentBodies(const QString &dir)
{
    Newsroom n = Newsroom::open(dir);
    QStringList out;
    for (const Comment &c : Workflow(n).comments(QStringLiteral("shared")))
        out << c.body;
    out.sort();
    return out;
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

    // One article in `a`, not shared yet (TwoClones::share() does that).
    std::unique_ptr<TwoClones> setUp()
    {
        auto s = std::make_unique<TwoClones>();
        if (!s->isRunning())
            return nullptr;
        runCli(s->a.dir, {QStringLiteral("new"), QStringLiteral("shared"),
                          QStringLiteral("--title"), QStringLiteral("Shared")});
        runCli(s->a.dir, {QStringLiteral("assign"), QStringLiteral("shared"),
                          QStringLiteral("--writer"), wr});
        runCli(s->a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
               "The council met on Monday.\n\nThe city will spend $60m on bus lanes.\n\nWork "
               "starts in May.\n");
        return s;
    }

    // Syncs the session's clone, which must meet a conflict on article
    // "shared", and opens the merge dialog on it as the window does, loaded.
    // Null (with the failure recorded) when either does not happen.
    static std::unique_ptr<MergeDialog> syncIntoMergeDialog(Session &session, SyncController &sync)
    {
        QSignalSpy conflicts(&sync, &SyncController::conflictsFound);
        sync.syncNow();
        if (!QTest::qWaitFor([&] { return conflicts.count() == 1; }, 30000)) {
            QTest::qFail("the sync met no conflict", __FILE__, __LINE__);
            return nullptr;
        }
        const QStringList articles = conflicts.at(0).at(0).toStringList();
        if (articles != QStringList{QStringLiteral("shared")}) {
            QTest::qFail(qPrintable(QStringLiteral("conflicts on %1, not on 'shared'")
                                        .arg(articles.join(QStringLiteral(", ")))),
                         __FILE__, __LINE__);
            return nullptr;
        }
        auto dialog =
            std::make_unique<MergeDialog>(&session, articles, conflicts.at(0).at(1).toString());
        dialog->show();
        if (!QTest::qWaitFor([&] { return dialog->isLoaded(); }, 20000)) {
            QTest::qFail("the merge dialog did not load", __FILE__, __LINE__);
            return nullptr;
        }
        return dialog;
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

    // A token in the server's address (put there by plain git, or typed
    // into the field) is never shown, and Apply does not store it.
    void tokenInTheAddressIsNeverShownNorStored()
    {
        ScratchNewsroom n;
        QVERIFY(
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                        QStringLiteral("http://git:plain-git-secret@127.0.0.1:1/desk.git")},
                       n.dir)
                .exitCode == 0);
        Session session(n.dir, demoPerson(wr));
        SyncController sync;
        sync.setSession(&session);
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().remoteUrl,
                                  QStringLiteral("http://git:***@127.0.0.1:1/desk.git"), 10000);
        SyncPanel panel(&sync); // shows the status it is given
        QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("remoteUrl"))->text(),
                 QStringLiteral("http://git:***@127.0.0.1:1/desk.git"));
        sync.setRemoteUrl(QStringLiteral("http://git:typed-secret@127.0.0.1:1/desk.git"));
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().remoteUrl,
                                  QStringLiteral("http://git@127.0.0.1:1/desk.git"), 10000);
        QFile config(n.dir + QStringLiteral("/.git/config"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("secret"));
    }

    void mergeViewResolvesAConflictBetweenTwoClones()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        const QString shared = s->share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));

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
        const auto dialog = syncIntoMergeDialog(session, sync);
        QVERIFY(dialog);
        QVERIFY(
            sync.lastOutcome().plainWords().contains(QStringLiteral("Nothing was overwritten")));
        // Nothing changed here yet.
        QCOMPARE(articleText(s->b, QStringLiteral("shared")), mineBefore);

        MergeView *view = dialog->view(QStringLiteral("shared"));
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

        QSignalSpy saved(dialog.get(), &MergeDialog::saved);
        // Only B changed the first paragraph: merged without asking.
        QVERIFY(merged.contains(QStringLiteral("Tuesday")));
        dialog->saveMerge();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || !dialog->lastError().isEmpty(), 30000);
        QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));
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

    // A colleague verified a claim and commented on the article; I changed
    // its text and commented too. Resolving the merge keeps everything, as
    // events the server's rules accept.
    void mergeKeepsTheColleaguesClaimsAndComments()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        const QString shared = s->share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        const QString claim = claimId(s->a.dir, QStringLiteral("$60m"));
        QVERIFY2(!claim.isEmpty(), "no claim for $60m");

        // A: assigns a reviewer, verifies the figure, comments, changes the
        // first paragraph; syncs.
        CliResult r =
            runCli(s->a.dir, {QStringLiteral("assign"), QStringLiteral("shared"),
                              QStringLiteral("--writer"), wr, QStringLiteral("--reviewer"), rv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(s->a.dir,
                   {QStringLiteral("verify-claim"), QStringLiteral("shared"), claim,
                    QStringLiteral("--source"), QStringLiteral("City budget 2025, p. 4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(s->a.dir, {QStringLiteral("comment"), QStringLiteral("shared"),
                              QStringLiteral("--quote"), QStringLiteral("Work starts in May."),
                              QStringLiteral("--body"), QStringLiteral("Which May?")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(
            s->a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
            "The council met on Monday evening.\n\nThe city will spend $60m on bus lanes.\n\nWork "
            "starts in May.\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);

        // B (me): another comment and another paragraph.
        r = runCli(s->b,
                   {QStringLiteral("comment"), QStringLiteral("shared"), QStringLiteral("--quote"),
                    QStringLiteral("The council met"), QStringLiteral("--body"),
                    QStringLiteral("Which council?")},
                   wr);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(s->b, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
                   "The council met on Monday.\n\nThe city will spend $60m on bus lanes.\n\nWork "
                   "starts in June.\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        Session session(s->b, demoPerson(wr));
        SyncController sync;
        sync.setSession(&session);
        const auto dialog = syncIntoMergeDialog(session, sync);
        QVERIFY(dialog);
        QSignalSpy saved(dialog.get(), &MergeDialog::saved);
        dialog->saveMerge();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || !dialog->lastError().isEmpty(), 30000);
        QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));

        // The server's folder was kept; my comment was recorded again, as mine.
        QCOMPARE(dialog->records().size(), 1);
        QCOMPARE(dialog->records().first().commentsRecordedAgain, 1);
        QVERIFY(dialog->records().first().notRecorded.isEmpty());
        QVERIFY2(saved.at(0).at(0).toString().contains(QStringLiteral("recorded again")),
                 qPrintable(saved.at(0).at(0).toString()));
        // Here: both texts' changes, the colleague's verification, both comments.
        const QString text = body(s->b, QStringLiteral("shared"));
        QVERIFY2(text.contains(QStringLiteral("Monday evening")) &&
                     text.contains(QStringLiteral("June")),
                 qPrintable(text));
        {
            Newsroom nb = Newsroom::open(s->b);
            const Ledger ledger = Workflow(nb).ledger(QStringLiteral("shared"));
            const LedgerEntry *e = ledger.entry(claim);
            QVERIFY2(e, "the colleague's verification was lost");
            QCOMPARE(e->status, QStringLiteral("verified"));
            QCOMPARE(e->by, ed);
            QCOMPARE(e->source, QStringLiteral("City budget 2025, p. 4"));
            // The colleague's assignment stands too.
            QCOMPARE(Articles(nb).state(QStringLiteral("shared")).reviewer, rv);
        }
        const QStringList both{QStringLiteral("Which May?"), QStringLiteral("Which council?")};
        QStringList sorted = both;
        sorted.sort();
        QCOMPARE(commentBodies(s->b), sorted);
        // On the server: A syncs and has all of it, and the history passes
        // the verifier the server hook runs.
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(commentBodies(s->a.dir), sorted);
        QVERIFY(body(s->a.dir, QStringLiteral("shared")).contains(QStringLiteral("June")));
        const CliResult verified = runCli(s->a.dir, {QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    // The colleague assigned a reviewer while I submitted the article: the
    // workflow states moved apart and cannot be merged without guessing, so
    // nothing is.
    void mergeRefusesAStateThatMovedOnBothSides()
    {
        auto s = setUp();
        QVERIFY2(s, "git daemon did not start");
        const QString shared = s->share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        CliResult r =
            runCli(s->a.dir, {QStringLiteral("assign"), QStringLiteral("shared"),
                              QStringLiteral("--writer"), wr, QStringLiteral("--reviewer"), rv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        r = runCli(s->b, {QStringLiteral("submit"), QStringLiteral("shared")}, wr);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto serverHead = [&] {
            return runProgram(QStringLiteral("git"),
                              {QStringLiteral("rev-parse"), QStringLiteral("main")}, s->bare)
                .out.trimmed();
        };
        const QString serverBefore = serverHead();

        Session session(s->b, demoPerson(wr));
        SyncController sync;
        sync.setSession(&session);
        const auto dialog = syncIntoMergeDialog(session, sync);
        QVERIFY(dialog);
        const QString headBefore = Newsroom::open(s->b).headId();
        dialog->saveMerge();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lastError().isEmpty() || !dialog->isSaving(), 30000);
        QVERIFY2(dialog->lastError().contains(QStringLiteral("moved on in the workflow")) &&
                     dialog->lastError().contains(
                         QStringLiteral("stage is 'drafting' on the server, 'review' here")),
                 qPrintable(dialog->lastError()));
        // Nothing committed here, nothing sent.
        QCOMPARE(Newsroom::open(s->b).headId(), headBefore);
        QCOMPARE(serverHead(), serverBefore);
    }

    // Planning what of mine to record again: my records since the common
    // revision, not someone else's; a claim both recorded goes to the later.
    void ledgerPlanTakesMyRecordsAndTheLaterOfBoth()
    {
        const QDateTime t0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        Ledger base, mine, theirs;
        const LedgerEntry old{QStringLiteral("c1"),
                              QStringLiteral("verified"),
                              QStringLiteral("money"),
                              QStringLiteral("$60m"),
                              QStringLiteral("old"),
                              {},
                              ed,
                              t0};
        base.record(old);
        mine.record(old);
        theirs.record(old);
        LedgerEntry mineC1 = old, theirsC1 = old;
        mineC1.source = QStringLiteral("mine");
        mineC1.by = wr;
        mineC1.at = t0.addSecs(60);
        theirsC1.status = QStringLiteral("disputed");
        theirsC1.at = t0.addSecs(120);
        mine.record(mineC1);
        theirs.record(theirsC1);
        mine.record({QStringLiteral("c3"),
                     QStringLiteral("verified"),
                     QStringLiteral("percent"),
                     QStringLiteral("5%"),
                     QStringLiteral("report"),
                     {},
                     wr,
                     t0.addSecs(10)});
        mine.record({QStringLiteral("c4"),
                     QStringLiteral("verified"),
                     QStringLiteral("count"),
                     QStringLiteral("12"),
                     QStringLiteral("count"),
                     {},
                     rv,
                     t0.addSecs(20)});
        mine.addWaiver({QStringLiteral("spelling:Nowon:0"), QStringLiteral("a name"), wr, t0,
                        QStringLiteral("style-check")});
        theirs.addWaiver({QStringLiteral("spelling:Gangbuk:0"), QStringLiteral("a name"), ed, t0,
                          QStringLiteral("style-check")});
        RecordMerge::Plan plan;
        plan.actor = wr;
        RecordMerge::planLedger(base, mine, theirs, plan);
        QCOMPARE(plan.claims.size(), 1); // c3; c1's later event is theirs
        QCOMPARE(plan.claims.first().claimId, QStringLiteral("c3"));
        QCOMPARE(plan.report.claimsBothChanged, QStringList{QStringLiteral("c1")});
        QCOMPARE(plan.report.notRecorded,
                 QStringList{QStringLiteral("c4")}); // rv's, not mine to make
        QCOMPARE(plan.waivers.size(), 1);
        QCOMPARE(plan.waivers.first().findingId, QStringLiteral("spelling:Nowon:0"));
        // Mine later: mine is recorded again (after c3, in time order), still reported.
        mineC1.at = t0.addSecs(600);
        mine.record(mineC1);
        RecordMerge::Plan again;
        again.actor = wr;
        RecordMerge::planLedger(base, mine, theirs, again);
        QCOMPARE(again.claims.size(), 2);
        QCOMPARE(again.claims.last().claimId, QStringLiteral("c1"));
        QCOMPARE(again.report.claimsBothChanged, QStringList{QStringLiteral("c1")});
        // Nothing of mine changed: nothing to do.
        RecordMerge::Plan none;
        none.actor = wr;
        RecordMerge::planLedger(base, base, theirs, none);
        QVERIFY(none.claims.isEmpty() && none.waivers.isEmpty() &&
                none.report.claimsBothChanged.isEmpty());
    }

    void commentPlanTakesMyCommentsRepliesAndResolutions()
    {
        const QDateTime t0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        Comment k1;
        k1.id = QStringLiteral("k1");
        k1.author = ed;
        k1.quote = QStringLiteral("May");
        k1.body = QStringLiteral("Which May?");
        k1.time = t0;
        CommentList base, mine, theirs;
        base.items().append(k1);
        Comment m1 = k1, t1 = k1;
        m1.replies.append({wr, QStringLiteral("2025"), t0.addSecs(60)});
        m1.resolved = true;
        m1.resolvedBy = wr;
        t1.replies.append({rv, QStringLiteral("Early May"), t0.addSecs(30)});
        mine.items().append(m1);
        theirs.items().append(t1);
        Comment k2 = k1;
        k2.id = QStringLiteral("k2");
        k2.author = wr;
        k2.body = QStringLiteral("Which council?");
        k2.replies.append({wr, QStringLiteral("The city's"), t0.addSecs(5)});
        mine.items().append(k2);
        Comment k3 = k1;
        k3.id = QStringLiteral("k3");
        k3.author = rv;
        mine.items().append(k3);
        RecordMerge::Plan plan;
        plan.actor = wr;
        RecordMerge::planComments(base, mine, theirs, plan);
        QCOMPARE(plan.replies.size(), 1);
        QCOMPARE(plan.replies.first().first, QStringLiteral("k1"));
        QCOMPARE(plan.replies.first().second.body, QStringLiteral("2025"));
        QCOMPARE(plan.resolutions, QStringList{QStringLiteral("k1")});
        QCOMPARE(plan.newComments.size(), 1);
        QCOMPARE(plan.newComments.first().body, QStringLiteral("Which council?"));
        QCOMPARE(plan.newComments.first().replies.size(), 1);
        QCOMPARE(plan.report.notRecorded, QStringList{QStringLiteral("k3")});
    }

    // A state only the colleague moved is theirs; my saves only added me to
    // the authors; anything else moved on both sides is refused.
    void statesMergeOnlyWithoutGuessing()
    {
        ArticleState base;
        base.stage = QStringLiteral("drafting");
        base.writer = wr;
        base.authors = {wr};
        ArticleState theirs = base;
        theirs.reviewer = rv;
        ArticleState mine = base;
        const QByteArray b = base.toJson(), t = theirs.toJson();
        QByteArray m = mine.toJson();
        RecordMerge::checkStates(QStringLiteral("shared"), wr, &b, &m, &t); // mine did not move
        mine.authors = {wr, ed};
        m = mine.toJson();
        RecordMerge::checkStates(QStringLiteral("shared"), ed, &b, &m, &t); // ed's save added ed
        QVERIFY_THROWS_EXCEPTION(
            Error, RecordMerge::checkStates(QStringLiteral("shared"), wr, &b, &m, &t));
        mine = base;
        mine.stage = QStringLiteral("review");
        m = mine.toJson();
        try {
            RecordMerge::checkStates(QStringLiteral("shared"), wr, &b, &m, &t);
            QFAIL("a state moved on both sides was merged");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Refused);
            QVERIFY2(e.message().contains(
                         QStringLiteral("stage is 'drafting' on the server, 'review' here")),
                     qPrintable(e.message()));
        }
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
