// init, remote, sync: the newsroom as a whole.
#include "cli/Support.h"
#include "core/Url.h"
#include "git/Repository.h"

#include <QDir>

namespace copydesk::cli
{
namespace
{

int runInit(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("DIR"),
        QStringLiteral("Folder for the newsroom (default: -C or the current folder)."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The newsroom's name."),
                                  QStringLiteral("NAME"));
    p.addOption(name);
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral("Create a newsroom with the default pipeline, roles and dictionaries.\n"
                           "Whoever runs it becomes the first editor."),
            rc))
        return rc;
    const QString dir =
        QDir(ctx.dir).absoluteFilePath(p.positionalArguments().value(0, QStringLiteral(".")));
    const Identity me = Newsroom::resolveIdentity(dir);
    Newsroom n = Newsroom::init(dir, me, p.value(name));
    ctx.out << "Created the newsroom '" << n.name() << "' in " << n.root() << "; " << me.email
            << " is its first editor.\n";
    return 0;
}

// The token of an address (https://user:TOKEN@host/…) is used at most for
// the transfer at hand and never written to .git/config; say so, and how
// to give it next time.
void warnTokenNotStored(Context &ctx, const QString &url)
{
    if (!splitUrlCredentials(url).password.isEmpty())
        ctx.err << "The token in the address was not stored; give it to later syncs with "
                   "COPYDESK_GIT_TOKEN.\n";
}

int runRemote(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("set NAME URL"),
                            QStringLiteral("Set (or add) a remote. Without arguments: list them."));
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("Show or set the newsroom's git server."), rc))
        return rc;
    Newsroom n = openNewsroom(ctx);
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        // A remote set by plain git may still hold a token.
        for (const QString &r : n.repository().remotes())
            ctx.out << r << "\t" << redactedUrl(n.repository().remoteUrl(r)) << "\n";
        return 0;
    }
    if (pos.value(0) != QLatin1String("set") || pos.size() != 3)
        throw Error(QStringLiteral("usage: copydesk-cli remote set NAME URL"), Error::Kind::Usage);
    n.repository().setRemote(pos.at(1), pos.at(2));
    ctx.out << "Remote " << pos.at(1) << " is " << n.repository().remoteUrl(pos.at(1)) << "\n";
    warnTokenNotStored(ctx, pos.at(2));
    return 0;
}

int runSync(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    QStringLiteral("Remote to sync with (default origin)."),
                                    QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("For articles changed on both sides: keep 'mine' or 'theirs' "
                       "(the other version stays in history)."),
        QStringLiteral("mine|theirs"));
    p.addOption(remote);
    p.addOption(keep);
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("Fetch, merge what does not conflict, push."), rc))
        return rc;
    SyncKeep k = SyncKeep::Nothing;
    if (p.isSet(keep)) {
        if (p.value(keep) == QLatin1String("mine"))
            k = SyncKeep::Mine;
        else if (p.value(keep) == QLatin1String("theirs"))
            k = SyncKeep::Theirs;
        else
            throw Error(QStringLiteral("--keep takes 'mine' or 'theirs'"), Error::Kind::Usage);
    }
    Newsroom n = openNewsroom(ctx);
    const SyncResult r = n.sync(p.value(remote), k);
    if (!r.conflictingArticles.isEmpty()) {
        ctx.err << "Sync stopped: these articles were changed here and on the server:\n";
        for (const QString &a : r.conflictingArticles)
            ctx.err << "  " << a << "\n";
        ctx.err << "Nothing was overwritten. Your version is at HEAD; the server's is kept at "
                << r.theirsRef << ".\nCompare with 'git diff HEAD " << r.theirsRef
                << " -- articles/SLUG', then run "
                << "'copydesk-cli sync --keep mine' or '--keep theirs' (the other version stays in "
                   "history).\n";
        return 4;
    }
    if (r.upToDate && r.sent == 0)
        ctx.out << "Already up to date with " << p.value(remote) << ".\n";
    else
        ctx.out << "Synced with " << p.value(remote) << ": " << r.received
                << " revision(s) received, " << r.sent << " sent.\n";
    return 0;
}

int runClone(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("URL"),
        QStringLiteral("The newsroom's git server (git://, https://, ssh:// or a path)."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where to put it."));
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("Get a copy of a newsroom from its server."), rc))
        return rc;
    const QString url = requirePositional(p, 0, QStringLiteral("URL"));
    const QString dir =
        QDir(ctx.dir).absoluteFilePath(requirePositional(p, 1, QStringLiteral("DIR")));
    Newsroom n = Newsroom::clone(url, dir);
    ctx.out << "Cloned '" << n.name() << "' into " << n.root() << "\n";
    warnTokenNotStored(ctx, url);
    return 0;
}

const Registration regClone{
    {QStringLiteral("clone"), QStringLiteral("Get a newsroom from its server"), &runClone}};
const Registration regInit{{QStringLiteral("init"), QStringLiteral("Create a newsroom"), &runInit}};
const Registration regRemote{{QStringLiteral("remote"),
                              QStringLiteral("Show or set the newsroom's git server"), &runRemote}};
const Registration regSync{
    {QStringLiteral("sync"), QStringLiteral("Fetch, merge and push"), &runSync}};

} // namespace
} // namespace copydesk::cli
