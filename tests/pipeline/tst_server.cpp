// The server: a bare repository served by a real `git daemon` with
// receive-pack on loopback and Copydesk's pre-receive hook installed (the
// real copydesk-cli, by absolute path). A legitimate push lands; forgeries
// are rejected and the server's branch does not move.
#include "helper_content.h"
#include "helper_pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace copydesk::test;

class TestServer : public QObject
{
    Q_OBJECT

    // One served newsroom for every content attack (a row pushes, is
    // refused and resets to the server).
    std::unique_ptr<GitDaemon> m_daemon;
    std::unique_ptr<ScratchNewsroom> m_desk;
    QString m_bare;

    bool contentServer()
    {
        if (m_desk)
            return true;
        m_daemon = std::make_unique<GitDaemon>();
        m_desk = std::make_unique<ScratchNewsroom>();
        m_bare = m_daemon->createBareRepository(QStringLiteral("content.git"));
        const QString dir = m_desk->dir;
        if (!m_daemon->isRunning() || !installHook(m_bare) || !prepareContentDesk(dir) ||
            !ok(git(dir, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                          m_daemon->url(QStringLiteral("content.git"))}),
                "remote add") ||
            !ok(push(dir), "first push"))
            return false;
        // The control: a save built with the same plain-git plumbing lands,
        // so each refusal below is the attack's content, not the forging.
        return forgeEntries(dir, kEd,
                            {{QStringLiteral("articles/draft/index.md"), QStringLiteral("100644"),
                              "---\ntitle: Draft\n---\n\nThe council met on Tuesday.\n"}},
                            QStringLiteral("Save draft\n\nCopydesk-Event: save\nCopydesk-Article: "
                                           "draft\nCopydesk-Actor: ed@example.com\n"
                                           "Copydesk-Stage: drafting\n")) &&
               ok(push(dir), "a plain-git save") && serverHead(m_bare) == headOf(dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode != 0)
            QSKIP("git is not installed");
    }

    void legitimatePushLandsForgeriesDoNot()
    {
        GitDaemon daemon;
        QVERIFY(daemon.isRunning());
        const QString bare = daemon.createBareRepository(QStringLiteral("desk.git"));
        QVERIFY(installHook(bare));
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(ok(git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"),
                               QStringLiteral("origin"), daemon.url(QStringLiteral("desk.git"))}),
                   "remote add"));

        // A legitimate history lands, and the hook says it checked it.
        const CliResult first = push(n.dir, {QStringLiteral("main")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.err.contains(QStringLiteral("every event follows the rules")));
        QCOMPARE(serverHead(bare), headOf(n.dir));
        const QString landed = serverHead(bare);

        struct Forgery {
            const char *name;
            QString email;
            QMap<QString, QByteArray> files;
            QString message;
            QString expected;
        };
        // The reviewer writes in review, so is an author; the CLI then refuses their approval.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("bridge")}, kRv,
                          cleanStory() + "An added line.\n"),
                   "rv save"));
        QVERIFY(ok(push(n.dir), "push the reviewer's edit"));
        const QString afterEdit = serverHead(bare);
        QCOMPARE(afterEdit, headOf(n.dir));
        const QList<Forgery> forgeries{
            {"forged self-approval",
             kRv,
             {{QStringLiteral("articles/bridge/state.json"),
               editedState(n.dir, QStringLiteral("bridge"), QStringLiteral("style-check"))}},
             eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kRv,
                          QStringLiteral("review"), QStringLiteral("style-check")),
             QStringLiteral("four-eyes")},
            {"skipped stage",
             kEd,
             {{QStringLiteral("articles/bridge/state.json"),
               editedState(n.dir, QStringLiteral("bridge"), QStringLiteral("approved"))}},
             eventMessage(QStringLiteral("advance"), QStringLiteral("bridge"), kEd,
                          QStringLiteral("review"), QStringLiteral("approved")),
             QStringLiteral("approve")},
            {"edited state file",
             kWr,
             {{QStringLiteral("articles/bridge/state.json"),
               editedState(n.dir, QStringLiteral("bridge"), QStringLiteral("published"))}},
             QStringLiteral("tidy up"),
             QStringLiteral("files changed outside an event")},
        };
        for (const Forgery &f : forgeries) {
            QVERIFY2(forgeCommit(n.dir, f.email, f.files, f.message), f.name);
            const CliResult r = push(n.dir);
            QVERIFY2(r.exitCode != 0, f.name);
            QVERIFY2(r.err.contains(QStringLiteral("copydesk: rejected:")), qPrintable(r.err));
            QVERIFY2(r.err.contains(f.expected),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(f.name), r.err)));
            QCOMPARE(serverHead(bare), afterEdit);
            resetToServer(n.dir);
            QCOMPARE(headOf(n.dir), afterEdit);
        }

        // Rewriting history and deleting branches are refused too.
        const CliResult force =
            git(n.dir, {QStringLiteral("push"), QStringLiteral("--force"), QStringLiteral("origin"),
                        landed + QStringLiteral(":refs/heads/main")});
        QVERIFY(force.exitCode != 0);
        QVERIFY2(force.err.contains(QStringLiteral("not a fast-forward")), qPrintable(force.err));
        QCOMPARE(serverHead(bare), afterEdit);
        QVERIFY(ok(push(n.dir, {QStringLiteral("main:side")}), "push a side branch"));
        const CliResult del = push(n.dir, {QStringLiteral(":side")});
        QVERIFY(del.exitCode != 0);
        QVERIFY2(del.err.contains(QStringLiteral("deleting")), qPrintable(del.err));
        QCOMPARE(serverHead(bare, QStringLiteral("side")), afterEdit);

        // The story goes on legitimately and lands.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kEd),
                   "editor approves"));
        QVERIFY(ok(push(n.dir), "push the approval"));
        QCOMPARE(serverHead(bare), headOf(n.dir));
        // verify agrees on the bare repository itself.
        const CliResult v = runCli(bare, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }

    // Issue 13, attacks 5 and 6: what the CLI refuses to write, made with
    // plain git and pushed, is refused by the hook naming the rule, and the
    // server's branch does not move.
    void contentAttacksAreRefused_data()
    {
        QTest::addColumn<QString>("attack");
        for (const QString &name : contentAttackNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void contentAttacksAreRefused()
    {
        QFETCH(QString, attack);
        QVERIFY(contentServer());
        const QString dir = m_desk->dir;
        const QString landed = serverHead(m_bare);
        const ContentAttack a = contentAttack(attack, dir);
        QVERIFY(forgeEntries(dir, a.email, a.entries, a.message));
        const CliResult r = push(dir);
        const QString after = serverHead(m_bare);
        resetToServer(dir);
        QVERIFY2(r.exitCode != 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("copydesk: rejected:")) &&
                     r.err.contains(a.expected),
                 qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(a.expected, r.err)));
        QCOMPARE(after, landed);
    }

    // Issue 13 (minor): a ledger entry for a claim the text does not have.
    void ledgerEntryForAnUnknownClaimIsRefused()
    {
        GitDaemon daemon;
        QVERIFY(daemon.isRunning());
        const QString bare = daemon.createBareRepository(QStringLiteral("claims.git"));
        QVERIFY(installHook(bare));
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("fact-check")));
        QVERIFY(ok(git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"),
                               QStringLiteral("origin"), daemon.url(QStringLiteral("claims.git"))}),
                   "remote add"));
        QVERIFY(ok(push(n.dir), "first push"));
        const QString landed = serverHead(bare);
        const QString fake = QStringLiteral("money-000000000000");

        // The CLI refuses it…
        const CliResult cli = runCli(n.dir,
                                     {QStringLiteral("verify-claim"), QStringLiteral("bridge"),
                                      fake, QStringLiteral("--source"), QStringLiteral("made up")},
                                     kRv);
        QVERIFY(cli.exitCode != 0);
        QVERIFY2(cli.err.contains(QStringLiteral("no claim")), qPrintable(cli.err));

        // …so the reviewer records a real claim and re-makes that commit
        // with plain git for a claim id the text does not have.
        const QString claim = firstClaim(n.dir, QStringLiteral("bridge"));
        QVERIFY(!claim.isEmpty());
        QVERIFY(ok(runCli(n.dir,
                          {QStringLiteral("verify-claim"), QStringLiteral("bridge"), claim,
                           QStringLiteral("--source"), QStringLiteral("council minutes")},
                          kRv),
                   "verify-claim"));
        QByteArray ledger = readFile(n.dir + QStringLiteral("/articles/bridge/ledger.json"));
        QString message =
            git(n.dir, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")})
                .out;
        QVERIFY(ledger.contains(claim.toUtf8()) && message.contains(claim));
        ledger.replace(claim.toUtf8(), fake.toUtf8());
        message.replace(claim, fake);
        QVERIFY(ok(git(n.dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                               QStringLiteral("--hard"), QStringLiteral("HEAD~1")}),
                   "reset"));
        QVERIFY(forgeEntries(
            n.dir, kRv,
            {{QStringLiteral("articles/bridge/ledger.json"), QStringLiteral("100644"), ledger}},
            message));
        const CliResult r = push(n.dir);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("the article has no claim '%1'").arg(fake)),
                 qPrintable(r.err));
        QCOMPARE(serverHead(bare), landed);
    }

    void signedEventsWhenRequired()
    {
        if (runProgram(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-?")})
                .exitCode == -1)
            QSKIP("ssh-keygen is not installed");
        GitDaemon daemon;
        const QString bare = daemon.createBareRepository(QStringLiteral("signed.git"));
        QVERIFY(installHook(bare));
        ScratchNewsroom n;
        QTemporaryDir keys;
        const QString rvKey = makeKey(keys.path(), QStringLiteral("rv"), kRv);
        const QString wrKey = makeKey(keys.path(), QStringLiteral("wr"), kWr);
        const QString edKey = makeKey(keys.path(), QStringLiteral("ed"), kEd);
        auto pub = [](const QString &key) {
            return readFile(key + QStringLiteral(".pub")).split(' ').mid(0, 2).join(' ');
        };
        // The editor turns the requirement on and lists the keys (a plain
        // commit by an editor may change the configuration).
        QByteArray config = readFile(n.dir + QStringLiteral("/copydesk/newsroom.json"));
        config.replace("\"requireSignedEvents\": false", "\"requireSignedEvents\": true");
        QVERIFY(config.contains("\"requireSignedEvents\": true"));
        const QByteArray allowed =
            "rv@example.com " + pub(rvKey) + "\ned@example.com " + pub(edKey) + "\n";
        QVERIFY(forgeCommit(n.dir, kEd,
                            {{QStringLiteral("copydesk/newsroom.json"), config},
                             {QStringLiteral("copydesk/allowed_signers"), allowed}},
                            QStringLiteral("Require signed events")));
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(ok(git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"),
                               QStringLiteral("origin"), daemon.url(QStringLiteral("signed.git"))}),
                   "remote add"));
        QVERIFY(ok(push(n.dir, {QStringLiteral("main")}), "first push"));
        const QString landed = serverHead(bare);

        // Without a key, the CLI refuses the approval and commits nothing.
        const CliResult noKey =
            runCli(n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kRv);
        QCOMPARE(noKey.exitCode, 3);
        QVERIFY2(noKey.err.contains(QStringLiteral("signing key")), qPrintable(noKey.err));
        QCOMPARE(headOf(n.dir), landed);

        // An unsigned approval made with plain git is rejected by the server.
        QVERIFY(forgeCommit(
            n.dir, kRv,
            {{QStringLiteral("articles/bridge/state.json"),
              editedState(n.dir, QStringLiteral("bridge"), QStringLiteral("style-check"))}},
            eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kRv,
                         QStringLiteral("review"), QStringLiteral("style-check"))));
        CliResult r = push(n.dir);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("unsigned 'approve'")), qPrintable(r.err));
        QCOMPARE(serverHead(bare), landed);
        resetToServer(n.dir);

        // Signed with a key that is not the reviewer's: rejected.
        QVERIFY(ok(
            runCliWithKey(n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kRv, wrKey),
            "approve with wr's key"));
        QVERIFY(runCli(n.dir, {QStringLiteral("verify")}).exitCode != 0);
        r = push(n.dir);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("wrongly signed 'approve'")), qPrintable(r.err));
        QCOMPARE(serverHead(bare), landed);
        resetToServer(n.dir);

        // Signed with the reviewer's own key: lands.
        QVERIFY(ok(
            runCliWithKey(n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kRv, rvKey),
            "approve signed"));
        const CliResult v = runCli(n.dir, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        r = push(n.dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(serverHead(bare), headOf(n.dir));

        // git itself accepts Copydesk's signature (same format as gpg.format=ssh).
        QFile signers(keys.path() + QStringLiteral("/allowed"));
        QVERIFY(signers.open(QIODevice::WriteOnly));
        signers.write(allowed);
        signers.close();
        const CliResult gitCheck = git(
            n.dir, {QStringLiteral("-c"), QStringLiteral("gpg.format=ssh"), QStringLiteral("-c"),
                    QStringLiteral("gpg.ssh.allowedSignersFile=") + signers.fileName(),
                    QStringLiteral("verify-commit"), QStringLiteral("HEAD")});
        QVERIFY2(gitCheck.exitCode == 0, qPrintable(gitCheck.err));

        // The requirement cannot be switched off (nor a key added) by an
        // unsigned commit in an editor's name…
        QByteArray off = config;
        off.replace("\"requireSignedEvents\": true", "\"requireSignedEvents\": false");
        QVERIFY(forgeCommit(n.dir, kEd, {{QStringLiteral("copydesk/newsroom.json"), off}},
                            QStringLiteral("Relax")));
        r = push(n.dir);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("unsigned 'configuration change'")),
                 qPrintable(r.err));
        resetToServer(n.dir);
        // …and people changes need the editor's signature too.
        const CliResult unsignedPeople = runCli(
            n.dir, {QStringLiteral("people"), QStringLiteral("add"),
                    QStringLiteral("x@example.com"), QStringLiteral("--name"), QStringLiteral("X"),
                    QStringLiteral("--role"), QStringLiteral("editor")});
        QCOMPARE(unsignedPeople.exitCode, 3);
        QCOMPARE(headOf(n.dir), serverHead(bare));
        QVERIFY(ok(
            runCliWithKey(n.dir,
                          {QStringLiteral("people"), QStringLiteral("add"),
                           QStringLiteral("x@example.com"), QStringLiteral("--name"),
                           QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("writer")},
                          kEd, edKey),
            "signed people add"));
        r = push(n.dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Events that need no signature still go through unsigned.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}, kWr),
                   "advance out of style check"));
        QVERIFY(ok(push(n.dir), "push unsigned advance"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
