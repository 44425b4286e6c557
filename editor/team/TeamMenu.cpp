#include "team/TeamMenu.h"

#include "ArticlePage.h"
#include "MainWindow.h"
#include "Session.h"
#include "audit/AuditView.h"
#include "history/HistoryView.h"
#include "i18n/Language.h"
#include "sync/MergeView.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace copydesk::editor
{

TeamMenu::TeamMenu(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("teamMenu"));
    m_sync = new SyncController(this);
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("newsroomMenu"));
    m_history = m_menu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                                  &TeamMenu::historyOfCurrent);
    m_audit = m_menu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                                [this] { openAudit(); });
    m_menu->addSeparator();
    m_syncNow = m_menu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), m_sync,
                                  &SyncController::syncNow);
    m_syncSettings = m_menu->addAction(QString(), this, [this] { openSyncSettings(); });
    m_menu->addSeparator();
    m_language = m_menu->addAction(QString(), this, [this] {
        LanguageDialog dialog(m_window);
        dialog.exec();
    });
    // Before Help, the last menu by convention.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);

    m_indicator = new SyncIndicator(m_sync, window);
    window->statusBar()->addPermanentWidget(m_indicator);
    connect(m_sync, &SyncController::syncFinished, this, [this](const SyncOutcome &o) {
        m_window->statusBar()->showMessage(o.plainWords(), 10000);
    });
    connect(m_sync, &SyncController::conflictsFound, this,
            [this](const QStringList &slugs, const QString &ref) { openMerge(slugs, ref); });

    // The window replaces its Session when another newsroom is opened.
    auto *follow = new QTimer(this);
    connect(follow, &QTimer::timeout, this, &TeamMenu::followSession);
    follow->start(500);
    window->installEventFilter(this);
    retranslate();
    QTimer::singleShot(0, this, &TeamMenu::followSession);
    if (qEnvironmentVariableIsSet("COPYDESK_SCREENSHOT_VIEW"))
        QTimer::singleShot(0, this, &TeamMenu::screenshotHook);
}

bool TeamMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TeamMenu::retranslate()
{
    m_menu->setTitle(tr("&Newsroom"));
    m_history->setText(tr("Article &history"));
    m_audit->setText(tr("&Audit…"));
    m_syncNow->setText(tr("&Sync now"));
    m_syncSettings->setText(tr("Sync s&ettings…"));
    m_language->setText(tr("Interface &language…"));
}

void TeamMenu::followSession()
{
    m_sync->setSession(m_window->session());
    const bool open = m_window->session() != nullptr;
    for (QAction *a : {m_history, m_audit, m_syncNow, m_syncSettings})
        a->setEnabled(open);
}

QWidget *TeamMenu::showWindow(QWidget *content, const QString &title)
{
    auto *w = new QWidget(m_window, Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowTitle(title);
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(6, 6, 6, 6);
    content->setParent(w);
    l->addWidget(content);
    w->resize(1100, 720);
    w->show();
    return w;
}

void TeamMenu::historyOfCurrent()
{
    if (!m_window->session())
        return;
    if (ArticlePage *page = m_window->currentArticle()) {
        openHistory(page->slug());
        return;
    }
    QStringList slugs;
    try {
        slugs = Newsroom::open(m_window->session()->root()).slugs();
    } catch (const Error &) {
    }
    bool ok = false;
    const QString slug = QInputDialog::getItem(m_window, tr("Article history"), tr("Article:"),
                                               slugs, 0, false, &ok);
    if (ok && !slug.isEmpty())
        openHistory(slug);
}

QWidget *TeamMenu::openHistory(const QString &slug)
{
    if (!m_window->session())
        return nullptr;
    auto *view = new HistoryView(m_window->session(), slug);
    connect(view, &HistoryView::message, m_window,
            [this](const QString &m) { m_window->statusBar()->showMessage(m, 6000); });
    connect(view, &HistoryView::failed, m_window,
            [this](const QString &m) { m_window->statusBar()->showMessage(m, 10000); });
    return showWindow(view, tr("History of %1 — Copydesk").arg(slug));
}

QWidget *TeamMenu::openAudit()
{
    if (!m_window->session())
        return nullptr;
    return showWindow(new AuditView(m_window->session()->root()),
                      tr("Audit — %1").arg(m_window->session()->name()));
}

QWidget *TeamMenu::openSyncSettings()
{
    return showWindow(new SyncPanel(m_sync), tr("Sync — Copydesk"));
}

QWidget *TeamMenu::openMerge(const QStringList &slugs, const QString &theirsRef)
{
    if (!m_window->session())
        return nullptr;
    auto *dialog = new MergeDialog(m_window->session(), slugs, theirsRef, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::saved, m_window,
            [this](const QString &m) { m_window->statusBar()->showMessage(m, 10000); });
    connect(dialog, &MergeDialog::finished, m_sync, &SyncController::refreshStatus);
    dialog->show();
    return dialog;
}

// COPYDESK_SCREENSHOT_VIEW=history:SLUG | audit | merge | sync, with
// COPYDESK_SCREENSHOT_FILE: opens that view, waits until it has loaded,
// saves a picture of it and quits (docs/screenshots, scripts/).
void TeamMenu::screenshotHook()
{
    const QString spec = qEnvironmentVariable("COPYDESK_SCREENSHOT_VIEW");
    const QString file =
        qEnvironmentVariable("COPYDESK_SCREENSHOT_FILE", QStringLiteral("view.png"));
    auto save = [file](QWidget *w) {
        QTimer::singleShot(400, w, [w, file] {
            w->grab().save(file);
            QApplication::quit();
        });
    };
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, spec, save, poll, clock] {
        if (!m_window->session()) {
            if (clock->elapsed() > 30000)
                QApplication::exit(1);
            return;
        }
        poll->stop();
        if (spec.startsWith(QLatin1String("history:"))) {
            QWidget *w = openHistory(spec.section(u':', 1));
            auto *view = w->findChild<HistoryView *>();
            view->setSideBySide(qEnvironmentVariableIsSet("COPYDESK_SCREENSHOT_SIDE"));
            // After the history and the first comparison have loaded.
            connect(view, &HistoryView::compared, w, [w, save, view] {
                if (const QString at = qEnvironmentVariable("COPYDESK_SCREENSHOT_FROM");
                    !at.isEmpty()) {
                    static bool once = false;
                    if (!once) {
                        once = true;
                        view->compare(at, view->comparison().to);
                        return;
                    }
                }
                save(w);
            });
        } else if (spec == QLatin1String("audit")) {
            QWidget *w = openAudit();
            connect(w->findChild<AuditView *>(), &AuditView::loaded, w, [w, save] { save(w); });
        } else if (spec == QLatin1String("sync")) {
            QWidget *w = openSyncSettings();
            connect(m_sync, &SyncController::syncFinished, w, [w, save] { save(w); });
            QTimer::singleShot(300, m_sync, &SyncController::syncNow);
        } else if (spec == QLatin1String("merge")) {
            connect(m_sync, &SyncController::conflictsFound, this, [this, save] {
                if (auto *dialog = m_window->findChild<MergeDialog *>()) {
                    connect(dialog, &MergeDialog::loaded, dialog, [dialog, save] {
                        dialog->resize(1300, 640);
                        save(dialog);
                    });
                }
            });
            connect(m_sync, &SyncController::syncFinished, this, [](const SyncOutcome &o) {
                if (!o.hasConflicts()) {
                    fprintf(stderr, "no conflict: %s\n", qPrintable(o.plainWords()));
                    QApplication::exit(1);
                }
            });
            QTimer::singleShot(300, m_sync, &SyncController::syncNow);
        }
    });
    poll->start(100);
}

} // namespace copydesk::editor
