#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace copydesk
{

// Largest repository JSON file (state, comments, ledger, configuration)
// Copydesk reads: far above any real one, small enough that a planted
// 60 MB file is refused before it is parsed.
inline constexpr qsizetype kMaxJsonBytes = 16 * 1024 * 1024;

// Parses a repository JSON file (configuration, state, ledger, comments)
// that must hold an object. Strict where QJsonDocument is lenient: invalid
// UTF-8, a key repeated in one object (QJsonDocument keeps the last one, so
// two readers could see different values) and anything larger than
// kMaxJsonBytes are refused, as is anything after the value. Throws
// Error(Usage) naming `what`, the problem and the byte offset, and how to
// get a good version back.
QJsonObject parseJsonObject(const QByteArray &json, const QString &what);

} // namespace copydesk
