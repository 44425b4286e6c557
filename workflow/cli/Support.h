#pragma once

#include "cli/Command.h"
#include "newsroom/Newsroom.h"

#include <QJsonValue>

namespace copydesk::cli
{

Newsroom openNewsroom(const Context &ctx);

// Reads a text argument: a file path, or standard input for "-" or none.
// Strict UTF-8, at most `maxBytes` (the rest is never read into memory).
QString readTextInput(const QString &path, qsizetype maxBytes);

// One positional argument or a usage error naming what is missing.
QString requirePositional(const QCommandLineParser &parser, int index, const QString &what);

void printJson(QTextStream &out, const QJsonValue &value);

// Text for one row of line-oriented output: a line break is written "\n",
// a tab "\t", a backslash "\\" and any other control character "\xNN", so
// a multi-line brief or reason never adds rows and the row reads back.
QString oneLine(const QString &text);
QString isoTime(const QDateTime &t);

} // namespace copydesk::cli
