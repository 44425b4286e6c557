#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

namespace copydesk
{

// A lock file that one process holds at a time (`.git/copydesk.lock`: one
// Copydesk writer per clone). It records who holds it — PID, the process's
// start time (/proc/PID/stat), the boot, the executable and the host — so a
// lock is taken over only when its holder is certainly gone:
//   - its PID is not running, or runs a process that started at another
//     time (the PID was reused), or the machine has rebooted since;
//   - it is empty and older than 2 s (killed between creating and writing it).
// A lock of another host, or one that names a running process without saying
// when it started (hand-written, or from an older Copydesk), is waited for and
// then reported with the process's name and what to do; never taken over.
class ProcessLock
{
public:
    // Takes the lock, waiting up to `wait` while a live holder has it. Throws
    // Error(Conflict) naming the holder when it keeps it, and a write error
    // (core/SystemError: read-only file system, no permission, disk full)
    // when the file cannot be created.
    explicit ProcessLock(QString path,
                         std::chrono::milliseconds wait = std::chrono::milliseconds(10000));
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    // What this process writes into a lock file (for tests and diagnostics).
    static QByteArray contents();

private:
    QString m_path;
    QByteArray m_contents;
};

} // namespace copydesk
