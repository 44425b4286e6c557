// The board's derived caches (.git/copydesk/folders and summaries, keyed by
// article folder tree ids): the board reads the same with them cold, warm,
// after changes and when the files are corrupt.
#include "common/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace copydesk::test;

namespace
{

const QString kEd = QStringLiteral("ed@example.com");
const QString kWr = QStringLiteral("wr@example.com");

bool ok(const CliResult &r)
{
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.exitCode == 0;
}

} // namespace

class TestBoardCache : public QObject
{
    Q_OBJECT
    ScratchNewsroom n;

    QStringList cachePaths() const
    {
        return {n.dir + QStringLiteral("/.git/copydesk/folders"),
                n.dir + QStringLiteral("/.git/copydesk/summaries")};
    }
    void removeCaches() const
    {
        for (const QString &path : cachePaths())
            QFile::remove(path);
    }
    QString board() const
    {
        const CliResult r = runCli(n.dir, {QStringLiteral("board"), QStringLiteral("--json")});
        return r.exitCode == 0 ? r.out : QStringLiteral("failed: ") + r.err;
    }
    // The board computed with no cache file at all.
    QString coldBoard() const
    {
        removeCaches();
        const QString b = board();
        removeCaches();
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("a"),
                                  QStringLiteral("--title"), QStringLiteral("A")})));
        // git sorts folder "a-b" before "a"; the board lists slugs in order.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("a-b"),
                                  QStringLiteral("--title"), QStringLiteral("AB")})));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("b"),
                                  QStringLiteral("--title"), QStringLiteral("B")})));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("assign"), QStringLiteral("b"),
                                  QStringLiteral("--writer"), kWr, QStringLiteral("--reviewer"),
                                  QStringLiteral("rv@example.com"), QStringLiteral("--due"),
                                  QStringLiteral("2020-01-01")})));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("b")}, kWr,
                          "The council met on the bridge plan.\n")));
    }

    void sameColdAndWarm()
    {
        const QString cold = coldBoard();
        QVERIFY2(cold.contains(QStringLiteral("overdue since 2020-01-01")), qPrintable(cold));
        const QString first = board(); // fills the caches
        for (const QString &path : cachePaths())
            QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(first, cold);
        QCOMPARE(board(), cold); // read from it
        const qsizetype a = cold.indexOf(QStringLiteral("\"slug\": \"a\"")),
                        ab = cold.indexOf(QStringLiteral("\"slug\": \"a-b\""));
        QVERIFY2(a >= 0 && ab > a, qPrintable(cold));
    }

    void followsChanges()
    {
        board();
        // A comment changes b's folder: a new key, so never a stale count.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("comment"), QStringLiteral("b"),
                                  QStringLiteral("--quote"), QStringLiteral("bridge plan"),
                                  QStringLiteral("--body"), QStringLiteral("Which plan?")})));
        const QString warm = board();
        QVERIFY2(warm.contains(QStringLiteral("\"unresolvedComments\": 1")), qPrintable(warm));
        QCOMPARE(warm, coldBoard());
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("submit"), QStringLiteral("b")}, kWr)));
        board();
        QCOMPARE(board(), coldBoard());
    }

    void survivesCorruption()
    {
        const QString cold = coldBoard();
        board();
        for (const QString &path : cachePaths()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            f.close();
            QVERIFY(!bytes.isEmpty());
            // Lines cut short, broken JSON, binary noise.
            QByteArray broken;
            for (const QByteArray &line : bytes.split('\n')) {
                if (line.isEmpty())
                    continue;
                broken += line.left(line.size() / 2) + '\n';
                broken += line.left(41) + "{\"stage\": [1,\t{\n";
            }
            broken += QByteArray(300, '\x01') + '\n';
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(broken);
        }
        QCOMPARE(board(), cold);
        QCOMPARE(board(), cold);
        // Gone entirely, or not writable as a file: still the same board.
        for (const QString &path : cachePaths()) {
            QFile::remove(path);
            QVERIFY(QDir().mkpath(path));
        }
        QCOMPARE(board(), cold);
        for (const QString &path : cachePaths())
            QVERIFY(QDir(path).removeRecursively());
    }

    // An article whose state file does not read is listed, with why, not
    // left off the board.
    void unreadableArticleIsListedWithItsReason()
    {
        ScratchNewsroom m;
        QVERIFY(ok(runCli(m.dir, {QStringLiteral("new"), QStringLiteral("good"),
                                  QStringLiteral("--title"), QStringLiteral("Good")})));
        QVERIFY(ok(runCli(m.dir, {QStringLiteral("new"), QStringLiteral("bad"),
                                  QStringLiteral("--title"), QStringLiteral("Bad")})));
        QFile state(m.dir + QStringLiteral("/articles/bad/state.json"));
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write("{\"stage\": [1");
        state.close();
        QCOMPARE(runProgram(QStringLiteral("git"),
                            {QStringLiteral("commit"), QStringLiteral("-qam"),
                             QStringLiteral("break a state file")},
                            m.dir)
                     .exitCode,
                 0);
        const CliResult text = runCli(m.dir, {QStringLiteral("board")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("unknown (1)\n  bad  Bad")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("blocked: ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("  good  Good")), qPrintable(text.out));
        const QJsonObject board =
            QJsonDocument::fromJson(
                runCli(m.dir, {QStringLiteral("board"), QStringLiteral("--json")}).out.toUtf8())
                .object();
        const QJsonObject last = board.value(QStringLiteral("stages")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("stage")).toString(), QStringLiteral("unknown"));
        QCOMPARE(last.value(QStringLiteral("articles")).toArray().size(), 1);
        QVERIFY(!last.value(QStringLiteral("articles"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("blocked"))
                     .toArray()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoardCache)
#include "tst_board_cache.moc"
