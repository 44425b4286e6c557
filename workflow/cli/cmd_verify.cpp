// verify: replay the history and report every event that broke the rules.
#include "cli/Support.h"
#include "git/Repository.h"
#include "pipeline/Verifier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli
{
namespace
{

int runVerify(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption range(
        QStringLiteral("range"),
        QStringLiteral("Check only the commits in OLD..NEW (those reachable from NEW and not "
                       "from OLD); default: the whole history of HEAD."),
        QStringLiteral("OLD..NEW"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({range, json});
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral(
                "Replay the newsroom's history and report every event that broke the rules: "
                "wrong role, self-approval, a skipped stage, a gate passed without waiver, "
                "files changed outside an event, state that disagrees with the history, "
                "unsigned events where signatures are required. Exits 1 when any is found. "
                "Works in a bare repository too."),
            rc))
        return rc;
    const auto repo = git::Repository::openForReading(ctx.dir);
    QString to, from;
    if (p.isSet(range)) {
        const QString r = p.value(range);
        const qsizetype dots = r.indexOf(QStringLiteral(".."));
        if (dots < 0 || r.mid(dots + 2).startsWith(u'.'))
            throw Error(QStringLiteral("--range wants OLD..NEW, e.g. origin/main..main"),
                        Error::Kind::Usage);
        from = r.left(dots).isEmpty() ? QString() : repo->resolve(r.left(dots));
        to = repo->resolve(r.mid(dots + 2).isEmpty() ? QStringLiteral("HEAD") : r.mid(dots + 2));
    } else {
        if (repo->isUnborn())
            throw Error(QStringLiteral("the repository has no commits yet"), Error::Kind::NotFound);
        to = repo->resolve(QStringLiteral("HEAD"));
    }
    Verifier verifier(*repo);
    const QList<Violation> violations =
        verifier.verify(to, from.isEmpty() ? QStringList() : QStringList{from});
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const Violation &v : violations)
            arr.append(v.toJson());
        printJson(ctx.out, QJsonObject{{QStringLiteral("ok"), violations.isEmpty()},
                                       {QStringLiteral("commits"), verifier.commitsChecked()},
                                       {QStringLiteral("violations"), arr},
                                       {QStringLiteral("warnings"),
                                        QJsonArray::fromStringList(verifier.warnings())}});
    } else {
        for (const Violation &v : violations)
            ctx.out << v.toText() << "\n";
        for (const QString &w : verifier.warnings())
            ctx.err << "warning: " << w << "\n";
        if (violations.isEmpty())
            ctx.out << "Checked " << verifier.commitsChecked()
                    << " commit(s): every event followed the rules.\n";
        else
            ctx.out << violations.size() << " violation(s) in " << verifier.commitsChecked()
                    << " commit(s) checked.\n";
    }
    return violations.isEmpty() ? 0 : 1;
}

const Registration reg{{QStringLiteral("verify"),
                        QStringLiteral("Check that the history followed the rules"), &runVerify}};

} // namespace
} // namespace copydesk::cli
