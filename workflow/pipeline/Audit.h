#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk
{

namespace git
{
class Repository;
}

// One recorded event: who did what to which article, when, and why. Read
// from commit trailers (see docs/workflow.md), so it is exactly what the
// history says — `verify` is what says the history is trustworthy.
struct AuditEvent {
    QString commit;       // full id
    QDateTime time;       // author time, with its UTC offset
    QString actor;        // email (Copydesk-Actor, else the author)
    QString name;         // the author's name
    QStringList roles;    // the actor's roles in the newsroom when acting
    QString article;      // slug; empty for people/words/init/sync
    QString event;        // Copydesk-Event
    QString from;         // stage before (only when the stage changed)
    QString to;           // stage after (only when the stage changed)
    QString stage;        // stage after the event (Copydesk-Stage)
    QString reason;       // Copydesk-Reason, else the message body (comments, notes)
    QString summary;      // the commit's first line
    QStringList findings; // Copydesk-Finding / Copydesk-Claim / Copydesk-Comment ids
    bool signedCommit = false;

    QJsonObject toJson() const;
};

struct AuditFilter {
    QString article; // slug
    QString actor;   // email, case-insensitive
    QDateTime since; // inclusive; invalid: no bound
    QDateTime until; // inclusive; invalid: no bound

    bool accepts(const AuditEvent &e) const;
    // "YYYY-MM-DD" (a whole day, UTC) or an ISO 8601 date-time; throws
    // Usage for anything else. `endOfDay` makes a date mean its last second.
    static QDateTime parseBound(const QString &text, bool endOfDay);
};

// The events of a history, oldest first, for the CLI's `audit`, the editor's
// audit view and printed reports.
class Audit
{
public:
    explicit Audit(const git::Repository &repo) : m_repo(repo) {}
    // Every event reachable from `head` (HEAD when empty) that `filter` accepts.
    // Kept up to date in .git/copydesk/audit (see AuditIndex); the result is
    // the same with or without it.
    QList<AuditEvent> events(const AuditFilter &filter = {}, const QString &head = {}) const;
    // Reads every commit again, neither using nor updating the index.
    void setUseIndex(bool use) { m_useIndex = use; }
    QString indexPath() const;

    static QStringList csvHeader();
    static QStringList csvRow(const AuditEvent &e);
    // RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
    // doubled; a field a spreadsheet would run as a formula (= + - @ first)
    // gets a leading apostrophe.
    static QString csvLine(const QStringList &fields);

private:
    QList<AuditEvent> allEvents(const QString &tip) const;

    const git::Repository &m_repo;
    bool m_useIndex = true;
};

} // namespace copydesk
