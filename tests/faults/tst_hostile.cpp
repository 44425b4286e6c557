// Hostile repository content, as a clone of a compromised or careless
// server could bring it: slugs and paths that escape the newsroom, symbolic
// links, a 1 GB article, bytes that are not UTF-8, event commits forged with
// plain git. Each is refused with a clear message; nothing outside the
// newsroom is read or written.
#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace copydesk::test;

namespace
{

const QString kWriter = QStringLiteral("wr@example.com");

CliResult git(const QString &dir, const QStringList &args, const QByteArray &input = {})
{
    return runProgram(QStringLiteral("git"), args, dir, input,
                      actorEnvironment(QStringLiteral("ed@example.com")));
}

// Commits the working tree as it is with plain git (another tool's commit).
void plainCommit(const QString &dir, const QString &message)
{
    git(dir, {QStringLiteral("add"), QStringLiteral("-A")});
    const CliResult r = git(dir, {QStringLiteral("commit"), QStringLiteral("-qm"), message});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

struct Desk : ScratchNewsroom {
    Desk()
    {
        runCli(dir,
               {QStringLiteral("new"), QStringLiteral("story"), QStringLiteral("--title"),
                QStringLiteral("Story")},
               kWriter);
        runCli(dir, {QStringLiteral("save"), QStringLiteral("story")}, kWriter,
               "The council met on Tuesday.\n");
    }
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugsThatEscapeAreRefused_data();
    void slugsThatEscapeAreRefused();
    void symlinkedArticleIsNotFollowed();
    void symlinkedFolderIsNotWrittenThrough();
    void hugeArticleIsRefusedWithoutReadingIt();
    void textThatIsNotUtf8IsRefused();
    void forgedEventsAreReported();
};

void TestHostile::slugsThatEscapeAreRefused_data()
{
    QTest::addColumn<QString>("slug");
    for (const char *s :
         {"../../etc/passwd", "/etc/passwd", ".git", "a/b", "..", "-rf", "UPPER", "a\tb"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestHostile::slugsThatEscapeAreRefused()
{
    QFETCH(QString, slug);
    Desk desk;
    const QString head = git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
    for (const QStringList &cmd :
         {QStringList{QStringLiteral("save"), slug}, QStringList{QStringLiteral("show"), slug},
          QStringList{QStringLiteral("log"), slug},
          QStringList{QStringLiteral("new"), slug, QStringLiteral("--title"),
                      QStringLiteral("x")}}) {
        const CliResult r = runCli(desk.dir, cmd, kWriter, "text\n");
        QVERIFY2(r.exitCode != 0, qPrintable(cmd.join(u' ')));
        QVERIFY2(r.err.contains(QStringLiteral("not a valid article slug")) ||
                     r.err.contains(QStringLiteral("Unknown option")),
                 qPrintable(r.err));
    }
    QCOMPARE(git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out, head);
}

void TestHostile::symlinkedArticleIsNotFollowed()
{
    Desk desk;
    QTemporaryDir outside;
    const QString secret = outside.path() + QStringLiteral("/secret.txt");
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("password=hunter2\n");
    }
    const QString text = desk.dir + QStringLiteral("/articles/story/index.md");
    QVERIFY(QFile::remove(text));
    QVERIFY(QFile::link(secret, text));
    plainCommit(desk.dir, QStringLiteral("a link where the article was"));
    for (const QStringList &cmd : {QStringList{QStringLiteral("show"), QStringLiteral("story")},
                                   QStringList{QStringLiteral("check"), QStringLiteral("story")},
                                   QStringList{QStringLiteral("save"), QStringLiteral("story")}}) {
        const CliResult r = runCli(desk.dir, cmd, kWriter, "New text.\n");
        QVERIFY2(r.exitCode != 0, qPrintable(cmd.join(u' ')));
        QVERIFY2(r.err.contains(QStringLiteral("symbolic link")),
                 qPrintable(cmd.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("hunter2")), "the link was followed");
    }
    QFile f(secret);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("password=hunter2\n"));
}

void TestHostile::symlinkedFolderIsNotWrittenThrough()
{
    Desk desk;
    QTemporaryDir outside;
    // The working tree's article folder replaced by a link to a folder
    // elsewhere (HEAD still has the real article).
    const QString folder = desk.dir + QStringLiteral("/articles/story");
    QVERIFY(QDir().rename(folder, outside.path() + QStringLiteral("/story")));
    QVERIFY(QFile::link(outside.path() + QStringLiteral("/story"), folder));
    const QString before =
        git(outside.path(), {QStringLiteral("hash-object"), QStringLiteral("story/index.md")}).out;
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), QStringLiteral("story")}, kWriter,
                               "Written through?\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("symbolic link")) &&
                 r.err.contains(QStringLiteral("nothing was saved")),
             qPrintable(r.err));
    QCOMPARE(
        git(outside.path(), {QStringLiteral("hash-object"), QStringLiteral("story/index.md")}).out,
        before);
}

void TestHostile::hugeArticleIsRefusedWithoutReadingIt()
{
    Desk desk;
    // A 1 GB blob (of zeros: cheap to store) committed as an article by plain git.
    const CliResult blob =
        runProgram(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("head -c 1073741824 /dev/zero | git hash-object -w --stdin")},
                   desk.dir);
    QVERIFY2(blob.exitCode == 0, qPrintable(blob.err));
    const QString id = blob.out.trimmed();
    QCOMPARE(git(desk.dir, {QStringLiteral("update-index"), QStringLiteral("--cacheinfo"),
                            QStringLiteral("100644,%1,articles/story/index.md").arg(id)})
                 .exitCode,
             0);
    QCOMPARE(git(desk.dir, {QStringLiteral("commit"), QStringLiteral("-qm"),
                            QStringLiteral("a 1 GB article")})
                 .exitCode,
             0);
    QElapsedTimer t;
    t.start();
    for (const QStringList &cmd : {QStringList{QStringLiteral("show"), QStringLiteral("story")},
                                   QStringList{QStringLiteral("save"), QStringLiteral("story")}}) {
        const CliResult r = runCli(desk.dir, cmd, kWriter, "New text.\n");
        QVERIFY2(r.exitCode != 0, qPrintable(cmd.join(u' ')));
        QVERIFY2(r.err.contains(QStringLiteral("1024 MB")) &&
                     r.err.contains(QStringLiteral("refuses")),
                 qPrintable(r.err));
    }
    // One such article does not hide the others from the board.
    const CliResult board = runCli(desk.dir, {QStringLiteral("list")}, kWriter);
    QVERIFY2(board.exitCode == 0 && board.out.contains(QStringLiteral("story")),
             qPrintable(board.err));
    // Reading 1 GB and inflating it would take seconds; the header is instant.
    QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
}

void TestHostile::textThatIsNotUtf8IsRefused()
{
    Desk desk;
    const QString head = git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
    const CliResult r = runCli(desk.dir, {QStringLiteral("save"), QStringLiteral("story")}, kWriter,
                               "Caf\xe9 latin-1 \xff\xfe\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("UTF-8")), qPrintable(r.err));
    QCOMPARE(git(desk.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out, head);

    // Committed by another tool: checks name the file and the byte.
    QFile f(desk.dir + QStringLiteral("/articles/story/index.md"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: Story\nlang: en\n---\nCaf\xe9 au lait \xff\n");
    f.close();
    plainCommit(desk.dir, QStringLiteral("latin-1 text"));
    const CliResult c =
        runCli(desk.dir, {QStringLiteral("check"), QStringLiteral("story")}, kWriter);
    QVERIFY(c.exitCode != 0);
    QVERIFY2(c.err.contains(QStringLiteral("UTF-8")) && c.err.contains(QStringLiteral("index.md")),
             qPrintable(c.err));
}

void TestHostile::forgedEventsAreReported()
{
    Desk desk;
    runCli(desk.dir, {QStringLiteral("submit"), QStringLiteral("story")}, kWriter);
    // The writer approves their own article by editing state.json with git
    // and writing the trailers by hand, claiming to be the reviewer.
    QFile f(desk.dir + QStringLiteral("/articles/story/state.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray state = f.readAll();
    f.close();
    state.replace("\"review\"", "\"style-check\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(state);
    f.close();
    git(desk.dir, {QStringLiteral("add"), QStringLiteral("-A")});
    const CliResult c = runProgram(
        QStringLiteral("git"),
        {QStringLiteral("commit"), QStringLiteral("-qm"),
         QStringLiteral(
             "approve story\n\nCopydesk-Event: approve\nCopydesk-Article: story\n"
             "Copydesk-Actor: rv@example.com\nCopydesk-From: review\nCopydesk-To: style-check\n"
             "Copydesk-Stage: style-check")},
        desk.dir, {}, actorEnvironment(kWriter));
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    // Trailers with an unknown event and garbage values.
    const CliResult junk =
        runProgram(QStringLiteral("git"),
                   {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                    QStringLiteral("-m"),
                    QStringLiteral("x\n\nCopydesk-Event: $(rm -rf /)\nCopydesk-Article: "
                                   "../../etc\nCopydesk-Actor: wr@example.com")},
                   desk.dir, {}, actorEnvironment(kWriter));
    QVERIFY2(junk.exitCode == 0, qPrintable(junk.err));
    const CliResult v = runCli(desk.dir, {QStringLiteral("verify")});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.out.contains(QStringLiteral("claims to be by rv@example.com")), qPrintable(v.out));
    QVERIFY2(v.out.contains(QStringLiteral("$(rm -rf /)")), qPrintable(v.out));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
