#include "MainWindow.h"

#include <QApplication>
#include <git2.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Copydesk"));
    QApplication::setOrganizationName(QStringLiteral("Copydesk"));
    git_libgit2_init();
    const QStringList args = app.arguments();
    copydesk::editor::MainWindow window(args.size() > 1 ? args.at(1) : QString());
    window.show();
    const int rc = app.exec();
    git_libgit2_shutdown();
    return rc;
}
