#pragma once

#include <QString>
#include <QStringList>

namespace copydesk
{

namespace git
{
class Repository;
}

// What a merge may drop. When both sides changed an article since their
// merge base, a merge keeps one side's folder whole and drops the other
// side's changes. Text is a person's choice between two versions (the other
// stays in history, and Copydesk-Kept records the choice), so dropped saves
// are allowed; anything else a colleague recorded on the dropped side — a
// comment, a verification, an approval, an assignment, a reopening — is
// their event, and a merge never undoes it. Sync asks before merging; the
// verifier and the server hook judge merges with the same function.
//
// Returns "email (event)" for each such event on the side whose tip is
// `droppedTip` since `base` that changed `path` and was not made by
// `merger`; empty when the merge may drop that side's version.
QStringList colleaguesWorkDropped(const git::Repository &repo, const QString &droppedTip,
                                  const QString &base, const QString &path, const QString &merger);

} // namespace copydesk
