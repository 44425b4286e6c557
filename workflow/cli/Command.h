#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace copydesk::cli
{

// What a command gets: its own arguments (argv[0] is the command name, as
// QCommandLineParser expects), the newsroom folder from -C, and the streams.
struct Context {
    QStringList args;
    QString dir; // from -C; the current folder by default
    QTextStream &out;
    QTextStream &err;
};

using RunFunction = int (*)(Context &);

struct Command {
    QString name;
    QString summary;
    RunFunction run;
};

// Commands register themselves from their own cmd_*.cpp file:
//   static const cli::Registration reg{{"list", "List the articles", &runList}};
struct Registration {
    explicit Registration(Command command);
};

const QList<Command> &commands();

// Parses ctx.args with `parser` after adding --help. Returns true when the
// command should go on; otherwise `exitCode` says how to end (0 after --help,
// 2 after a usage error, which is printed to ctx.err).
bool parseArguments(Context &ctx, QCommandLineParser &parser, const QString &description,
                    int &exitCode);

} // namespace copydesk::cli
