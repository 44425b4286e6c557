// people, assign, submit, approve, request-changes, advance, publish, reopen,
// waive, comment, comments, reply, resolve, board, claims, verify-claim,
// dispute: the editorial workflow.
#include "cli/Support.h"
#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <type_traits>

namespace copydesk::cli
{
namespace
{

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

// Parses, opens the newsroom and runs `action` with the first positional
// argument as the slug; prints what `action` returns.
template <typename Action>
int withArticle(Context &ctx, QCommandLineParser &p, const QString &description, Action action)
{
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    int rc = 0;
    if (!parseArguments(ctx, p, description, rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    Workflow w(n);
    if constexpr (std::is_invocable_v<Action, Workflow &, Newsroom &, const QString &>)
        ctx.out << action(w, n, slug) << "\n";
    else
        ctx.out << action(w, slug) << "\n";
    return 0;
}

QString stageReport(Workflow &w, Newsroom &n, const QString &slug, const QString &id)
{
    const ArticleState s = Articles(n).state(slug);
    const Stage *st = w.pipeline().stage(s.stage);
    return QStringLiteral("%1 is now in %2 (%3)").arg(slug, st ? st->title : s.stage, id.left(10));
}

int runPeople(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add EMAIL"),
                            QStringLiteral("Add a person (or give them more roles)."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Their name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QStringLiteral("writer, reviewer or editor (repeatable, or comma-separated)."),
        QStringLiteral("ROLE"));
    const QCommandLineOption rename(
        QStringLiteral("rename"),
        QStringLiteral("Change the name of someone already here to --name."));
    p.addOptions({jsonOption, name, role, rename});
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("The newsroom's people and their roles."), rc))
        return rc;
    Newsroom n = openNewsroom(ctx);
    Workflow w(n);
    const QStringList pos = p.positionalArguments();
    if (!pos.isEmpty()) {
        if (pos.at(0) != QLatin1String("add") || pos.size() != 2)
            throw Error(
                QStringLiteral("usage: copydesk-cli people add EMAIL --name NAME --role ROLE"),
                Error::Kind::Usage);
        QStringList roles;
        for (const QString &r : p.values(role))
            roles += r.split(u',', Qt::SkipEmptyParts);
        w.addPerson(pos.at(1), p.value(name), roles, p.isSet(rename));
        const Person *added = w.people().find(pos.at(1));
        ctx.out << "Added " << (added ? added->email : pos.at(1)) << " ("
                << (added ? added->roles : roles).join(QStringLiteral(", ")) << ")\n";
        return 0;
    }
    if (p.isSet(jsonOption)) {
        QJsonArray arr;
        for (const Person &person : w.people().all())
            arr.append(
                QJsonObject{{QStringLiteral("email"), person.email},
                            {QStringLiteral("name"), person.name},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(person.roles)}});
        printJson(ctx.out, arr);
        return 0;
    }
    for (const Person &person : w.people().all())
        ctx.out << person.email << "\t" << person.name << "\t" << person.roles.join(u',') << "\n";
    return 0;
}

int runAssign(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption writer(QStringLiteral("writer"), QStringLiteral("Who writes it."),
                                    QStringLiteral("EMAIL"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), QStringLiteral("Who reviews it."),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("Deadline."),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption brief(QStringLiteral("brief"), QStringLiteral("What the story is."),
                                   QStringLiteral("TEXT"));
    p.addOptions({writer, reviewer, due, brief});
    return withArticle(
        ctx, p, QStringLiteral("Assign an article (editors)."),
        [&](Workflow &w, const QString &slug) {
            if (!p.isSet(writer))
                throw Error(QStringLiteral("assign needs --writer EMAIL"), Error::Kind::Usage);
            QDate d;
            if (p.isSet(due)) {
                d = QDate::fromString(p.value(due), Qt::ISODate);
                if (!d.isValid())
                    throw Error(
                        QStringLiteral("--due '%1' is not a date (YYYY-MM-DD)").arg(p.value(due)),
                        Error::Kind::Usage);
            }
            const QString id =
                w.assign(slug, p.value(writer), p.value(reviewer), d, p.value(brief));
            return QStringLiteral("Assigned %1 to %2 (%3)").arg(slug, p.value(writer), id.left(10));
        });
}

int runSimpleMove(Context &ctx, const QString &description,
                  QString (Workflow::*op)(const QString &))
{
    QCommandLineParser p;
    return withArticle(ctx, p, description, [&](Workflow &w, Newsroom &n, const QString &slug) {
        return stageReport(w, n, slug, (w.*op)(slug));
    });
}

// approve and request-changes: a stage move with a comment for the writer.
int runMoveWithComment(Context &ctx, const QString &description, const QString &commentHelp,
                       QString (Workflow::*op)(const QString &, const QString &))
{
    QCommandLineParser p;
    const QCommandLineOption comment(QStringLiteral("comment"), commentHelp,
                                     QStringLiteral("TEXT"));
    p.addOption(comment);
    return withArticle(ctx, p, description, [&](Workflow &w, Newsroom &n, const QString &slug) {
        return stageReport(w, n, slug, (w.*op)(slug, p.value(comment)));
    });
}

int runSubmit(Context &ctx)
{
    return runSimpleMove(ctx,
                         QStringLiteral("Submit a draft for review (its writer or an editor)."),
                         &Workflow::submit);
}

int runAdvance(Context &ctx)
{
    return runSimpleMove(
        ctx,
        QStringLiteral(
            "Move an article to the next stage when its gate allows "
            "(style check → fact check; fact check → approved is an editor's sign-off)."),
        &Workflow::advance);
}

int runPublish(Context &ctx)
{
    return runSimpleMove(ctx, QStringLiteral("Publish an approved article (editors)."),
                         &Workflow::publish);
}

int runApprove(Context &ctx)
{
    return runMoveWithComment(
        ctx, QStringLiteral("Approve the review (a reviewer who did not write it)."),
        QStringLiteral("A remark for the writer."), &Workflow::approve);
}

int runRequestChanges(Context &ctx)
{
    return runMoveWithComment(
        ctx, QStringLiteral("Send an article in review back to drafting with a comment."),
        QStringLiteral("What should change."), &Workflow::requestChanges);
}

int runReopen(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The earlier stage."),
                                QStringLiteral("STAGE"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why."),
                                    QStringLiteral("TEXT"));
    p.addOptions({to, reason});
    return withArticle(
        ctx, p, QStringLiteral("Move an article back to an earlier stage (editors)."),
        [&](Workflow &w, Newsroom &n, const QString &slug) {
            if (!p.isSet(to))
                throw Error(QStringLiteral("reopen needs --to STAGE"), Error::Kind::Usage);
            return stageReport(w, n, slug, w.reopen(slug, p.value(to), p.value(reason)));
        });
}

int runWaive(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why it may pass."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption finding(QStringLiteral("finding"),
                                     QStringLiteral("One finding or claim id (default: every open "
                                                    "spelling/style error)."),
                                     QStringLiteral("ID"));
    p.addOptions({reason, finding});
    return withArticle(ctx, p, QStringLiteral("Waive findings with a written reason (editors)."),
                       [&](Workflow &w, const QString &slug) {
                           const QString id = w.waive(slug, p.value(reason), p.value(finding));
                           return QStringLiteral("Waived (%1)").arg(id.left(10));
                       });
}

int runComment(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption quote(QStringLiteral("quote"),
                                   QStringLiteral("The passage, exactly as in the text."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("The comment."),
                                  QStringLiteral("TEXT"));
    p.addOptions({quote, body});
    return withArticle(
        ctx, p, QStringLiteral("Comment on a passage."), [&](Workflow &w, const QString &slug) {
            return QStringLiteral("Comment %1").arg(w.comment(slug, p.value(quote), p.value(body)));
        });
}

int runReply(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("COMMENT-ID"), QStringLiteral("The comment."));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("The reply."),
                                  QStringLiteral("TEXT"));
    p.addOption(body);
    return withArticle(
        ctx, p, QStringLiteral("Reply to a comment."), [&](Workflow &w, const QString &slug) {
            const QString id =
                w.reply(slug, requirePositional(p, 1, QStringLiteral("COMMENT-ID")), p.value(body));
            return QStringLiteral("Replied (%1)").arg(id.left(10));
        });
}

int runResolve(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("COMMENT-ID"), QStringLiteral("The comment."));
    return withArticle(
        ctx, p, QStringLiteral("Mark a comment resolved."), [&](Workflow &w, const QString &slug) {
            const QString id =
                w.resolve(slug, requirePositional(p, 1, QStringLiteral("COMMENT-ID")));
            return QStringLiteral("Resolved (%1)").arg(id.left(10));
        });
}

int runComments(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(jsonOption);
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("An article's review comments."), rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    const QList<Comment> all = Workflow(n).comments(slug);
    if (p.isSet(jsonOption)) {
        printJson(ctx.out, CommentList::toJsonArray(all, isoTime));
        return 0;
    }
    for (const Comment &c : all) {
        ctx.out << c.id << (c.resolved ? "  [resolved] " : "  [open] ") << c.author << ": "
                << c.body << "\n";
        if (!c.quote.isEmpty())
            ctx.out << "    on “" << c.quote << "”\n";
        for (const CommentReply &r : c.replies)
            ctx.out << "    ↳ " << r.author << ": " << r.body << "\n";
    }
    return 0;
}

int runBoard(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(jsonOption);
    int rc = 0;
    if (!parseArguments(
            ctx, p, QStringLiteral("Articles by stage, with who, when and what blocks each."), rc))
        return rc;
    Newsroom n = openNewsroom(ctx);
    Workflow w(n);
    const QList<ArticleSummary> all = Articles(n).list();
    QStringList slugs;
    for (const ArticleSummary &a : all)
        slugs.append(a.slug);
    const QList<Blockers> blockers = w.blockers(slugs);
    const bool json = p.isSet(jsonOption);
    // An article whose state does not read ("unknown") or names a stage the
    // pipeline no longer has is listed under that name after the pipeline's
    // stages, as the editor's board does: never silently left off.
    QList<Stage> shown = w.pipeline().stages();
    for (const ArticleSummary &a : all) {
        if (!w.pipeline().stage(a.state.stage) &&
            std::none_of(shown.begin(), shown.end(),
                         [&](const Stage &s) { return s.id == a.state.stage; })) {
            Stage extra;
            extra.id = a.state.stage;
            extra.title = a.state.stage;
            shown.append(extra);
        }
    }
    QJsonArray stages;
    for (const Stage &stage : std::as_const(shown)) {
        QJsonArray items;
        QStringList lines;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const ArticleSummary &a = all[i];
            if (a.state.stage != stage.id)
                continue;
            const Blockers &b = blockers[i];
            const bool overdue = w.isOverdue(a.state);
            const QString due =
                a.state.due.isValid() ? a.state.due.toString(Qt::ISODate) : QString();
            if (json) {
                items.append(QJsonObject{
                    {QStringLiteral("slug"), a.slug},
                    {QStringLiteral("title"), a.title},
                    {QStringLiteral("lang"), a.lang},
                    {QStringLiteral("assignee"), a.state.writer},
                    {QStringLiteral("reviewer"), a.state.reviewer},
                    {QStringLiteral("due"), due},
                    {QStringLiteral("overdue"), overdue},
                    {QStringLiteral("openFindings"), b.openFindings},
                    {QStringLiteral("unresolvedComments"), b.unresolvedComments},
                    {QStringLiteral("blocked"), QJsonArray::fromStringList(b.reasons)}});
                continue;
            }
            QString line = QStringLiteral("  ") + a.slug + QStringLiteral("  ") + a.title +
                           QStringLiteral("\n      writer ") + a.state.writer;
            if (!a.state.reviewer.isEmpty())
                line += QStringLiteral(", reviewer ") + a.state.reviewer;
            if (!due.isEmpty())
                line += QStringLiteral(", due ") + due +
                        (overdue ? QStringLiteral(" (OVERDUE)") : QString());
            if (!b.reasons.isEmpty())
                line += QStringLiteral("\n      blocked: ") + b.reasons.join(QStringLiteral("; "));
            lines.append(line);
        }
        if (json) {
            stages.append(QJsonObject{{QStringLiteral("stage"), stage.id},
                                      {QStringLiteral("title"), stage.title},
                                      {QStringLiteral("articles"), items}});
            continue;
        }
        ctx.out << stage.title << " (" << lines.size() << ")\n";
        for (const QString &l : std::as_const(lines))
            ctx.out << l << "\n";
    }
    if (json)
        printJson(ctx.out, QJsonObject{{QStringLiteral("newsroom"), n.name()},
                                       {QStringLiteral("stages"), stages}});
    return 0;
}

int runClaims(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(jsonOption);
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    int rc = 0;
    if (!parseArguments(
            ctx, p, QStringLiteral("An article's claims and what the ledger says of each."), rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    Workflow w(n);
    const Findings claims = w.claims(slug);
    const Ledger ledger = w.ledger(slug);
    if (p.isSet(jsonOption)) {
        QJsonArray arr;
        for (const Finding &f : claims) {
            QJsonObject o = f.toJson();
            if (const LedgerEntry *e = ledger.entry(f.id)) {
                o.insert(QStringLiteral("source"), e->source);
                o.insert(QStringLiteral("note"), e->note);
                o.insert(QStringLiteral("by"), e->by);
                o.insert(QStringLiteral("at"), isoTime(e->at));
            }
            arr.append(o);
        }
        printJson(ctx.out, arr);
        return 0;
    }
    for (const Finding &f : claims) {
        ctx.out << f.id << "  " << f.status.leftJustified(10) << " " << f.kind.leftJustified(16)
                << " line " << f.line
                << (f.field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.field)) << ": "
                << f.text;
        if (const LedgerEntry *e = ledger.entry(f.id))
            ctx.out << "  [" << e->source
                    << (e->note.isEmpty() ? QString() : QStringLiteral("; ") + e->note) << " — "
                    << e->by << "]";
        ctx.out << "\n";
    }
    return 0;
}

int runVerifyClaim(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CLAIM-ID"),
                            QStringLiteral("The claim (see 'claims SLUG')."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Where it was checked: a URL or a note."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("How."),
                                  QStringLiteral("TEXT"));
    p.addOptions({source, note});
    return withArticle(
        ctx, p, QStringLiteral("Record that a claim was verified, and against what."),
        [&](Workflow &w, const QString &slug) {
            const QString id =
                w.verifyClaim(slug, requirePositional(p, 1, QStringLiteral("CLAIM-ID")),
                              p.value(source), p.value(note));
            return QStringLiteral("Verified (%1)").arg(id.left(10));
        });
}

int runDispute(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CLAIM-ID"), QStringLiteral("The claim."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("What is wrong with it."),
                                  QStringLiteral("TEXT"));
    p.addOption(note);
    return withArticle(ctx, p, QStringLiteral("Record that a claim is disputed."),
                       [&](Workflow &w, const QString &slug) {
                           const QString id = w.disputeClaim(
                               slug, requirePositional(p, 1, QStringLiteral("CLAIM-ID")),
                               p.value(note));
                           return QStringLiteral("Disputed (%1)").arg(id.left(10));
                       });
}

const Registration regs[] = {
    Registration{{QStringLiteral("people"), QStringLiteral("People and roles"), &runPeople}},
    Registration{{QStringLiteral("assign"), QStringLiteral("Assign an article"), &runAssign}},
    Registration{
        {QStringLiteral("submit"), QStringLiteral("Submit a draft for review"), &runSubmit}},
    Registration{{QStringLiteral("approve"), QStringLiteral("Approve the review"), &runApprove}},
    Registration{{QStringLiteral("request-changes"), QStringLiteral("Send back to drafting"),
                  &runRequestChanges}},
    Registration{
        {QStringLiteral("advance"), QStringLiteral("Move on when the gate allows"), &runAdvance}},
    Registration{
        {QStringLiteral("publish"), QStringLiteral("Publish an approved article"), &runPublish}},
    Registration{
        {QStringLiteral("reopen"), QStringLiteral("Move back to an earlier stage"), &runReopen}},
    Registration{
        {QStringLiteral("waive"), QStringLiteral("Waive findings with a reason"), &runWaive}},
    Registration{{QStringLiteral("comment"), QStringLiteral("Comment on a passage"), &runComment}},
    Registration{
        {QStringLiteral("comments"), QStringLiteral("List an article's comments"), &runComments}},
    Registration{{QStringLiteral("reply"), QStringLiteral("Reply to a comment"), &runReply}},
    Registration{{QStringLiteral("resolve"), QStringLiteral("Resolve a comment"), &runResolve}},
    Registration{{QStringLiteral("board"), QStringLiteral("Articles by stage and what blocks them"),
                  &runBoard}},
    Registration{{QStringLiteral("claims"),
                  QStringLiteral("An article's claims and their ledger status"), &runClaims}},
    Registration{{QStringLiteral("verify-claim"), QStringLiteral("Record a claim's source"),
                  &runVerifyClaim}},
    Registration{
        {QStringLiteral("dispute"), QStringLiteral("Record a claim as disputed"), &runDispute}},
};

} // namespace
} // namespace copydesk::cli
