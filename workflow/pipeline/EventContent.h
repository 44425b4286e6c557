#pragma once

#include "core/Trailers.h"
#include "pipeline/Comments.h"
#include "pipeline/Ledger.h"

#include <QStringList>

namespace copydesk
{

// What an event may write into an article's comments.json and ledger.json,
// judged on the files before and after it. The file list alone (which files
// an event may touch) would let a "comment" event quietly resolve every
// other comment, or a "verify-claim" verify ten claims in the name of a
// colleague; these rules hold on the server (verify, pre-receive hook) as
// they do in the UI. Each function returns the broken rules, empty if none.
namespace EventContent
{

// comment, request-changes and approve-with-remark add one comment by the
// actor (named by Copydesk-Comment); reply adds one reply by the actor to
// that comment; resolve marks that comment resolved by the actor. Nothing
// else in the file may change.
QStringList commentRules(const QString &event, const QString &actor, const Trailers &trailers,
                         const QList<Comment> &before, const QList<Comment> &after);

// verify-claim and dispute record the one claim named by Copydesk-Claim,
// by the actor, with the status the event says (a verification with a
// source); waive appends, by the actor, one waiver per Copydesk-Finding with
// the event's reason. Nothing else in the ledger may change.
QStringList ledgerRules(const QString &event, const QString &actor, const Trailers &trailers,
                        const Ledger &before, const Ledger &after);

} // namespace EventContent
} // namespace copydesk
