#pragma once

#include <QList>
#include <QString>

namespace copydesk
{

// A three-way merge of article text, paragraph by paragraph (a line is a
// paragraph in Markdown prose). Used when two people changed the same
// article: what only one side changed is taken; what both changed the same
// way is taken once; what both changed differently is a conflict the person
// resolves in the merge view.
struct MergeChunk {
    enum Kind { Unchanged, Mine, Theirs, Same, Conflict };
    Kind kind = Unchanged;
    QString base;
    QString mine;
    QString theirs;
    QString result() const; // the side taken; for a conflict, mine (until resolved)
};

struct MergeResult {
    QList<MergeChunk> chunks;
    int conflicts = 0;
    // The merged text with git-style markers around each conflict.
    QString textWithMarkers() const;
    // The merged text taking `mine` for conflicts.
    QString text() const;
};

MergeResult mergeThreeWay(const QString &base, const QString &mine, const QString &theirs);

} // namespace copydesk
