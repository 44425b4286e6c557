// verify: a clean scripted history passes; histories forged with plain git
// are each reported with the rule they broke, and `verify` exits non-zero.
#include "helper_pipeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace copydesk::test;

namespace
{

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// state.json with some fields changed, as a hand edit would.
QByteArray editedState(const QString &dir, const QString &slug, const QJsonObject &changes)
{
    QJsonObject o = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/articles/") + slug +
                                                     QStringLiteral("/state.json")))
                        .object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QString eventMessage(const QString &event, const QString &slug, const QString &actor,
                     const QString &from, const QString &to)
{
    return QStringLiteral("%1 %2\n\nCopydesk-Event: %1\nCopydesk-Article: %2\nCopydesk-Actor: "
                          "%3\nCopydesk-From: %4\n"
                          "Copydesk-To: %5\nCopydesk-Stage: %5\n")
        .arg(event, slug, actor, from, to);
}

struct VerifyOutcome {
    int exitCode = -1;
    QJsonArray violations;
    QString text;
};

VerifyOutcome verify(const QString &dir, const QStringList &extra = {})
{
    const CliResult r =
        runCli(dir, QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + extra);
    const CliResult t = runCli(dir, QStringList{QStringLiteral("verify")} + extra);
    return {r.exitCode, jsonOf(r).object().value(QStringLiteral("violations")).toArray(),
            t.out + t.err};
}

bool anyRule(const QJsonArray &violations, const QString &needle)
{
    for (const QJsonValue &v : violations) {
        if (v.toObject()
                .value(QStringLiteral("rule"))
                .toString()
                .contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanHistoryVerifies()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge")));
        const CliResult r = runCli(n.dir, {QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r).object();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("violations")).toArray().size(), 0);
        QVERIFY(o.value(QStringLiteral("commits")).toInt() >= 12);
        // Dictionaries are installed here: the gates were fully recomputed.
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
        const CliResult text = runCli(n.dir, {QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("every event followed the rules")));
    }

    void stateEditedByHand()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(
            forgeCommit(n.dir, kWr,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("approved")}})}},
                        QStringLiteral("fix state")));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.violations.size(), 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("files changed outside an event")),
                 qPrintable(v.text));
        const QJsonObject first = v.violations.first().toObject();
        QCOMPARE(first.value(QStringLiteral("article")).toString(), QStringLiteral("bridge"));
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), kWr);
        QCOMPARE(first.value(QStringLiteral("commit")).toString(), headOf(n.dir));
        QVERIFY(v.text.contains(headOf(n.dir).left(10)));
    }

    void forgedSelfApproval()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        // The reviewer edits the text in review, so becomes an author…
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("bridge")}, kRv,
                          cleanStory() + "One more line.\n"),
                   "rv save"));
        // …and may no longer approve it: the live action is refused.
        const QString before = headOf(n.dir);
        const CliResult refused =
            runCli(n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kRv);
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains(QStringLiteral("four-eyes")));
        QCOMPARE(headOf(n.dir), before);
        // A forged approval with correct-looking trailers and state.
        QVERIFY(
            forgeCommit(n.dir, kRv,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("style-check")}})}},
                        eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kRv,
                                     QStringLiteral("review"), QStringLiteral("style-check"))));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.violations.size(), 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("four-eyes")), qPrintable(v.text));
        QCOMPARE(v.violations.first().toObject().value(QStringLiteral("event")).toString(),
                 QStringLiteral("approve"));
    }

    void forgedApprovalInSomeoneElsesName()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        // The writer claims the reviewer approved (trailer) but is the author.
        QVERIFY(
            forgeCommit(n.dir, kWr,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("style-check")}})}},
                        eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kRv,
                                     QStringLiteral("review"), QStringLiteral("style-check"))));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("commit's author is wr@example.com")),
                 qPrintable(v.text));
    }

    void skippedStage()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("style-check")));
        // An editor's "advance" straight from style check to approved.
        QVERIFY(
            forgeCommit(n.dir, kEd,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("approved")}})}},
                        eventMessage(QStringLiteral("advance"), QStringLiteral("bridge"), kEd,
                                     QStringLiteral("style-check"), QStringLiteral("approved"))));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("state disagrees with history")),
                 qPrintable(v.text));
        QVERIFY2(anyRule(v.violations, QStringLiteral("'fact-check'")), qPrintable(v.text));
    }

    void publishFromReview()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(
            forgeCommit(n.dir, kEd,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("published")}})}},
                        eventMessage(QStringLiteral("publish"), QStringLiteral("bridge"), kEd,
                                     QStringLiteral("review"), QStringLiteral("published"))));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("only an approved article can be published")),
                 qPrintable(v.text));
    }

    void factsGatePassedWithoutWaiver()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        // The claim is unverified and not waived; the editor "signs off".
        QVERIFY(
            forgeCommit(n.dir, kEd,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("approved")}})}},
                        eventMessage(QStringLiteral("advance"), QStringLiteral("bridge"), kEd,
                                     QStringLiteral("fact-check"), QStringLiteral("approved"))));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(anyRule(v.violations, QStringLiteral("1 claim(s) are not verified")),
                 qPrintable(v.text));
    }

    void gateJudgedByOtherChecksIsAWarningNotAViolation()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        // The same sign-off, but recorded as judged by another version of
        // the checks (e.g. before a detector improvement found this claim).
        QVERIFY(
            forgeCommit(n.dir, kEd,
                        {{QStringLiteral("articles/bridge/state.json"),
                          editedState(n.dir, QStringLiteral("bridge"),
                                      {{QStringLiteral("stage"), QStringLiteral("approved")}})}},
                        eventMessage(QStringLiteral("advance"), QStringLiteral("bridge"), kEd,
                                     QStringLiteral("fact-check"), QStringLiteral("approved")) +
                            QStringLiteral("Copydesk-Checks: 0.0.1-0123456789abcdef\n")));
        const CliResult history = runCli(n.dir, {QStringLiteral("verify")});
        QVERIFY2(history.exitCode == 0, qPrintable(history.out + history.err));
        QVERIFY2((history.out + history.err).contains(QStringLiteral("judged by checks 0.0.1-0123456789abcdef")),
                 qPrintable(history.out + history.err));
        // A live advance records this build's fingerprint.
        ScratchNewsroom m;
        QVERIFY(scriptStory(m.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        const QString claim = firstClaim(m.dir, QStringLiteral("bridge"));
        QVERIFY(ok(runCli(m.dir, {QStringLiteral("waive"), QStringLiteral("bridge"), QStringLiteral("--finding"), claim,
                                  QStringLiteral("--reason"), QStringLiteral("public record")}),
                   "waive"));
        QVERIFY(ok(runCli(m.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}), "advance"));
        QVERIFY(git(m.dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})
                    .out.contains(QStringLiteral("Copydesk-Checks: ")));
    }

    void waivedClaimPassesTheGate()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        const QString claim = firstClaim(n.dir, QStringLiteral("bridge"));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("waive"), QStringLiteral("bridge"),
                                  QStringLiteral("--finding"), claim, QStringLiteral("--reason"),
                                  QStringLiteral("public record, stated by the council")}),
                   "waive"));
        QVERIFY(
            ok(runCli(n.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}), "advance"));
        QCOMPARE(verify(n.dir).exitCode, 0);
    }

    void ledgerForgedInsideAComment()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        // A "comment" event that also writes a ledger saying the claim is verified.
        const QString claim = firstClaim(n.dir, QStringLiteral("bridge"));
        const QByteArray ledger =
            QStringLiteral("{\"claims\": {\"%1\": {\"status\": \"verified\"}}}")
                .arg(claim)
                .toUtf8();
        QVERIFY(forgeCommit(
            n.dir, kWr,
            {{QStringLiteral("articles/bridge/ledger.json"), ledger},
             {QStringLiteral("articles/bridge/state.json"),
              editedState(n.dir, QStringLiteral("bridge"), {})}},
            QStringLiteral(
                "Comment on bridge\n\nCopydesk-Event: comment\nCopydesk-Article: bridge\n"
                "Copydesk-Actor: wr@example.com\nCopydesk-Stage: fact-check\n")));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(
            anyRule(v.violations, QStringLiteral("may change only comments.json and state.json")),
            qPrintable(v.text));
    }

    void configurationChangedByANonEditor()
    {
        ScratchNewsroom n;
        QByteArray people = readFile(n.dir + QStringLiteral("/copydesk/people.json"));
        people.replace("\"writer\"", "\"writer\", \"editor\"");
        QVERIFY(forgeCommit(n.dir, kWr, {{QStringLiteral("copydesk/people.json"), people}},
                            QStringLiteral("promote myself")));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(anyRule(v.violations,
                         QStringLiteral("only an editor may change the newsroom's configuration")),
                 qPrintable(v.text));
        // An editor may edit it by hand.
        ScratchNewsroom m;
        QByteArray pipeline = readFile(m.dir + QStringLiteral("/copydesk/pipeline.json"));
        pipeline.replace("\"Drafting\"", "\"Writing\"");
        QVERIFY(forgeCommit(m.dir, kEd, {{QStringLiteral("copydesk/pipeline.json"), pipeline}},
                            QStringLiteral("rename a stage")));
        QCOMPARE(verify(m.dir).exitCode, 0);
    }

    void eventsThatChangeNothing()
    {
        // Trailers alone would put a fake approval or a fake promotion in the audit.
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(forgeCommit(n.dir, kRv, {},
                            eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kRv,
                                         QStringLiteral("review"), QStringLiteral("style-check"))));
        QVERIFY(forgeCommit(n.dir, kEd, {},
                            QStringLiteral("Add wr as editor\n\nCopydesk-Event: people\n"
                                           "Copydesk-Actor: ed@example.com\n")));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(v.violations.size(), 2);
        QVERIFY2(anyRule(v.violations, QStringLiteral("does not change that article")),
                 qPrintable(v.text));
        QVERIFY2(
            anyRule(v.violations, QStringLiteral("does not change the newsroom's configuration")),
            qPrintable(v.text));
    }

    void rangeChecksOnlyItsCommits()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        const QString good = headOf(n.dir);
        QVERIFY(forgeCommit(n.dir, kWr,
                            {{QStringLiteral("articles/bridge/index.md"), "tampered\n"}},
                            QStringLiteral("tamper")));
        const VerifyOutcome bad =
            verify(n.dir, {QStringLiteral("--range"), good + QStringLiteral("..HEAD")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.violations.size(), 1);
        const CliResult clean =
            runCli(n.dir, {QStringLiteral("verify"), QStringLiteral("--json"),
                           QStringLiteral("--range"), good + QStringLiteral("~3..") + good});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(jsonOf(clean).object().value(QStringLiteral("commits")).toInt(), 3);
        QVERIFY(runCli(n.dir, {QStringLiteral("verify"), QStringLiteral("--range"),
                               QStringLiteral("nonsense")})
                    .exitCode != 0);
    }

    void missingDictionariesAreReported()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge")));
        QProcessEnvironment env = actorEnvironment(kEd);
        env.insert(QStringLiteral("COPYDESK_DICTIONARIES"),
                   n.tmp.path() + QStringLiteral("/nowhere"));
        const CliResult r =
            runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"),
                       {QStringLiteral("verify"), QStringLiteral("--json")}, n.dir, {}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray warnings = jsonOf(r).object().value(QStringLiteral("warnings")).toArray();
        QVERIFY2(!warnings.isEmpty(), qPrintable(r.out));
        QVERIFY(warnings.first().toString().contains(QStringLiteral("could not be recomputed")));
        const CliResult text = runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"),
                                          {QStringLiteral("verify")}, n.dir, {}, env);
        QVERIFY(text.err.contains(QStringLiteral("warning: ")));
    }

    void demoVerifiesClean()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/demo");
        const CliResult made = runCli(tmp.path(), {QStringLiteral("demo"), dir});
        if (made.exitCode != 0 && made.err.contains(QStringLiteral("not a command")))
            QSKIP("no demo command in this build");
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const CliResult r = runCli(dir, {QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
