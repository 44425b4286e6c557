#include "cli/Support.h"
#include "demo/Demo.h"

#include <QDir>

namespace copydesk::cli
{
namespace
{

int runDemo(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("A new or empty folder."));
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral("Create the demo newsroom: eight articles in English and Korean, "
                           "five people, every stage, real history."),
            rc))
        return rc;
    const QString dir =
        QDir(ctx.dir).absoluteFilePath(requirePositional(p, 0, QStringLiteral("DIR")));
    createDemoNewsroom(dir);
    ctx.out << "Created the demo newsroom in " << dir << "\n"
            << "Try: copydesk-cli -C " << dir << " board\n";
    return 0;
}

const Registration reg{
    {QStringLiteral("demo"), QStringLiteral("Create the demo newsroom"), &runDemo}};

} // namespace
} // namespace copydesk::cli
