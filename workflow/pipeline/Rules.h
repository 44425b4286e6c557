#pragma once

#include "newsroom/ArticleState.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"

#include <QString>

namespace copydesk
{

// Every workflow event Copydesk records (the Copydesk-Event trailer).
namespace Event
{
inline const QString Init = QStringLiteral("init");
inline const QString New = QStringLiteral("new");
inline const QString Save = QStringLiteral("save");
inline const QString Assign = QStringLiteral("assign");
inline const QString Submit = QStringLiteral("submit");
inline const QString Approve = QStringLiteral("approve");
inline const QString RequestChanges = QStringLiteral("request-changes");
inline const QString Advance = QStringLiteral("advance");
inline const QString Publish = QStringLiteral("publish");
inline const QString Reopen = QStringLiteral("reopen");
inline const QString Waive = QStringLiteral("waive");
inline const QString Comment = QStringLiteral("comment");
inline const QString Reply = QStringLiteral("reply");
inline const QString Resolve = QStringLiteral("resolve");
inline const QString VerifyClaim = QStringLiteral("verify-claim");
inline const QString Dispute = QStringLiteral("dispute");
inline const QString People = QStringLiteral("people");
inline const QString Words = QStringLiteral("words");
inline const QString Sync = QStringLiteral("sync");
} // namespace Event

// What the rules need to know about one proposed event. The same function
// decides live actions (Workflow) and judges recorded ones (Verifier), so the
// UI, the CLI and the server hook cannot disagree.
struct RuleInput {
    QString event;
    QString actor; // email
    ArticleState before;
    QString targetStage;      // reopen: where to
    QString reason;           // reopen, waive, request-changes
    int openGateFindings = 0; // for advance: what blocks the current stage's gate
    int unresolvedComments = 0;
};

struct Decision {
    bool allowed = false;
    QString reason;  // when refused: what rule, and who may act instead
    QString toStage; // stage after the event (same as before when no move)
};

Decision decide(const RuleInput &in, const Pipeline &pipeline, const People &people);

} // namespace copydesk
