#pragma once

#include "core/Finding.h"
#include "newsroom/ArticleState.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Comments.h"
#include "pipeline/Ledger.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"

#include <QDate>
#include <QString>

namespace copydesk
{

class CheckSuite;

// One action the stage bar can offer, and why it is refused when it is.
struct ActionAvailability {
    QString action; // submit, approve, request-changes, advance, publish, reopen, waive
    QString label;  // "Submit for review", "Approve review", …
    bool allowed = false;
    QString reason; // when refused: who may do it instead, or what blocks it
};

// What holds an article in its stage (for the board and the stage bar).
struct Blockers {
    // At a style or fact-check gate, what that gate counts (spelling/style
    // errors not waived, or unverified claims); elsewhere, with
    // FindingsAt::EveryStage, both together, and 0 with FindingsAt::Gates.
    int openFindings = 0;
    int unresolvedComments = 0;
    QStringList reasons; // one line each, e.g. "3 unverified claims"
};

// The editorial workflow: every action checks the rules (pipeline/Rules),
// then commits the event with its trailers. Refusals throw Error(Refused)
// naming who may act instead; nothing is committed then.
class Workflow
{
public:
    explicit Workflow(Newsroom &newsroom);
    ~Workflow();

    const Pipeline &pipeline() const;
    const People &people() const;

    // Articles (the rules decide the stage; Articles writes the text).
    QString create(const QString &slug, const QString &title, const QString &lang);
    // `base` is the revision the text was edited from: when given and the
    // article's file changed since (a restore, a sync, another writer), the
    // save throws Conflict instead of silently writing over the newer text.
    QString save(const QString &slug, const QString &input, const QString &message = {},
                 const QString &base = {});
    QString restore(const QString &slug, const QString &rev);

    // People (editors only).
    // Adds a person, or roles to one already here (emails compare without
    // case); a different --name for someone already here needs `rename`.
    QString addPerson(const QString &email, const QString &name, const QStringList &roles,
                      bool rename = false);

    QString assign(const QString &slug, const QString &writer, const QString &reviewer,
                   const QDate &due, const QString &brief);
    QString submit(const QString &slug);
    QString approve(const QString &slug, const QString &comment = {});
    QString requestChanges(const QString &slug, const QString &comment);
    QString advance(const QString &slug);
    QString publish(const QString &slug);
    QString reopen(const QString &slug, const QString &toStage, const QString &reason);
    // Waives one finding (claim or style/spelling finding id) or, with an
    // empty id, every error-severity style/spelling finding of the article.
    QString waive(const QString &slug, const QString &reason, const QString &findingId = {});

    QString comment(const QString &slug, const QString &quote, const QString &body,
                    int position = -1);
    QString reply(const QString &slug, const QString &commentId, const QString &body);
    QString resolve(const QString &slug, const QString &commentId);
    QList<Comment> comments(const QString &slug) const;

    // Claims with their ledger status (verified claims keep it while their id
    // is unchanged; see docs/fact-check.md).
    Findings claims(const QString &slug) const;
    QString verifyClaim(const QString &slug, const QString &claimId, const QString &source,
                        const QString &note);
    QString disputeClaim(const QString &slug, const QString &claimId, const QString &note);
    Ledger ledger(const QString &slug) const;

    // All findings of the article's current text (claims with ledger status,
    // spelling and style), positioned in the file.
    Findings findings(const QString &slug) const;

    QList<ActionAvailability> availableActions(const QString &slug) const;
    // Gates: open findings only where a gate counts them (cheap enough for
    // the CLI board on 10,000 articles with cold caches). EveryStage: also
    // at the other stages, so a writer sees a draft's findings on the
    // board; the counts run the checks once per text and ledger and are
    // kept in the derived gate-count cache, so the editor's board pays once.
    enum class FindingsAt { Gates, EveryStage };
    Blockers blockers(const QString &slug, FindingsAt findingsAt = FindingsAt::Gates) const;
    // The blockers of several articles of one commit (the board): HEAD is
    // resolved once, not per article, and an article whose files do not read
    // is reported in its own Blockers instead of failing the others.
    QList<Blockers> blockers(const QStringList &slugs,
                             FindingsAt findingsAt = FindingsAt::Gates) const;
    // Past its due date and not yet approved.
    bool isOverdue(const ArticleState &state) const;

    // The check suite used for gates; built on first use and shared.
    const CheckSuite &checks() const;

private:
    QString move(const QString &slug, const QString &event, const QString &reason,
                 const QString &target);
    QString recordClaim(const QString &slug, const QString &claimId, const QString &status,
                        const QString &source, const QString &note);
    int gateFindings(const QString &slug, const QString &gate) const; // cached by blob ids
    int gateFindings(const QString &slug, const QString &gate, const QByteArray &key) const;
    int countGateFindings(const QString &slug, const QString &gate) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace copydesk
