#include "core/ProcessLock.h"

#include "core/Error.h"
#include "core/SystemError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace copydesk
{

namespace
{

constexpr char kFormat[] = "copydesk-lock 1";

QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
}

// Field 22 of /proc/PID/stat: when the process started, in clock ticks
// since boot. Together with the PID it names one process for good.
QByteArray startTime(qint64 pid)
{
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    // The command name (field 2) is in parentheses and may hold anything.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.value(19); // field 3 is fields[0]
}

QByteArray bootId()
{
    return readSmallFile(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed();
}

QString processName(qint64 pid)
{
    return QString::fromLocal8Bit(
        readSmallFile(QStringLiteral("/proc/%1/comm").arg(pid)).trimmed());
}

bool isRunning(qint64 pid)
{
    return pid > 0 && !(::kill(pid_t(pid), 0) == -1 && errno == ESRCH);
}

struct Holder {
    qint64 pid = 0;
    QByteArray start, boot, host, exe;
};

// Reads both this format and QLockFile's (PID, application, host…), which
// earlier versions wrote and which says nothing about when it started.
std::optional<Holder> parseHolder(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    Holder h;
    bool ok = false;
    if (lines.value(0) == kFormat) {
        for (const QByteArray &l : lines) {
            const qsizetype sp = l.indexOf(' ');
            const QByteArray key = l.left(sp), value = sp < 0 ? QByteArray() : l.mid(sp + 1);
            if (key == "pid")
                h.pid = value.toLongLong(&ok);
            else if (key == "start")
                h.start = value;
            else if (key == "boot")
                h.boot = value;
            else if (key == "host")
                h.host = value;
            else if (key == "exe")
                h.exe = value;
        }
    } else {
        h.pid = lines.value(0).trimmed().toLongLong(&ok);
        h.host = lines.value(2).trimmed();
    }
    if (!ok || h.pid <= 0)
        return std::nullopt;
    return h;
}

QByteArray hostName()
{
    return QSysInfo::machineHostName().toUtf8();
}

// Why the lock is stale, or nullopt when its holder may still be at work.
std::optional<QString> staleness(const QString &path, const QByteArray &bytes)
{
    const std::optional<Holder> h = parseHolder(bytes);
    if (!h) {
        // Killed between creating the file and writing it: an empty or
        // unreadable lock that stays so.
        const QFileInfo info(path);
        if (info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000)
            return QStringLiteral("unreadable and older than 2 s");
        return std::nullopt;
    }
    if (!h->host.isEmpty() && h->host != hostName())
        return std::nullopt; // another machine's process: nothing here can tell
    if (!h->boot.isEmpty() && h->boot != bootId())
        return QStringLiteral("written before the machine restarted");
    if (!isRunning(h->pid))
        return QStringLiteral("process %1 is gone").arg(h->pid);
    if (!h->start.isEmpty()) {
        const QByteArray now = startTime(h->pid);
        if (!now.isEmpty() && now != h->start)
            return QStringLiteral("process %1 is another program now").arg(h->pid);
    }
    return std::nullopt;
}

// Removes a stale lock unless someone replaced it meanwhile: removal is
// serialised by a second, short-lived lock file, and the contents are read
// again under it, so two processes never both take over (and one never
// removes the fresh lock of the other).
void removeIfStill(const QString &path, const QByteArray &seen)
{
    const QByteArray rm = QFile::encodeName(path + QStringLiteral(".rm"));
    const int fd = ::open(rm.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        // One left by a process killed in these few lines.
        const QFileInfo info(QFile::decodeName(rm));
        if (info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000)
            ::unlink(rm.constData());
        return;
    }
    if (readSmallFile(path) == seen)
        QFile::remove(path);
    ::close(fd);
    ::unlink(rm.constData());
}

} // namespace

QByteArray ProcessLock::contents()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QByteArray(kFormat) + "\npid " + QByteArray::number(pid) + "\nstart " + startTime(pid) +
           "\nboot " + bootId() + "\nhost " + hostName() + "\nexe " +
           QFile::encodeName(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()) + '\n';
}

ProcessLock::ProcessLock(QString path, std::chrono::milliseconds wait)
    : m_path(std::move(path)), m_contents(contents())
{
    const QByteArray name = QFile::encodeName(m_path);
    const QByteArray &mine = m_contents;
    const auto deadline = QDateTime::currentMSecsSinceEpoch() + wait.count();
    QByteArray held;
    for (;;) {
        errno = 0;
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const bool written = ::write(fd, mine.constData(), size_t(mine.size())) == mine.size();
            const int err = errno;
            ::close(fd);
            if (!written) {
                ::unlink(name.constData());
                throw writeError(m_path, err);
            }
            return;
        }
        const int err = errno;
        if (err != EEXIST)
            throw writeError(m_path, err);
        held = readSmallFile(m_path);
        if (staleness(m_path, held)) {
            removeIfStill(m_path, held);
            continue;
        }
        if (QDateTime::currentMSecsSinceEpoch() >= deadline)
            break;
        QThread::msleep(100);
    }
    QString who;
    if (const auto h = parseHolder(held)) {
        const QString name = processName(h->pid);
        who = QStringLiteral("process %1%2%3")
                  .arg(h->pid)
                  .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name))
                  .arg(h->host.isEmpty() || h->host == hostName()
                           ? QString()
                           : QStringLiteral(" on %1").arg(QString::fromUtf8(h->host)));
    }
    if (who.isEmpty())
        who = QStringLiteral("a process that left no readable name");
    throw Error(QStringLiteral("another Copydesk process is writing to this newsroom: %1 holds %2. "
                               "Try again; if that is not Copydesk, delete %2. Nothing was saved")
                    .arg(who, m_path),
                Error::Kind::Conflict);
}

ProcessLock::~ProcessLock()
{
    // Only our own: a lock taken over from us (it cannot be, while we live)
    // is left alone.
    if (readSmallFile(m_path) == m_contents)
        QFile::remove(m_path);
}

} // namespace copydesk
