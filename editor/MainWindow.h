#pragma once

#include <QMainWindow>

namespace copydesk::editor {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &newsroomDir, QWidget *parent = nullptr);
};

} // namespace copydesk::editor
