#include "cli/Command.h"

#include <QCoreApplication>

namespace copydesk::cli
{

namespace
{
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

Registration::Registration(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

bool parseArguments(Context &ctx, QCommandLineParser &parser, const QString &description,
                    int &exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.args)) {
        ctx.err << "copydesk-cli " << ctx.args.value(0) << ": " << parser.errorText() << "\n"
                << "Try 'copydesk-cli " << ctx.args.value(0) << " --help'.\n";
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the binary; name the command instead.
        const QString binary = QCoreApplication::arguments().value(0);
        text.replace(QStringLiteral("Usage: %1").arg(binary),
                     QStringLiteral("Usage: copydesk-cli %1").arg(ctx.args.value(0)));
        ctx.out << text;
        exitCode = 0;
        return false;
    }
    return true;
}

} // namespace copydesk::cli
