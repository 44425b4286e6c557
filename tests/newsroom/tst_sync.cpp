// Two writers share a newsroom through a real git server on loopback: each
// test runs through git daemon and through HTTP (git http-backend behind
// lighttpd, with a token), as newsrooms share through Gitea or GitLab.
#include "common/Fixtures.h"
#include "core/Merge3.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Workflow.h"

#include <QFile>
#include <QtTest>

using namespace copydesk::test;

namespace
{
const QString ed = QStringLiteral("ed@example.com");
const QString wr = QStringLiteral("wr@example.com");

QString git(const QString &dir, const QStringList &args)
{
    return runProgram(QStringLiteral("git"), args, dir).out.trimmed();
}
} // namespace

class SyncTest : public QObject
{
    Q_OBJECT

    // A newsroom with one article pushed to the daemon, and a clone.
    // A and B both edit "shared" (different paragraphs); A syncs first, so
    // B's next sync meets a conflict.
    static bool editBothSidesAndSyncA(TwoClones &s)
    {
        return runCli(s.a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
                      "First paragraph, by A.\n\nSecond paragraph.\n")
                       .exitCode == 0 &&
               runCli(s.b, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
                      "First paragraph.\n\nSecond paragraph, by B.\n")
                       .exitCode == 0 &&
               runCli(s.a.dir, {QStringLiteral("sync")}).exitCode == 0;
    }

    static void transports()
    {
        QTest::addColumn<bool>("http");
        QTest::newRow("git daemon") << false;
        QTest::newRow("http") << true;
    }

    std::unique_ptr<TwoClones> setUp()
    {
        QFETCH(bool, http);
        auto s = std::make_unique<TwoClones>(http ? Transport::Http : Transport::GitDaemon);
        if (!s->isRunning())
            return nullptr;
        runCli(s->a.dir, {QStringLiteral("new"), QStringLiteral("shared"),
                          QStringLiteral("--title"), QStringLiteral("Shared")});
        runCli(s->a.dir, {QStringLiteral("assign"), QStringLiteral("shared"),
                          QStringLiteral("--writer"), wr});
        runCli(s->a.dir, {QStringLiteral("save"), QStringLiteral("shared")}, wr,
               "First paragraph.\n\nSecond paragraph.\n");
        if (const QString error = s->share(); !error.isEmpty())
            qWarning() << error;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        if (qstrcmp(QTest::currentDataTag(), "http") == 0)
            if (const QString missing = HttpGitServer::unavailable(); !missing.isEmpty())
                QSKIP(qPrintable(missing));
    }

    void bothWritersRevisionsArrive_data() { transports(); }
    void bothWritersRevisionsArrive()
    {
        auto s = setUp();
        QVERIFY2(s, "the git server did not start");
        QCOMPARE(git(s->bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
                 git(s->a.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        // A writes one article, B another; both sync.
        runCli(s->a.dir, {QStringLiteral("new"), QStringLiteral("from-a"),
                          QStringLiteral("--title"), QStringLiteral("From A")});
        runCli(s->b, {QStringLiteral("new"), QStringLiteral("from-b"), QStringLiteral("--title"),
                      QStringLiteral("From B")});
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        const CliResult syncB = runCli(s->b, {QStringLiteral("sync")});
        QVERIFY2(syncB.exitCode == 0, qPrintable(syncB.err));
        QVERIFY(syncB.out.contains(QStringLiteral("1 revision(s) received")));
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        for (const QString &dir : {s->a.dir, s->b}) {
            const QString list = runCli(dir, {QStringLiteral("list")}).out;
            QVERIFY2(list.contains(QStringLiteral("from-a")) &&
                         list.contains(QStringLiteral("from-b")),
                     qPrintable(list));
            QVERIFY(QFile::exists(dir + QStringLiteral("/articles/from-a/index.md")));
            QVERIFY(QFile::exists(dir + QStringLiteral("/articles/from-b/index.md")));
        }
        QCOMPARE(git(s->a.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
                 git(s->b, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        const CliResult fsck = runProgram(
            QStringLiteral("git"), {QStringLiteral("fsck"), QStringLiteral("--strict")}, s->bare);
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).out.trimmed(),
                 QStringLiteral("Already up to date with origin."));
    }

    void conflictingEditIsReportedAndNothingLost_data() { transports(); }
    void conflictingEditIsReportedAndNothingLost()
    {
        auto s = setUp();
        QVERIFY2(s, "the git server did not start");
        // Both edit the same article (even different paragraphs).
        QVERIFY(editBothSidesAndSyncA(*s));
        const QString serverBefore =
            git(s->bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const QString bBefore = git(s->b, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

        const CliResult conflict = runCli(s->b, {QStringLiteral("sync")});
        QCOMPARE(conflict.exitCode, 4);
        QVERIFY2(conflict.err.contains(QStringLiteral("shared")), qPrintable(conflict.err));
        // Nothing moved: B's head, B's file, the server.
        QCOMPARE(git(s->b, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), bBefore);
        QVERIFY(runCli(s->b, {QStringLiteral("show"), QStringLiteral("shared")})
                    .out.contains(QStringLiteral("by B")));
        QCOMPARE(git(s->bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), serverBefore);
        // A's version is reachable in B's clone at the ref it names.
        const QString ref =
            conflict.err.section(QStringLiteral("kept at "), 1).section(u'.', 0, 0).trimmed();
        QVERIFY2(ref.startsWith(QStringLiteral("refs/copydesk/conflicts/")),
                 qPrintable(conflict.err));
        QVERIFY(
            git(s->b, {QStringLiteral("show"), ref + QStringLiteral(":articles/shared/index.md")})
                .contains(QStringLiteral("by A")));

        // B decides to keep theirs... no: keep mine. Both stay in history.
        const CliResult keep = runCli(
            s->b, {QStringLiteral("sync"), QStringLiteral("--keep"), QStringLiteral("mine")});
        QVERIFY2(keep.exitCode == 0, qPrintable(keep.err));
        QVERIFY(runCli(s->b, {QStringLiteral("show"), QStringLiteral("shared")})
                    .out.contains(QStringLiteral("by B")));
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(runCli(s->a.dir, {QStringLiteral("show"), QStringLiteral("shared")})
                    .out.contains(QStringLiteral("by B")));
        const QString history =
            git(s->a.dir,
                {QStringLiteral("log"), QStringLiteral("--full-history"), QStringLiteral("-p"),
                 QStringLiteral("--"), QStringLiteral("articles/shared/index.md")});
        QVERIFY(history.contains(QStringLiteral("by A")));
        QVERIFY(runProgram(QStringLiteral("git"),
                           {QStringLiteral("fsck"), QStringLiteral("--strict")}, s->bare)
                    .exitCode == 0);
    }

    void mergeViewVersionsAndManualResolution_data() { transports(); }
    void mergeViewVersionsAndManualResolution()
    {
        auto s = setUp();
        QVERIFY2(s, "the git server did not start");
        QVERIFY(editBothSidesAndSyncA(*s));
        copydesk::Newsroom b = copydesk::Newsroom::open(s->b);
        b.setActor({QStringLiteral("Writer"), wr});
        const copydesk::SyncResult r = b.sync();
        QCOMPARE(r.conflictingArticles, QStringList{QStringLiteral("shared")});
        const auto v = b.conflictVersions(QStringLiteral("shared"), r.theirsRef);
        QVERIFY(v.base.contains(QStringLiteral("First paragraph.\n")) &&
                !v.base.contains(QStringLiteral("by")));
        QVERIFY(v.mine.contains(QStringLiteral("by B")));
        QVERIFY(v.theirs.contains(QStringLiteral("by A")));
        // The three-way merge takes both paragraphs; the person saves it.
        const copydesk::MergeResult merged = copydesk::mergeThreeWay(v.base, v.mine, v.theirs);
        QCOMPARE(merged.conflicts, 0);
        QVERIFY(b.sync(QStringLiteral("origin"), copydesk::SyncKeep::Mine)
                    .conflictingArticles.isEmpty());
        copydesk::Workflow(b).save(QStringLiteral("shared"), merged.text(),
                                   QStringLiteral("Merge A's and B's edits"));
        QVERIFY(b.sync().conflictingArticles.isEmpty());
        QCOMPARE(runCli(s->a.dir, {QStringLiteral("sync")}).exitCode, 0);
        const QString text =
            runCli(s->a.dir, {QStringLiteral("show"), QStringLiteral("shared")}).out;
        QVERIFY2(text.contains(QStringLiteral("by A")) && text.contains(QStringLiteral("by B")),
                 qPrintable(text));
    }

    void refusedPushSaysWhy_data() { transports(); }
    void refusedPushSaysWhy()
    {
        auto s = setUp();
        QVERIFY2(s, "the git server did not start");
        QFile hook(s->bare + QStringLiteral("/hooks/pre-receive"));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("#!/bin/sh\necho 'policy: the desk is closed for pushes' >&2\nexit 1\n");
        hook.close();
        hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        runCli(s->a.dir, {QStringLiteral("new"), QStringLiteral("late"), QStringLiteral("--title"),
                          QStringLiteral("Late")});
        const QString server = git(s->bare, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const CliResult r = runCli(s->a.dir, {QStringLiteral("sync")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("desk is closed")), qPrintable(r.err));
        QCOMPARE(git(s->bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), server);
        QVERIFY(runCli(s->a.dir, {QStringLiteral("list")})
                    .out.contains(QStringLiteral("late"))); // still here locally
    }

    void vanishedRemoteIsAClearError()
    {
        ScratchNewsroom n;
        runCli(n.dir, {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"),
                       QStringLiteral("git://127.0.0.1:1/none.git")});
        const CliResult r = runCli(n.dir, {QStringLiteral("sync")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("sync:")));
        const CliResult none = runCli(
            n.dir, {QStringLiteral("sync"), QStringLiteral("--remote"), QStringLiteral("nowhere")});
        QVERIFY(none.err.contains(QStringLiteral("no remote 'nowhere'")));
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
