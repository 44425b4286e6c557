#pragma once

#include "pipeline/Comments.h"
#include "pipeline/Ledger.h"

#include <QString>
#include <QStringList>

namespace copydesk
{

class Newsroom;

// What merging one article's records did besides the text.
struct RecordMergeReport {
    QString slug;
    QStringList
        claimsRecordedAgain; // my verifications and disputes, recorded again on the merged article
    QStringList claimsBothChanged; // recorded on both sides: the later event stands
    QStringList claimsGone; // mine, but the claim is not in the merged text (stays in history)
    int commentsRecordedAgain = 0; // my new comments, replies and resolutions
    int waiversRecordedAgain = 0;
    QStringList
        notRecorded; // records on my side that cannot be made again (someone else's, or refused)
    int recordedAgain() const
    {
        return int(claimsRecordedAgain.size()) + commentsRecordedAgain + waiversRecordedAgain;
    }
};

// The save-merge of an article changed on both sides. A merge commit takes
// one side's article folder whole (Verifier::checkMerge), and every claim
// record, comment, reply and waiver must be an event of the person it names
// (pipeline/EventContent): so the colleague's records cannot be re-made by
// me, but mine can. The merge therefore keeps the server's folder (their
// ledger and comments as they wrote them), and then records my own work
// since the common revision again, as my events, on top of it:
//   claims    my verifications and disputes (a claim both recorded: the
//             later event stands, and it is reported)
//   comments  my new comments with my replies and resolutions, my replies
//             to and resolutions of existing comments
//   waivers   mine (an editor's)
//   state     theirs, unless mine moved differently: then nothing is
//             guessed and the merge is refused before anything is done.
// Usage: plan() before syncing with SyncKeep::Theirs, save the person's
// merged text, then replay().
class RecordMerge
{
public:
    struct Plan {
        QString slug;
        QString actor;
        QList<LedgerEntry> claims; // to record again, in time order
        QList<Waiver> waivers;
        QList<Comment> newComments; // mine, with my replies; resolved if I resolved it
        QList<QPair<QString, CommentReply>> replies; // to existing comments: id, reply
        QStringList resolutions;                     // existing comments I resolved
        RecordMergeReport report;
    };

    // Reads the three versions (`theirsRef`: SyncResult::theirsRef). Throws
    // Refused when the workflow states cannot be merged; commits nothing.
    static Plan plan(Newsroom &newsroom, const QString &slug, const QString &theirsRef);
    // Records the plan's work again through Workflow (the live rules).
    static RecordMergeReport replay(Newsroom &newsroom, const Plan &plan);

    // The parts, for tests.
    static void checkStates(const QString &slug, const QString &actor, const QByteArray *base,
                            const QByteArray *mine, const QByteArray *theirs);
    static void planLedger(const Ledger &base, const Ledger &mine, const Ledger &theirs,
                           Plan &plan);
    static void planComments(const CommentList &base, const CommentList &mine,
                             const CommentList &theirs, Plan &plan);
};

} // namespace copydesk
