// copydesk-cli: the newsroom from the command line and from git hooks.
#include "cli/Command.h"
#include "core/Error.h"
#include "core/SystemError.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cstdio>
#include <git2.h>

using namespace copydesk;

namespace
{

void printUsage(QTextStream &s)
{
    s << "Usage: copydesk-cli [-C DIR] COMMAND [ARGS...]\n\n"
         "Copydesk keeps a newsroom in a git repository. Commands:\n";
    QList<cli::Command> sorted = cli::commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const cli::Command &a, const cli::Command &b) { return a.name < b.name; });
    for (const cli::Command &c : sorted)
        s << "  " << c.name.leftJustified(16) << c.summary << "\n";
    s << "\nRun 'copydesk-cli COMMAND --help' for a command's options.\n"
         "-C DIR runs as if started in DIR (default: the current folder).\n";
}

} // namespace

int main(int argc, char **argv)
{
    copydesk::ignoreFileSizeLimitSignal();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    git_libgit2_init();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString dir = QDir::currentPath();
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("-C")) {
            if (args.isEmpty()) {
                err << "copydesk-cli: -C needs a folder\n";
                return 2;
            }
            dir = QDir(dir).absoluteFilePath(args.takeFirst());
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printUsage(out);
            return 0;
        } else if (a == QLatin1String("--version")) {
            out << "copydesk-cli " << COPYDESK_VERSION << "\n";
            return 0;
        } else {
            err << "copydesk-cli: unknown option " << a << "\n";
            printUsage(err);
            return 2;
        }
    }
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString name = args.first();
    const auto &all = cli::commands();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const cli::Command &c) { return c.name == name; });
    if (it == all.end()) {
        err << "copydesk-cli: '" << name << "' is not a command. Run 'copydesk-cli --help'.\n";
        return 2;
    }
    cli::Context ctx{args, dir, out, err};
    int rc = 1;
    try {
        rc = it->run(ctx);
    } catch (const Error &e) {
        out.flush();
        err << "copydesk-cli " << name << ": " << e.message() << "\n";
        rc = e.exitCode();
    } catch (const std::bad_alloc &) {
        err << "copydesk-cli " << name << ": out of memory\n";
        rc = 1;
    }
    out.flush();
    err.flush();
    git_libgit2_shutdown();
    return rc;
}
