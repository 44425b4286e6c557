// Hard knocks: kill -9 during saves, a full disk, a read-only newsroom, lock
// files left by a crashed git, corrupted configuration and ledger files, a
// remote that vanishes mid-push. Each gives a clear message and loses
// nothing already saved.
#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <csignal>
#include <unistd.h>

using namespace copydesk::test;

namespace
{

const QString kSlug = QStringLiteral("budget");

QString git(const QString &dir, const QStringList &args)
{
    return runProgram(QStringLiteral("git"), args, dir).out.trimmed();
}

QString headText(const QString &dir)
{
    return runProgram(QStringLiteral("git"),
                      {QStringLiteral("show"), QStringLiteral("HEAD:articles/budget/index.md")},
                      dir)
        .out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A newsroom with one article written by wr@example.com.
struct Desk : ScratchNewsroom {
    Desk()
    {
        runCli(dir,
               {QStringLiteral("new"), kSlug, QStringLiteral("--title"), QStringLiteral("Budget")},
               QStringLiteral("wr@example.com"));
        runCli(dir, {QStringLiteral("save"), kSlug}, QStringLiteral("wr@example.com"),
               "The council passed the budget.\n");
    }
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSavesLeaveAConsistentRepository();
    void fullDiskGivesAMessageAndKeepsTheLastSave();
    void readOnlyNewsroomGivesAMessage();
    void staleLockFilesAreNamed_data();
    void staleLockFilesAreNamed();
    void corruptedFilesAreNamed_data();
    void corruptedFilesAreNamed();
    void remoteVanishingMidPushKeepsLocalWork();
};

void TestFaults::killedSavesLeaveAConsistentRepository()
{
    Desk desk;
    const QString article = desk.dir + QStringLiteral("/articles/budget/index.md");
    QString lastCompleted = headText(desk.dir);
    QVERIFY(lastCompleted.contains(QStringLiteral("council")));
    // How long a whole save takes here, so the kills spread over all of it.
    QElapsedTimer timing;
    timing.start();
    QCOMPARE(runCli(desk.dir, {QStringLiteral("save"), kSlug}, QStringLiteral("wr@example.com"),
                    "Timing run.\n")
                 .exitCode,
             0);
    const int saveUs = int(timing.nsecsElapsed() / 1000);
    lastCompleted = headText(desk.dir);
    QElapsedTimer budget;
    budget.start();
    int kills = 0, completed = 0;
    for (int round = 0; round < 40 && budget.elapsed() < 30000; ++round) {
        const QString text =
            QStringLiteral("Round %1: the council passed the budget. %2\n")
                .arg(round)
                .arg(QString(QStringLiteral("More detail. ")).repeated(round * 50));
        QProcess p;
        p.setProcessEnvironment(actorEnvironment(QStringLiteral("wr@example.com")));
        p.setWorkingDirectory(desk.dir);
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), {QStringLiteral("save"), kSlug});
        QVERIFY(p.waitForStarted());
        p.write(text.toUtf8());
        p.waitForBytesWritten(); // QProcess writes only when asked to wait
        p.closeWriteChannel();
        p.waitForBytesWritten();
        // A random moment between start-up and a finished save.
        QThread::usleep(QRandomGenerator::global()->bounded(saveUs + saveUs / 4));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++kills;
        }
        p.waitForFinished();

        // A crash mid-index-write or mid-ref-update may leave git's own
        // lock: the next save names it; a person (here, the test) removes it.
        for (const QString &name : {QStringLiteral("index.lock"), QStringLiteral("HEAD.lock"),
                                    QStringLiteral("refs/heads/main.lock")}) {
            const QString lock = desk.dir + QStringLiteral("/.git/") + name;
            if (!QFile::exists(lock))
                continue;
            const CliResult blocked = runCli(desk.dir, {QStringLiteral("save"), kSlug},
                                             QStringLiteral("wr@example.com"), "x\n");
            QVERIFY(blocked.exitCode != 0);
            QVERIFY2(blocked.err.contains(name), qPrintable(blocked.err));
            QFile::remove(lock);
        }
        const CliResult fsck =
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("fsck"), QStringLiteral("--no-dangling")}, desk.dir);
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.out + fsck.err));
        const QString committed = headText(desk.dir);
        QVERIFY2(committed == lastCompleted || committed.endsWith(text),
                 qPrintable(QStringLiteral(
                                "round %1: HEAD has neither the last save nor the one in progress")
                                .arg(round)));
        if (committed.endsWith(text))
            ++completed;
        lastCompleted = committed;
        // On disk: the committed text or the one being saved, never a torn file.
        const QString onDisk = QString::fromUtf8(readFile(article));
        QVERIFY2(onDisk == committed || onDisk.endsWith(text),
                 qPrintable(QStringLiteral("round %1: torn working file").arg(round)));
        // Saving again completes it (the dead process's lock is taken over).
        const CliResult again = runCli(desk.dir, {QStringLiteral("save"), kSlug},
                                       QStringLiteral("wr@example.com"), text.toUtf8());
        QVERIFY2(again.exitCode == 0 || again.err.contains(QStringLiteral("nothing changed")),
                 qPrintable(again.err));
        lastCompleted = headText(desk.dir);
        QVERIFY(lastCompleted.endsWith(text));
        QVERIFY(git(desk.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }
    qInfo("%d saves killed at random moments (%d had completed); repository consistent every time",
          kills, completed);
    QVERIFY(kills > 0);
}

void TestFaults::fullDiskGivesAMessageAndKeepsTheLastSave()
{
    Desk desk;
    const QString before = headText(desk.dir);
    const QString head = git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    // Text that does not compress, bigger than the file-size limit: every
    // object write fails as on a full disk. SIGXFSZ is ignored (as a shell
    // trap) so the write fails with EFBIG instead of killing the process.
    QByteArray text;
    for (int i = 0; i < 40000; ++i)
        text += QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ' ';
    text += '\n';
    QProcess p;
    p.setProcessEnvironment(actorEnvironment(QStringLiteral("wr@example.com")));
    p.setWorkingDirectory(desk.dir);
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" save budget"),
             QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli")});
    QVERIFY(p.waitForStarted());
    p.write(text);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() != 0, "a save that could not be written reported success");
    QVERIFY2(err.contains(QStringLiteral("too large"), Qt::CaseInsensitive) ||
                 err.contains(QStringLiteral("space"), Qt::CaseInsensitive) ||
                 err.contains(QStringLiteral("cannot write")) ||
                 err.contains(QStringLiteral("storing a file")),
             qPrintable(err));
    QCOMPARE(git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    QCOMPARE(headText(desk.dir), before);
    QCOMPARE(QString::fromUtf8(readFile(desk.dir + QStringLiteral("/articles/budget/index.md"))),
             before);
    // The work in hand can still be saved elsewhere (here: once there is room).
    const CliResult later =
        runCli(desk.dir, {QStringLiteral("save"), kSlug}, QStringLiteral("wr@example.com"), text);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
}

namespace
{

// Root ignores file permissions, so for root a read-only newsroom is the
// newsroom bind-mounted read-only in a private mount namespace (unshare -m),
// which stops root too; `cd` enters the mount, which covers the directory the
// process started in. Returns whether this machine allows that, and why not.
bool readOnlyMountWorks(QString *why)
{
    QTemporaryDir probe;
    const CliResult r = runProgram(
        QStringLiteral("unshare"),
        {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,ro,bind \"$0\" \"$0\" && "
                        "! touch \"$0/probe\" 2>/dev/null"),
         probe.path()});
    *why = r.err.trimmed();
    return r.exitCode == 0;
}

// Saves as wr@example.com in `dir` made read-only; exit code 125 means the
// read-only mount itself failed.
CliResult saveInReadOnlyNewsroom(const QString &dir)
{
    const QString actor = QStringLiteral("wr@example.com");
    if (::geteuid() != 0) {
        runProgram(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a-w"), dir});
        const CliResult r = runCli(dir, {QStringLiteral("save"), kSlug}, actor, "New text.\n");
        runProgram(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), dir});
        return r;
    }
    return runProgram(QStringLiteral("unshare"),
                      {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,ro,bind "
                                      "\"$0\" \"$0\" && cd \"$0\" || exit 125; "
                                      "exec \"$1\" save \"$2\""),
                       dir, QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), kSlug},
                      dir, "New text.\n", actorEnvironment(actor));
}

} // namespace

void TestFaults::readOnlyNewsroomGivesAMessage()
{
    QString why;
    if (::geteuid() == 0 && !readOnlyMountWorks(&why))
        QSKIP(qPrintable(
            QStringLiteral(
                "running as root, where file permissions do not stop a write, and a read-only "
                "bind mount in a private mount namespace is not allowed here (%1); run the "
                "suite as a normal user to cover it")
                .arg(why)));
    Desk desk;
    const QString before = headText(desk.dir);
    const CliResult r = saveInReadOnlyNewsroom(desk.dir);
    QVERIFY2(r.exitCode != 125,
             qPrintable(QStringLiteral("could not mount the newsroom read-only: ") + r.err));
    QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("ermission")) ||
                 r.err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
                 r.err.contains(QStringLiteral("cannot")),
             qPrintable(r.err));
    QCOMPARE(headText(desk.dir), before);
    QVERIFY2(!readFile(desk.dir + QStringLiteral("/articles/budget/index.md")).contains("New text"),
             "the working file was changed");
    // Reading still works.
    QCOMPARE(runCli(desk.dir, {QStringLiteral("show"), kSlug}).exitCode, 0);
}

void TestFaults::staleLockFilesAreNamed_data()
{
    QTest::addColumn<QString>("lock");
    QTest::newRow("index") << QStringLiteral("index.lock");
    QTest::newRow("HEAD") << QStringLiteral("HEAD.lock");
    QTest::newRow("branch") << QStringLiteral("refs/heads/main.lock");
}

void TestFaults::staleLockFilesAreNamed()
{
    QFETCH(QString, lock);
    Desk desk;
    const QString before = headText(desk.dir);
    writeFile(desk.dir + QStringLiteral("/.git/") + lock, "");
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), kSlug},
                               QStringLiteral("wr@example.com"), "New text.\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(lock) && r.err.contains(QStringLiteral("delete")), qPrintable(r.err));
    QCOMPARE(headText(desk.dir), before);
    QVERIFY2(!readFile(desk.dir + QStringLiteral("/articles/budget/index.md")).contains("New text"),
             "the working file was changed");
    QFile::remove(desk.dir + QStringLiteral("/.git/") + lock);
    const CliResult again = runCli(desk.dir, {QStringLiteral("save"), kSlug},
                                   QStringLiteral("wr@example.com"), "New text.\n");
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestFaults::corruptedFilesAreNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("command");
    QTest::newRow("people") << QStringLiteral("copydesk/people.json")
                            << QStringList{QStringLiteral("board")};
    QTest::newRow("state") << QStringLiteral("articles/budget/state.json")
                           << QStringList{QStringLiteral("save"), kSlug};
    QTest::newRow("ledger") << QStringLiteral("articles/budget/ledger.json")
                            << QStringList{QStringLiteral("claims"), kSlug};
}

void TestFaults::corruptedFilesAreNamed()
{
    QFETCH(QString, file);
    QFETCH(QStringList, command);
    Desk desk;
    // Broken by another tool and committed with plain git.
    writeFile(desk.dir + u'/' + file, "{ \"people\": { broken");
    runProgram(QStringLiteral("git"), {QStringLiteral("add"), file}, desk.dir, {},
               actorEnvironment(QStringLiteral("ed@example.com")));
    runProgram(QStringLiteral("git"),
               {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("oops")}, desk.dir,
               {}, actorEnvironment(QStringLiteral("ed@example.com")));
    const QString head = git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    const CliResult r = runCli(desk.dir, command, QStringLiteral("ed@example.com"), "New text.\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("JSON")) && (r.err.contains(QStringLiteral("fix")) ||
                                                        r.err.contains(QStringLiteral("restore"))),
             qPrintable(r.err));
    QCOMPARE(git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
}

void TestFaults::remoteVanishingMidPushKeepsLocalWork()
{
    GitDaemon daemon;
    QVERIFY(daemon.isRunning());
    daemon.createBareRepository(QStringLiteral("desk.git"));
    const QString url = daemon.url(QStringLiteral("desk.git"));
    const quint16 port = quint16(url.section(u':', 2).section(u'/', 0, 0).toInt());
    Desk desk;
    QCOMPARE(runCli(desk.dir, {QStringLiteral("remote"), QStringLiteral("set"),
                               QStringLiteral("origin"), url})
                 .exitCode,
             0);
    QCOMPARE(runCli(desk.dir, {QStringLiteral("sync")}).exitCode, 0);
    // New work that does not compress, so the push takes a while.
    QByteArray text;
    for (int i = 0; i < 60000; ++i)
        text += QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ' ';
    text += '\n';
    QCOMPARE(
        runCli(desk.dir, {QStringLiteral("save"), kSlug}, QStringLiteral("wr@example.com"), text)
            .exitCode,
        0);
    const QString local = git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});

    // A proxy in front of the daemon that cuts the connection once the
    // pack has started to flow: the server vanishes mid-push.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    qint64 sent = 0;
    bool cut = false;
    QObject::connect(&proxy, &QTcpServer::newConnection, [&] {
        QTcpSocket *client = proxy.nextPendingConnection();
        auto *server = new QTcpSocket(client);
        server->connectToHost(QHostAddress::LocalHost, port);
        server->waitForConnected(5000);
        auto toClient = [=] { client->write(server->readAll()); };
        auto toServer = [&, client, server] {
            if (cut)
                return;
            const QByteArray b = client->readAll();
            sent += b.size();
            if (sent > 64 * 1024) {
                cut = true;
                server->abort();
                client->abort();
                return;
            }
            server->write(b);
        };
        QObject::connect(server, &QTcpSocket::readyRead, client, toClient);
        QObject::connect(client, &QTcpSocket::readyRead, client, toServer);
        // Whatever arrived while the proxy was connecting to the daemon has
        // already had its readyRead: forward it now or both sides wait.
        toServer();
        toClient();
    });
    QCOMPARE(
        runCli(desk.dir, {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"),
                          QStringLiteral("git://127.0.0.1:%1/desk.git").arg(proxy.serverPort())})
            .exitCode,
        0);
    QProcess p;
    p.setProcessEnvironment(actorEnvironment(QStringLiteral("wr@example.com")));
    p.setWorkingDirectory(desk.dir);
    p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), {QStringLiteral("sync")});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(cut,
             qPrintable(QStringLiteral("the proxy never saw the pack (%1 bytes; sync said: %2)")
                            .arg(sent)
                            .arg(err)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
    QVERIFY(p.exitCode() != 0);
    QVERIFY2(err.contains(QStringLiteral("push")) || err.contains(QStringLiteral("remote")) ||
                 err.contains(QStringLiteral("connection")),
             qPrintable(err));
    // Local work intact; the server is still whole and takes it once back.
    QCOMPARE(git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), local);
    QVERIFY(headText(desk.dir).startsWith(QStringLiteral("---")));
    const QString bare = daemon.basePath() + QStringLiteral("/desk.git");
    QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("fsck"), QStringLiteral("--strict")},
                        bare)
                 .exitCode,
             0);
    QCOMPARE(runCli(desk.dir, {QStringLiteral("remote"), QStringLiteral("set"),
                               QStringLiteral("origin"), url})
                 .exitCode,
             0);
    const CliResult again = runCli(desk.dir, {QStringLiteral("sync")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(git(bare, {QStringLiteral("rev-parse"), QStringLiteral("main")}), local);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
