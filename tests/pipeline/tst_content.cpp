// What a newsroom may hold (newsroom/ContentPolicy, core/Json, core/Trailers,
// core/Paths): the routine itself, then `verify` over a history that already
// has each content attack of issue 13 (tst_server pushes the same attacks
// to the hook).
#include "helper_content.h"
#include "helper_pipeline.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Paths.h"
#include "core/Trailers.h"
#include "newsroom/ContentPolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace copydesk::test;
using copydesk::Error;
using copydesk::firstSymLink;
using copydesk::parseJsonObject;
using copydesk::refuseSymLink;
using copydesk::symLinkWithin;
using copydesk::Trailers;
namespace ContentPolicy = copydesk::ContentPolicy;

namespace
{

// The message of the Error `f` throws; empty when it throws none.
template <typename F> QString refusal(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message().isEmpty() ? QStringLiteral("(empty message)") : e.message();
    }
    return {};
}

} // namespace

class TestContent : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchNewsroom> m_desk;

    bool contentDesk()
    {
        if (m_desk)
            return true;
        m_desk = std::make_unique<ScratchNewsroom>();
        return prepareContentDesk(m_desk->dir);
    }

private Q_SLOTS:
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("plain") << QByteArray(R"({"stage": "drafting", "a": {"stage": 1}})")
                               << QString();
        QTest::newRow("same key in two objects")
            << QByteArray(R"({"x": {"k": 1}, "y": [{"k": 1}, {"k": 2}]})") << QString();
        QTest::newRow("a key that is a value elsewhere")
            << QByteArray(R"({"k": "k", "l": ["k", "k"]})") << QString();
        QTest::newRow("duplicate key") << QByteArray(R"({"stage": "a", "stage": "b"})")
                                       << QStringLiteral("duplicate key 'stage'");
        QTest::newRow("duplicate in a nested object")
            << QByteArray(R"({"people": {"a@x": {"roles": [], "roles": ["editor"]}}})")
            << QStringLiteral("duplicate key 'roles'");
        QTest::newRow("duplicate spelled with an escape")
            << QByteArray(R"({"stage": "a", "st\u0061ge": "b"})")
            << QStringLiteral("duplicate key 'stage'");
        QTest::newRow("duplicate after an array")
            << QByteArray(R"({"a": [1, {"b": 2}], "c": 3, "a": 4})")
            << QStringLiteral("duplicate key 'a'");
        QTest::newRow("trailing garbage")
            << QByteArray(R"({"a": 1} {"a": 2})") << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"a\": \"caf\xe9\"}") << QStringLiteral("invalid UTF-8 in state.json");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not an object");
        QTest::newRow("17 MB") << QByteArray("{\"a\": \"") + QByteArray(17 << 20, 'x') + "\"}"
                               << QStringLiteral("larger than 16 MB");
    }
    void strictJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString got = refusal([&] { parseJsonObject(json, QStringLiteral("state.json")); });
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void trailersAreUnique()
    {
        const Trailers t = Trailers::parse(QStringLiteral(
            "Save x\n\nCopydesk-Event: save\nCopydesk-Actor: a@x\ncopydesk-actor: b@x\n"
            "Copydesk-Finding: f1\nCopydesk-Finding: f2\nSigned-off-by: A\nSigned-off-by: B\n"
            "Copydesk-Event: publish\n"));
        // Named as first written; Copydesk-Finding repeats by design and
        // keys outside Copydesk's are not Copydesk's business.
        QCOMPARE(t.repeatedKeys(),
                 (QStringList{QStringLiteral("Copydesk-Event"), QStringLiteral("Copydesk-Actor")}));
        // Every reader takes the first value, whichever way it asks.
        QCOMPARE(t.value(QStringLiteral("Copydesk-Actor")), QStringLiteral("a@x"));
        const QMap<QString, QString> fields = t.copydeskFields();
        QCOMPARE(fields.value(QStringLiteral("Actor")), QStringLiteral("a@x"));
        QCOMPARE(fields.value(QStringLiteral("Event")), QStringLiteral("save"));
        QCOMPARE(fields.value(QStringLiteral("Finding")), QStringLiteral("f1"));
        QVERIFY(!fields.contains(QStringLiteral("actor")));
        QVERIFY(Trailers::parse(QStringLiteral("S\n\nCopydesk-Finding: a\nCopydesk-Finding: b\n"))
                    .repeatedKeys()
                    .isEmpty());
    }

    void slugs()
    {
        const QString korean = QStringLiteral("서울-예산");
        const QString nfd = korean.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd != korean);
        QVERIFY(refusal([&] { ContentPolicy::validateSlug(korean); }).isEmpty());
        QVERIFY(refusal([&] { ContentPolicy::validateSlug(nfd); }).contains(QStringLiteral("NFC")));
        QCOMPARE(ContentPolicy::slugKey(nfd), korean);
        bool listed = false;
        const QString twin = refusal([&] {
            ContentPolicy::validateNewSlug(nfd, [&] {
                listed = true;
                return QStringList{QStringLiteral("draft"), korean};
            });
        });
        QVERIFY2(twin.contains(QStringLiteral("twin of the existing article '%1'").arg(korean)),
                 qPrintable(twin));
        // A slug that is its own key lists nothing (no articles/ listing per `new`).
        listed = false;
        QVERIFY(refusal([&] {
                    ContentPolicy::validateNewSlug(QStringLiteral("fresh"), [&] {
                        listed = true;
                        return QStringList();
                    });
                }).isEmpty());
        QVERIFY(!listed);
        for (const QString &bad :
             {QStringLiteral("Evil"), QStringLiteral(".evil"), QStringLiteral("evil slug"),
              QString(81, u'a'), QStringLiteral("ｅｖｉｌ"), QString()})
            QVERIFY2(!refusal([&] {
                          ContentPolicy::validateNewSlug(bad, [] { return QStringList(); });
                      }).isEmpty(),
                     qPrintable(bad));
        // A full-width twin of an existing Latin slug is named as one.
        QVERIFY(refusal([&] {
                    ContentPolicy::validateNewSlug(QStringLiteral("ｅｖｉｌ"), [] {
                        return QStringList{QStringLiteral("evil")};
                    });
                }).contains(QStringLiteral("twin of the existing article 'evil'")));
    }

    void articleText_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("good") << QByteArray("---\ntitle: T\n---\n\n서울 text\n") << QString();
        QTest::newRow("no front matter") << QByteArray("Just text.\n") << QString();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("blank") << QByteArray(" \n\t\n") << QStringLiteral("is empty");
        QTest::newRow("NUL") << QByteArray("a\0b\n", 4) << QStringLiteral("a NUL byte in x.md");
        QTest::newRow("invalid UTF-8")
            << QByteArray("caf\xe9\n") << QStringLiteral("invalid UTF-8 in x.md");
        QTest::newRow("17 MB") << QByteArray(17 << 20, 'a') << QStringLiteral("larger than 16 MB");
        QTest::newRow("front matter never closed")
            << QByteArray("---\ntitle: T\n\ntext\n") << QStringLiteral("front matter of x.md");
    }
    void articleText()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        const QString got =
            refusal([&] { ContentPolicy::validateArticleText(file, QStringLiteral("x.md")); });
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void linksInThePath()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/articles/good")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/outside")));
        QVERIFY(QFile::link(root + QStringLiteral("/outside"),
                            root + QStringLiteral("/articles/linked")));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                            root + QStringLiteral("/articles/good/index.md")));
        QCOMPARE(firstSymLink(root, QStringLiteral("articles/linked/index.md")),
                 root + QStringLiteral("/articles/linked"));
        QCOMPARE(firstSymLink(root, QStringLiteral("articles/good/index.md")),
                 root + QStringLiteral("/articles/good/index.md"));
        QCOMPARE(firstSymLink(root, QStringLiteral("articles/good/state.json")), QString());
        QVERIFY(!symLinkWithin(root, QStringLiteral("articles")).isEmpty());
        QCOMPARE(symLinkWithin(root, QStringLiteral("outside")), QString());
        QVERIFY(refusal([&] {
                    refuseSymLink(root, QStringLiteral("articles/good/index.md"));
                }).contains(QStringLiteral("articles/good/index.md is a symbolic link")));
    }

    // The CLI applies the same routine before it writes: what the hook
    // refuses, `new` and `save` refuse first, and commit nothing.
    void cliRefusesTheSameContent()
    {
        QVERIFY(contentDesk());
        const QString dir = m_desk->dir;
        const QString before = headOf(dir);
        const QString nfd = QStringLiteral("서울-예산").normalized(QString::NormalizationForm_D);
        const CliResult twin = runCli(
            dir, {QStringLiteral("new"), nfd, QStringLiteral("--title"), QStringLiteral("Twin")});
        QCOMPARE(twin.exitCode, 2);
        QVERIFY2(twin.err.contains(QStringLiteral("is a twin of the existing article '서울-예산'")),
                 qPrintable(twin.err));
        static const char withNul[] = "The council\0 met.\n";
        const CliResult nul = runCli(dir, {QStringLiteral("save"), QStringLiteral("draft")}, kEd,
                                     QByteArray(withNul, sizeof withNul - 1));
        QCOMPARE(nul.exitCode, 2);
        QVERIFY2(nul.err.contains(QStringLiteral("a NUL byte in the new text")) &&
                     nul.err.contains(QStringLiteral("nothing was saved")),
                 qPrintable(nul.err));
        QCOMPARE(headOf(dir), before);
    }

    // verify over a history that already holds each attack reports it.
    void verifyReportsContentAttacks_data()
    {
        QTest::addColumn<QString>("attack");
        for (const QString &name : contentAttackNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void verifyReportsContentAttacks()
    {
        QFETCH(QString, attack);
        QVERIFY(contentDesk());
        const QString dir = m_desk->dir;
        const QString before = headOf(dir);
        const ContentAttack a = contentAttack(attack, dir);
        QVERIFY(forgeEntries(dir, a.email, a.entries, a.message));
        const CliResult r = runCli(dir, {QStringLiteral("verify"), QStringLiteral("--range"),
                                         before + QStringLiteral("..HEAD")});
        QVERIFY(ok(git(dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                             QStringLiteral("--hard"), before}),
                   "reset"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(a.expected),
            qPrintable(QStringLiteral("expected '%1' in:\n%2%3").arg(a.expected, r.out, r.err)));
    }

    // A merge's trailers are read by audit (syncs) and are unique too.
    void verifyReportsRepeatedTrailersOnAMerge()
    {
        ScratchNewsroom n;
        QVERIFY(prepareContentDesk(n.dir));
        QVERIFY(ok(git(n.dir, {QStringLiteral("branch"), QStringLiteral("side")}), "branch"));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("draft")}, kEd,
                          "The council met on Tuesday.\n"),
                   "save on main"));
        QVERIFY(ok(
            git(n.dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("side")}),
            "checkout side"));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("new"), QStringLiteral("other"),
                                  QStringLiteral("--title"), QStringLiteral("Other")}),
                   "new on side"));
        QVERIFY(ok(
            git(n.dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}),
            "checkout main"));
        const QString before = headOf(n.dir);
        QVERIFY(
            ok(git(n.dir, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"),
                           QStringLiteral("side"), QStringLiteral("-m"),
                           QStringLiteral("Merge work\n\nCopydesk-Event: sync\n"
                                          "Copydesk-Event: publish\n")}),
               "merge"));
        const CliResult r = runCli(n.dir, {QStringLiteral("verify"), QStringLiteral("--range"),
                                           before + QStringLiteral("..HEAD")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QStringLiteral("the trailer Copydesk-Event appears more than once")),
            qPrintable(r.out + r.err));
        // The same merge with its trailers once is fine: the refusal is the repeat.
        QVERIFY(ok(git(n.dir, {QStringLiteral("commit"), QStringLiteral("-q"),
                               QStringLiteral("--amend"), QStringLiteral("-m"),
                               QStringLiteral("Merge work\n\nCopydesk-Event: sync\n")}),
                   "amend"));
        const CliResult fine = runCli(n.dir, {QStringLiteral("verify"), QStringLiteral("--range"),
                                              before + QStringLiteral("..HEAD")});
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.out + fine.err));
    }

    void verifyReportsALedgerEntryForAnUnknownClaim()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        const QString before = headOf(n.dir);
        const QString claim = firstClaim(n.dir, QStringLiteral("bridge"));
        QVERIFY(!claim.isEmpty());
        QVERIFY(ok(runCli(n.dir,
                          {QStringLiteral("verify-claim"), QStringLiteral("bridge"), claim,
                           QStringLiteral("--source"), QStringLiteral("council minutes")},
                          kRv),
                   "verify-claim"));
        QCOMPARE(runCli(n.dir, {QStringLiteral("verify")}).exitCode, 0);
        QFile f(n.dir + QStringLiteral("/articles/bridge/ledger.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString fake = QStringLiteral("money-000000000000");
        const QByteArray ledger = f.readAll().replace(claim.toUtf8(), fake.toUtf8());
        const QString message =
            git(n.dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})
                .out.replace(claim, fake);
        QVERIFY(ok(git(n.dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                               QStringLiteral("--hard"), before}),
                   "reset"));
        QVERIFY(forgeEntries(
            n.dir, kRv,
            {{QStringLiteral("articles/bridge/ledger.json"), QStringLiteral("100644"), ledger}},
            message));
        const CliResult r = runCli(n.dir, {QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("the article has no claim '%1'").arg(fake)),
                 qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
