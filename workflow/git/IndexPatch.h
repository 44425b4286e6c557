#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk::git
{

// One staged file to point at a new blob: its path in the repository, the
// blob's raw 20-byte id, and the working-tree file it was written to (its
// stat data goes into the index, as `git add` records it).
struct IndexPatchEntry {
    QByteArray path;
    QByteArray blobId;
    QString file;
};

// Restages files that are already in the index (stage 0, regular, same
// path) by rewriting only their entries of .git/index, the checksum, and
// the cached trees above them; every other entry, staged by anyone, is
// copied as it is. Uses git's own lock protocol (index.lock, then rename).
// A save restages two files of a 28,000-entry index: libgit2 would parse
// and rebuild every entry to do it (more than half of a save).
//
// Returns false without changing anything whenever the index is not one it
// can patch safely (another version, a split or sparse index, a path that
// is new, removed, conflicted, or flagged); the caller then stages through
// libgit2.
bool patchIndex(const QString &indexPath, const QList<IndexPatchEntry> &entries);

} // namespace copydesk::git
