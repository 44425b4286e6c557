#include "pipeline/Signing.h"

#include "core/Error.h"
#include "core/SystemError.h"
#include "git/Repository.h"
#include "pipeline/Pipeline.h"
#include "pipeline/Rules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cerrno>
#include <utility>

namespace copydesk::Signing
{

namespace
{

constexpr int kTimeoutMs = 60000;

struct Run {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run sshKeygen(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), args);
    Run r;
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    r.started = true;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "ssh-keygen did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Empty when written; else what the system said, e.g. that the disk with
// the temporary folder is full (core/SystemError).
QString writeTemporary(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    errno = 0;
    if (f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && f.write(bytes) == bytes.size())
        return {};
    return writeError(path, errno, f.errorString(), QStringLiteral("the signature was not checked"))
        .message();
}

} // namespace

bool eventNeedsSignature(const QString &event, const Stage *from)
{
    if (event == Event::Approve || event == Event::Waive || event == Event::Publish)
        return true;
    return event == Event::Advance && from && from->gate == QLatin1String("facts");
}

bool configChangeNeedsSignature(const QStringList &changedPaths)
{
    for (const QString &p : changedPaths) {
        if (p.startsWith(QStringLiteral("copydesk/")) &&
            !p.startsWith(QStringLiteral("copydesk/words/")))
            return true;
    }
    return false;
}

bool requiredBy(const QByteArray &newsroomJson)
{
    return QJsonDocument::fromJson(newsroomJson)
        .object()
        .value(QStringLiteral("requireSignedEvents"))
        .toBool(false);
}

QString signingKey(const git::Repository &repo)
{
    QString key = qEnvironmentVariable("COPYDESK_SIGNING_KEY").trimmed();
    if (key.isEmpty() &&
        repo.configString(QStringLiteral("gpg.format")).trimmed() == QLatin1String("ssh"))
        key = repo.configString(QStringLiteral("user.signingkey")).trimmed();
    if (key.startsWith(QStringLiteral("~/")))
        key = QDir::homePath() + key.mid(1);
    return key;
}

QByteArray sign(const QString &keyPath, const QByteArray &data)
{
    if (keyPath.startsWith(QStringLiteral("key::")))
        throw Error(QStringLiteral(
                        "user.signingkey holds a literal key; Copydesk signs with a key file: set "
                        "user.signingkey (or COPYDESK_SIGNING_KEY) to the path of your SSH key"),
                    Error::Kind::Usage);
    const Run r = sshKeygen({QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"),
                             QString::fromLatin1(kNamespace), QStringLiteral("-f"), keyPath},
                            data);
    if (!r.started)
        throw Error(QStringLiteral(
            "cannot sign the event: ssh-keygen is not installed (it comes with OpenSSH)"));
    if (r.exitCode != 0 || !r.out.contains("BEGIN SSH SIGNATURE"))
        throw Error(QStringLiteral("cannot sign the event with %1: %2 (nothing was committed)")
                        .arg(keyPath, QString::fromLocal8Bit(r.err).trimmed()));
    return r.out;
}

SignatureCheck verify(const QByteArray &allowedSigners, const QString &email,
                      const QByteArray &signature, const QByteArray &data)
{
    if (allowedSigners.trimmed().isEmpty())
        return {false, QStringLiteral("the newsroom has no %1 listing whose keys may sign")
                           .arg(kAllowedSignersPath)};
    if (!signature.contains("BEGIN SSH SIGNATURE"))
        return {false, QStringLiteral("it is not signed with an SSH key (gpg.format=ssh)")};
    QTemporaryDir tmp;
    const QString allowed = tmp.filePath(QStringLiteral("allowed_signers"));
    const QString sig = tmp.filePath(QStringLiteral("event.sig"));
    if (!tmp.isValid())
        return {false,
                QStringLiteral("cannot create a temporary folder to check the signature (%1)")
                    .arg(tmp.errorString())};
    for (const auto &[path, bytes] :
         {std::pair{allowed, allowedSigners}, std::pair{sig, signature + '\n'}}) {
        if (const QString problem = writeTemporary(path, bytes); !problem.isEmpty())
            return {false, problem};
    }
    const Run r = sshKeygen({QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-n"),
                             QString::fromLatin1(kNamespace), QStringLiteral("-f"), allowed,
                             QStringLiteral("-I"), email, QStringLiteral("-s"), sig},
                            data);
    if (!r.started)
        return {false, QStringLiteral(
                           "ssh-keygen is not installed here, so the signature cannot be checked")};
    if (r.exitCode == 0)
        return {true, {}};
    QString why = QString::fromLocal8Bit(r.err + r.out).trimmed().section(u'\n', 0, 0);
    return {false, QStringLiteral("its signature is not a valid signature by %1 per %2 (%3)")
                       .arg(email, kAllowedSignersPath, why)};
}

} // namespace copydesk::Signing
