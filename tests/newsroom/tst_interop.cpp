// A newsroom is a plain git repository: stock git reads the same history
// Copydesk wrote, and finds nothing wrong with it.
#include "common/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace copydesk::test;

class InteropTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fsckAndLogAgree()
    {
        ScratchNewsroom n;
        const QString w = QStringLiteral("wr@example.com"), r = QStringLiteral("rv@example.com");
        QCOMPARE(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("budget"),
                                QStringLiteral("--title"), QStringLiteral("Budget")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("assign"), QStringLiteral("budget"),
                                QStringLiteral("--writer"), w, QStringLiteral("--reviewer"), r})
                     .exitCode,
                 0);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("budget")}, w,
                            QStringLiteral("Draft %1 of the budget story.\n").arg(i).toUtf8())
                         .exitCode,
                     0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("submit"), QStringLiteral("budget")}, w).exitCode,
                 0);
        QCOMPARE(runCli(n.dir,
                        {QStringLiteral("comment"), QStringLiteral("budget"),
                         QStringLiteral("--quote"), QStringLiteral("Draft 3"),
                         QStringLiteral("--body"), QStringLiteral("Which draft?")},
                        r)
                     .exitCode,
                 0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("other"),
                                QStringLiteral("--title"), QStringLiteral("Other")})
                     .exitCode,
                 0);

        const CliResult fsck = runProgram(
            QStringLiteral("git"),
            {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-dangling")},
            n.dir);
        QVERIFY2(fsck.exitCode == 0 && fsck.out.trimmed().isEmpty(),
                 qPrintable(fsck.out + fsck.err));

        const QStringList gitLog =
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("log"), QStringLiteral("--format=%H %ae %s"),
                        QStringLiteral("--"), QStringLiteral("articles/budget")},
                       n.dir)
                .out.trimmed()
                .split(u'\n');
        const QJsonArray ours =
            QJsonDocument::fromJson(runCli(n.dir, {QStringLiteral("log"), QStringLiteral("budget"),
                                                   QStringLiteral("--json")})
                                        .out.toUtf8())
                .array();
        QCOMPARE(ours.size(), gitLog.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const QJsonObject o = ours.at(i).toObject();
            const QString expected =
                o.value(QStringLiteral("id")).toString() + u' ' +
                o.value(QStringLiteral("email")).toString() + u' ' +
                o.value(QStringLiteral("message")).toString().section(u'\n', 0, 0);
            QCOMPARE(expected, gitLog.at(i));
        }
        // The trailers are real git trailers.
        const QString trailers =
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("log"), QStringLiteral("-1"),
                        QStringLiteral("--format=%(trailers:key=Copydesk-Event,valueonly)")},
                       n.dir)
                .out.trimmed();
        QCOMPARE(trailers, QStringLiteral("new"));
        // And the working tree is clean: nothing half-written.
        QVERIFY(runProgram(QStringLiteral("git"),
                           {QStringLiteral("status"), QStringLiteral("--porcelain")}, n.dir)
                    .out.isEmpty());
    }

    void demoIsARealHistory()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        const CliResult demo = runCli(tmp.path(), {QStringLiteral("demo"), dir});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QJsonArray list =
            QJsonDocument::fromJson(
                runCli(dir, {QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QVERIFY(list.size() >= 8);
        QSet<QString> stages, langs;
        int en = 0, ko = 0;
        for (const QJsonValue &v : list) {
            stages.insert(v.toObject().value(QStringLiteral("stage")).toString());
            const QString lang = v.toObject().value(QStringLiteral("lang")).toString();
            (lang == QLatin1String("ko") ? ko : en)++;
            langs.insert(lang);
        }
        QCOMPARE(stages.size(), 7); // every stage of the default pipeline
        QVERIFY(en >= 4 && ko >= 4);
        const QString authors =
            runProgram(QStringLiteral("git"),
                       {QStringLiteral("log"), QStringLiteral("--format=%ae")}, dir)
                .out;
        const QStringList authorList = authors.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(QSet<QString>(authorList.begin(), authorList.end()).size() >= 3);
        const CliResult fsck = runProgram(
            QStringLiteral("git"),
            {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--no-dangling")},
            dir);
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
        // Several revisions of text per written article.
        const QJsonArray log =
            QJsonDocument::fromJson(
                runCli(dir, {QStringLiteral("log"), QStringLiteral("deepmere-funding"),
                             QStringLiteral("--json")})
                    .out.toUtf8())
                .array();
        int textRevisions = 0;
        for (const QJsonValue &v : log)
            textRevisions += v.toObject().value(QStringLiteral("textChanged")).toBool() ? 1 : 0;
        QVERIFY(textRevisions >= 3);
        // What the checks look for is in there.
        const QString all =
            runCli(dir, {QStringLiteral("show"), QStringLiteral("deepmere-funding")}).out +
            runCli(dir, {QStringLiteral("show"), QStringLiteral("chip-exports")}).out +
            runCli(dir, {QStringLiteral("show"), QStringLiteral("bank-bonus")}).out;
        for (const char *needle : {"$1.2 million", "6,000만 달러", "3억 원", "£", "a year", "18%",
                                   "Monday, September 9, 2025", "\""})
            QVERIFY2(all.contains(QString::fromUtf8(needle)), needle);
    }
};

QTEST_GUILESS_MAIN(InteropTest)
#include "tst_interop.moc"
