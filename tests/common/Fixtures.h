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

// A bare repository served by a real `git daemon` (receive-pack enabled) on
// a free loopback port; stopped when destroyed.
class GitDaemon
{
public:
    GitDaemon();
    ~GitDaemon();
    bool isRunning() const;
    QString url(const QString &repoName) const;        // git://127.0.0.1:PORT/NAME
    QString createBareRepository(const QString &name); // returns its path
    QString basePath() const { return m_tmp.path(); }

private:
    QTemporaryDir m_tmp;
    int m_port = 0;
    qint64 m_pid = 0;
};

// Two clones of one newsroom through a real git daemon: `a` is a scratch
// newsroom; share() points its "origin" at the daemon's bare repository,
// syncs, and clones it into `b`. The sync tests of the newsroom and of the
// editor both start from here.
struct TwoClones {
    GitDaemon daemon;
    ScratchNewsroom a;
    QTemporaryDir tmpB;
    QString b;    // set by share()
    QString bare; // the daemon's repository
    QString url;  // git://…/desk.git

    TwoClones();
    bool isRunning() const { return daemon.isRunning() && !bare.isEmpty(); }
    // Sets a's remote, syncs a, clones b. Empty when it worked, else what
    // the CLI said.
    QString share();
};

} // namespace copydesk::test
