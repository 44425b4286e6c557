// copydesk-cli's newsroom commands against real repositories, including the
// ways they must fail without losing anything.
#include "common/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace copydesk::test;

namespace
{
const QString writer = QStringLiteral("wr@example.com");

QString head(const QString &dir)
{
    return runProgram(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")},
                      dir)
        .out.trimmed();
}
} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initCreatesNewsroom()
    {
        QTemporaryDir tmp;
        const CliResult r = runCli(tmp.path(), {QStringLiteral("init"), QStringLiteral("desk")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/desk/copydesk/newsroom.json")));
        QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/desk/copydesk/pipeline.json")));
        const CliResult people = runCli(tmp.path() + QStringLiteral("/desk"),
                                        {QStringLiteral("people"), QStringLiteral("--json")});
        QVERIFY(people.out.contains(QStringLiteral("ed@example.com")));
        QVERIFY(people.out.contains(QStringLiteral("editor")));
        // A second init refuses and changes nothing.
        const QString before = head(tmp.path() + QStringLiteral("/desk"));
        QVERIFY(runCli(tmp.path(), {QStringLiteral("init"), QStringLiteral("desk")}).exitCode != 0);
        QCOMPARE(head(tmp.path() + QStringLiteral("/desk")), before);
    }

    void newSaveShowListLog()
    {
        ScratchNewsroom n;
        QCOMPARE(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("port-strike"),
                                QStringLiteral("--title"), QStringLiteral("Dock strike")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("assign"), QStringLiteral("port-strike"),
                                QStringLiteral("--writer"), writer, QStringLiteral("--reviewer"),
                                QStringLiteral("rv@example.com"), QStringLiteral("--due"),
                                QStringLiteral("2030-01-31")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("port-strike")}, writer,
                        "Workers will strike for eight days.\n")
                     .exitCode,
                 0);
        // A whole file: its front matter's title, date and lang are taken.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("---\ntitle: Dock strike called off\ndate: 2025-10-06\nlang: en\n---\nThe strike "
                "was called off.\n");
        f.close();
        const CliResult saved =
            runCli(n.dir,
                   {QStringLiteral("save"), QStringLiteral("port-strike"), f.fileName(),
                    QStringLiteral("--message"), QStringLiteral("Strike off")},
                   writer);
        QCOMPARE(saved.exitCode, 0);

        const CliResult show =
            runCli(n.dir, {QStringLiteral("show"), QStringLiteral("port-strike")});
        QVERIFY(show.out.contains(QStringLiteral("title: Dock strike called off")));
        QVERIFY(show.out.contains(QStringLiteral("date: 2025-10-06")));
        QVERIFY(show.out.contains(QStringLiteral("The strike was called off.")));
        QVERIFY(show.out.contains(QStringLiteral("author:"))); // kept from the old front matter

        const CliResult old = runCli(n.dir, {QStringLiteral("show"), QStringLiteral("port-strike"),
                                             QStringLiteral("--rev"), QStringLiteral("HEAD~1")});
        QVERIFY(old.out.contains(QStringLiteral("Workers will strike")));

        const QJsonArray list =
            QJsonDocument::fromJson(
                runCli(n.dir, {QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(list.size(), 1);
        const QJsonObject a = list.first().toObject();
        QCOMPARE(a.value(QStringLiteral("slug")).toString(), QStringLiteral("port-strike"));
        QCOMPARE(a.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Dock strike called off"));
        QCOMPARE(a.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QCOMPARE(a.value(QStringLiteral("stage")).toString(), QStringLiteral("drafting"));
        QCOMPARE(a.value(QStringLiteral("assignee")).toString(), writer);
        QCOMPARE(a.value(QStringLiteral("reviewer")).toString(), QStringLiteral("rv@example.com"));
        QCOMPARE(a.value(QStringLiteral("due")).toString(), QStringLiteral("2030-01-31"));
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("updated")).toString(), Qt::ISODate)
                    .isValid());

        const QJsonArray log = QJsonDocument::fromJson(runCli(n.dir, {QStringLiteral("log"),
                                                                      QStringLiteral("port-strike"),
                                                                      QStringLiteral("--json")})
                                                           .out.toUtf8())
                                   .array();
        QCOMPARE(log.size(), 4); // new, assign, save, save — newest first
        const QJsonObject newest = log.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("event")).toString(), QStringLiteral("save"));
        QCOMPARE(newest.value(QStringLiteral("email")).toString(), writer);
        QCOMPARE(newest.value(QStringLiteral("stage")).toString(), QStringLiteral("drafting"));
        QVERIFY(newest.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Strike off")));
        QCOMPARE(newest.value(QStringLiteral("id")).toString(), head(n.dir));
        QCOMPARE(log.last().toObject().value(QStringLiteral("event")).toString(),
                 QStringLiteral("new"));
    }

    void diffAndRestore()
    {
        ScratchNewsroom n;
        runCli(n.dir, {QStringLiteral("new"), QStringLiteral("deal"), QStringLiteral("--title"),
                       QStringLiteral("Deal")});
        runCli(n.dir, {QStringLiteral("save"), QStringLiteral("deal")},
               QStringLiteral("ed@example.com"), "The firm paid $60m for the site.\n");
        const QString first = head(n.dir);
        runCli(n.dir, {QStringLiteral("save"), QStringLiteral("deal")},
               QStringLiteral("ed@example.com"), "The firm paid $50m for the site.\n");
        const CliResult diff =
            runCli(n.dir, {QStringLiteral("diff"), QStringLiteral("deal"), first});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY(diff.out.contains(QStringLiteral("-The firm paid $60m")));
        QVERIFY(diff.out.contains(QStringLiteral("+The firm paid $50m")));
        const CliResult words =
            runCli(n.dir, {QStringLiteral("diff"), QStringLiteral("deal"), first,
                           QStringLiteral("HEAD"), QStringLiteral("--words")});
        QVERIFY2(words.out.contains(QStringLiteral("[-60m-]{+50m+}")), qPrintable(words.out));

        QCOMPARE(runCli(n.dir, {QStringLiteral("restore"), QStringLiteral("deal"), first}).exitCode,
                 0);
        QVERIFY(runCli(n.dir, {QStringLiteral("show"), QStringLiteral("deal")})
                    .out.contains(QStringLiteral("$60m")));
        // Nothing lost: the $50m revision is still in history.
        QVERIFY(runCli(n.dir, {QStringLiteral("show"), QStringLiteral("deal"),
                               QStringLiteral("--rev"), QStringLiteral("HEAD~1")})
                    .out.contains(QStringLiteral("$50m")));
        QVERIFY(runCli(n.dir, {QStringLiteral("restore"), QStringLiteral("deal"),
                               QStringLiteral("no-such-rev")})
                    .exitCode != 0);
    }

    void refusesBadSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("traversal") << QStringLiteral("../escape");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("git") << QStringLiteral(".git");
        QTest::newRow("control") << QStringLiteral("a\x01b");
        QTest::newRow("long") << QString(200, u'a');
        QTest::newRow("upper") << QStringLiteral("Big-News");
        QTest::newRow("space") << QStringLiteral("two words");
    }
    void refusesBadSlugs()
    {
        QFETCH(QString, slug);
        ScratchNewsroom n;
        const QString before = head(n.dir);
        const CliResult r = runCli(
            n.dir, {QStringLiteral("new"), slug, QStringLiteral("--title"), QStringLiteral("x")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not a valid article slug")), qPrintable(r.err));
        QCOMPARE(head(n.dir), before);
        QVERIFY(!QFile::exists(n.tmp.path() + QStringLiteral("/escape")));
    }

    void koreanSlugWorks()
    {
        ScratchNewsroom n;
        QCOMPARE(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("최저임금-인상"),
                                QStringLiteral("--title"), QStringLiteral("최저임금 인상"),
                                QStringLiteral("--lang"), QStringLiteral("ko")})
                     .exitCode,
                 0);
        QVERIFY(
            runCli(n.dir, {QStringLiteral("list")}).out.contains(QStringLiteral("최저임금-인상")));
    }

    // Text piped in pieces (a slow writer, or more than a pipe holds) is
    // saved whole: a save once kept only the first 64 KB that had arrived.
    void savesAllOfAnInputThatArrivesInPieces()
    {
        ScratchNewsroom n;
        QCOMPARE(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("long"),
                                QStringLiteral("--title"), QStringLiteral("Long")})
                     .exitCode,
                 0);
        QByteArray text;
        for (int i = 0; text.size() < 300 * 1024; ++i)
            text += "Paragraph " + QByteArray::number(i) + " of a long feature.\n";
        QProcess p;
        p.setProcessEnvironment(actorEnvironment(QStringLiteral("ed@example.com")));
        p.setWorkingDirectory(n.dir);
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"),
                {QStringLiteral("save"), QStringLiteral("long")});
        QVERIFY(p.waitForStarted());
        for (qsizetype at = 0; at < text.size(); at += 50 * 1024) {
            p.write(text.mid(at, 50 * 1024));
            QVERIFY(p.waitForBytesWritten());
            QTest::qWait(50);
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString shown = runCli(n.dir, {QStringLiteral("show"), QStringLiteral("long")}).out;
        QVERIFY(shown.endsWith(QString::fromUtf8(text.right(200))));
        QVERIFY(shown.size() >= text.size());
    }

    void missingNewsroom()
    {
        QTemporaryDir tmp;
        const CliResult r = runCli(tmp.path(), {QStringLiteral("list")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not a Copydesk newsroom")), qPrintable(r.err));
        const CliResult nowhere =
            runCli(tmp.path(), {QStringLiteral("-C"), QStringLiteral("/nonexistent/x"),
                                QStringLiteral("list")});
        QVERIFY(nowhere.exitCode != 0);
        QVERIFY(!nowhere.err.isEmpty());
    }

    void badInputIsRefusedAndNothingLost_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("not utf-8")
            << QByteArray("caf\xe9 au lait\n") << QStringLiteral("not valid UTF-8");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("  \n\n") << QStringLiteral("empty");
        QTest::newRow("50 MB") << QByteArray(50 * 1024 * 1024, 'a')
                               << QStringLiteral("larger than");
        QTest::newRow("open front matter")
            << QByteArray("---\ntitle: x\nno end\n") << QStringLiteral("never closed");
        QTest::newRow("bad lang") << QByteArray("---\nlang: fr\n---\nBonjour\n")
                                  << QStringLiteral("not supported");
    }
    void badInputIsRefusedAndNothingLost()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        ScratchNewsroom n;
        runCli(n.dir, {QStringLiteral("new"), QStringLiteral("story"), QStringLiteral("--title"),
                       QStringLiteral("Story")});
        runCli(n.dir, {QStringLiteral("save"), QStringLiteral("story")},
               QStringLiteral("ed@example.com"), "Original text.\n");
        const QString before = head(n.dir);
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(input);
        f.close();
        const CliResult r =
            runCli(n.dir, {QStringLiteral("save"), QStringLiteral("story"), f.fileName()});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(head(n.dir), before);
        QFile onDisk(n.dir + QStringLiteral("/articles/story/index.md"));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().contains("Original text."));
        QVERIFY(runProgram(QStringLiteral("git"),
                           {QStringLiteral("status"), QStringLiteral("--porcelain")}, n.dir)
                    .out.isEmpty());
    }

    void otherToolsUncommittedWorkIsKept()
    {
        ScratchNewsroom n;
        runCli(n.dir, {QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("--title"),
                       QStringLiteral("A")});
        runCli(n.dir, {QStringLiteral("new"), QStringLiteral("b"), QStringLiteral("--title"),
                       QStringLiteral("B")});
        // Another tool edits and stages README.md, and edits article b.
        QFile readme(n.dir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("local note\n");
        readme.close();
        runProgram(QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral("README.md")},
                   n.dir);
        QFile b(n.dir + QStringLiteral("/articles/b/index.md"));
        QVERIFY(b.open(QIODevice::Append));
        b.write("edited by hand\n");
        b.close();

        // Saving a commits only a; the staged README stays staged, uncommitted.
        QCOMPARE(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("a")},
                        QStringLiteral("ed@example.com"), "Text of a.\n")
                     .exitCode,
                 0);
        const QString files = runProgram(QStringLiteral("git"),
                                         {QStringLiteral("show"), QStringLiteral("--name-only"),
                                          QStringLiteral("--format=")},
                                         n.dir)
                                  .out;
        QVERIFY2(!files.contains(QStringLiteral("README.md")), qPrintable(files));
        const QString status =
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("status"), QStringLiteral("--porcelain")}, n.dir)
                .out;
        QVERIFY2(status.contains(QStringLiteral("M  README.md")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral(" M articles/b/index.md")), qPrintable(status));

        // Saving b would overwrite the hand edit: refused, the edit survives.
        const QString before = head(n.dir);
        const CliResult r = runCli(n.dir, {QStringLiteral("save"), QStringLiteral("b")},
                                   QStringLiteral("ed@example.com"), "New b.\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not committed")), qPrintable(r.err));
        QCOMPARE(head(n.dir), before);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY(b.readAll().contains("edited by hand"));
    }

    void everyCommandHasHelp()
    {
        const CliResult all = runCli(QDir::tempPath(), {QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        const QStringList lines = all.out.split(u'\n');
        int checked = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("  ")))
                continue;
            const QString cmd = line.trimmed().section(u' ', 0, 0);
            const CliResult h = runCli(QDir::tempPath(), {cmd, QStringLiteral("--help")});
            QVERIFY2(h.exitCode == 0 &&
                         h.out.contains(QStringLiteral("Usage: copydesk-cli ") + cmd),
                     qPrintable(cmd));
            ++checked;
        }
        QVERIFY(checked >= 15);
        const CliResult unknown = runCli(QDir::tempPath(), {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("not a command")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
