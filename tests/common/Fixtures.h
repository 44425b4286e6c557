#pragma once
// Shared test fixtures: real repositories, the real CLI, a real git daemon.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace copydesk::test
{

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs build/bin/copydesk-cli with `args` in `dir`, acting as `email` (the
// name is derived from it). `input` goes to standard input.
CliResult runCli(const QString &dir, const QStringList &args,
                 const QString &email = QStringLiteral("ed@example.com"),
                 const QByteArray &input = {});

// Runs a program (git, ssh-keygen…) and returns its result.
CliResult runProgram(const QString &program, const QStringList &args, const QString &dir = {},
                     const QByteArray &input = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

QProcessEnvironment actorEnvironment(const QString &email);

// A newsroom in a temporary folder: created by the CLI's `init` with
// ed@example.com as editor, plus wr@example.com (writer) and
// rv@example.com (reviewer).
struct ScratchNewsroom {
    ScratchNewsroom();
    QTemporaryDir tmp;
    QString dir;
};

// A real git server on a free loopback port, started by the constructor of
// a subclass and stopped (SIGTERM, then waited for) when destroyed.
class GitServer
{
public:
    virtual ~GitServer();
    GitServer(const GitServer &) = delete;
    GitServer &operator=(const GitServer &) = delete;
    bool isRunning() const; // accepts connections
    virtual QString url(const QString &repoName) const = 0;
    QString createBareRepository(const QString &name);  // returns its path
    QString basePath() const { return m_repositories; } // where the repositories are
    QString outputLogPath() const;                      // the server's standard output and error

protected:
    GitServer(); // picks port()
    // Starts `argv` (a server staying in the foreground, told to listen on
    // port()) and waits until it accepts connections there, or exits, or
    // 10 s have passed.
    void start(const QStringList &argv);
    int port() const { return m_port; }
    QTemporaryDir m_tmp;
    QString m_repositories;

private:
    int m_port = 0;
    qint64 m_pid = 0;
};

// A bare repository served by a real `git daemon` (receive-pack enabled) on
// a free loopback port; stopped when destroyed.
class GitDaemon : public GitServer
{
public:
    GitDaemon();
    QString url(const QString &repoName) const override; // git://127.0.0.1:PORT/NAME
};

// Bare repositories served over HTTP as a newsroom's web server would: git
// http-backend as a CGI program behind a real lighttpd on a free loopback
// port, with basic authentication (user "git", the password token()), so
// every request needs the token and pushes run the repository's hooks
// (http-backend allows receive-pack to authenticated users only). The
// configuration is the one docs/server.md gives. Runs as root too (CI):
// lighttpd then keeps root's rights, as the files are root's.
class HttpGitServer : public GitServer
{
public:
    // Empty when lighttpd and git http-backend are installed; otherwise what
    // is missing, for QSKIP.
    static QString unavailable();
    HttpGitServer();
    QString url(const QString &repoName) const override; // http://127.0.0.1:PORT/git/NAME
    // The same with the credentials in it (for plain git in tests).
    QString urlWithToken(const QString &repoName) const;
    static QString user() { return QStringLiteral("git"); }
    QString token() const { return m_token; }
    QString errorLogPath() const; // lighttpd's error log

private:
    QString m_token;
};

enum class Transport { GitDaemon, Http };

// Two clones of one newsroom through a real git server (git daemon, or
// lighttpd with git http-backend): `a` is a scratch newsroom; share()
// points its "origin" at the server's bare repository, syncs, and clones it
// into `b`. The sync tests of the newsroom and of the editor start from
// here. Over HTTP, COPYDESK_GIT_TOKEN holds the server's token while it
// lives, as a user would export it, so every CLI the test starts has it.
struct TwoClones {
    explicit TwoClones(Transport transport = Transport::GitDaemon);
    ~TwoClones();
    std::unique_ptr<GitServer> server;
    ScratchNewsroom a;
    QTemporaryDir tmpB;
    QString b;    // set by share()
    QString bare; // the server's repository
    QString url;  // git://…/desk.git or http://…/git/desk.git

    bool isRunning() const { return server && server->isRunning() && !bare.isEmpty(); }
    // Sets a's remote, syncs a, clones b. Empty when it worked, else what
    // the CLI said.
    QString share();
};

} // namespace copydesk::test
