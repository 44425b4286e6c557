#include "core/SystemError.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace copydesk
{

QString storageCondition(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return QStringLiteral("the disk is full");
    case EFBIG:
        return QStringLiteral("the file is larger than the system allows (ulimit -f?)");
    case EDQUOT:
        return QStringLiteral("over the disk quota");
    case EROFS:
        return QStringLiteral("read-only file system");
    case EACCES:
    case EPERM:
        return QStringLiteral("no permission to write there");
    default:
        return {};
    }
}

Error writeError(const QString &path, int errnum, const QString &detail, const QString &consequence)
{
    const QString condition = storageCondition(errnum);
    const QString system = errnum ? QString::fromLocal8Bit(std::strerror(errnum)) : QString();
    QString what;
    if (!condition.isEmpty())
        what = system.isEmpty() ? condition : QStringLiteral("%1 (%2)").arg(condition, system);
    else if (!detail.isEmpty())
        what = detail;
    else
        what = system.isEmpty() ? QStringLiteral("the system gave no reason") : system;
    return Error(QStringLiteral("cannot write %1: %2; %3").arg(path, what, consequence));
}

void saveFileAtomically(const QString &path, const QByteArray &bytes, const QString &consequence)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Unbuffered: each write() reaches the system at once, so errno is the
    // failing call's (QSaveFile's own message for EFBIG is "Unknown error").
    QSaveFile f(path);
    errno = 0;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw writeError(path, errno, f.errorString(), consequence);
    errno = 0;
    if (f.write(bytes) != bytes.size()) {
        const int err = errno;
        const QString detail = f.errorString();
        f.cancelWriting(); // the temporary file goes; the old file was never touched
        throw writeError(path, err, detail, consequence);
    }
    errno = 0;
    if (!f.commit())
        throw writeError(path, errno, f.errorString(), consequence);
}

void ignoreFileSizeLimitSignal()
{
    ::signal(SIGXFSZ, SIG_IGN);
}

} // namespace copydesk
