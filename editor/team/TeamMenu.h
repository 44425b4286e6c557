#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace copydesk::editor
{

class MainWindow;
class SyncController;
class SyncIndicator;

// What issue 7 adds to the main window, kept out of MainWindow.cpp: the
// Newsroom menu (article history, audit, sync, interface language), the
// status bar's sync indicator, the merge view when a sync meets a
// colleague's changes. History, audit and sync settings open as windows of
// their own. MainWindow only creates it: `new TeamMenu(this)`.
class TeamMenu : public QObject
{
    Q_OBJECT
public:
    explicit TeamMenu(MainWindow *window);

    SyncController *sync() const { return m_sync; }
    QWidget *openHistory(const QString &slug);
    QWidget *openAudit();
    QWidget *openSyncSettings();
    QWidget *openMerge(const QStringList &slugs, const QString &theirsRef);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void historyOfCurrent();
    void followSession();
    void screenshotHook();
    QWidget *showWindow(QWidget *content, const QString &title);

    MainWindow *m_window;
    SyncController *m_sync;
    SyncIndicator *m_indicator;
    QMenu *m_menu;
    QAction *m_history, *m_audit, *m_syncNow, *m_syncSettings, *m_language;
};

} // namespace copydesk::editor
