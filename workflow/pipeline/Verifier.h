#pragma once

#include "core/Finding.h"
#include "pipeline/Ledger.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace copydesk
{

namespace git
{
class Repository;
}

// One recorded event (or plain commit) that broke the newsroom's rules.
struct Violation {
    QString commit;  // full id
    QString article; // slug; empty for configuration changes
    QString event;   // Copydesk-Event, or empty for a plain commit
    QString actor;   // the commit's author email
    QString rule;    // what was broken, in plain English
    QString summary; // the commit's first line

    QString toText() const; // "abc1234567 approve x by rv@…: rule"
    QJsonObject toJson() const;
};

// Judges recorded history with the same rules that decide live actions
// (pipeline/Rules decide()). Induction over history: each commit is checked
// against its parent only — the parent's state, people, pipeline, comments,
// ledger and text — so checking the commits of a push is enough when the
// history before it was checked. Works on bare repositories (the server).
class Verifier
{
public:
    explicit Verifier(const git::Repository &repo);
    ~Verifier();

    // Every commit reachable from `to` and from none of `hide`, oldest first.
    QList<Violation> verify(const QString &to, const QStringList &hide = {});
    // One commit against its parent(s).
    QList<Violation> verifyCommit(const QString &id);

    // The newsroom's one root (its init commit) is the first-parent root of
    // `tip`: any other parentless commit, or a merge with a history that
    // does not share it, is a violation. Found only when a parentless
    // commit is judged, so a push or a verify that meets none walks no
    // history for it. verify() uses what it checks unless set; the hook
    // sets the server's tip.
    void setRootOf(const QString &tip);
    bool hasRoot() const;

    // History recorded by another version of the checks may be judged
    // differently by this one. By default such a gate (its Copydesk-Checks
    // trailer differs from CheckSuite::fingerprint()) is reported as a
    // warning, not a violation; strict mode (the server hook, for new
    // commits) counts it as a violation.
    void setStrictGates(bool strict);

    int commitsChecked() const;
    // What could not be checked fully (e.g. the spelling dictionaries are
    // missing here, so the style gate was not recomputed). Never silent.
    QStringList warnings() const;

    // The gates, as Workflow counts them: error-severity spelling/style
    // findings not waived, and claims neither verified nor waived.
    static Findings openStyleErrors(Findings spellingAndStyle, const Ledger &ledger);
    static Findings openClaims(Findings claims, const Ledger &ledger);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace copydesk
