// Small CLI behaviours found by the outside tester (issue 13): a multi-line
// brief stays one row of `audit`; `people add` with a differently-cased
// email adds roles without renaming; `reopen --to` an unknown stage is a
// malformed request.
#include "common/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace copydesk::test;

namespace
{

const QString kEditor = QStringLiteral("ed@example.com");

QJsonObject person(const QString &dir, const QString &email)
{
    const CliResult r = runCli(dir, {QStringLiteral("people"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("email")).toString() == email)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliFixes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiLineBriefIsOneAuditRow();
    void peopleAddIgnoresEmailCaseAndKeepsTheName();
    void reopenToAnUnknownStageIsAUsageError();
};

void TestCliFixes::multiLineBriefIsOneAuditRow()
{
    ScratchNewsroom desk;
    QCOMPARE(runCli(desk.dir, {QStringLiteral("new"), QStringLiteral("budget"),
                               QStringLiteral("--title"), QStringLiteral("Budget")})
                 .exitCode,
             0);
    const QString brief = QStringLiteral("Cover the vote.\n2026-01-01T00:00:00Z  forged row\tend");
    const CliResult assign = runCli(
        desk.dir, {QStringLiteral("assign"), QStringLiteral("budget"), QStringLiteral("--writer"),
                   QStringLiteral("wr@example.com"), QStringLiteral("--reviewer"),
                   QStringLiteral("rv@example.com"), QStringLiteral("--brief"), brief});
    QVERIFY2(assign.exitCode == 0, qPrintable(assign.err));
    const CliResult audit = runCli(desk.dir, {QStringLiteral("audit")});
    QCOMPARE(audit.exitCode, 0);
    const QStringList rows = audit.out.split(u'\n', Qt::SkipEmptyParts);
    const CliResult json = runCli(desk.dir, {QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(rows.size(), QJsonDocument::fromJson(json.out.toUtf8()).array().size());
    static const QRegularExpression row(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT"));
    for (const QString &r : rows)
        QVERIFY2(row.match(r).hasMatch(), qPrintable(audit.out));
    QVERIFY2(audit.out.contains(
                 QStringLiteral("Cover the vote.\\n2026-01-01T00:00:00Z  forged row\\tend")),
             qPrintable(audit.out));
}

void TestCliFixes::peopleAddIgnoresEmailCaseAndKeepsTheName()
{
    ScratchNewsroom desk;
    const QString writer = QStringLiteral("wr@example.com");
    const QJsonObject before = person(desk.dir, writer);
    QCOMPARE(before.value(QStringLiteral("name")).toString(), QStringLiteral("Writer"));

    // Another name for someone already here is refused without --rename.
    const CliResult renamed =
        runCli(desk.dir,
               {QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("WR@Example.COM"),
                QStringLiteral("--name"), QStringLiteral("Someone Else"), QStringLiteral("--role"),
                QStringLiteral("reviewer")});
    QCOMPARE(renamed.exitCode, 2);
    QVERIFY2(renamed.err.contains(QStringLiteral("already in the newsroom as 'Writer'")) &&
                 renamed.err.contains(QStringLiteral("--rename")),
             qPrintable(renamed.err));
    QCOMPARE(person(desk.dir, writer), before);

    // Roles only: the same person, name and email spelling kept.
    const CliResult roles =
        runCli(desk.dir,
               {QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("WR@Example.COM"),
                QStringLiteral("--role"), QStringLiteral("reviewer")});
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QVERIFY2(roles.out.contains(writer), qPrintable(roles.out));
    const QJsonObject after = person(desk.dir, writer);
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Writer"));
    QCOMPARE(after.value(QStringLiteral("roles")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("reviewer"), QStringLiteral("writer")}));
    const CliResult all = runCli(desk.dir, {QStringLiteral("people")});
    QCOMPARE(all.out.count(QStringLiteral("example.com"), Qt::CaseInsensitive), 3);

    // Asked for, the rename happens.
    const CliResult asked = runCli(
        desk.dir, {QStringLiteral("people"), QStringLiteral("add"), writer,
                   QStringLiteral("--name"), QStringLiteral("Wren Writer"),
                   QStringLiteral("--role"), QStringLiteral("writer"), QStringLiteral("--rename")});
    QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
    QCOMPARE(person(desk.dir, writer).value(QStringLiteral("name")).toString(),
             QStringLiteral("Wren Writer"));
}

void TestCliFixes::reopenToAnUnknownStageIsAUsageError()
{
    ScratchNewsroom desk;
    QCOMPARE(runCli(desk.dir, {QStringLiteral("new"), QStringLiteral("budget"),
                               QStringLiteral("--title"), QStringLiteral("Budget")})
                 .exitCode,
             0);
    const QString head = runProgram(QStringLiteral("git"),
                                    {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, desk.dir)
                             .out;
    const CliResult r = runCli(desk.dir, {QStringLiteral("reopen"), QStringLiteral("budget"),
                                          QStringLiteral("--to"), QStringLiteral("nowhere"),
                                          QStringLiteral("--reason"), QStringLiteral("why not")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no stage 'nowhere'")) &&
                 r.err.contains(QStringLiteral("drafting")),
             qPrintable(r.err));
    QCOMPARE(runProgram(QStringLiteral("git"),
                        {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, desk.dir)
                 .out,
             head);
}

QTEST_GUILESS_MAIN(TestCliFixes)
#include "tst_cli_fixes.moc"
