// verify: a clean scripted history passes; histories forged with plain git
// are each reported with the rule they broke, and `verify` exits non-zero.
#include "helper_pipeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>
#include <optional>

using namespace copydesk::test;

namespace
{

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

// Takes the newest commit back (git reset --hard HEAD~1) and returns what it
// was, so a test can commit it again with plain git, changed.
struct TakenBack {
    QString message;
    QString email;
    QMap<QString, QByteArray> files;
};

TakenBack takeBackHead(const QString &dir)
{
    TakenBack t;
    t.message =
        git(dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}).out;
    t.email =
        git(dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ae")})
            .out.trimmed();
    const QStringList paths =
        git(dir, {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"),
                  QStringLiteral("--name-only"), QStringLiteral("-r"), QStringLiteral("HEAD")})
            .out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &path : paths)
        t.files.insert(
            path, git(dir, {QStringLiteral("show"), QStringLiteral("HEAD:") + path}).out.toUtf8());
    git(dir, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
              QStringLiteral("HEAD~1")});
    return t;
}

using JsonEdit = std::function<void(QJsonObject &)>;

QByteArray editedJson(const QByteArray &json, const JsonEdit &edit)
{
    QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonObject o = doc.object();
    edit(o);
    return QJsonDocument(o).toJson();
}

// Edits an element of a JSON array member in place.
void editArrayItem(QJsonObject &o, const QString &member, qsizetype index, const JsonEdit &edit)
{
    QJsonArray arr = o.value(member).toArray();
    QJsonObject item = arr.at(index < 0 ? arr.size() + index : index).toObject();
    edit(item);
    arr.replace(index < 0 ? arr.size() + index : index, item);
    o.insert(member, arr);
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
    std::optional<ScratchNewsroom> m_commented; // see tamperedEventContent
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
        QVERIFY2((history.out + history.err)
                     .contains(QStringLiteral("judged by checks 0.0.1-0123456789abcdef")),
                 qPrintable(history.out + history.err));
        // A live advance records this build's fingerprint.
        ScratchNewsroom m;
        QVERIFY(scriptStory(m.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        const QString claim = firstClaim(m.dir, QStringLiteral("bridge"));
        QVERIFY(ok(runCli(m.dir, {QStringLiteral("waive"), QStringLiteral("bridge"),
                                  QStringLiteral("--finding"), claim, QStringLiteral("--reason"),
                                  QStringLiteral("public record")}),
                   "waive"));
        QVERIFY(
            ok(runCli(m.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}), "advance"));
        QVERIFY(
            git(m.dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})
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
              editedState(n.dir, QStringLiteral("bridge"), QJsonObject())}},
            QStringLiteral(
                "Comment on bridge\n\nCopydesk-Event: comment\nCopydesk-Article: bridge\n"
                "Copydesk-Actor: wr@example.com\nCopydesk-Stage: fact-check\n")));
        const VerifyOutcome v = verify(n.dir);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(
            anyRule(v.violations, QStringLiteral("may change only comments.json and state.json")),
            qPrintable(v.text));
    }

    // A real event whose comments.json or ledger.json is changed before it
    // is committed again with plain git: the right files, the wrong content.
    void tamperedEventContent_data()
    {
        QTest::addColumn<QString>(
            "event"); // the last real event (after the story reached fact check)
        QTest::addColumn<QString>("file");   // comments.json or ledger.json
        QTest::addColumn<QString>("tamper"); // what is changed
        QTest::addColumn<QString>("rule");   // what verify must say; empty: clean
        const auto row = [](const char *name, const char *event, const char *file,
                            const char *tamper, const char *rule) {
            QTest::newRow(name) << QString::fromUtf8(event) << QString::fromUtf8(file)
                                << QString::fromUtf8(tamper) << QString::fromUtf8(rule);
        };
        row("comment, untouched", "comment", "comments.json", "", "");
        row("comment also resolves another", "comment", "comments.json", "resolve-first",
            "changed or removed other comments");
        row("comment in someone else's name", "comment", "comments.json", "author-last",
            "is signed by");
        row("reply in someone else's name", "reply", "comments.json", "reply-author",
            "is signed by");
        row("resolve, untouched", "resolve", "comments.json", "", "");
        row("resolve recorded as someone else", "resolve", "comments.json", "resolved-by",
            "marked resolved by");
        row("verify-claim, untouched", "verify-claim", "ledger.json", "", "");
        row("verify-claim records a second claim", "verify-claim", "ledger.json", "second-claim",
            "records exactly the claim it names");
        row("verify-claim in someone else's name", "verify-claim", "ledger.json", "claim-by",
            "recorded as checked by");
        row("verify-claim without a source", "verify-claim", "ledger.json", "no-source",
            "without a source");
        row("waive, untouched", "waive", "ledger.json", "", "");
        row("waiver in someone else's name", "waive", "ledger.json", "waiver-by", "granted by");
    }

    void tamperedEventContent()
    {
        QFETCH(QString, event);
        QFETCH(QString, file);
        QFETCH(QString, tamper);
        QFETCH(QString, rule);
        const QString slug = QStringLiteral("bridge");
        // The story at fact check with two of the reviewer's comments is
        // scripted once; each row works on a copy of it.
        if (!m_commented) {
            m_commented.emplace();
            QVERIFY(scriptStory(m_commented->dir, slug, QStringLiteral("fact-check")));
            for (const char *body : {"Which bridge?", "Which year?"})
                QVERIFY(ok(runCli(m_commented->dir,
                                  {QStringLiteral("comment"), slug, QStringLiteral("--quote"),
                                   QStringLiteral("bridge"), QStringLiteral("--body"),
                                   QString::fromUtf8(body)},
                                  kRv),
                           "comment"));
        }
        QTemporaryDir rowDir;
        struct {
            QString dir;
        } n{rowDir.path() + QStringLiteral("/n")};
        QCOMPARE(runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), m_commented->dir, n.dir})
                     .exitCode,
                 0);
        const QJsonArray comments =
            jsonOf(runCli(n.dir, {QStringLiteral("comments"), slug, QStringLiteral("--json")}))
                .array();
        QCOMPARE(comments.size(), 2);
        const QString firstComment =
            comments.at(0).toObject().value(QStringLiteral("id")).toString();
        QStringList args;
        QString actor = kWr;
        if (event == QLatin1String("comment"))
            args = {QStringLiteral("comment"), slug,
                    QStringLiteral("--quote"), QStringLiteral("bridge"),
                    QStringLiteral("--body"),  QStringLiteral("Fixed.")};
        else if (event == QLatin1String("reply"))
            args = {QStringLiteral("reply"), slug, firstComment, QStringLiteral("--body"),
                    QStringLiteral("The Elm St one.")};
        else if (event == QLatin1String("resolve"))
            args = {QStringLiteral("resolve"), slug, firstComment};
        else if (event == QLatin1String("verify-claim"))
            args = {QStringLiteral("verify-claim"), slug, firstClaim(n.dir, slug),
                    QStringLiteral("--source"), QStringLiteral("council minutes, p. 3")},
            actor = kRv;
        else
            args = {QStringLiteral("waive"),
                    slug,
                    QStringLiteral("--finding"),
                    firstClaim(n.dir, slug),
                    QStringLiteral("--reason"),
                    QStringLiteral("Figure from our own earlier story")},
            actor = kEd;
        QVERIFY(ok(runCli(n.dir, args, actor), qPrintable(args.join(u' '))));

        TakenBack t = takeBackHead(n.dir);
        const QString path = QStringLiteral("articles/bridge/") + file;
        QVERIFY2(t.files.contains(path), qPrintable(t.files.keys().join(u' ')));
        const QString other = QStringLiteral("someone@example.com");
        const QMap<QString, JsonEdit> edits{
            {QStringLiteral("resolve-first"),
             [&](QJsonObject &o) {
                 editArrayItem(o, QStringLiteral("comments"), 0, [&](QJsonObject &c) {
                     c.insert(QStringLiteral("resolved"), true);
                     c.insert(QStringLiteral("resolvedBy"), actor);
                 });
             }},
            {QStringLiteral("author-last"),
             [&](QJsonObject &o) {
                 editArrayItem(o, QStringLiteral("comments"), -1,
                               [&](QJsonObject &c) { c.insert(QStringLiteral("author"), kEd); });
             }},
            {QStringLiteral("reply-author"),
             [&](QJsonObject &o) {
                 editArrayItem(o, QStringLiteral("comments"), 0, [&](QJsonObject &c) {
                     editArrayItem(c, QStringLiteral("replies"), -1, [&](QJsonObject &r) {
                         r.insert(QStringLiteral("author"), kEd);
                     });
                 });
             }},
            {QStringLiteral("resolved-by"),
             [&](QJsonObject &o) {
                 editArrayItem(o, QStringLiteral("comments"), 0, [&](QJsonObject &c) {
                     c.insert(QStringLiteral("resolvedBy"), kEd);
                 });
             }},
            {QStringLiteral("second-claim"),
             [&](QJsonObject &o) {
                 QJsonObject claims = o.value(QStringLiteral("claims")).toObject();
                 claims.insert(QStringLiteral("0123456789abcdef"), claims.begin().value());
                 o.insert(QStringLiteral("claims"), claims);
             }},
            {QStringLiteral("claim-by"),
             [&](QJsonObject &o) {
                 QJsonObject claims = o.value(QStringLiteral("claims")).toObject();
                 QJsonObject entry = claims.begin().value().toObject();
                 entry.insert(QStringLiteral("by"), other);
                 claims.insert(claims.begin().key(), entry);
                 o.insert(QStringLiteral("claims"), claims);
             }},
            {QStringLiteral("no-source"),
             [&](QJsonObject &o) {
                 QJsonObject claims = o.value(QStringLiteral("claims")).toObject();
                 QJsonObject entry = claims.begin().value().toObject();
                 entry.insert(QStringLiteral("source"), QString());
                 claims.insert(claims.begin().key(), entry);
                 o.insert(QStringLiteral("claims"), claims);
             }},
            {QStringLiteral("waiver-by"),
             [&](QJsonObject &o) {
                 editArrayItem(o, QStringLiteral("waivers"), -1,
                               [&](QJsonObject &w) { w.insert(QStringLiteral("by"), other); });
             }},
        };
        if (!tamper.isEmpty())
            t.files[path] = editedJson(t.files.value(path), edits.value(tamper));
        QVERIFY(forgeCommit(n.dir, t.email, t.files, t.message));
        // Only the replayed commit is judged (cleanHistoryVerifies covers the
        // scripted story before it).
        const VerifyOutcome v =
            verify(n.dir, {QStringLiteral("--range"), QStringLiteral("HEAD~1..HEAD")});
        if (rule.isEmpty()) {
            QVERIFY2(v.exitCode == 0, qPrintable(v.text)); // the replay itself is clean
        } else {
            QCOMPARE(v.exitCode, 1);
            QVERIFY2(anyRule(v.violations, rule), qPrintable(v.text));
        }
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
        bool gateNamed = false;
        for (const QJsonValue &w : warnings)
            gateNamed =
                gateNamed || w.toString().contains(QStringLiteral("could not be recomputed"));
        QVERIFY2(gateNamed, qPrintable(r.out));
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
