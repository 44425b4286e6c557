#include "common/Fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

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

GitDaemon::GitDaemon()
{
    // Find a free port, then let git daemon bind it.
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    const pid_t pid = fork();
    if (pid == 0) {
        const QByteArray base = QStringLiteral("--base-path=%1").arg(m_tmp.path()).toUtf8();
        const QByteArray port = QStringLiteral("--port=%1").arg(m_port).toUtf8();
        const QByteArray root = m_tmp.path().toUtf8();
        execlp("git", "git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
               "--listen=127.0.0.1", port.constData(), base.constData(), root.constData(),
               static_cast<char *>(nullptr));
        _exit(127);
    }
    m_pid = pid;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(200))
            return;
        QThread::msleep(50);
    }
}

GitDaemon::~GitDaemon()
{
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGTERM);
        int status = 0;
        ::waitpid(pid_t(m_pid), &status, 0);
    }
}

bool GitDaemon::isRunning() const
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    return s.waitForConnected(1000);
}

QString GitDaemon::url(const QString &repoName) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(repoName);
}

QString GitDaemon::createBareRepository(const QString &name)
{
    const QString path = m_tmp.path() + u'/' + name;
    runProgram(QStringLiteral("git"),
               {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"),
                QStringLiteral("--initial-branch=main"), path});
    return path;
}

TwoClones::TwoClones()
{
    if (!daemon.isRunning())
        return;
    bare = daemon.createBareRepository(QStringLiteral("desk.git"));
    url = daemon.url(QStringLiteral("desk.git"));
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
