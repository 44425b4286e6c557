// Ten writers, each in their own clone, saving and syncing in a loop against
// one bare repository served by a real git daemon, for a bounded time. Then:
// every revision each writer made is on the server, the server passes
// `git fsck --strict` and `copydesk-cli verify`, and conflicts on the shared
// article were reported (exit 4) and decided, never silently lost.
//
// COPYDESK_STRESS_SECONDS sets the length of the loop (default 40).
#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <atomic>
#include <thread>

using namespace copydesk::test;

namespace
{

struct WriterLog {
    QString email;
    QString clone;
    QStringList commits; // every revision this writer made (full ids)
    QString lastOwnText; // what the writer last saved in their own article
    int syncs = 0;
    int conflicts = 0; // syncs that stopped and named the shared article
    QStringList errors;
};

QString headOf(const QString &dir)
{
    return runProgram(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")},
                      dir)
        .out.trimmed();
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenWritersSaveAndSync();
};

void TestWriters::tenWritersSaveAndSync()
{
    const int seconds = qEnvironmentVariableIntValue("COPYDESK_STRESS_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("COPYDESK_STRESS_SECONDS")
                            : 40;
    constexpr int kWriters = 10;
    GitDaemon daemon;
    QVERIFY(daemon.isRunning());
    daemon.createBareRepository(QStringLiteral("desk.git"));
    const QString url = daemon.url(QStringLiteral("desk.git"));

    // The newsroom: ten people who write and edit, one article each and
    // one they all touch.
    QTemporaryDir tmp;
    const QString seed = tmp.path() + QStringLiteral("/seed");
    QCOMPARE(runCli(tmp.path(), {QStringLiteral("init"), seed}).exitCode, 0);
    QList<WriterLog> writers(kWriters);
    for (int i = 0; i < kWriters; ++i) {
        writers[i].email = QStringLiteral("w%1@example.com").arg(i);
        const CliResult r =
            runCli(seed, {QStringLiteral("people"), QStringLiteral("add"), writers[i].email,
                          QStringLiteral("--name"), QStringLiteral("Writer %1").arg(i),
                          QStringLiteral("--role"), QStringLiteral("writer,editor")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    for (int i = 0; i < kWriters; ++i)
        QCOMPARE(runCli(seed,
                        {QStringLiteral("new"), QStringLiteral("own-%1").arg(i),
                         QStringLiteral("--title"), QStringLiteral("Own %1").arg(i)},
                        writers[i].email)
                     .exitCode,
                 0);
    QCOMPARE(runCli(seed, {QStringLiteral("new"), QStringLiteral("shared"),
                           QStringLiteral("--title"), QStringLiteral("Shared")})
                 .exitCode,
             0);
    QCOMPARE(runCli(seed, {QStringLiteral("remote"), QStringLiteral("set"),
                           QStringLiteral("origin"), url})
                 .exitCode,
             0);
    QCOMPARE(runCli(seed, {QStringLiteral("sync")}).exitCode, 0);
    for (int i = 0; i < kWriters; ++i) {
        writers[i].clone = tmp.path() + QStringLiteral("/w%1").arg(i);
        const CliResult r =
            runCli(tmp.path(), {QStringLiteral("clone"), url, writers[i].clone}, writers[i].email);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    QElapsedTimer clock;
    clock.start();
    auto work = [&](WriterLog &w, int index) {
        int rev = 0;
        auto save = [&](const QString &slug) {
            const QString text =
                QStringLiteral("%1 revision %2 of %3: the council voted on Tuesday.\n")
                    .arg(w.email)
                    .arg(++rev)
                    .arg(slug);
            const CliResult r =
                runCli(w.clone, {QStringLiteral("save"), slug}, w.email, text.toUtf8());
            if (r.exitCode != 0) {
                w.errors.append(QStringLiteral("save %1: %2").arg(slug, r.err.trimmed()));
                return;
            }
            w.commits.append(headOf(w.clone));
            if (slug.startsWith(QStringLiteral("own-")))
                w.lastOwnText = text;
        };
        while (clock.elapsed() < seconds * 1000) {
            save(QStringLiteral("own-%1").arg(index));
            if ((rev + index) % 3 == 0)
                save(QStringLiteral("shared"));
            CliResult r = runCli(w.clone, {QStringLiteral("sync")}, w.email);
            ++w.syncs;
            if (r.exitCode == 4 && r.err.contains(QStringLiteral("Sync stopped"))) {
                // Reported, not merged: the shared article is named and the
                // server's version kept; this writer decides.
                if (!r.err.contains(QStringLiteral("shared")))
                    w.errors.append(
                        QStringLiteral("a conflict that does not name the shared article: %1")
                            .arg(r.err));
                ++w.conflicts;
                r = runCli(w.clone,
                           {QStringLiteral("sync"), QStringLiteral("--keep"),
                            rev % 2 ? QStringLiteral("mine") : QStringLiteral("theirs")},
                           w.email);
            }
            // Someone pushed in between three times over: try again later.
            if (r.exitCode != 0 && !r.err.contains(QStringLiteral("kept changing")))
                w.errors.append(QStringLiteral("sync: %1").arg(r.err.trimmed()));
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < kWriters; ++i)
        threads.emplace_back(work, std::ref(writers[i]), i);
    for (std::thread &t : threads)
        t.join();

    // Everyone syncs until the server has all of it.
    for (int round = 0; round < 5; ++round) {
        bool clean = true;
        for (WriterLog &w : writers) {
            CliResult r = runCli(w.clone, {QStringLiteral("sync")}, w.email);
            if (r.exitCode == 4 && r.err.contains(QStringLiteral("Sync stopped")))
                r = runCli(
                    w.clone,
                    {QStringLiteral("sync"), QStringLiteral("--keep"), QStringLiteral("theirs")},
                    w.email);
            clean = clean && r.exitCode == 0;
        }
        if (clean)
            break;
    }

    const QString bare = daemon.basePath() + QStringLiteral("/desk.git");
    const QString serverHead =
        runProgram(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("main")},
                   bare)
            .out.trimmed();
    int total = 0, conflicts = 0;
    for (int i = 0; i < kWriters; ++i) {
        const WriterLog &w = writers.at(i);
        QVERIFY2(w.errors.isEmpty(),
                 qPrintable(w.email + QStringLiteral(": ") + w.errors.join(QStringLiteral("\n"))));
        QVERIFY2(!w.commits.isEmpty(), qPrintable(w.email + QStringLiteral(" saved nothing")));
        for (const QString &id : w.commits) {
            const CliResult r = runProgram(
                QStringLiteral("git"),
                {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), id, serverHead},
                bare);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(
                         QStringLiteral("%1's revision %2 is not on the server").arg(w.email, id)));
        }
        total += int(w.commits.size());
        conflicts += w.conflicts;
        // The writer's own article on the server is their last text.
        const CliResult shown = runProgram(
            QStringLiteral("git"),
            {QStringLiteral("show"), QStringLiteral("main:articles/own-%1/index.md").arg(i)}, bare);
        QVERIFY2(shown.out.endsWith(w.lastOwnText),
                 qPrintable(w.email + QStringLiteral(": the server lost the last own save")));
    }
    qInfo(
        "%d revisions by %d writers in %d s, all on the server; %d conflicts reported and decided",
        total, kWriters, seconds, conflicts);
    QVERIFY(total >= kWriters);

    const CliResult fsck = runProgram(QStringLiteral("git"),
                                      {QStringLiteral("fsck"), QStringLiteral("--strict")}, bare);
    QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.out + fsck.err));
    const CliResult verify = runCli(bare, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
