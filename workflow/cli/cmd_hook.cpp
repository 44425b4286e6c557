// hook pre-receive: the server's guard. Installed as a bare repository's
// hooks/pre-receive ("exec copydesk-cli hook pre-receive"); rejects a push
// that deletes or rewrites a branch, or that carries any event the rules
// forbid (see pipeline/Verifier).
#include "cli/Support.h"
#include "git/Repository.h"
#include "pipeline/Verifier.h"

#include <QFile>
#include <QSet>

namespace copydesk::cli
{
namespace
{

bool isZeroId(const QString &id)
{
    return !id.isEmpty() && id.count(u'0') == id.size();
}

// What the server's history is rooted in: its HEAD's branch when it has
// one, else any reference (every one descends from the same root).
QString serverTip(const git::Repository &repo, const QStringList &existing)
{
    try {
        return repo.resolve(QStringLiteral("HEAD"));
    } catch (const Error &) {
        return existing.first();
    }
}

int preReceive(Context &ctx, git::Repository &repo)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read the push from standard input"));
    const QList<QByteArray> lines = in.readAll().split('\n');
    // Commits the server already has are trusted: they were checked when
    // they arrived (induction over history).
    const QStringList existing = repo.referenceTargets();
    QStringList rejections;
    QStringList warnings;
    QSet<QString> seen;
    Verifier verifier(repo);
    // New commits must pass the gates as this server's checks judge them.
    verifier.setStrictGates(true);
    // The newsroom's one root is the server's; on the first push into an
    // empty repository, that of the first branch pushed.
    if (!existing.isEmpty())
        verifier.setRootOf(serverTip(repo, existing));
    for (const QByteArray &raw : lines) {
        const QStringList parts = QString::fromUtf8(raw).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        if (parts.size() != 3) {
            rejections.append(
                QStringLiteral("malformed hook input line '%1'").arg(QString::fromUtf8(raw)));
            continue;
        }
        const QString &oldId = parts.at(0), &newId = parts.at(1), &ref = parts.at(2);
        if (isZeroId(newId)) {
            rejections.append(
                QStringLiteral("%1: deleting a branch or tag is not allowed; the history is the "
                               "newsroom's audit trail")
                    .arg(ref));
            continue;
        }
        // Branches and tags only: refs/replace/* makes stock git show
        // another commit in place of one (the history an audit reads), and
        // notes attach text git log shows beside an event.
        if (!ref.startsWith(QStringLiteral("refs/heads/")) &&
            !ref.startsWith(QStringLiteral("refs/tags/"))) {
            rejections.append(QStringLiteral("%1: only branches and tags are accepted; replace "
                                             "references and notes would change what git shows "
                                             "of the newsroom's history")
                                  .arg(ref));
            continue;
        }
        if (ref.startsWith(QStringLiteral("refs/tags/")) && !isZeroId(oldId)) {
            rejections.append(
                QStringLiteral("%1: a tag is never moved once it is on the server").arg(ref));
            continue;
        }
        if (!isZeroId(oldId)) {
            if (ref.startsWith(QStringLiteral("refs/heads/")) &&
                repo.mergeBase(oldId, newId) != oldId) {
                rejections.append(
                    QStringLiteral("%1: not a fast-forward; rewriting history is not allowed "
                                   "(sync first, then push)")
                        .arg(ref));
                continue;
            }
        }
        if (!verifier.hasRoot())
            verifier.setRootOf(newId);
        for (const QString &id : repo.commitsBetween(newId, existing)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            for (const Violation &v : verifier.verifyCommit(id))
                rejections.append(v.toText());
        }
    }
    for (const QString &w : verifier.warnings())
        ctx.err << "copydesk: warning: " << w << "\n";
    for (const QString &r : rejections)
        ctx.err << "copydesk: rejected: " << r << "\n";
    if (!rejections.isEmpty()) {
        ctx.err << "copydesk: the push was refused (" << rejections.size()
                << " problem(s)); nothing was changed on the server. Run 'copydesk-cli verify' "
                   "locally to see "
                   "them.\n";
        ctx.err.flush();
        return 1;
    }
    ctx.err << "copydesk: " << seen.size()
            << " new commit(s) checked; every event follows the rules.\n";
    ctx.err.flush();
    return 0;
}

int runHook(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("pre-receive"), QStringLiteral("The git hook to run."));
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral(
                "Run as a git server hook. Install in a bare repository as hooks/pre-receive:\n"
                "  #!/bin/sh\n  exec copydesk-cli hook pre-receive\n"
                "See docs/server.md."),
            rc))
        return rc;
    const QString which = requirePositional(p, 0, QStringLiteral("the hook's name (pre-receive)"));
    if (which != QLatin1String("pre-receive"))
        throw Error(QStringLiteral("unknown hook '%1'; Copydesk provides pre-receive").arg(which),
                    Error::Kind::Usage);
    // git runs hooks with GIT_DIR set (and the push's objects quarantined,
    // which the environment describes); by hand, -C names the repository.
    const bool fromGit =
        qEnvironmentVariableIsSet("GIT_DIR") || qEnvironmentVariableIsSet("GIT_OBJECT_DIRECTORY");
    const auto repo =
        fromGit ? git::Repository::openFromEnvironment() : git::Repository::openForReading(ctx.dir);
    try {
        return preReceive(ctx, *repo);
    } catch (const Error &e) {
        // Fail closed: a push that cannot be checked does not land.
        ctx.err << "copydesk: rejected: the push could not be checked: " << e.message() << "\n";
        ctx.err.flush();
        return 1;
    }
}

const Registration reg{{QStringLiteral("hook"),
                        QStringLiteral("Server hook: refuse pushes that break the rules"),
                        &runHook}};

} // namespace
} // namespace copydesk::cli
