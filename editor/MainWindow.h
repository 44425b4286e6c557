#pragma once

#include "newsroom/Newsroom.h"

#include <QMainWindow>
#include <memory>

class QTabWidget;
class QAction;
class QMenu;

namespace copydesk::editor
{

class ArticlePage;
class BoardView;
class CheckService;
class Session;

// The window: the board and the open articles as tabs, menus with the
// standard shortcuts, recent newsrooms, theme and zoom. It owns the Session
// and the CheckService of the open newsroom.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Identity &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the newsroom at `dir`; false (with the message shown) on failure.
    bool openNewsroom(const QString &dir);
    ArticlePage *openArticle(const QString &slug);

    Session *session() const { return m_session.get(); }
    CheckService *checks() const { return m_checks.get(); }
    BoardView *board() const { return m_board; }
    ArticlePage *currentArticle() const;
    QTabWidget *tabs() const { return m_tabs; }
    QString lastError() const { return m_lastError; }

    // The demo newsroom in the app data folder, created on first use.
    static QString demoNewsroom(const Identity &actor);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    // Sets `action`'s text to tr(source) and remembers it for retranslateUi().
    QAction *labelled(QAction *action, const char *source);
    void retranslateUi();
    void rebuildRecentMenu();
    void updateTitle();
    void showError(const QString &message);
    void chooseNewsroom();
    void createNewsroom();
    void newArticle();
    void closeTab(int index);
    // Asks save / discard / cancel for a dirty page; false to stay open.
    bool settleUnsaved(ArticlePage *page);
    void zoom(int steps);

    Identity m_actor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CheckService> m_checks;
    QTabWidget *m_tabs;
    BoardView *m_board = nullptr;
    QMenu *m_recent = nullptr;
    QList<QPair<QAction *, const char *>> m_labels;
    QString m_lastError;
    int m_zoom = 0;
};

} // namespace copydesk::editor
