// The server: a bare repository served by a real `git daemon` with
// receive-pack on loopback and Copydesk's pre-receive hook installed (the
// real copydesk-cli, by absolute path). A legitimate push lands; forgeries
// are rejected and the server's branch does not move.
#include "helper_pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace copydesk::test;

class TestServer : public QObject
{
    Q_OBJECT
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
