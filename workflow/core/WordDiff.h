#pragma once

#include <QList>
#include <QString>

namespace copydesk
{

// Word-level comparison of two texts. Prose keeps a paragraph on one line, so
// comparing lines says little; this compares words (letter/digit runs, with
// Hangul eojeol as one word as git's --word-diff would), single punctuation
// marks and runs of white space.
struct DiffPiece {
    enum Kind { Equal, Deleted, Inserted };
    Kind kind;
    QString text;
};

QList<DiffPiece> wordDiff(const QString &before, const QString &after);

// git diff --word-diff style: only lines with a change are printed, each
// after an "@@ line N @@" header (N in the new text), with [-old-]{+new+}.
QString wordDiffText(const QString &before, const QString &after);

} // namespace copydesk
