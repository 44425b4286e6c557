// The newsroom's server over HTTP, as Gitea, GitLab or a web server share
// it: git http-backend behind a real lighttpd on loopback with basic
// authentication and Copydesk's pre-receive hook (the real copydesk-cli).
// Clones and syncs carry the token from COPYDESK_GIT_TOKEN or from the
// address; a wrong or missing token is refused with a message that says so
// and never quotes it, and no file Copydesk writes holds it; the hook's
// refusal reaches the person pushing. (tst_sync runs the sync and conflict
// tests over this server too.)
#include "core/Url.h"
#include "helper_pipeline.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace copydesk::test;

namespace
{

// The CLI as `email` with COPYDESK_GIT_TOKEN set to `token`, or unset when
// `token` is empty, whatever the test process has.
CliResult cliWithToken(const QString &dir, const QStringList &args, const QString &token,
                       const QString &email = kEd)
{
    QProcessEnvironment env = actorEnvironment(email);
    env.remove(QStringLiteral("COPYDESK_GIT_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("COPYDESK_GIT_TOKEN"), token);
    return runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), args, dir, {}, env);
}

// Every file under `dir` (hidden ones and .git included) holding `needle`.
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList out;
    const QByteArray bytes = needle.toUtf8();
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(bytes))
            out.append(path);
    }
    return out;
}

// Fails the test (returns false) when `secret` shows in what the CLI said.
bool quiet(const CliResult &r, const QString &secret, const char *what)
{
    if (r.out.contains(secret) || r.err.contains(secret)) {
        qWarning("%s printed the token: %s%s", what, qPrintable(r.out), qPrintable(r.err));
        return false;
    }
    return true;
}

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = HttpGitServer::unavailable(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    void credentialsInAddresses()
    {
        using copydesk::redactedUrl;
        using copydesk::splitUrlCredentials;
        const auto c = splitUrlCredentials(
            QStringLiteral("https://alice:t0k%40en@git.example.org:8443/desk.git"));
        QCOMPARE(c.url, QStringLiteral("https://alice@git.example.org:8443/desk.git"));
        QCOMPARE(c.user, QStringLiteral("alice"));
        QCOMPARE(c.password, QStringLiteral("t0k@en"));
        QCOMPARE(splitUrlCredentials(QStringLiteral("https://:tok@h/d.git")).url,
                 QStringLiteral("https://h/d.git"));
        QCOMPARE(splitUrlCredentials(QStringLiteral("https://alice@h/d.git")).password, QString());
        // Not addresses with credentials: an '@' in the path, scp-like SSH, a path.
        for (const QString &plain :
             {QStringLiteral("https://h/news@desk.git"), QStringLiteral("git@h:desk.git"),
              QStringLiteral("/srv/git/desk.git"), QStringLiteral("ssh://git@h/desk.git")}) {
            QCOMPARE(splitUrlCredentials(plain).url, plain);
            QCOMPARE(splitUrlCredentials(plain).password, QString());
            QCOMPARE(redactedUrl(plain), plain);
        }
        QCOMPARE(redactedUrl(QStringLiteral("https://alice:s3cret@h/d.git?x=1")),
                 QStringLiteral("https://alice:***@h/d.git?x=1"));
        QCOMPARE(copydesk::withoutSecrets(QStringLiteral("bad t@k and t%40k"),
                                          {QStringLiteral("t@k"), QString()}),
                 QStringLiteral("bad *** and ***"));
    }

    // Two clones exchange work over HTTP with the token, through the hook.
    void cloneAndSyncWithToken()
    {
        TwoClones s(Transport::Http);
        QVERIFY2(s.isRunning(), "lighttpd did not start");
        QVERIFY(installHook(s.bare));
        auto *http = static_cast<HttpGitServer *>(s.server.get());
        const QString token = http->token();
        QVERIFY(ok(runCli(s.a.dir, {QStringLiteral("new"), QStringLiteral("from-a"),
                                    QStringLiteral("--title"), QStringLiteral("From A")}),
                   "new from-a"));
        const QString shared = s.share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        QCOMPARE(serverHead(s.bare), headOf(s.a.dir));
        QVERIFY(ok(runCli(s.b, {QStringLiteral("new"), QStringLiteral("from-b"),
                                QStringLiteral("--title"), QStringLiteral("From B")}),
                   "new from-b"));
        const CliResult syncB = runCli(s.b, {QStringLiteral("sync")});
        QVERIFY2(syncB.exitCode == 0, qPrintable(syncB.err));
        QVERIFY(quiet(syncB, token, "sync"));
        const CliResult syncA = runCli(s.a.dir, {QStringLiteral("sync")});
        QVERIFY2(syncA.exitCode == 0, qPrintable(syncA.err));
        QVERIFY2(syncA.out.contains(QStringLiteral("1 revision(s) received")),
                 qPrintable(syncA.out));
        QCOMPARE(headOf(s.a.dir), headOf(s.b));
        QCOMPARE(serverHead(s.bare), headOf(s.b));
        QVERIFY(QFile::exists(s.a.dir + QStringLiteral("/articles/from-b/index.md")));
        // The hook checked what arrived; the server's history verifies.
        const CliResult v = runCli(s.bare, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        // The token is in no file of either clone.
        QCOMPARE(filesContaining(s.a.dir, token), QStringList());
        QCOMPARE(filesContaining(s.b, token), QStringList());
        QCOMPARE(runCli(s.b, {QStringLiteral("remote")}).out.trimmed(),
                 QStringLiteral("origin\t") + s.url);
    }

    void wrongOrMissingTokenIsRefusedClearly()
    {
        TwoClones s(Transport::Http);
        QVERIFY2(s.isRunning(), "lighttpd did not start");
        QVERIFY(ok(runCli(s.a.dir, {QStringLiteral("new"), QStringLiteral("story"),
                                    QStringLiteral("--title"), QStringLiteral("Story")}),
                   "new"));
        const QString shared = s.share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        auto *http = static_cast<HttpGitServer *>(s.server.get());
        const QString wrong = QStringLiteral("wrong-") + http->token().right(12);
        QTemporaryDir tmp;

        // No token at all: the server asks for one, and the message says how.
        const QString none = tmp.path() + QStringLiteral("/none");
        CliResult r = cliWithToken(tmp.path(), {QStringLiteral("clone"), s.url, none}, {});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 401")) &&
                     r.err.contains(QStringLiteral("COPYDESK_GIT_TOKEN")) && r.err.contains(s.url),
                 qPrintable(r.err));
        QVERIFY(!QDir(none).exists() || QDir(none).isEmpty());

        // A wrong token: refused, said so, never echoed, nothing left behind.
        const QString bad = tmp.path() + QStringLiteral("/bad");
        r = cliWithToken(tmp.path(), {QStringLiteral("clone"), s.url, bad}, wrong);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("refused the credentials (HTTP 401)")),
                 qPrintable(r.err));
        QVERIFY(quiet(r, wrong, "clone with a wrong token"));
        QCOMPARE(filesContaining(tmp.path(), wrong), QStringList());

        // The same for a sync: refused, and a's work is all still there.
        const QString before = headOf(s.a.dir);
        QVERIFY(ok(runCli(s.a.dir, {QStringLiteral("new"), QStringLiteral("late"),
                                    QStringLiteral("--title"), QStringLiteral("Late")}),
                   "new late"));
        const QString local = headOf(s.a.dir);
        r = cliWithToken(s.a.dir, {QStringLiteral("sync")}, wrong);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("refused the credentials (HTTP 401)")) &&
                     r.err.contains(QStringLiteral("user 'git'")),
                 qPrintable(r.err));
        QVERIFY(quiet(r, wrong, "sync with a wrong token"));
        QCOMPARE(headOf(s.a.dir), local);
        QCOMPARE(serverHead(s.bare), before);
        QCOMPARE(filesContaining(s.a.dir, wrong), QStringList());
        r = cliWithToken(s.a.dir, {QStringLiteral("sync")}, {});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("none were given")), qPrintable(r.err));

        // The server's logs have no token either (lighttpd logs the refusals).
        QVERIFY(readFile(http->errorLogPath()).contains("password doesn't match"));
        for (const QString &log : {http->errorLogPath(), http->outputLogPath()}) {
            QVERIFY(!readFile(log).contains(wrong.toUtf8()));
            QVERIFY(!readFile(log).contains(http->token().toUtf8()));
        }
    }

    void tokenInTheAddressIsUsedNotStored()
    {
        TwoClones s(Transport::Http);
        QVERIFY2(s.isRunning(), "lighttpd did not start");
        const QString shared = s.share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        auto *http = static_cast<HttpGitServer *>(s.server.get());
        const QString token = http->token();
        const QString withToken = http->urlWithToken(QStringLiteral("desk.git"));
        QTemporaryDir tmp;

        // A clone from an address with the token, and no COPYDESK_GIT_TOKEN.
        const QString c = tmp.path() + QStringLiteral("/c");
        CliResult r = cliWithToken(tmp.path(), {QStringLiteral("clone"), withToken, c}, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(quiet(r, token, "clone"));
        QVERIFY2(r.err.contains(QStringLiteral("not stored")), qPrintable(r.err));
        QCOMPARE(filesContaining(tmp.path(), token), QStringList());
        r = cliWithToken(c, {QStringLiteral("remote")}, {});
        QCOMPARE(r.out.trimmed(), QStringLiteral("origin\thttp://git@") + s.url.mid(7));
        // Later syncs need the token from the environment, as the CLI said.
        r = cliWithToken(c, {QStringLiteral("sync")}, {});
        QVERIFY2(r.exitCode != 0 && r.err.contains(QStringLiteral("HTTP 401")), qPrintable(r.err));
        r = cliWithToken(c, {QStringLiteral("sync")}, token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A wrong token in the address: the message shows the address redacted.
        const QString wrong = QStringLiteral("wrong-") + token.right(12);
        QString badUrl = withToken;
        badUrl.replace(token, wrong);
        r = cliWithToken(tmp.path(),
                         {QStringLiteral("clone"), badUrl, tmp.path() + QStringLiteral("/d")}, {});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 401")) &&
                     r.err.contains(QStringLiteral("git:***@127.0.0.1")),
                 qPrintable(r.err));
        QVERIFY(quiet(r, wrong, "clone with a wrong token in the address"));

        // remote set keeps the address and drops the token.
        r = cliWithToken(
            c,
            {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"), withToken},
            {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(quiet(r, token, "remote set"));
        QVERIFY(r.err.contains(QStringLiteral("not stored")));
        QCOMPARE(filesContaining(c, token), QStringList());

        // An address with a token put there by plain git is used as it is,
        // and listed and reported redacted.
        QVERIFY(ok(git(c, {QStringLiteral("remote"), QStringLiteral("set-url"),
                           QStringLiteral("origin"), badUrl}),
                   "git remote set-url"));
        r = cliWithToken(c, {QStringLiteral("remote")}, {});
        QVERIFY(quiet(r, wrong, "remote"));
        QVERIFY2(r.out.contains(QStringLiteral("git:***@127.0.0.1")), qPrintable(r.out));
        r = cliWithToken(c, {QStringLiteral("sync")}, {});
        QVERIFY(r.exitCode != 0);
        QVERIFY(quiet(r, wrong, "sync through a token in the configured address"));
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 401")), qPrintable(r.err));
        QVERIFY(ok(git(c, {QStringLiteral("remote"), QStringLiteral("set-url"),
                           QStringLiteral("origin"), withToken}),
                   "git remote set-url"));
        runCli(s.a.dir, {QStringLiteral("new"), QStringLiteral("more"), QStringLiteral("--title"),
                         QStringLiteral("More")});
        QVERIFY(ok(runCli(s.a.dir, {QStringLiteral("sync")}), "sync a"));
        r = cliWithToken(c, {QStringLiteral("sync")}, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(quiet(r, token, "sync"));
        QCOMPARE(headOf(c), headOf(s.a.dir));
        // The token is only where plain git put it.
        QCOMPARE(filesContaining(c, token), QStringList{c + QStringLiteral("/.git/config")});
    }

    void missingRepositoryForbiddenPushAndUnreachableServer()
    {
        HttpGitServer http;
        QVERIFY2(http.isRunning(), "lighttpd did not start");
        ScratchNewsroom n;
        runCli(n.dir, {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"),
                       http.url(QStringLiteral("none.git"))});
        CliResult r = cliWithToken(n.dir, {QStringLiteral("sync")}, http.token());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no repository at that address (HTTP 404)")),
                 qPrintable(r.err));
        // A repository that takes no pushes (http-backend answers 403).
        const QString bare = http.createBareRepository(QStringLiteral("readonly.git"));
        QVERIFY(ok(git(bare, {QStringLiteral("config"), QStringLiteral("http.receivepack"),
                              QStringLiteral("false")}),
                   "git config"));
        runCli(n.dir, {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"),
                       http.url(QStringLiteral("readonly.git"))});
        r = cliWithToken(n.dir, {QStringLiteral("sync")}, http.token());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("refused access (HTTP 403)")), qPrintable(r.err));
        QCOMPARE(serverHead(bare), QString());
        // A port nobody listens on (a server's, once it is gone).
        {
            HttpGitServer stopped;
            runCli(n.dir, {QStringLiteral("remote"), QStringLiteral("set"),
                           QStringLiteral("origin"), stopped.url(QStringLiteral("desk.git"))});
        }
        r = cliWithToken(n.dir, {QStringLiteral("sync")}, http.token());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("could not reach the server at http://127.0.0.1:")),
                 qPrintable(r.err));
        QVERIFY(quiet(r, http.token(), "sync to a stopped server"));
    }

    // The web server checks the token and hands the hooks the user name
    // alone: a hook that logs its environment logs no token.
    void hooksSeeTheUserNotTheToken()
    {
        // Copydesk's settings (and the sanitizers' options) reach the hook
        // as they would through git daemon; the client's token does not.
        qputenv("COPYDESK_TEST_FORWARDED", "yes");
        qputenv("COPYDESK_GIT_TOKEN", "client-side-token");
        HttpGitServer http;
        qunsetenv("COPYDESK_TEST_FORWARDED");
        qunsetenv("COPYDESK_GIT_TOKEN");
        QVERIFY2(http.isRunning(), "lighttpd did not start");
        const QString bare = http.createBareRepository(QStringLiteral("desk.git"));
        QFile hook(bare + QStringLiteral("/hooks/pre-receive"));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("#!/bin/sh\nenv > \"$GIT_DIR/hook-environment\"\n");
        hook.close();
        QVERIFY(hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        ScratchNewsroom n;
        QVERIFY(ok(
            git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                        http.urlWithToken(QStringLiteral("desk.git"))}),
            "remote add"));
        QVERIFY(ok(push(n.dir), "push"));
        const QByteArray env = readFile(bare + QStringLiteral("/hook-environment"));
        QVERIFY2(env.contains("\nREMOTE_USER=git\n"), env.constData());
        QVERIFY2(env.contains("\nCOPYDESK_TEST_FORWARDED=yes\n"), env.constData());
        QVERIFY2(!env.contains("client-side-token"), env.constData());
        QVERIFY2(!env.contains(http.token().toUtf8()), env.constData());
        QVERIFY2(!env.contains((HttpGitServer::user() + u':' + http.token()).toUtf8().toBase64()),
                 env.constData());
    }

    // The hook's refusal reaches the person pushing, over HTTP: with plain
    // git (the token in the address) and with Copydesk's sync.
    void hookRefusalIsShown()
    {
        HttpGitServer http;
        QVERIFY2(http.isRunning(), "lighttpd did not start");
        const QString bare = http.createBareRepository(QStringLiteral("desk.git"));
        QVERIFY(installHook(bare));
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(ok(
            git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                        http.urlWithToken(QStringLiteral("desk.git"))}),
            "remote add"));
        const CliResult first = push(n.dir);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("every event follows the rules")),
                 qPrintable(first.err));
        const QString landed = serverHead(bare);
        QCOMPARE(landed, headOf(n.dir));

        // A skipped stage, by hand, pushed with plain git.
        auto forge = [&] {
            return forgeCommit(
                n.dir, kEd,
                {{QStringLiteral("articles/bridge/state.json"),
                  editedState(n.dir, QStringLiteral("bridge"), QStringLiteral("approved"))}},
                eventMessage(QStringLiteral("advance"), QStringLiteral("bridge"), kEd,
                             QStringLiteral("review"), QStringLiteral("approved")));
        };
        QVERIFY(forge());
        const CliResult plain = push(n.dir);
        QVERIFY(plain.exitCode != 0);
        QVERIFY2(plain.err.contains(QStringLiteral("copydesk: rejected:")) &&
                     plain.err.contains(QStringLiteral("pre-receive hook declined")),
                 qPrintable(plain.err));
        QCOMPARE(serverHead(bare), landed);
        resetToServer(n.dir);

        // The same forgery sent by Copydesk's sync (token from the
        // environment): refused with the hook's own words, nothing lost here.
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("remote"), QStringLiteral("set"),
                                  QStringLiteral("origin"), http.url(QStringLiteral("desk.git"))}),
                   "remote set"));
        QVERIFY(forge());
        const QString forged = headOf(n.dir);
        const CliResult sync = cliWithToken(n.dir, {QStringLiteral("sync")}, http.token());
        QCOMPARE(sync.exitCode, 3);
        QVERIFY2(sync.err.contains(QStringLiteral("the server refused the push")) &&
                     sync.err.contains(QStringLiteral("copydesk: rejected:")) &&
                     sync.err.contains(QStringLiteral("approve")),
                 qPrintable(sync.err));
        QVERIFY(quiet(sync, http.token(), "refused sync"));
        QCOMPARE(serverHead(bare), landed);
        QCOMPARE(headOf(n.dir), forged);
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
