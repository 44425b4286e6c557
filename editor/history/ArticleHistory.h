#pragma once

#include "core/Finding.h"
#include "core/WordDiff.h"
#include "newsroom/Newsroom.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk
{
class CheckSuite;
}

namespace copydesk::editor
{

// One line of an article's timeline: a revision of its text or an event
// (assignment, approval, waiver, verification…) recorded as a commit.
struct HistoryEntry {
    Revision revision;
    QString event;  // Copydesk-Event ("save", "approve"…); empty for plain commits
    QString actor;  // Copydesk-Actor, else the author's email
    QString stage;  // the stage after it
    QString reason; // Copydesk-Reason, else the message body
    bool isTextRevision() const { return revision.textChanged; }
};

// How one claim differs between two texts. Claims are matched by id (kind,
// value and the word before it; see docs/fact-check.md); a claim whose id
// changed lost its verification, whatever the ledger said about the old one.
struct ClaimChange {
    enum Kind { Changed, Added, Removed };
    Kind kind = Changed;
    QString claimKind;    // money, salary, percent…
    QString before;       // the claim's text in the older revision
    QString after;        // …and in the newer one
    QString beforeStatus; // unverified, verified, disputed, waived
    QString afterStatus;
    bool verificationLost() const;
    // "$60m → $50m: verification lost", in the interface language.
    QString describe() const;
};

// Pairs the claims of two texts: same id = unchanged (left out), otherwise
// claims of the same kind in order of appearance are one claim changed, the
// rest added or removed. Statuses come from the findings (ledger applied).
QList<ClaimChange> compareClaims(const Findings &before, const Findings &after);

// What the history view compares: two revisions of one article.
struct RevisionComparison {
    QString from; // commit ids
    QString to;
    QString fromText;
    QString toText;
    QList<DiffPiece> pieces; // wordDiff(fromText, toText)
    QList<ClaimChange> claims;
};

class ArticleHistory
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::editor::ArticleHistory)
public:
    // The article's revisions and events, newest first.
    static QList<HistoryEntry> load(Newsroom &newsroom, const QString &slug);

    // The article's text as of `rev` (empty when it did not exist then).
    static QString textAt(Newsroom &newsroom, const QString &slug, const QString &rev);

    // Compares two revisions word by word and their claims. The claims'
    // statuses come from the current ledger (verifications are kept by claim
    // id, so the newest ledger knows every id ever verified).
    static RevisionComparison compare(Newsroom &newsroom, const CheckSuite &claims,
                                      const QString &slug, const QString &from, const QString &to);

    // A human name for an event id ("approve" → "Approved"), translated.
    static QString eventLabel(const QString &event);
};

// Word-diff rendering for QTextBrowser (HTML, escaped).
namespace diffhtml
{
QString inlineHtml(const QList<DiffPiece> &pieces);
// The older text with deletions marked, and the newer with insertions.
QString beforeHtml(const QList<DiffPiece> &pieces);
QString afterHtml(const QList<DiffPiece> &pieces);
} // namespace diffhtml

} // namespace copydesk::editor
