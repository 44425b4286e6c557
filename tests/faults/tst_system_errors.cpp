// The system refuses a write: a real full file system (a small tmpfs), the
// file-size limit (ulimit -f, SIGXFSZ left at its default), a read-only file
// system (a tmpfs remounted read-only). Each save says what happened, where,
// and that nothing was saved; HEAD, the last revision and the working file
// stay as they were. And the writer lock: a live process that is not
// Copydesk is never mistaken for a holder that is gone, nor the reverse.
#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTest>
#include <unistd.h>

using namespace copydesk::test;

namespace
{

const QString kSlug = QStringLiteral("budget");
const QString kWriter = QStringLiteral("wr@example.com");

QString git(const QString &dir, const QStringList &args)
{
    return runProgram(QStringLiteral("git"), args, dir).out.trimmed();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Text that does not compress much (base64 of random bytes), `bytes` long.
QByteArray randomText(qsizetype bytes)
{
    QByteArray raw(bytes * 3 / 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    QByteArray text = raw.toBase64();
    for (qsizetype i = 100; i < text.size(); i += 101)
        text.insert(i, ' ');
    return text + '\n';
}

// A tmpfs of `megabytes` mounted on a temporary folder (root only), with a
// newsroom on it holding one saved article; unmounted when destroyed.
struct TmpfsDesk {
    explicit TmpfsDesk(int megabytes)
    {
        mountPoint = tmp.path() + QStringLiteral("/mnt");
        QDir().mkpath(mountPoint);
        const CliResult m = runProgram(
            QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=%1m").arg(megabytes), QStringLiteral("tmpfs"), mountPoint});
        if (m.exitCode != 0) {
            why = QStringLiteral("cannot mount a tmpfs here (%1)").arg(m.err.trimmed());
            return;
        }
        mounted = true;
        dir = mountPoint + QStringLiteral("/desk");
        runCli(mountPoint, {QStringLiteral("init"), dir, QStringLiteral("--name"),
                            QStringLiteral("Small Desk")});
        runCli(dir,
               {QStringLiteral("people"), QStringLiteral("add"), kWriter, QStringLiteral("--name"),
                QStringLiteral("Writer"), QStringLiteral("--role"), QStringLiteral("writer")});
        runCli(dir,
               {QStringLiteral("new"), kSlug, QStringLiteral("--title"), QStringLiteral("Budget")},
               kWriter);
        runCli(dir, {QStringLiteral("save"), kSlug}, kWriter, "The council passed the budget.\n");
    }
    ~TmpfsDesk()
    {
        if (mounted)
            runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
    }
    // Fills the file system until `free` bytes are left.
    void leaveFree(qint64 free)
    {
        QStorageInfo info(mountPoint);
        info.refresh();
        const qint64 fill = info.bytesAvailable() - free;
        QFile f(mountPoint + QStringLiteral("/filler"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        if (fill > 0)
            QCOMPARE(f.write(QByteArray(fill, 'x')), fill);
    }
    QTemporaryDir tmp;
    QString mountPoint, dir, why;
    bool mounted = false;
};

// Everything a failed save must leave as it was.
struct Before {
    explicit Before(const QString &dir)
        : dir(dir), head(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})),
          file(readFile(dir + QStringLiteral("/articles/budget/index.md")))
    {
    }
    void verifyUnchanged() const
    {
        QCOMPARE(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        QCOMPARE(readFile(dir + QStringLiteral("/articles/budget/index.md")), file);
        QCOMPARE(runProgram(
                     QStringLiteral("git"),
                     {QStringLiteral("show"), QStringLiteral("HEAD:articles/budget/index.md")}, dir)
                     .out.toUtf8(),
                 file);
        // No temporary file of a half-done write is left beside the article.
        QCOMPARE(QDir(dir + QStringLiteral("/articles/budget")).entryList(QDir::Files).size(), 2);
        QVERIFY(git(dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());
    }
    QString dir, head;
    QByteArray file;
};

void verifyMessage(const CliResult &r, const QString &condition, const QString &path)
{
    QVERIFY2(r.exitCode != 0, "a save that could not be written reported success");
    QVERIFY2(r.err.contains(condition), qPrintable(r.err));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was saved")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")) &&
                 !r.err.contains(QStringLiteral("error -1")),
             qPrintable(r.err));
}

// The start time of a process in /proc/PID/stat (field 22).
QByteArray startTime(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(19);
}

} // namespace

class TestSystemErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileSizeLimit();
    void fullFileSystem_data();
    void fullFileSystem();
    void readOnlyFileSystem();
    void lockOfALiveUnrelatedProcessIsKept();
    void lockOfAGoneOrReusedPidIsTakenOver_data();
    void lockOfAGoneOrReusedPidIsTakenOver();
};

void TestSystemErrors::fileSizeLimit()
{
    ScratchNewsroom desk;
    runCli(desk.dir, {QStringLiteral("new"), kSlug, QStringLiteral("--title"), QStringLiteral("B")},
           kWriter);
    runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, "The council passed it.\n");
    const Before before(desk.dir);
    // SIGXFSZ is left at its default (terminate): the CLI must ignore it
    // itself for the write to fail with EFBIG instead of killing it.
    const QByteArray text = randomText(400 * 1024);
    QProcess p;
    p.setProcessEnvironment(actorEnvironment(kWriter));
    p.setWorkingDirectory(desk.dir);
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                                     QStringLiteral("trap - XFSZ; ulimit -f 64; exec \"$0\" save "
                                                    "budget"),
                                     QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli")});
    QVERIFY(p.waitForStarted());
    p.write(text);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    const CliResult r{p.exitCode(), QString(), QString::fromUtf8(p.readAllStandardError())};
    verifyMessage(r, QStringLiteral("the file is larger than the system allows (ulimit -f?)"),
                  QDir::cleanPath(desk.dir + QStringLiteral("/.git")));
    before.verifyUnchanged();
    const CliResult later = runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, text);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
}

void TestSystemErrors::fullFileSystem_data()
{
    QTest::addColumn<qint64>("free");
    QTest::addColumn<QString>("path");
    // 400 KB of base64 is a ~300 KB object: with 100 KB free the object
    // does not fit; with 450 KB it does, and the working file then does not.
    QTest::newRow("storing the object") << qint64(100 * 1024) << QStringLiteral("/.git");
    QTest::newRow("writing the working file")
        << qint64(450 * 1024) << QStringLiteral("/articles/budget/index.md");
}

void TestSystemErrors::fullFileSystem()
{
    QFETCH(qint64, free);
    QFETCH(QString, path);
    TmpfsDesk desk(2);
    if (!desk.mounted)
        QSKIP(qPrintable(desk.why));
    const Before before(desk.dir);
    desk.leaveFree(free);
    const QByteArray text = randomText(400 * 1024);
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, text);
    verifyMessage(r, QStringLiteral("the disk is full"), desk.dir + path);
    before.verifyUnchanged();
    QCOMPARE(runProgram(QStringLiteral("git"), {QStringLiteral("fsck"), QStringLiteral("--strict")},
                        desk.dir)
                 .exitCode,
             0);
    // Room again: the same text saves.
    QVERIFY(QFile::remove(desk.mountPoint + QStringLiteral("/filler")));
    const CliResult later = runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, text);
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
}

void TestSystemErrors::readOnlyFileSystem()
{
    TmpfsDesk desk(8);
    if (!desk.mounted)
        QSKIP(qPrintable(desk.why));
    const Before before(desk.dir);
    const CliResult ro =
        runProgram(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), desk.mountPoint});
    if (ro.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("cannot remount the tmpfs read-only: ") + ro.err));
    const CliResult r =
        runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, "New text that cannot land.\n");
    runProgram(QStringLiteral("mount"),
               {QStringLiteral("-o"), QStringLiteral("remount,rw"), desk.mountPoint});
    verifyMessage(r, QStringLiteral("read-only file system"),
                  desk.dir + QStringLiteral("/.git/copydesk.lock"));
    before.verifyUnchanged();
}

void TestSystemErrors::lockOfALiveUnrelatedProcessIsKept()
{
    ScratchNewsroom desk;
    runCli(desk.dir, {QStringLiteral("new"), kSlug, QStringLiteral("--title"), QStringLiteral("B")},
           kWriter);
    const Before before(desk.dir);
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper.waitForStarted());
    const qint64 pid = sleeper.processId();
    // A lock that names a live process without saying when it started (by
    // hand, or QLockFile's format): nothing proves its holder gone.
    const QString lock = desk.dir + QStringLiteral("/.git/copydesk.lock");
    {
        QFile f(lock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(pid) + '\n');
    }
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, "New text.\n");
    sleeper.kill();
    sleeper.waitForFinished();
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("process %1 (sleep)").arg(pid)) &&
                 r.err.contains(lock) && r.err.contains(QStringLiteral("delete")),
             qPrintable(r.err));
    before.verifyUnchanged();
    QVERIFY(QFile::exists(lock));
    // Its holder gone, the lock is taken over at once.
    const CliResult again =
        runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, "New text.\n");
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!QFile::exists(lock));
}

void TestSystemErrors::lockOfAGoneOrReusedPidIsTakenOver_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("pid reused") << QStringLiteral("reused");
    QTest::newRow("process gone") << QStringLiteral("gone");
    QTest::newRow("before a restart") << QStringLiteral("reboot");
}

void TestSystemErrors::lockOfAGoneOrReusedPidIsTakenOver()
{
    QFETCH(QString, kind);
    ScratchNewsroom desk;
    runCli(desk.dir, {QStringLiteral("new"), kSlug, QStringLiteral("--title"), QStringLiteral("B")},
           kWriter);
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper.waitForStarted());
    const qint64 pid = sleeper.processId();
    QByteArray start = startTime(pid);
    QVERIFY(!start.isEmpty());
    QByteArray boot = readFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
    if (kind == QLatin1String("reused"))
        start = QByteArray::number(start.toLongLong() - 1); // another process had the PID
    else if (kind == QLatin1String("reboot"))
        boot = "00000000-0000-0000-0000-000000000000";
    else {
        sleeper.kill();
        sleeper.waitForFinished();
    }
    const QString lock = desk.dir + QStringLiteral("/.git/copydesk.lock");
    {
        QFile f(lock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("copydesk-lock 1\npid " + QByteArray::number(pid) + "\nstart " + start + "\nboot " +
                boot + "\nhost " + QSysInfo::machineHostName().toUtf8() +
                "\nexe /usr/bin/copydesk-cli\n");
    }
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), kSlug}, kWriter, "New text.\n");
    sleeper.kill();
    sleeper.waitForFinished();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(timer.elapsed() < 5000, "the stale lock was waited for");
    QVERIFY(!QFile::exists(lock));
}

QTEST_GUILESS_MAIN(TestSystemErrors)
#include "tst_system_errors.moc"
