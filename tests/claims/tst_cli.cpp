// copydesk-cli check on files and slugs: text and JSON output, exit codes.
#include "common/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(COPYDESK_BIN_DIR) + QStringLiteral("/copydesk-cli"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textFormat();
    void jsonShape();
    void exitCodes();
    void slugsAndNewsroom();
    void neverReadsThroughALink();
};

void TestCli::textFormat()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.md")),
          "---\ntitle: T\ndate: 2024-03-02\n---\nThe firm raised $60m.\n연봉 6,000만 원\n");
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("claims"),
                       QStringLiteral("a.md")},
                      dir.path());
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QStringLiteral("a.md:5:17: warning: money: Money figure: record a source for "
                                   "$60m\na.md:6:4: warning: salary: Salary figure: record a "
                                   "source for 연봉 6,000만 원\n"));
}

void TestCli::jsonShape()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b.md")),
          "---\ndate: 2024-03-02\n---\n\n급여는 10만 달러에서 20만 달러다.\n");
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--only"), QStringLiteral("claims"), QStringLiteral("b.md")},
                      dir.path());
    QCOMPARE(r.code, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0][QStringLiteral("path")].toString(), QStringLiteral("b.md"));
    const QJsonArray fs = files[0][QStringLiteral("findings")].toArray();
    QCOMPARE(fs.size(), 1);
    const QJsonObject f = fs[0].toObject();
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("salary"));
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(f.value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(f.value(QStringLiteral("column")).toInt(), 5);
    QCOMPARE(f.value(QStringLiteral("text")).toString(), QStringLiteral("10만 달러에서 20만 달러"));
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));
    QVERIFY(!f.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(
        QJsonDocument(f.value(QStringLiteral("value")).toObject()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"currency":"USD","max":200000,"min":100000})"));
}

void TestCli::exitCodes()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("clean.md")), "---\ntitle: x\n---\nNothing to check here.\n");
    write(dir.filePath(QStringLiteral("claim.md")), "Sales rose 18%.\n");
    write(dir.filePath(QStringLiteral("bad.md")), "Sales \xff rose 18%.\n");
    write(dir.filePath(QStringLiteral("open.md")), "---\ntitle: never closed\nSales rose 18%.\n");
    const QString check = QStringLiteral("check");
    const QString only = QStringLiteral("--only=claims");
    QCOMPARE(cli({check, only, QStringLiteral("clean.md")}, dir.path()).code, 0);
    QCOMPARE(cli({check, only, QStringLiteral("claim.md")}, dir.path()).code, 1);
    QCOMPARE(cli({check, only, QStringLiteral("--no-fail"), QStringLiteral("claim.md")}, dir.path())
                 .code,
             0);
    for (const char *bad : {"bad.md", "open.md", "missing.md"}) {
        const Run r =
            cli({check, only, QString::fromLatin1(bad), QStringLiteral("claim.md")}, dir.path());
        QVERIFY2(r.code != 0, bad);
        QVERIFY2(r.err.contains(QString::fromLatin1(bad)), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("claim.md:1:12")),
                 qPrintable(r.out)); // others still checked
    }
    QCOMPARE(
        cli({check, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("claim.md")},
            dir.path())
            .code,
        2);
}

void TestCli::slugsAndNewsroom()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("copydesk/newsroom.json")), "{\"name\": \"Test\"}\n");
    write(dir.filePath(QStringLiteral("articles/budget/index.md")),
          "---\ntitle: Budget\ndate: 2025-09-01\n---\nIt opened on Monday, September 9, 2025.\n");
    write(dir.filePath(QStringLiteral("articles/quiet/index.md")), "---\ntitle: q\n---\nQuiet.\n");
    write(dir.filePath(QStringLiteral("copydesk/claims/currencies.txt")), "zloty\tPLN\tsuffix\n");
    write(dir.filePath(QStringLiteral("articles/quiet/other.md")), "It cost 5 zloty.\n");
    const QString check = QStringLiteral("check");
    const QString only = QStringLiteral("--only=claims");
    Run r = cli({check, only, QStringLiteral("budget")}, dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.out.contains(QStringLiteral("articles/budget/index.md:5:14: error: weekday-mismatch:")),
        qPrintable(r.out));
    // A newsroom's own lexicon extends the shipped one.
    r = cli({check, only, QStringLiteral("other.md")},
            dir.filePath(QStringLiteral("articles/quiet")));
    QVERIFY2(r.out.contains(QStringLiteral("money")), qPrintable(r.out + r.err));
    // No PATH inside a newsroom: every article.
    r = cli({check, only, QStringLiteral("--format=json")},
            dir.filePath(QStringLiteral("articles")));
    const QJsonArray files =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    for (const char *bad : {"../etc", ".hidden", "a/b", "x\x01y"}) {
        r = cli({check, only, QString::fromLatin1(bad)}, dir.path());
        QVERIFY2(r.code != 0, bad);
        QVERIFY(!r.err.isEmpty());
    }
}

// Issue 13: a pushed commit whose articles/evil/index.md links to
// /etc/passwd reaches every colleague's working tree; check (with or
// without arguments) names the link and never reads through it.
void TestCli::neverReadsThroughALink()
{
    copydesk::test::ScratchNewsroom n;
    QTemporaryDir outside;
    const QString secret = outside.filePath(QStringLiteral("secret.md"));
    write(secret, "root:x:0:0 hunter2 paid $777m to Zzxqvbop\n");
    write(outside.filePath(QStringLiteral("folder/index.md")), "Folder secret: $888m.\n");
    QCOMPARE(copydesk::test::runCli(n.dir, {QStringLiteral("new"), QStringLiteral("good"),
                                            QStringLiteral("--title"), QStringLiteral("Good")})
                 .exitCode,
             0);
    QVERIFY(QDir().mkpath(n.dir + QStringLiteral("/articles/evil")));
    QVERIFY(QFile::link(secret, n.dir + QStringLiteral("/articles/evil/index.md")));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("folder")),
                        n.dir + QStringLiteral("/articles/evil2")));
    auto leaked = [](const Run &r) {
        return r.out.contains(QStringLiteral("777")) || r.out.contains(QStringLiteral("888")) ||
               r.out.contains(QStringLiteral("Zzxqvbop")) || r.err.contains(QStringLiteral("777"));
    };

    const Run all = cli({QStringLiteral("check")}, n.dir);
    QVERIFY2(!leaked(all), qPrintable(all.out));
    QCOMPARE(all.code, 2);
    QVERIFY2(all.err.contains(QStringLiteral("articles/evil/index.md is a symbolic link")) &&
                 all.err.contains(QStringLiteral("articles/evil2 is a symbolic link")),
             qPrintable(all.err));
    // The other articles are still checked.
    const Run json =
        cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}, n.dir);
    QVERIFY(!leaked(json));
    QVERIFY2(json.out.contains(QStringLiteral("articles/good/index.md")), qPrintable(json.out));

    for (const QString &arg :
         {QStringLiteral("evil"), QStringLiteral("evil2"), QStringLiteral("articles/evil/index.md"),
          QStringLiteral("articles/evil2/index.md")}) {
        const Run one = cli({QStringLiteral("check"), arg}, n.dir);
        QVERIFY2(!leaked(one), qPrintable(arg + u' ' + one.out));
        QVERIFY2(one.code != 0 && one.err.contains(QStringLiteral("symbolic link")),
                 qPrintable(arg + u' ' + one.err));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
