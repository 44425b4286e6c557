// `copydesk-cli words` in a real newsroom: each change is a commit, and a
// house word reaches a colleague's clone through sync.
#include "common/Fixtures.h"
#include "spelling/SpellingCheck.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString shipped()
{
    return QStringLiteral(COPYDESK_SOURCE_DIR "/dictionaries");
}

} // namespace

class TestWordsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli")))
            QSKIP("copydesk-cli is not built");
        if (!QFile::exists(QStringLiteral("/usr/share/hunspell/ko_KR.dic")))
            QSKIP("needs hunspell-ko");
    }

    void addListRemove()
    {
        ScratchNewsroom n;
        const QString house = QDir(n.dir).filePath(QStringLiteral("copydesk/words/house.txt"));
        CliResult r = runCli(n.dir, {"words", "add", "팔란티어"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(n.dir, {"words", "add", "크롤러", "--like", "나무"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(n.dir, {"words", "add", "Deepmerely"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(n.dir, {"words", "add", "팔란티어"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("already")));
        r = runCli(n.dir, {"words", "list"});
        QVERIFY(r.out.contains(QStringLiteral("크롤러 like=나무\n")));
        // Each change is one commit of house.txt, with nothing left uncommitted.
        r = runProgram(QStringLiteral("git"),
                       {"log", "--format=%s", "--", "copydesk/words/house.txt"}, n.dir);
        QVERIFY2(r.out.startsWith(QStringLiteral("Add 'Deepmerely' to the house dictionary\n")),
                 qPrintable(r.out));
        r = runProgram(QStringLiteral("git"), {"status", "--porcelain", "--", "copydesk/words"},
                       n.dir);
        QCOMPARE(r.out, QString());

        SpellingCheck check({shipped(), n.dir, {}});
        QVERIFY(check.isCorrect(QStringLiteral("팔란티어가")));
        QVERIFY(check.isCorrect(QStringLiteral("Deepmerely's")));

        r = runCli(n.dir, {"words", "remove", "Deepmerely"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!readAll(house).contains("Deepmerely"));
        r = runCli(n.dir, {"words", "remove", "Deepmerely"});
        QCOMPARE(r.exitCode, 5); // NotFound
        r = runCli(n.dir, {"words", "add", "사람", "--like", "없는낱말이요"});
        QCOMPARE(r.exitCode, 2);
    }

    void damagedListIsNotRewritten()
    {
        ScratchNewsroom n;
        const QString house = QDir(n.dir).filePath(QStringLiteral("copydesk/words/house.txt"));
        QByteArray bytes = readAll(house) + "Good\nBad\xc3(\n";
        {
            QFile f(house);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const CliResult r = runCli(n.dir, {"words", "add", "Another"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("house.txt")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("byte")) || r.err.contains(QStringLiteral("offset")),
                 qPrintable(r.err));
        QCOMPARE(readAll(house), bytes);
    }

    void houseWordReachesAColleagueThroughSync()
    {
        QTemporaryDir server;
        const QString bare = server.filePath(QStringLiteral("newsroom.git"));
        QCOMPARE(runProgram(QStringLiteral("git"),
                            {"init", "--bare", "-q", "--initial-branch=main", bare})
                     .exitCode,
                 0);

        ScratchNewsroom a;
        CliResult r = runCli(a.dir, {"remote", "set", "origin", bare});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(a.dir, {"sync"});
        if (r.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("sync is not working yet: ") + r.err));

        QTemporaryDir colleague;
        const QString b = colleague.filePath(QStringLiteral("b"));
        r = runProgram(QStringLiteral("git"), {"clone", "-q", bare, b});
        QCOMPARE(r.exitCode, 0);
        {
            SpellingCheck check({shipped(), b, {}});
            QVERIFY(!check.isCorrect(QStringLiteral("Zorblaxian")));
        }

        r = runCli(a.dir, {"words", "add", "Zorblaxian"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(a.dir, {"sync"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(b, {"sync"}, QStringLiteral("wr@example.com"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        SpellingCheck check({shipped(), b, {}});
        QVERIFY(check.isCorrect(QStringLiteral("Zorblaxian")));
        QVERIFY(check.isCorrect(QStringLiteral("Zorblaxian's")));
    }
};

QTEST_GUILESS_MAIN(TestWordsCli)
#include "tst_words_cli.moc"
