#include "pipeline/EventContent.h"

#include "pipeline/Rules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace copydesk::EventContent
{

namespace
{

QString storedTime(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

// Comments compared as stored: two comments are the same when their stored
// JSON is.
QJsonObject stored(const Comment &c)
{
    return CommentList::toJsonArray({c}, storedTime).at(0).toObject();
}

const Comment *findComment(const QList<Comment> &list, const QString &id)
{
    for (const Comment &c : list) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool sameEntry(const LedgerEntry &a, const LedgerEntry &b)
{
    return a.claimId == b.claimId && a.status == b.status && a.kind == b.kind && a.text == b.text &&
           a.source == b.source && a.note == b.note && a.by == b.by && a.at == b.at;
}

bool sameWaiver(const Waiver &a, const Waiver &b)
{
    return a.findingId == b.findingId && a.reason == b.reason && a.by == b.by && a.at == b.at &&
           a.stage == b.stage;
}

} // namespace

QStringList commentRules(const QString &event, const QString &actor, const Trailers &trailers,
                         const QList<Comment> &before, const QList<Comment> &after)
{
    QStringList broken;
    const QString named = trailers.value(QStringLiteral("Copydesk-Comment"));
    const bool adds =
        event == Event::Comment || event == Event::RequestChanges || event == Event::Approve;
    const bool edits = event == Event::Reply || event == Event::Resolve;
    if (!adds && !edits)
        return broken; // which events may touch comments.json at all is the file rule's job

    // Every comment but the named one must be unchanged and in its place.
    QList<Comment> othersBefore, othersAfter;
    for (const Comment &c : before) {
        if (c.id != named || !edits)
            othersBefore.append(c);
    }
    for (const Comment &c : after) {
        if (c.id != named)
            othersAfter.append(c);
    }
    bool othersSame = othersBefore.size() == othersAfter.size();
    for (qsizetype i = 0; othersSame && i < othersBefore.size(); ++i)
        othersSame = stored(othersBefore.at(i)) == stored(othersAfter.at(i));
    if (!othersSame)
        broken.append(
            QStringLiteral(
                "a '%1' event changed or removed other comments (only comment %2 may change)")
                .arg(event, named.isEmpty() ? QStringLiteral("(none named)") : named));

    const Comment *was = findComment(before, named);
    const Comment *now = findComment(after, named);
    if (named.isEmpty() || !now) {
        broken.append(
            QStringLiteral(
                "a '%1' event must name the comment it writes (Copydesk-Comment) and that "
                "comment must exist afterwards")
                .arg(event));
        return broken;
    }
    if (adds) {
        if (was)
            broken.append(QStringLiteral("comment %1 already existed; a '%2' event adds a new one")
                              .arg(named, event));
        if (now->author != actor)
            broken.append(QStringLiteral("comment %1 is signed by %2 but was written by %3")
                              .arg(named, now->author, actor));
        if (!now->replies.isEmpty() || !now->resolvedBy.isEmpty())
            broken.append(QStringLiteral(
                "a new comment cannot arrive with replies or already resolved by someone"));
        // A remark with an approval is informational (resolved); requested
        // changes and review comments must be answered.
        const bool shouldBeResolved = event == Event::Approve;
        if (now->resolved != shouldBeResolved)
            broken.append(shouldBeResolved
                              ? QStringLiteral("an approval's remark is recorded as resolved")
                              : QStringLiteral("a new comment cannot arrive already resolved"));
        return broken;
    }
    if (!was) {
        broken.append(
            QStringLiteral("a '%1' event for comment %2, which did not exist").arg(event, named));
        return broken;
    }
    Comment expected = *was;
    if (event == Event::Reply) {
        if (now->replies.size() != was->replies.size() + 1) {
            broken.append(
                QStringLiteral("a reply adds exactly one reply to comment %1").arg(named));
            return broken;
        }
        const CommentReply &added = now->replies.last();
        if (added.author != actor)
            broken.append(
                QStringLiteral("the reply on comment %1 is signed by %2 but was written by %3")
                    .arg(named, added.author, actor));
        expected.replies.append(added);
    } else {
        if (was->resolved)
            broken.append(QStringLiteral("comment %1 was already resolved").arg(named));
        if (now->resolvedBy != actor)
            broken.append(QStringLiteral("comment %1 is marked resolved by %2 but %3 resolved it")
                              .arg(named, now->resolvedBy, actor));
        expected.resolved = true;
        expected.resolvedBy = now->resolvedBy;
    }
    if (stored(expected) != stored(*now))
        broken.append(QStringLiteral("a '%1' event changed more of comment %2 than it may")
                          .arg(event, named));
    return broken;
}

QStringList ledgerRules(const QString &event, const QString &actor, const Trailers &trailers,
                        const Ledger &before, const Ledger &after)
{
    QStringList broken;
    if (event == Event::VerifyClaim || event == Event::Dispute) {
        const QString claim = trailers.value(QStringLiteral("Copydesk-Claim"));
        QStringList changed;
        QSet<QString> ids;
        for (auto it = before.entries().begin(); it != before.entries().end(); ++it)
            ids.insert(it.key());
        for (auto it = after.entries().begin(); it != after.entries().end(); ++it)
            ids.insert(it.key());
        for (const QString &id : ids) {
            const LedgerEntry *a = before.entry(id), *b = after.entry(id);
            if (!a || !b || !sameEntry(*a, *b))
                changed.append(id);
        }
        changed.sort();
        if (changed != QStringList{claim})
            broken.append(
                QStringLiteral(
                    "a '%1' event records exactly the claim it names (%2), but the ledger "
                    "changed for %3")
                    .arg(event, claim.isEmpty() ? QStringLiteral("none") : claim,
                         changed.isEmpty() ? QStringLiteral("no claim")
                                           : changed.join(QStringLiteral(", "))));
        if (const LedgerEntry *e = after.entry(claim)) {
            const QString status = event == Event::VerifyClaim ? QStringLiteral("verified")
                                                               : QStringLiteral("disputed");
            if (e->status != status)
                broken.append(QStringLiteral("claim %1 is recorded as '%2' by a '%3' event")
                                  .arg(claim, e->status, event));
            if (e->by != actor)
                broken.append(
                    QStringLiteral("claim %1 is recorded as checked by %2 but %3 recorded it")
                        .arg(claim, e->by, actor));
            if (event == Event::VerifyClaim && e->source.trimmed().isEmpty())
                broken.append(
                    QStringLiteral("claim %1 is recorded as verified without a source").arg(claim));
        }
        if (before.waivers().size() != after.waivers().size())
            broken.append(QStringLiteral("a '%1' event changed the waivers").arg(event));
        else
            for (qsizetype i = 0; i < before.waivers().size(); ++i) {
                if (!sameWaiver(before.waivers().at(i), after.waivers().at(i))) {
                    broken.append(QStringLiteral("a '%1' event changed the waivers").arg(event));
                    break;
                }
            }
        return broken;
    }
    if (event == Event::Waive) {
        bool entriesSame = before.entries().size() == after.entries().size();
        for (auto it = before.entries().begin(); entriesSame && it != before.entries().end();
             ++it) {
            const LedgerEntry *b = after.entry(it.key());
            entriesSame = b && sameEntry(*it, *b);
        }
        if (!entriesSame)
            broken.append(QStringLiteral(
                "a 'waive' event changed the claims ledger (it may only add waivers)"));
        const QList<Waiver> &was = before.waivers(), &now = after.waivers();
        bool kept = now.size() >= was.size();
        for (qsizetype i = 0; kept && i < was.size(); ++i)
            kept = sameWaiver(was.at(i), now.at(i));
        if (!kept) {
            broken.append(QStringLiteral("a 'waive' event changed or removed earlier waivers"));
            return broken;
        }
        QStringList added;
        const QString reason = trailers.value(QStringLiteral("Copydesk-Reason"));
        for (qsizetype i = was.size(); i < now.size(); ++i) {
            const Waiver &w = now.at(i);
            added.append(w.findingId);
            if (w.by != actor)
                broken.append(
                    QStringLiteral("a waiver is recorded as granted by %1 but %2 granted it")
                        .arg(w.by, actor));
            if (Trailers::oneLine(w.reason) != reason)
                broken.append(
                    QStringLiteral("a waiver's reason differs from the event's (Copydesk-Reason)"));
        }
        QStringList named = trailers.values(QStringLiteral("Copydesk-Finding"));
        added.sort();
        named.sort();
        if (added != named)
            broken.append(
                QStringLiteral("the waivers added (%1) are not the findings the event names (%2)")
                    .arg(added.join(QStringLiteral(", ")), named.join(QStringLiteral(", "))));
    }
    return broken;
}

} // namespace copydesk::EventContent
