// audit: every recorded event, as a table, JSON or CSV.
#include "cli/Support.h"
#include "git/Repository.h"
#include "pipeline/Audit.h"

#include <QJsonArray>

namespace copydesk::cli
{
namespace
{

int runAudit(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Print CSV (RFC 4180, with a header row)."));
    const QCommandLineOption article(QStringLiteral("article"),
                                     QStringLiteral("Only this article."), QStringLiteral("SLUG"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   QStringLiteral("Only what this person did."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("From this day (UTC) or ISO 8601 time on."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Up to this day (UTC, inclusive) or time."),
                                   QStringLiteral("DATE"));
    p.addOptions({json, csv, article, actor, since, until});
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral(
                "Every event in the history, oldest first: time, actor, role(s), article, "
                "event, from, to, reason, commit. 'verify' says whether the history can be "
                "trusted."),
            rc))
        return rc;
    if (p.isSet(json) && p.isSet(csv))
        throw Error(QStringLiteral("choose --json or --csv, not both"), Error::Kind::Usage);
    AuditFilter filter;
    filter.article = p.value(article);
    filter.actor = p.value(actor);
    if (p.isSet(since))
        filter.since = AuditFilter::parseBound(p.value(since), false);
    if (p.isSet(until))
        filter.until = AuditFilter::parseBound(p.value(until), true);
    const auto repo = git::Repository::openForReading(ctx.dir);
    const QList<AuditEvent> events = Audit(*repo).events(filter);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const AuditEvent &e : events)
            arr.append(e.toJson());
        printJson(ctx.out, arr);
    } else if (p.isSet(csv)) {
        ctx.out << Audit::csvLine(Audit::csvHeader());
        for (const AuditEvent &e : events)
            ctx.out << Audit::csvLine(Audit::csvRow(e));
    } else {
        // One row per event: a brief or reason over several lines (or an
        // actor name with a control character) is escaped, not printed as
        // extra rows.
        for (const AuditEvent &e : events) {
            ctx.out << e.time.toString(Qt::ISODate) << "  " << oneLine(e.actor);
            if (!e.roles.isEmpty())
                ctx.out << " (" << oneLine(e.roles.join(QStringLiteral(", "))) << ")";
            ctx.out << "  " << oneLine(e.event);
            if (!e.article.isEmpty())
                ctx.out << " " << oneLine(e.article);
            if (!e.from.isEmpty() || !e.to.isEmpty())
                ctx.out << "  " << oneLine(e.from) << " → " << oneLine(e.to);
            if (!e.reason.isEmpty())
                ctx.out << "  “" << oneLine(e.reason) << "”";
            ctx.out << "  " << e.commit.left(10) << (e.signedCommit ? " signed" : "") << "\n";
        }
        if (events.isEmpty())
            ctx.out << "No events match.\n";
    }
    return 0;
}

const Registration reg{{QStringLiteral("audit"),
                        QStringLiteral("Every recorded event: who, what, when, why"), &runAudit}};

} // namespace
} // namespace copydesk::cli
