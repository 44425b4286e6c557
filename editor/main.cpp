#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "BoardView.h"
#include "CheckService.h"
#include "FindingsPanel.h"
#include "IdentityDialog.h"
#include "IncrementalChecker.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Theme.h"
#include "audit/AuditReport.h"
#include "core/SystemError.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTimer>
#include <git2.h>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{

// "Name <email>"
Identity parseIdentity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$"));
    const auto m = re.match(text);
    return m.hasMatch() ? Identity{m.captured(1), m.captured(2)} : Identity{};
}

Identity chooseIdentity(const QString &override, const QString &dir)
{
    if (!override.isEmpty())
        return parseIdentity(override);
    Identity id = Settings::identity();
    if (id.isValid())
        return id;
    IdentityDialog dialog(Newsroom::resolveIdentity(dir.isEmpty() ? QDir::homePath() : dir));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    id = dialog.identity();
    Settings::setIdentity(id);
    return id;
}

// --type: types text into the open article one key event at a time, as a
// person would (used by the kill-and-restore test and the benchmarks).
void typeText(ArticleTextEdit *edit, const QString &text)
{
    auto *timer = new QTimer(edit);
    auto index = std::make_shared<int>(0);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, edit, [edit, text, index, timer] {
        if (*index >= text.size()) {
            timer->stop();
            fprintf(stdout, "typed\n");
            fflush(stdout);
            return;
        }
        const QString ch = text.mid((*index)++, 1);
        QKeyEvent press(QEvent::KeyPress, ch == QLatin1String("\n") ? Qt::Key_Return : 0,
                        Qt::NoModifier, ch);
        QCoreApplication::sendEvent(edit, &press);
    });
    QTextCursor c = edit->textCursor();
    c.movePosition(QTextCursor::End);
    edit->setTextCursor(c);
    timer->start();
}

} // namespace

// --startup-report: prints when the window first painted and when the board
// listed the newsroom (ms since main() began), then quits (benchmarks).
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QWidget *window, const QElapsedTimer &clock)
        : QObject(window), m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            fprintf(stdout, "paint %lld\n", m_clock.elapsed());
            fflush(stdout);
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

int main(int argc, char **argv)
{
    copydesk::ignoreFileSizeLimitSignal();
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (AuditReport::requested(argc, argv)) // --export-audit: a scheduled report, no window
        return AuditReport::runFromCommandLine(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Copydesk"));
    QApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    Language::install(); // the chosen interface language, else the system's
    git_libgit2_init();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Copydesk: the newsroom editor."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("NEWSROOM-DIR"),
        QStringLiteral("The newsroom to open (default: the last one, else the demo newsroom)."));
    const QCommandLineOption article(QStringLiteral("article"),
                                     QStringLiteral("Open this article."), QStringLiteral("SLUG"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Act as \"Name <email>\" (not remembered)."),
                                QStringLiteral("IDENTITY"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("system, light or dark (remembered)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window once everything is loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QStringLiteral("With --screenshot: select the first finding containing TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption part(
        QStringLiteral("screenshot-part"),
        QStringLiteral(
            "With --screenshot: grab only the widget with this object name (e.g. stageBar)."),
        QStringLiteral("NAME"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("Type TEXT at the end of the article (testing)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QStringLiteral("Print start-up timings and quit (benchmarks)."));
    parser.addOptions({article, as, theme, screenshot, select, part, type, startupReport});
    parser.process(app);

    if (parser.isSet(theme)) {
        const QString t = parser.value(theme);
        Settings::setTheme(t == QLatin1String("dark")    ? Settings::Theme::Dark
                           : t == QLatin1String("light") ? Settings::Theme::Light
                                                         : Settings::Theme::System);
    }
    Theme::apply(Settings::theme());

    QString dir = parser.positionalArguments().value(0);
    const Identity actor = chooseIdentity(parser.value(as), dir);
    if (!actor.isValid())
        return 1;

    MainWindow window(actor);
    if (parser.isSet(startupReport))
        window.installEventFilter(new FirstPaintReporter(&window, sinceStart));
    window.show(); // at once: the newsroom and the dictionaries load behind it
    if (dir.isEmpty()) {
        for (const QString &recent : Settings::recentNewsrooms()) {
            if (Newsroom::isNewsroom(recent)) {
                dir = recent;
                break;
            }
        }
    }
    try {
        if (dir.isEmpty())
            dir = MainWindow::demoNewsroom(actor);
    } catch (const Error &e) {
        fprintf(stderr, "copydesk: %s\n", e.what());
    }
    int rc = 0;
    if (!dir.isEmpty() && window.openNewsroom(dir)) {
        ArticlePage *page =
            parser.isSet(article) ? window.openArticle(parser.value(article)) : nullptr;
        if (page && parser.isSet(type)) {
            const QString text =
                parser.value(type).replace(QLatin1String("\\n"), QLatin1String("\n"));
            QObject::connect(page, &ArticlePage::loaded, page,
                             [page, text] { typeText(page->editor(), text); });
        }
        if (parser.isSet(startupReport)) {
            QObject::connect(window.board(), &BoardView::loaded, &window, [&window, sinceStart] {
                fprintf(stdout, "board %lld %d\n", sinceStart.elapsed(),
                        window.board()->articleCount());
                // Peak resident memory so far, from the kernel (Linux only).
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            fprintf(stdout, "memory %s\n",
                                    line.mid(6).simplified().split(' ').value(0).constData());
                }
                fflush(stdout);
                // Then when every article's blockers (the board's last
                // column, filled in on the git thread) have arrived.
                auto *poll = new QTimer(&window);
                QObject::connect(poll, &QTimer::timeout, &window, [&window, sinceStart, poll] {
                    if (!window.board()->blockersDone())
                        return;
                    poll->stop();
                    fprintf(stdout, "blockers %lld\n", sinceStart.elapsed());
                    fflush(stdout);
                    QTimer::singleShot(250, qApp, &QApplication::quit); // after the first paint
                });
                poll->start(10);
            });
        }
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            const QString selectText = parser.value(select);
            const QString partName = parser.value(part);
            auto *poll = new QTimer(&window);
            QElapsedTimer waited;
            waited.start();
            QObject::connect(
                poll, &QTimer::timeout, &window,
                [&window, page, file, selectText, partName, poll, waited] {
                    const bool ready =
                        window.board()->isLoaded() && window.board()->blockersDone() &&
                        window.checks()->isReady() &&
                        (!page ||
                         (page->isLoaded() && !page->isBusy() && page->checker()->isIdle()));
                    if (!ready && waited.elapsed() < 60000)
                        return;
                    if (page) {
                        page->checker()->flush(); // then wait for the findings panel to catch up
                        if (page->isBusy() && waited.elapsed() < 60000)
                            return;
                    }
                    poll->stop();
                    if (page && !selectText.isEmpty()) {
                        for (const Finding &f : page->findingsPanel()->findings()) {
                            if (f.text.contains(selectText)) {
                                QTextCursor c = page->editor()->textCursor();
                                c.setPosition(int(f.offset + 1));
                                page->editor()->setTextCursor(c);
                                break;
                            }
                        }
                    }
                    QTimer::singleShot(300, &window, [&window, file, partName] {
                        QWidget *target =
                            partName.isEmpty() ? &window : window.findChild<QWidget *>(partName);
                        (target ? target : &window)->grab().save(file);
                        QApplication::quit();
                    });
                });
            poll->start(100);
        }
    } else {
        rc = dir.isEmpty() ? 1 : 0;
    }
    if (rc == 0)
        rc = app.exec();
    git_libgit2_shutdown();
    return rc;
}
