#include "pipeline/RecordMerge.h"

#include "core/Error.h"
#include "git/Repository.h"
#include "newsroom/ArticleState.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Workflow.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace copydesk
{

namespace
{

QString file(const QString &slug, const char *name)
{
    return Newsroom::articleDir(slug) + u'/' + QLatin1String(name);
}

bool same(const LedgerEntry &a, const LedgerEntry &b)
{
    return a.status == b.status && a.kind == b.kind && a.text == b.text && a.source == b.source &&
           a.note == b.note && a.by == b.by && a.at == b.at;
}

bool same(const Waiver &a, const Waiver &b)
{
    return a.findingId == b.findingId && a.reason == b.reason && a.by == b.by && a.at == b.at &&
           a.stage == b.stage;
}

bool same(const CommentReply &a, const CommentReply &b)
{
    return a.author == b.author && a.body == b.body && a.time == b.time;
}

const Comment *findComment(const CommentList &list, const QString &id)
{
    for (const Comment &c : list.items()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool hasReply(const Comment *c, const CommentReply &r)
{
    return c && std::any_of(c->replies.begin(), c->replies.end(),
                            [&](const CommentReply &x) { return same(x, r); });
}

// The fields of the state the rules act on, by name.
QList<QPair<QString, QString>> stateFields(const ArticleState &s)
{
    return {{QStringLiteral("stage"), s.stage},
            {QStringLiteral("writer"), s.writer},
            {QStringLiteral("reviewer"), s.reviewer},
            {QStringLiteral("due"), s.due.toString(Qt::ISODate)},
            {QStringLiteral("brief"), s.brief},
            {QStringLiteral("authors"), s.authors.join(QStringLiteral(", "))}};
}

std::optional<ArticleState> parseState(const QByteArray *bytes, const QString &what)
{
    if (!bytes)
        return std::nullopt;
    return ArticleState::fromJson(*bytes, what);
}

std::optional<QByteArray> readAt(Newsroom &n, const QString &path, const QString &commit)
{
    if (commit.isEmpty())
        return std::nullopt;
    return n.tryReadFile(path, commit);
}

} // namespace

void RecordMerge::checkStates(const QString &slug, const QString &actor, const QByteArray *base,
                              const QByteArray *mine, const QByteArray *theirs)
{
    const QString what = file(slug, "state.json");
    const auto t = parseState(theirs, what);
    const auto m = parseState(mine, what);
    if (!t || !m || stateFields(*m) == stateFields(*t))
        return;
    if (const auto b = parseState(base, what)) {
        if (stateFields(*m) == stateFields(*b))
            return; // my side did not move the article: theirs stands
        // My saves only added me to the authors: saving the merged text
        // does that again on top of theirs.
        ArticleState saved = *b;
        if (!saved.authors.contains(actor))
            saved.authors.append(actor);
        if (stateFields(*m) == stateFields(saved))
            return;
    }
    QStringList differences;
    const auto theirFields = stateFields(*t), myFields = stateFields(*m);
    for (qsizetype i = 0; i < theirFields.size(); ++i) {
        if (theirFields[i].second != myFields[i].second)
            differences.append(
                QCoreApplication::translate("copydesk::RecordMerge",
                                            "%1 is '%2' on the server, '%3' here")
                    .arg(theirFields[i].first, theirFields[i].second, myFields[i].second));
    }
    throw Error(
        QCoreApplication::translate(
            "copydesk::RecordMerge",
            "%1: the article moved on in the workflow here and differs from the server's (%2); "
            "a merge cannot choose between the two, so nothing was merged. Keep one side's "
            "version whole ('copydesk-cli sync --keep mine' or '--keep theirs'), then repeat "
            "the other side's step.")
            .arg(slug, differences.join(QStringLiteral("; "))),
        Error::Kind::Refused);
}

void RecordMerge::planLedger(const Ledger &base, const Ledger &mine, const Ledger &theirs,
                             Plan &plan)
{
    RecordMergeReport &report = plan.report;
    for (const LedgerEntry &m : mine.entries()) {
        const LedgerEntry *b = base.entry(m.claimId);
        if (b && same(*b, m))
            continue; // not mine since the common revision
        const LedgerEntry *t = theirs.entry(m.claimId);
        if (t && same(*t, m))
            continue;
        if (t && (!b || !same(*b, *t))) {
            // Both recorded this claim: the later event stands, either way
            // the person is told.
            report.claimsBothChanged.append(m.claimId);
            if (t->at >= m.at)
                continue;
        }
        const bool recordable = m.by == plan.actor && (m.status == QLatin1String("verified") ||
                                                       m.status == QLatin1String("disputed"));
        if (recordable)
            plan.claims.append(m);
        else
            report.notRecorded.append(m.claimId);
    }
    std::stable_sort(plan.claims.begin(), plan.claims.end(),
                     [](const LedgerEntry &a, const LedgerEntry &b) { return a.at < b.at; });
    for (const Waiver &w : mine.waivers()) {
        const auto known = [&](const Ledger &l) {
            return std::any_of(l.waivers().begin(), l.waivers().end(),
                               [&](const Waiver &x) { return same(x, w); });
        };
        if (known(base) || known(theirs))
            continue;
        if (w.by == plan.actor)
            plan.waivers.append(w);
        else
            report.notRecorded.append(w.findingId.isEmpty() ? QStringLiteral("waiver")
                                                            : w.findingId);
    }
}

void RecordMerge::planComments(const CommentList &base, const CommentList &mine,
                               const CommentList &theirs, Plan &plan)
{
    RecordMergeReport &report = plan.report;
    for (const Comment &m : mine.items()) {
        const Comment *b = findComment(base, m.id);
        const Comment *t = findComment(theirs, m.id);
        if (!b) {
            if (t)
                continue; // already on the server
            if (m.author != plan.actor) {
                report.notRecorded.append(m.id);
                continue;
            }
            Comment mineOnly = m;
            mineOnly.replies.clear();
            for (const CommentReply &r : m.replies) {
                if (r.author == plan.actor)
                    mineOnly.replies.append(r);
                else
                    report.notRecorded.append(m.id);
            }
            mineOnly.resolved = m.resolved && m.resolvedBy == plan.actor;
            plan.newComments.append(mineOnly);
            continue;
        }
        for (const CommentReply &r : m.replies) {
            if (hasReply(b, r) || hasReply(t, r))
                continue;
            if (r.author == plan.actor && t)
                plan.replies.append({m.id, r});
            else
                report.notRecorded.append(m.id);
        }
        if (m.resolved && !b->resolved && t && !t->resolved) {
            if (m.resolvedBy == plan.actor)
                plan.resolutions.append(m.id);
            else
                report.notRecorded.append(m.id);
        }
    }
}

RecordMerge::Plan RecordMerge::plan(Newsroom &n, const QString &slug, const QString &theirsRef)
{
    Newsroom::validateSlug(slug);
    Plan plan;
    plan.slug = slug;
    plan.report.slug = slug;
    plan.actor = n.identity().email.trimmed().toLower();
    const QString ours = n.headId();
    const QString theirs = n.resolveRevision(theirsRef);
    const QString base = ours.isEmpty() ? QString() : n.repository().mergeBase(ours, theirs);

    const QString statePath = file(slug, "state.json");
    const auto bs = readAt(n, statePath, base), ms = readAt(n, statePath, ours),
               ts = readAt(n, statePath, theirs);
    checkStates(slug, plan.actor, bs ? &*bs : nullptr, ms ? &*ms : nullptr, ts ? &*ts : nullptr);
    if (!ms || !ts)
        return plan; // one side has no such article: nothing to record again

    const QString ledgerPath = file(slug, "ledger.json");
    auto ledgerAt = [&](const QString &commit) {
        const auto bytes = readAt(n, ledgerPath, commit);
        return bytes ? Ledger::fromJson(*bytes, ledgerPath) : Ledger();
    };
    const QString commentsPath = file(slug, "comments.json");
    auto commentsAt = [&](const QString &commit) {
        const auto bytes = readAt(n, commentsPath, commit);
        return bytes ? CommentList::fromJson(*bytes, commentsPath) : CommentList();
    };
    planLedger(ledgerAt(base), ledgerAt(ours), ledgerAt(theirs), plan);
    planComments(commentsAt(base), commentsAt(ours), commentsAt(theirs), plan);
    return plan;
}

RecordMergeReport RecordMerge::replay(Newsroom &n, const Plan &plan)
{
    RecordMergeReport report = plan.report;
    Workflow workflow(n);
    const QString &slug = plan.slug;
    // Each one is an ordinary event decided by the live rules; one that is
    // refused now (the claim left the text, the quote was edited away)
    // stays in history and is reported.
    auto attempt = [&](const QString &what, const auto &work) {
        try {
            work();
            return true;
        } catch (const Error &) {
            report.notRecorded.append(what);
            return false;
        }
    };
    const Findings claimsNow = plan.claims.isEmpty() ? Findings() : workflow.claims(slug);
    for (const LedgerEntry &e : plan.claims) {
        const bool verified = e.status == QLatin1String("verified");
        if (std::none_of(claimsNow.begin(), claimsNow.end(),
                         [&](const Finding &f) { return f.id == e.claimId; })) {
            report.claimsGone.append(e.claimId); // edited out of the merged text
            continue;
        }
        if (attempt(e.claimId, [&] {
                if (verified)
                    workflow.verifyClaim(slug, e.claimId, e.source, e.note);
                else
                    workflow.disputeClaim(slug, e.claimId, e.note);
            }))
            report.claimsRecordedAgain.append(e.claimId);
    }
    for (const Waiver &w : plan.waivers) {
        if (attempt(w.findingId, [&] { workflow.waive(slug, w.reason, w.findingId); }))
            ++report.waiversRecordedAgain;
    }
    for (const Comment &c : plan.newComments) {
        QString id;
        if (!attempt(c.id, [&] { id = workflow.comment(slug, c.quote, c.body, c.position); }))
            continue;
        ++report.commentsRecordedAgain;
        for (const CommentReply &r : c.replies) {
            if (attempt(c.id, [&] { workflow.reply(slug, id, r.body); }))
                ++report.commentsRecordedAgain;
        }
        if (c.resolved && attempt(c.id, [&] { workflow.resolve(slug, id); }))
            ++report.commentsRecordedAgain;
    }
    for (const QPair<QString, CommentReply> &reply : plan.replies) {
        // Not a structured binding: clang 14 (the sanitizer build) cannot
        // capture one in a lambda.
        const QString &id = reply.first;
        if (attempt(id, [&] { workflow.reply(slug, id, reply.second.body); }))
            ++report.commentsRecordedAgain;
    }
    for (const QString &id : plan.resolutions) {
        if (attempt(id, [&] { workflow.resolve(slug, id); }))
            ++report.commentsRecordedAgain;
    }
    report.notRecorded.removeDuplicates();
    return report;
}

} // namespace copydesk
