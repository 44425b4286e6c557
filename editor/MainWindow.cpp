#include "MainWindow.h"
#include "RecoveryJournal.h"

#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "BoardView.h"
#include "CheckService.h"
#include "Session.h"
#include "Settings.h"
#include "Theme.h"
#include "team/TeamMenu.h"

#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <git2.h>

namespace copydesk::editor
{

MainWindow::MainWindow(const Identity &actor, QWidget *parent) : QMainWindow(parent), m_actor(actor)
{
    git_libgit2_init(); // reference-counted; the window may outlive main()'s own init
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    buildMenus();
    new TeamMenu(this); // history, audit, sync, interface language (editor/team/)
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
    m_zoom = Settings::fontSize();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Pages first: they flush their journals and wait for their checkers.
    while (m_tabs->count())
        delete m_tabs->widget(0);
    if (m_session)
        m_session->waitForIdle();
    m_checks.reset();
    m_session.reset();
    git_libgit2_shutdown();
}

QString MainWindow::demoNewsroom(const Identity &actor)
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("demo"));
    if (Newsroom::isNewsroom(dir))
        return dir;
    QDir().mkpath(QFileInfo(dir).absolutePath());
    // The CLI builds the demo newsroom (people, articles in every stage).
    const QString cli =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("copydesk-cli"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (actor.isValid()) {
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), actor.name);
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), actor.email);
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), actor.name);
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), actor.email);
    }
    p.setProcessEnvironment(env);
    p.start(cli, {QStringLiteral("demo"), dir});
    if (p.waitForFinished(60000) && p.exitCode() == 0 && Newsroom::isNewsroom(dir))
        return dir;
    // No demo command: an empty newsroom with one article to start from.
    Newsroom n = Newsroom::init(dir, actor, QStringLiteral("Demo newsroom"));
    n.setActor(actor);
    Workflow a(n);
    a.create(QStringLiteral("welcome"), QStringLiteral("Welcome to Copydesk"),
             QStringLiteral("en"));
    a.save(
        QStringLiteral("welcome"),
        QStringLiteral(
            "# Welcome\n\nThe mayor said on Monday that the city will spend $60m on new bus lanes, "
            "and that drivers earn $45,000 a year on average.\n"),
        QStringLiteral("Demo text"));
    return dir;
}

bool MainWindow::openNewsroom(const QString &dir)
{
    try {
        Newsroom::open(dir); // validates before anything is replaced
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    while (m_tabs->count())
        delete m_tabs->widget(0);
    m_board = nullptr;
    m_checks.reset();
    m_session.reset();
    m_session = std::make_unique<Session>(dir, m_actor);
    m_checks = std::make_unique<CheckService>(m_session->root());
    connect(m_checks.get(), &CheckService::ready, this, [this] {
        const QStringList w = m_checks->warnings();
        statusBar()->showMessage(
            w.isEmpty() ? tr("Dictionaries loaded") : w.join(QStringLiteral("; ")), 8000);
    });
    m_checks->load(); // dictionaries load in the background; the window is already usable
    m_board = new BoardView(m_session.get(), m_tabs);
    m_tabs->addTab(m_board, tr("Board"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_board, &BoardView::openRequested, this,
            [this](const QString &slug) { openArticle(slug); });
    m_board->reload();
    Settings::addRecentNewsroom(m_session->root());
    rebuildRecentMenu();
    updateTitle();
    return true;
}

ArticlePage *MainWindow::openArticle(const QString &slug)
{
    if (!m_session)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ArticlePage *>(m_tabs->widget(i));
            page && page->slug() == slug) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new ArticlePage(m_session.get(), m_checks.get(), slug, m_tabs);
    if (m_zoom)
        page->editor()->zoom(m_zoom);
    const int index = m_tabs->addTab(page, slug);
    m_tabs->setCurrentIndex(index);
    connect(page, &ArticlePage::titleChanged, this, [this, page] {
        const int i = m_tabs->indexOf(page);
        if (i >= 0)
            m_tabs->setTabText(i, page->title() +
                                      (page->isDirty() ? QStringLiteral(" •") : QString()));
        updateTitle();
    });
    connect(page, &ArticlePage::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(page, &ArticlePage::failed, this, &MainWindow::showError);
    return page;
}

ArticlePage *MainWindow::currentArticle() const
{
    return qobject_cast<ArticlePage *>(m_tabs->currentWidget());
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("Copydesk");
    if (m_session)
        title = m_session->name() + QStringLiteral(" — ") + title;
    if (ArticlePage *page = currentArticle())
        title = page->title() + (page->isDirty() ? QStringLiteral(" •") : QString()) +
                QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    // Never modal: a refusal must not block typing or a test driving the window.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Copydesk"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    labelled(file->menuAction(), QT_TR_NOOP("&File"));
    labelled(file->addAction(QString(), QKeySequence::New, this, &MainWindow::newArticle),
             QT_TR_NOOP("&New article…"));
    labelled(file->addAction(QString(), QKeySequence::Open, this, &MainWindow::chooseNewsroom),
             QT_TR_NOOP("&Open newsroom…"));
    labelled(file->addAction(QString(), this, &MainWindow::createNewsroom),
             QT_TR_NOOP("&Create newsroom…"));
    m_recent = file->addMenu(QString());
    labelled(m_recent->menuAction(), QT_TR_NOOP("Open &recent"));
    labelled(file->addAction(QString(), this,
                             [this] {
                                 try {
                                     openNewsroom(demoNewsroom(m_actor));
                                 } catch (const Error &e) {
                                     showError(e.message());
                                 }
                             }),
             QT_TR_NOOP("Open &demo newsroom"));
    file->addSeparator();
    labelled(file->addAction(QString(), QKeySequence::Save, this,
                             [this] {
                                 if (ArticlePage *p = currentArticle())
                                     p->save();
                             }),
             QT_TR_NOOP("&Save revision"));
    labelled(file->addAction(QString(), QKeySequence::Close, this,
                             [this] { closeTab(m_tabs->currentIndex()); }),
             QT_TR_NOOP("&Close tab"));
    file->addSeparator();
    labelled(file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close),
             QT_TR_NOOP("&Quit"));

    QMenu *edit = menuBar()->addMenu(QString());
    labelled(edit->menuAction(), QT_TR_NOOP("&Edit"));
    auto onEditor = [this](auto fn) {
        return [this, fn] {
            if (ArticlePage *p = currentArticle())
                fn(p);
        };
    };
    labelled(edit->addAction(QString(), QKeySequence::Undo, this,
                             onEditor([](ArticlePage *p) { p->editor()->undo(); })),
             QT_TR_NOOP("&Undo"));
    labelled(edit->addAction(QString(), QKeySequence::Redo, this,
                             onEditor([](ArticlePage *p) { p->editor()->redo(); })),
             QT_TR_NOOP("&Redo"));
    edit->addSeparator();
    labelled(edit->addAction(QString(), QKeySequence::Cut, this,
                             onEditor([](ArticlePage *p) { p->editor()->cut(); })),
             QT_TR_NOOP("Cu&t"));
    labelled(edit->addAction(QString(), QKeySequence::Copy, this,
                             onEditor([](ArticlePage *p) { p->editor()->copy(); })),
             QT_TR_NOOP("&Copy"));
    labelled(edit->addAction(QString(), QKeySequence::Paste, this,
                             onEditor([](ArticlePage *p) { p->editor()->paste(); })),
             QT_TR_NOOP("&Paste"));
    labelled(edit->addAction(QString(), QKeySequence::SelectAll, this,
                             onEditor([](ArticlePage *p) { p->editor()->selectAll(); })),
             QT_TR_NOOP("Select &all"));
    edit->addSeparator();
    labelled(edit->addAction(QString(), QKeySequence::Find, this,
                             onEditor([](ArticlePage *p) { p->showFind(false); })),
             QT_TR_NOOP("&Find…"));
    labelled(edit->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                             onEditor([](ArticlePage *p) { p->showFind(true); })),
             QT_TR_NOOP("&Replace…"));
    // Shortcut-driven actions of the editor widget itself must not fight the menu's.
    for (QAction *a : edit->actions())
        a->setShortcutContext(Qt::WindowShortcut);

    QMenu *view = menuBar()->addMenu(QString());
    labelled(view->menuAction(), QT_TR_NOOP("&View"));
    labelled(view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_B), this,
                             [this] { m_tabs->setCurrentIndex(0); }),
             QT_TR_NOOP("&Board"));
    labelled(view->addAction(QString(), QKeySequence::ZoomIn, this, [this] { zoom(1); }),
             QT_TR_NOOP("Zoom &in"));
    labelled(view->addAction(QString(), QKeySequence::ZoomOut, this, [this] { zoom(-1); }),
             QT_TR_NOOP("Zoom &out"));
    labelled(view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                             [this] { zoom(-m_zoom); }),
             QT_TR_NOOP("&Reset zoom"));
    QMenu *theme = view->addMenu(QString());
    labelled(theme->menuAction(), QT_TR_NOOP("&Theme"));
    auto *group = new QActionGroup(theme);
    const struct {
        const char *label;
        Settings::Theme theme;
    } themes[] = {{QT_TR_NOOP("Follow the &system"), Settings::Theme::System},
                  {QT_TR_NOOP("&Light"), Settings::Theme::Light},
                  {QT_TR_NOOP("&Dark"), Settings::Theme::Dark}};
    for (const auto &t : themes) {
        QAction *a = labelled(theme->addAction(QString()), t.label);
        a->setCheckable(true);
        a->setChecked(Settings::theme() == t.theme);
        group->addAction(a);
        const Settings::Theme choice = t.theme;
        connect(a, &QAction::triggered, this, [choice] {
            Settings::setTheme(choice);
            Theme::apply(choice);
        });
    }

    QMenu *help = menuBar()->addMenu(QString());
    labelled(help->menuAction(), QT_TR_NOOP("&Help"));
    labelled(help->addAction(
                 QString(), this,
                 [this] {
                     QMessageBox::about(
                         this, tr("About Copydesk"),
                         tr("<b>Copydesk</b> %1<br>A newsroom editor: write, check every claim, "
                            "move the story through review.<br>Signed in as %2 &lt;%3&gt;.")
                             .arg(QStringLiteral(COPYDESK_VERSION), m_actor.name.toHtmlEscaped(),
                                  m_actor.email.toHtmlEscaped()));
                 }),
             QT_TR_NOOP("&About Copydesk"));
    rebuildRecentMenu();
}

QAction *MainWindow::labelled(QAction *action, const char *source)
{
    m_labels.append({action, source});
    action->setText(tr(source));
    return action;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// Language switched in the settings (Language::install): every label this
// window made again, without a restart. The pages, the board and the team
// menu handle the same event themselves.
void MainWindow::retranslateUi()
{
    for (const auto &[action, source] : std::as_const(m_labels))
        action->setText(tr(source));
    if (m_board)
        m_tabs->setTabText(m_tabs->indexOf(m_board), tr("Board"));
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    for (const QString &dir : Settings::recentNewsrooms())
        m_recent->addAction(dir, this, [this, dir] { openNewsroom(dir); });
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::chooseNewsroom()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open newsroom"));
    if (!dir.isEmpty())
        openNewsroom(dir);
}

void MainWindow::createNewsroom()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Create a newsroom in (an empty folder)"));
    if (dir.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Create newsroom"), tr("Name:"),
                                               QLineEdit::Normal, QDir(dir).dirName(), &ok);
    if (!ok)
        return;
    try {
        Newsroom::init(dir, m_actor, name);
        openNewsroom(dir);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::newArticle()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New article"), tr("Headline:"), QLineEdit::Normal, {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    const QString lang =
        QInputDialog::getItem(this, tr("New article"), tr("Language:"),
                              {QStringLiteral("en"), QStringLiteral("ko")}, 0, false, &ok);
    if (!ok)
        return;
    m_session->run<QString>(
        this,
        [title, lang](Newsroom &n) {
            const QString slug = Newsroom::slugFromTitle(title);
            Workflow(n).create(slug, title, lang);
            return slug;
        },
        [this](const Outcome<QString> &out) {
            if (!out.ok()) {
                showError(out.error);
                return;
            }
            m_session->notifyChanged();
            openArticle(out.value);
        });
}

bool MainWindow::settleUnsaved(ArticlePage *page)
{
    if (!page->isDirty())
        return true;
    m_tabs->setCurrentWidget(page);
    const auto answer =
        QMessageBox::question(this, tr("Unsaved text"),
                              tr("Save “%1” as a new revision before closing?").arg(page->title()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        page->save();
        m_session->waitForIdle();
        QCoreApplication::processEvents();
        // A refused save (a rule, a newer revision) leaves the text dirty:
        // stay open with the page's message rather than close on it.
        return !page->isDirty();
    }
    // Discarded on purpose: not a crash leftover to offer back.
    page->journal()->remove();
    page->editor()->document()->setModified(false);
    return true;
}

void MainWindow::closeTab(int index)
{
    auto *page = qobject_cast<ArticlePage *>(m_tabs->widget(index));
    if (!page || !settleUnsaved(page))
        return;
    delete page;
}

void MainWindow::zoom(int steps)
{
    m_zoom += steps;
    Settings::setFontSize(m_zoom);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ArticlePage *>(m_tabs->widget(i)))
            page->editor()->zoom(steps);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting asks about unsaved text as closing a tab does; the recovery
    // journal is for crashes only, so a clean quit leaves none behind.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ArticlePage *>(m_tabs->widget(i));
            page && !settleUnsaved(page)) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace copydesk::editor
