#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace copydesk
{

// Parses a repository JSON file (configuration, state, ledger, comments)
// that must hold an object. Throws Error(Usage) naming `what`, the parser's
// complaint and the byte offset, and how to get a good version back.
QJsonObject parseJsonObject(const QByteArray &json, const QString &what);

} // namespace copydesk
