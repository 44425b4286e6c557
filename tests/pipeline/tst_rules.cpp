// Every workflow rule, allowed and refused: through the CLI (a table of
// actions from each stage of a scripted story) and through the library
// (Workflow). A refused action exits non-zero, says why, and commits nothing.
#include "helper_pipeline.h"

#include "core/Error.h"
#include "newsroom/Articles.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Workflow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>
#include <git2.h>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

const QString kOt = QStringLiteral("ot@example.com"); // a writer not assigned to the story

QString stageOf(const QString &dir, const QString &slug)
{
    const CliResult r = runCli(dir, {QStringLiteral("board"), QStringLiteral("--json")});
    for (const QJsonValue &stage : jsonOf(r).object().value(QStringLiteral("stages")).toArray()) {
        for (const QJsonValue &a : stage.toObject().value(QStringLiteral("articles")).toArray()) {
            if (a.toObject().value(QStringLiteral("slug")).toString() == slug)
                return stage.toObject().value(QStringLiteral("stage")).toString();
        }
    }
    return {};
}

bool copyTree(const QString &from, const QString &to)
{
    return runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}).exitCode == 0;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
    QTemporaryDir m_templates;
    QMap<QString, QString> m_stageDirs; // setup name -> prepared newsroom

    // A newsroom with the story brought to `setup`, as a fresh copy.
    QString prepared(const QString &setup, QTemporaryDir &into)
    {
        const QString dir = into.path() + QStringLiteral("/n");
        return copyTree(m_stageDirs.value(setup), dir) ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        git_libgit2_init();
        const QStringList setups{
            QStringLiteral("assigned"), QStringLiteral("assign"),      QStringLiteral("drafting"),
            QStringLiteral("review"),   QStringLiteral("style-check"), QStringLiteral("fact-check"),
            QStringLiteral("verified"), QStringLiteral("approved"),    QStringLiteral("published")};
        // One scripted story, snapshotted at each step.
        ScratchNewsroom n;
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("people"), QStringLiteral("add"), kOt,
                                  QStringLiteral("--name"), QStringLiteral("Other"),
                                  QStringLiteral("--role"), QStringLiteral("writer")}),
                   "add ot"));
        for (const QString &s : setups) {
            // scriptStory is linear: replay up to each stop on a fresh copy of the base.
            const QString dir = m_templates.path() + u'/' + s;
            QVERIFY(copyTree(n.dir, dir));
            QVERIFY2(scriptStory(dir, QStringLiteral("story"), s), qPrintable(s));
            m_stageDirs.insert(s, dir);
        }
    }

    void cleanupTestCase() { git_libgit2_shutdown(); }

    void cli_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("expect"); // refusal text, or the stage after an allowed move

        auto row = [](const char *name, const QString &setup, const QString &actor,
                      const QStringList &args, bool allowed, const QString &expect) {
            QTest::newRow(name) << setup << actor << args << allowed << expect;
        };
        auto L = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *x : l)
                out.append(QString::fromUtf8(x));
            return out;
        };
        // People and articles
        row("people add by a writer", "assign", kWr,
            L({"people", "add", "x@example.com", "--name", "X", "--role", "writer"}), false,
            "only an editor manages people");
        row("people add by an editor", "assign", kEd,
            L({"people", "add", "x@example.com", "--name", "X", "--role", "writer"}), true, {});
        row("new by a reviewer", "assign", kRv, L({"new", "second", "--title", "Second"}), false,
            "only writers and editors create articles");
        row("new by a writer", "assign", kWr, L({"new", "second", "--title", "Second"}), true, {});
        row("anything by a stranger", "assign", QStringLiteral("zz@example.com"),
            L({"submit", "story"}), false, "not a member of this newsroom");
        // Assignment
        row("assign by a writer", "assigned", kWr,
            L({"assign", "story", "--writer", "wr@example.com"}), false, "only an editor assigns");
        row("assign writer as reviewer", "assigned", kEd,
            L({"assign", "story", "--writer", "rv@example.com", "--reviewer", "rv@example.com"}),
            false, "four-eyes");
        row("assign by an editor", "assigned", kEd,
            L({"assign", "story", "--writer", "wr@example.com", "--reviewer", "rv@example.com"}),
            true, "assigned");
        row("assign a published article", "published", kEd,
            L({"assign", "story", "--writer", "ot@example.com"}), false, "reopen it first");
        // Drafting
        row("save by an unassigned writer", "assign", kOt, L({"save", "story"}), false,
            "only the assigned writer");
        row("first save by the writer", "assign", kWr, L({"save", "story"}), true, "drafting");
        row("submit before drafting", "assign", kWr, L({"submit", "story"}), false,
            "only a draft in 'drafting'");
        row("submit by the reviewer", "drafting", kRv, L({"submit", "story"}), false,
            "only the assigned writer");
        row("submit by the writer", "drafting", kWr, L({"submit", "story"}), true, "review");
        row("submit by an editor", "drafting", kEd, L({"submit", "story"}), true, "review");
        // Review
        row("approve outside review", "drafting", kRv, L({"approve", "story"}), false,
            "not in review");
        row("approve by the writer", "review", kWr, L({"approve", "story"}), false,
            "only a reviewer or an editor");
        row("approve by the reviewer", "review", kRv, L({"approve", "story"}), true, "style-check");
        row("approve by an editor", "review", kEd, L({"approve", "story", "--comment", "Fine"}),
            true, "style-check");
        row("request changes without comment", "review", kRv, L({"request-changes", "story"}),
            false, "say what should change");
        row("request changes", "review", kRv,
            L({"request-changes", "story", "--comment", "Name the source"}), true, "drafting");
        row("advance out of review", "review", kEd, L({"advance", "story"}), false,
            "reviewer's approval");
        row("publish from review", "review", kEd, L({"publish", "story"}), false,
            "only an approved article can be published");
        // Style check
        row("advance by an outsider", "style-check", kOt, L({"advance", "story"}), false,
            "only the writer, the reviewer or an editor");
        row("advance a clean style check", "style-check", kWr, L({"advance", "story"}), true,
            "fact-check");
        row("waive by a writer", "style-check", kWr, L({"waive", "story", "--reason", "fine"}),
            false, "only an editor waives");
        row("waive without a reason", "fact-check", kEd, L({"waive", "story", "--finding", "x"}),
            false, "written reason");
        // Fact check
        row("advance with an unverified claim", "fact-check", kEd, L({"advance", "story"}), false,
            "1 claim(s) are not verified");
        row("sign-off by the writer", "verified", kWr, L({"advance", "story"}), false,
            "editor's sign-off");
        row("sign-off by an editor", "verified", kEd, L({"advance", "story"}), true, "approved");
        // Publication
        row("publish by a writer", "approved", kWr, L({"publish", "story"}), false,
            "only an editor publishes");
        row("publish by an editor", "approved", kEd, L({"publish", "story"}), true, "published");
        row("save a published article", "published", kWr, L({"save", "story"}), false,
            "published; an editor must reopen");
        // Moving back
        row("reopen by a writer", "published", kWr,
            L({"reopen", "story", "--to", "drafting", "--reason", "x"}), false,
            "only an editor moves an article back");
        row("reopen without a reason", "published", kEd, L({"reopen", "story", "--to", "drafting"}),
            false, "needs a reason");
        row("reopen forwards", "review", kEd,
            L({"reopen", "story", "--to", "approved", "--reason", "x"}), false,
            "is not earlier than");
        row("reopen to an unknown stage", "review", kEd,
            L({"reopen", "story", "--to", "limbo", "--reason", "x"}), false, "there is no stage");
        row("reopen by an editor", "published", kEd,
            L({"reopen", "story", "--to", "drafting", "--reason", "Correction"}), true, "drafting");
        // Comments
        row("comment by any member", "review", kOt,
            L({"comment", "story", "--quote", "bridge repairs", "--body", "Which bridge?"}), true,
            "review");
    }

    void cli()
    {
        QFETCH(QString, setup);
        QFETCH(QString, actor);
        QFETCH(QStringList, args);
        QFETCH(bool, allowed);
        QFETCH(QString, expect);
        QTemporaryDir tmp;
        const QString dir = prepared(setup, tmp);
        QVERIFY(!dir.isEmpty());
        const QString before = headOf(dir);
        const QByteArray input =
            args.first() == QLatin1String("save") ? cleanStory() + "Revised.\n" : QByteArray();
        const CliResult r = runCli(dir, args, actor, input);
        if (allowed) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(headOf(dir) != before);
            if (!expect.isEmpty())
                QCOMPARE(stageOf(dir, QStringLiteral("story")), expect);
            // What the CLI allowed, verify accepts.
            const CliResult v = runCli(dir, {QStringLiteral("verify"), QStringLiteral("--range"),
                                             before + QStringLiteral("..HEAD")});
            QVERIFY2(v.exitCode == 0, qPrintable(v.out));
        } else {
            QVERIFY2(r.exitCode != 0, qPrintable(r.out));
            QVERIFY2(r.err.contains(expect), qPrintable(r.err));
            QCOMPARE(headOf(dir), before); // nothing committed
            QVERIFY(runProgram(QStringLiteral("git"),
                               {QStringLiteral("status"), QStringLiteral("--porcelain")}, dir)
                        .out.trimmed()
                        .isEmpty());
        }
    }

    // The library: the same rules through Workflow, with stateful sequences.
    void library()
    {
        QTemporaryDir tmp;
        const QString dir = prepared(QStringLiteral("review"), tmp);
        QVERIFY(!dir.isEmpty());
        Newsroom n = Newsroom::open(dir);
        auto as = [&](const QString &email) {
            n.setActor(Identity{email.section(u'@', 0, 0), email});
        };
        auto refused = [&](const QString &email, const std::function<void(Workflow &)> &action,
                           const QString &why) -> bool {
            as(email);
            const QString before = n.headId();
            Workflow w(n);
            try {
                action(w);
            } catch (const Error &e) {
                const bool good = n.headId() == before && e.kind() == Error::Kind::Refused &&
                                  e.message().contains(why);
                if (!good)
                    qWarning("expected a refusal saying '%s'; got: %s", qPrintable(why),
                             qPrintable(e.message()));
                return good;
            }
            qWarning("expected a refusal saying '%s'; it was allowed", qPrintable(why));
            return false;
        };
        auto stage = [&] { return Articles(n).state(QStringLiteral("story")).stage; };
        const QString s = QStringLiteral("story");

        // The reviewer edits the text in review: now an author, so cannot approve.
        as(kRv);
        Workflow(n).save(s, QString::fromUtf8(cleanStory()) +
                                QStringLiteral("The council meets again in May.\n"));
        QVERIFY(refused(
            kRv, [&](Workflow &w) { w.approve(s); }, QStringLiteral("four-eyes")));
        // An unresolved comment blocks approval by anyone; resolving it unblocks.
        as(kOt);
        const QString comment = Workflow(n).comment(s, QStringLiteral("bridge repairs"),
                                                    QStringLiteral("Which bridge?"));
        QVERIFY(refused(
            kEd, [&](Workflow &w) { w.approve(s); }, QStringLiteral("unresolved")));
        as(kWr);
        Workflow(n).reply(s, comment, QStringLiteral("The Elm Street bridge."));
        Workflow(n).resolve(s, comment);
        {
            // `comments --json` shows what comments.json stores (one shape).
            const CliResult listed =
                runCli(dir, {QStringLiteral("comments"), s, QStringLiteral("--json")});
            QCOMPARE(listed.exitCode, 0);
            const QJsonArray shown = jsonOf(listed).array();
            const QList<Comment> stored = Workflow(n).comments(s);
            QCOMPARE(shown.size(), stored.size());
            const QJsonObject last = shown.last().toObject();
            QCOMPARE(last.value(QStringLiteral("id")).toString(), comment);
            QCOMPARE(last.value(QStringLiteral("body")).toString(),
                     QStringLiteral("Which bridge?"));
            QCOMPARE(last.value(QStringLiteral("resolved")).toBool(), true);
            QCOMPARE(last.value(QStringLiteral("resolvedBy")).toString(), kWr);
            const QJsonArray replies = last.value(QStringLiteral("replies")).toArray();
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.at(0).toObject().value(QStringLiteral("body")).toString(),
                     QStringLiteral("The Elm Street bridge."));
            QCOMPARE(
                QDateTime::fromString(last.value(QStringLiteral("time")).toString(), Qt::ISODate),
                stored.last().time);
        }
        as(kEd);
        Workflow(n).approve(s);
        QCOMPARE(stage(), QStringLiteral("style-check"));

        // Style gate: a repeated word is an error; only an editor waives it, with a reason.
        as(kEd);
        Workflow(n).reopen(s, QStringLiteral("drafting"), QStringLiteral("needs a fix"));
        as(kWr);
        Workflow(n).save(
            s,
            QStringLiteral(
                "The council approved the the bridge repairs.\n\nThey will cost $4.2 million.\n"));
        Workflow(n).submit(s);
        as(kEd);
        Workflow(n).approve(s);
        QVERIFY(refused(
            kWr, [&](Workflow &w) { w.advance(s); },
            QStringLiteral("spelling/style error(s) remain")));
        QVERIFY(refused(
            kWr, [&](Workflow &w) { w.waive(s, QStringLiteral("fine")); },
            QStringLiteral("only an editor waives")));
        QVERIFY(refused(
            kEd, [&](Workflow &w) { w.waive(s, QString()); }, QStringLiteral("written reason")));
        as(kEd);
        Workflow(n).waive(s, QStringLiteral("a quotation, repeated as spoken"));
        as(kWr);
        Workflow(n).advance(s);
        QCOMPARE(stage(), QStringLiteral("fact-check"));

        // Facts gate and the sign-off: an editor who wrote part of it may not sign off.
        QVERIFY(refused(
            kEd, [&](Workflow &w) { w.advance(s); }, QStringLiteral("claim(s) are not verified")));
        as(kRv);
        {
            Workflow w(n);
            const Findings claims = w.claims(s);
            QVERIFY(!claims.isEmpty());
            for (const Finding &f : claims)
                w.verifyClaim(s, f.id, QStringLiteral("council minutes"), {});
        }
        as(kEd);
        Workflow(n).save(s, QStringLiteral("The council approved the the bridge repairs.\n\nThey "
                                           "will cost $4.2 million.\n\nUpdated.\n"));
        QVERIFY(refused(
            kEd, [&](Workflow &w) { w.advance(s); }, QStringLiteral("four-eyes")));
        QVERIFY(refused(
            kWr, [&](Workflow &w) { w.advance(s); }, QStringLiteral("editor's sign-off")));
        as(kEd);
        QVERIFY(refused(
            kEd, [&](Workflow &w) { w.publish(s); }, QStringLiteral("only an approved article")));

        // A second editor signs off and publishes.
        as(kEd);
        Workflow(n).addPerson(QStringLiteral("ed2@example.com"), QStringLiteral("Second Editor"),
                              {QStringLiteral("editor")});
        QVERIFY(refused(
            kWr,
            [&](Workflow &w) {
                w.addPerson(QStringLiteral("x@example.com"), QStringLiteral("X"),
                            {QStringLiteral("editor")});
            },
            QStringLiteral("only an editor manages people")));
        as(QStringLiteral("ed2@example.com"));
        Workflow(n).advance(s);
        QCOMPARE(stage(), QStringLiteral("approved"));
        QVERIFY(refused(
            kWr, [&](Workflow &w) { w.publish(s); }, QStringLiteral("only an editor publishes")));
        as(QStringLiteral("ed2@example.com"));
        Workflow(n).publish(s);
        QCOMPARE(stage(), QStringLiteral("published"));
        QVERIFY(refused(
            kWr, [&](Workflow &w) { w.save(s, QStringLiteral("late change\n")); },
            QStringLiteral("published")));

        // The whole history, library actions included, verifies.
        const CliResult v = runCli(dir, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
