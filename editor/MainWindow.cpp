#include "MainWindow.h"

#include <QDir>
#include <QLabel>

namespace copydesk::editor {

MainWindow::MainWindow(const QString &newsroomDir, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Copydesk — %1").arg(QDir(newsroomDir).dirName()));
    setCentralWidget(new QLabel(newsroomDir, this));
    resize(1100, 720);
}

} // namespace copydesk::editor
