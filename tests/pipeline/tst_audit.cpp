// audit: every event of a scripted history, as JSON and CSV, with filters;
// the library class (pipeline/Audit) gives the same events.
#include "helper_pipeline.h"

#include "git/Repository.h"
#include "pipeline/Audit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <git2.h>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

CliResult at(const QString &dir, const QString &when, const QString &email, const QStringList &args,
             const QByteArray &input = {})
{
    QProcessEnvironment env = actorEnvironment(email);
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), when);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), when);
    return runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), args, dir, input, env);
}

// RFC 4180 records (quoted fields, doubled quotes, CRLF line ends).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

const QString kReason = QStringLiteral("Too long, \"trim\" the second half");
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://x\")");

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
    ScratchNewsroom n;

private Q_SLOTS:
    void initTestCase()
    {
        const QString d = n.dir;
        QVERIFY(ok(at(d, QStringLiteral("2030-03-01T09:00:00+02:00"), kEd,
                      {QStringLiteral("new"), QStringLiteral("story"), QStringLiteral("--title"),
                       QStringLiteral("Bridge")}),
                   "new"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-01T09:30:00+02:00"), kEd,
                      {QStringLiteral("assign"), QStringLiteral("story"),
                       QStringLiteral("--writer"), kWr, QStringLiteral("--reviewer"), kRv}),
                   "assign"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-02T10:00:00+02:00"), kWr,
                      {QStringLiteral("save"), QStringLiteral("story")}, cleanStory()),
                   "save"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-02T11:00:00+02:00"), kWr,
                      {QStringLiteral("submit"), QStringLiteral("story")}),
                   "submit"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-03T10:00:00+02:00"), kRv,
                      {QStringLiteral("request-changes"), QStringLiteral("story"),
                       QStringLiteral("--comment"), kReason}),
                   "request-changes"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-04T08:00:00+00:00"), kEd,
                      {QStringLiteral("new"), QStringLiteral("other"), QStringLiteral("--title"),
                       QStringLiteral("Other")}),
                   "new other"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-04T09:00:00+00:00"), kEd,
                      {QStringLiteral("save"), QStringLiteral("other")}, "A short note.\n"),
                   "save other"));
        QVERIFY(ok(at(d, QStringLiteral("2030-03-04T09:30:00+00:00"), kEd,
                      {QStringLiteral("reopen"), QStringLiteral("other"), QStringLiteral("--to"),
                       QStringLiteral("assigned"), QStringLiteral("--reason"), kFormula}),
                   "reopen"));
    }

    void json()
    {
        const CliResult r = runCli(n.dir, {QStringLiteral("audit"), QStringLiteral("--json"),
                                           QStringLiteral("--article"), QStringLiteral("story")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = jsonOf(r).array();
        QStringList kinds;
        for (const QJsonValue &v : events)
            kinds.append(v.toObject().value(QStringLiteral("event")).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("new"), QStringLiteral("assign"),
                                     QStringLiteral("save"), QStringLiteral("submit"),
                                     QStringLiteral("request-changes")}));
        const QJsonObject rc = events.last().toObject();
        QCOMPARE(rc.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2030-03-03T10:00:00+02:00"));
        QCOMPARE(rc.value(QStringLiteral("actor")).toString(), kRv);
        QCOMPARE(rc.value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("reviewer")});
        QCOMPARE(rc.value(QStringLiteral("article")).toString(), QStringLiteral("story"));
        QCOMPARE(rc.value(QStringLiteral("from")).toString(), QStringLiteral("review"));
        QCOMPARE(rc.value(QStringLiteral("to")).toString(), QStringLiteral("drafting"));
        QCOMPARE(rc.value(QStringLiteral("reason")).toString(), kReason);
        QCOMPARE(rc.value(QStringLiteral("commit")).toString().size(), 40);
        const QJsonObject save = events.at(2).toObject();
        QCOMPARE(save.value(QStringLiteral("actor")).toString(), kWr);
        QCOMPARE(save.value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("writer")});
        QCOMPARE(save.value(QStringLiteral("from")).toString(), QStringLiteral("assigned"));
        QCOMPARE(save.value(QStringLiteral("to")).toString(), QStringLiteral("drafting"));
    }

    void csv()
    {
        const CliResult r = runCli(n.dir, {QStringLiteral("audit"), QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("time"), QStringLiteral("actor"),
                              QStringLiteral("roles"), QStringLiteral("article"),
                              QStringLiteral("event"), QStringLiteral("from"), QStringLiteral("to"),
                              QStringLiteral("reason"), QStringLiteral("commit")}));
        // init + 2 people + 8 scripted events
        QCOMPARE(rows.size(), 1 + 3 + 8);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 9);
        bool sawReason = false, sawFormula = false;
        for (const QStringList &row : rows) {
            sawReason = sawReason || row.at(7) == kReason;
            sawFormula = sawFormula || row.at(7) == u'\'' + kFormula; // never run as a formula
        }
        QVERIFY(sawReason);
        QVERIFY(sawFormula);
        QVERIFY(r.out.contains(QStringLiteral("\"Too long, \"\"trim\"\" the second half\"")));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("init"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("editor"));
    }

    void filters()
    {
        auto count = [&](const QStringList &args) {
            const CliResult r = runCli(
                n.dir, QStringList{QStringLiteral("audit"), QStringLiteral("--json")} + args);
            return r.exitCode == 0 ? int(jsonOf(r).array().size()) : -1;
        };
        QCOMPARE(count({QStringLiteral("--actor"), kRv}), 1);
        QCOMPARE(count({QStringLiteral("--actor"), QStringLiteral("WR@example.com")}), 2);
        QCOMPARE(count({QStringLiteral("--article"), QStringLiteral("other")}), 3);
        QCOMPARE(count({QStringLiteral("--since"), QStringLiteral("2030-03-02"),
                        QStringLiteral("--until"), QStringLiteral("2030-03-03")}),
                 3);
        QCOMPARE(count({QStringLiteral("--since"), QStringLiteral("2030-03-04T09:00:00Z")}), 2);
        QCOMPARE(count({QStringLiteral("--since"), QStringLiteral("2030-03-01"),
                        QStringLiteral("--actor"), kEd, QStringLiteral("--article"),
                        QStringLiteral("story")}),
                 2);
        QCOMPARE(count({QStringLiteral("--until"), QStringLiteral("2020-01-01")}), 0);
        QCOMPARE(runCli(n.dir, {QStringLiteral("audit"), QStringLiteral("--since"),
                                QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(n.dir, {QStringLiteral("audit"), QStringLiteral("--json"),
                                QStringLiteral("--csv")})
                     .exitCode,
                 2);
    }

    void library()
    {
        git_libgit2_init();
        {
            const auto repo = git::Repository::openForReading(n.dir);
            AuditFilter f;
            f.article = QStringLiteral("other");
            const QList<AuditEvent> events = Audit(*repo).events(f);
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.last().event, QStringLiteral("reopen"));
            QCOMPARE(events.last().reason, kFormula);
            QCOMPARE(events.last().from, QStringLiteral("drafting"));
            QCOMPARE(events.last().to, QStringLiteral("assigned"));
            QCOMPARE(events.last().roles, QStringList{QStringLiteral("editor")});
            QCOMPARE(Audit(*repo).events().size(), 11);
        }
        git_libgit2_shutdown();
    }

    void text()
    {
        const CliResult r = runCli(
            n.dir, {QStringLiteral("audit"), QStringLiteral("--article"), QStringLiteral("story")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(
            QStringLiteral("rv@example.com (reviewer)  request-changes story  review → drafting")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
