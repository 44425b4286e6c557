#pragma once
// The one place that turns a failed write's errno into words a user can act
// on: "the disk is full", not "Unknown error" or "error -1".

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace copydesk
{

// What errno means for a write: ENOSPC "the disk is full", EFBIG "the file is
// larger than the system allows (ulimit -f?)", EDQUOT "over the disk quota",
// EROFS "read-only file system", EACCES/EPERM "no permission to write
// there"; empty for any other value.
QString storageCondition(int errnum);

// "cannot write PATH: CONDITION (strerror); nothing was saved". For an errno
// that names no condition, `detail` (or strerror) says what happened.
Error writeError(const QString &path, int errnum, const QString &detail = {},
                 const QString &consequence = QStringLiteral("nothing was saved"));

// Writes `bytes` to `path` atomically (QSaveFile: a temporary file beside it,
// renamed over it), capturing errno at the call that failed; throws
// writeError. The old file stays whole when this throws.
void saveFileAtomically(const QString &path, const QByteArray &bytes,
                        const QString &consequence = QStringLiteral("nothing was saved"));

// Past `ulimit -f` the system sends SIGXFSZ, whose default action kills the
// process mid-save without a word; ignored, write() fails with EFBIG and the
// save reports it. Called first thing by the CLI's and the editor's main().
void ignoreFileSizeLimitSignal();

} // namespace copydesk
