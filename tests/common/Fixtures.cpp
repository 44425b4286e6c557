#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace copydesk::test
{

QProcessEnvironment actorEnvironment(const QString &email)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString name = email.section(u'@', 0, 0);
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), name);
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), email);
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), name);
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), email);
    // Never let a developer's own git config change what tests see.
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    return env;
}

CliResult runProgram(const QString &program, const QStringList &args, const QString &dir,
                     const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return CliResult{-1, {}, QStringLiteral("could not start %1").arg(program)};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return CliResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                     QString::fromUtf8(p.readAllStandardOutput()),
                     QString::fromUtf8(p.readAllStandardError())};
}

CliResult runCli(const QString &dir, const QStringList &args, const QString &email,
                 const QByteArray &input)
{
    return runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), args, dir, input,
                      actorEnvironment(email));
}

ScratchNewsroom::ScratchNewsroom()
{
    dir = tmp.path() + QStringLiteral("/newsroom");
    runCli(tmp.path(),
           {QStringLiteral("init"), dir, QStringLiteral("--name"), QStringLiteral("Test Desk")});
    runCli(dir, {QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("wr@example.com"),
                 QStringLiteral("--name"), QStringLiteral("Writer"), QStringLiteral("--role"),
                 QStringLiteral("writer")});
    runCli(dir, {QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("rv@example.com"),
                 QStringLiteral("--name"), QStringLiteral("Reviewer"), QStringLiteral("--role"),
                 QStringLiteral("reviewer")});
}

GitServer::~GitServer()
{
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGTERM);
        int status = 0;
        ::waitpid(pid_t(m_pid), &status, 0);
    }
}

GitServer::GitServer()
{
    // A free port now; the subclass tells its server to bind it.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
}

void GitServer::start(const QStringList &args)
{
    // Everything the child needs is built before fork(): after it, only
    // async-signal-safe calls until exec.
    std::vector<QByteArray> bytes;
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> cargv;
    for (QByteArray &b : bytes)
        cargv.push_back(b.data());
    cargv.push_back(nullptr);
    // What the server prints (git daemon's complaints about the readiness
    // probes, CGI programs' stderr) goes to its log, not the test's output.
    const QByteArray log = outputLogPath().toUtf8();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
        }
        execvp(cargv[0], cargv.data());
        _exit(127);
    }
    m_pid = pid;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (isRunning())
            return;
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            m_pid = 0; // exited: a bad configuration, or the port was taken
            return;
        }
        QThread::msleep(50);
    }
}

QString GitServer::outputLogPath() const
{
    return m_tmp.path() + QStringLiteral("/server-output.log");
}

bool GitServer::isRunning() const
{
    if (m_port == 0)
        return false;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    return s.waitForConnected(1000);
}

QString GitServer::createBareRepository(const QString &name)
{
    const QString path = m_repositories + u'/' + name;
    runProgram(QStringLiteral("git"),
               {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"),
                QStringLiteral("--initial-branch=main"), path});
    return path;
}

GitDaemon::GitDaemon()
{
    m_repositories = m_tmp.path();
    start({QStringLiteral("git"), QStringLiteral("daemon"), QStringLiteral("--reuseaddr"),
           QStringLiteral("--export-all"), QStringLiteral("--enable=receive-pack"),
           QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(port()),
           QStringLiteral("--base-path=") + m_repositories, m_repositories});
}

QString GitDaemon::url(const QString &repoName) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(port()).arg(repoName);
}

namespace
{

QString lighttpdPath()
{
    // /usr/sbin is not on every user's PATH.
    QString path = QStandardPaths::findExecutable(QStringLiteral("lighttpd"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            QStringLiteral("lighttpd"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

QString httpBackendPath()
{
    const QString execPath =
        runProgram(QStringLiteral("git"), {QStringLiteral("--exec-path")}).out.trimmed();
    const QString path = execPath + QStringLiteral("/git-http-backend");
    return !execPath.isEmpty() && QFileInfo(path).isExecutable() ? path : QString();
}

// lighttpd's configuration language quotes strings with "…" and \ escapes.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + q + u'"';
}

} // namespace

QString HttpGitServer::unavailable()
{
    if (lighttpdPath().isEmpty())
        return QStringLiteral("lighttpd is not installed (apt-get install lighttpd)");
    if (httpBackendPath().isEmpty())
        return QStringLiteral("git http-backend is not installed");
    return {};
}

HttpGitServer::HttpGitServer()
{
    if (!unavailable().isEmpty())
        return;
    m_token = QStringLiteral("cdtok-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString root = m_tmp.path();
    m_repositories = root + QStringLiteral("/repositories");
    QDir().mkpath(m_repositories);
    QDir().mkpath(root + QStringLiteral("/uploads"));
    {
        // mod_authn_file's "plain" backend: user:password lines.
        QFile users(root + QStringLiteral("/users"));
        if (!users.open(QIODevice::WriteOnly))
            return;
        users.write((user() + u':' + m_token + u'\n').toUtf8());
        users.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    // A CGI program gets only what the configuration names, unlike git
    // daemon's hooks, which inherit the test's environment. Hand on what
    // the hook's copydesk-cli needs as the test runs it: the sanitizer
    // stage's options (its suppressions) and Copydesk's settings, but never
    // the client's token.
    QString forwarded;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        const bool sanitizer = name.endsWith(QLatin1String("SAN_OPTIONS"));
        const bool copydesk = name.startsWith(QLatin1String("COPYDESK_")) &&
                              name != QLatin1String("COPYDESK_GIT_TOKEN");
        if (sanitizer || copydesk)
            forwarded +=
                QStringLiteral(",\n        %1 => %2").arg(quoted(name), quoted(env.value(name)));
    }
    QFile config(root + QStringLiteral("/lighttpd.conf"));
    if (!config.open(QIODevice::WriteOnly))
        return;
    config.write(QStringLiteral(
                     R"(# Written by tests/common/Fixtures.cpp (HttpGitServer); see docs/server.md.
server.modules = ("mod_auth", "mod_authn_file", "mod_alias", "mod_setenv", "mod_cgi")
server.bind = "127.0.0.1"
server.port = %6
server.document-root = %1
server.errorlog = %2
server.upload-dirs = (%3)

alias.url = ("/git" => %4)
$HTTP["url"] =~ "^/git/" {
    cgi.assign = ("" => "")
    setenv.set-environment = (
        "GIT_PROJECT_ROOT" => %1,
        "GIT_HTTP_EXPORT_ALL" => "",
        "PATH" => "/usr/local/bin:/usr/bin:/bin"%7
    )
    # Checked by mod_auth before; keep the token out of the CGI environment
    # (and so out of hooks).
    setenv.set-request-header = ("Authorization" => "")
}

auth.backend = "plain"
auth.backend.plain.userfile = %5
auth.require = ("/git/" => ("method" => "basic", "realm" => "Copydesk newsroom",
                            "require" => "valid-user"))
)")
                     .arg(quoted(m_repositories), quoted(errorLogPath()),
                          quoted(root + QStringLiteral("/uploads")), quoted(httpBackendPath()),
                          quoted(root + QStringLiteral("/users")), QString::number(port()),
                          forwarded)
                     .toUtf8());
    config.close();
    start({lighttpdPath(), QStringLiteral("-D"), QStringLiteral("-f"), config.fileName()});
}

QString HttpGitServer::errorLogPath() const
{
    return m_tmp.path() + QStringLiteral("/error.log");
}

QString HttpGitServer::url(const QString &repoName) const
{
    return QStringLiteral("http://127.0.0.1:%1/git/%2").arg(port()).arg(repoName);
}

QString HttpGitServer::urlWithToken(const QString &repoName) const
{
    return QStringLiteral("http://%1:%2@127.0.0.1:%3/git/%4")
        .arg(user(), m_token)
        .arg(port())
        .arg(repoName);
}

TwoClones::TwoClones(Transport transport)
{
    if (transport == Transport::Http) {
        auto http = std::make_unique<HttpGitServer>();
        qputenv("COPYDESK_GIT_TOKEN", http->token().toUtf8());
        server = std::move(http);
    } else {
        server = std::make_unique<GitDaemon>();
    }
    if (!server->isRunning())
        return;
    bare = server->createBareRepository(QStringLiteral("desk.git"));
    url = server->url(QStringLiteral("desk.git"));
}

TwoClones::~TwoClones()
{
    if (dynamic_cast<HttpGitServer *>(server.get()))
        qunsetenv("COPYDESK_GIT_TOKEN");
}

QString TwoClones::share()
{
    const CliResult remote = runCli(
        a.dir, {QStringLiteral("remote"), QStringLiteral("set"), QStringLiteral("origin"), url});
    if (remote.exitCode != 0)
        return remote.err;
    const CliResult first = runCli(a.dir, {QStringLiteral("sync")});
    if (first.exitCode != 0)
        return first.err;
    b = tmpB.path() + QStringLiteral("/b");
    const CliResult clone = runCli(tmpB.path(), {QStringLiteral("clone"), url, b});
    return clone.exitCode == 0 ? QString() : clone.err;
}

} // namespace copydesk::test
