// Text changed outside an open tab (History ▸ Restore, a plain `git commit`)
// reaches the tab: a clean tab reloads, a dirty one is flagged and Ctrl+S
// never writes its older text over the newer revision (issue 15, point 1).
#include "common/Fixtures.h"
#include "helper_editor.h"

#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "MainWindow.h"
#include "RecoveryJournal.h"
#include "Session.h"
#include "history/HistoryView.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{
const QString kMaya = QStringLiteral("maya.collins@copydesk.example"); // writer of city-budget
const QString kSlug = QStringLiteral("city-budget");

QString headFile(const QString &dir)
{
    Newsroom n = Newsroom::open(dir);
    return QString::fromUtf8(n.readFile(Newsroom::articlePath(kSlug)));
}

// Ctrl+S as the writer presses it, through the window's Save action.
void pressSave(MainWindow &window, ArticlePage *page)
{
    window.activateWindow();
    page->editor()->setFocus();
    QTest::keyClick(page->editor(), Qt::Key_S, Qt::ControlModifier);
}

// A commit made with plain git, as another tool or a colleague's pull would.
void gitCommitAppending(const QString &dir, const QString &paragraph)
{
    QFile f(dir + u'/' + Newsroom::articlePath(kSlug));
    QVERIFY(f.open(QIODevice::Append));
    f.write(("\n" + paragraph + "\n").toUtf8());
    f.close();
    const auto git = [&](const QStringList &args) {
        const test::CliResult r = test::runProgram(
            QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Outside"),
                        QStringLiteral("-c"), QStringLiteral("user.email=outside@example.com")} +
                args,
            dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    };
    git({QStringLiteral("add"), Newsroom::articlePath(kSlug)});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-verify"),
         QStringLiteral("-m"), QStringLiteral("Outside edit")});
}
} // namespace

class TestOutsideChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        test::isolateEditorEnvironment(m_home.path());
        m_newsroom = m_home.filePath(QStringLiteral("demo-%1").arg(++m_round));
        QString error;
        QVERIFY2(test::makeDemoNewsroom(m_newsroom, &error), qPrintable(error));
    }

    void restoreThenSaveKeepsRestored()
    {
        MainWindow window(test::demoPerson(kMaya));
        window.show();
        QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
        ArticlePage *page = window.openArticle(kSlug);
        QVERIFY(test::settle(page));
        QString original;
        {
            Newsroom n = Newsroom::open(m_newsroom);
            original = n.headId();
        }
        const QString originalFile = headFile(m_newsroom);

        test::typeAtEnd(page->editor(), QStringLiteral("\n\nA paragraph to be undone."));
        pressSave(window, page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !page->isDirty(), 20000);
        QVERIFY(headFile(m_newsroom).contains(QStringLiteral("to be undone")));

        // History ▸ Restore the original: the clean tab shows it.
        HistoryView history(window.session(), kSlug);
        QSignalSpy restored(&history, &HistoryView::restored);
        history.restoreRevision(original);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->editor()->toPlainText().contains(QStringLiteral("to be undone")), 20000);
        QVERIFY(!page->isDirty());
        QVERIFY(!page->outsideChangeBar()->isVisible());

        // Ctrl+S now keeps the restored text (nothing to save), never the
        // tab's older one.
        pressSave(window, page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QCOMPARE(headFile(m_newsroom), originalFile);

        // Unsaved edits during a restore: kept, flagged, never saved over it.
        test::typeAtEnd(page->editor(), QStringLiteral("\n\nMy unsaved line."));
        page->save();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !page->isDirty(), 20000);
        test::typeAtEnd(page->editor(), QStringLiteral(" Still typing."));
        history.restoreRevision(original);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->outsideChangeBar()->isVisible(), 20000);
        QVERIFY(page->isDirty());
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("Still typing.")));
        pressSave(window, page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY(!page->lastError().isEmpty());
        QCOMPARE(headFile(m_newsroom), originalFile);
        QVERIFY(page->isDirty());

        // Choosing "keep mine" is explicit, and stores it on top.
        auto *keep =
            page->outsideChangeBar()->findChild<QPushButton *>(QStringLiteral("keepMineButton"));
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !page->isDirty(), 20000);
        QVERIFY(headFile(m_newsroom).contains(QStringLiteral("Still typing.")));
        QVERIFY(!page->outsideChangeBar()->isVisible());
    }

    void outsideCommitReachesTheTab()
    {
        MainWindow window(test::demoPerson(kMaya));
        window.show();
        QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
        ArticlePage *page = window.openArticle(kSlug);
        QVERIFY(test::settle(page));

        // Clean tab: reloaded with the outside text.
        gitCommitAppending(m_newsroom, QStringLiteral("Committed with plain git."));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->editor()->toPlainText().contains(QStringLiteral("Committed with plain git.")),
            20000);
        QVERIFY(!page->isDirty());

        // Dirty tab: flagged, the typed text kept, Ctrl+S refused.
        test::typeAtEnd(page->editor(), QStringLiteral("\n\nTyped in the tab."));
        gitCommitAppending(m_newsroom, QStringLiteral("A second outside commit."));
        QTRY_VERIFY_WITH_TIMEOUT(page->outsideChangeBar()->isVisible(), 20000);
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("Typed in the tab.")));
        QVERIFY(!page->editor()->toPlainText().contains(QStringLiteral("A second outside")));
        pressSave(window, page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY(!page->lastError().isEmpty());
        QVERIFY(headFile(m_newsroom).contains(QStringLiteral("A second outside commit.")));
        QVERIFY(!headFile(m_newsroom).contains(QStringLiteral("Typed in the tab.")));

        // "Load the newer text" shows the outside revision.
        auto *load =
            page->outsideChangeBar()->findChild<QPushButton *>(QStringLiteral("loadNewerButton"));
        QVERIFY(load);
        QTest::mouseClick(load, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->editor()->toPlainText().contains(QStringLiteral("A second outside commit.")),
            20000);
        QVERIFY(!page->isDirty());
        QVERIFY(!QFile::exists(page->journal()->path()));
    }

    void cliSaveRefusesAMovedBase()
    {
        QString base;
        {
            Newsroom n = Newsroom::open(m_newsroom);
            base = n.headId();
        }
        gitCommitAppending(m_newsroom, QStringLiteral("Moved on."));
        const test::CliResult r = test::runCli(
            m_newsroom, {QStringLiteral("save"), kSlug, QStringLiteral("--base"), base}, kMaya,
            "Stale text.\n");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("changed since")), qPrintable(r.err));
        QVERIFY(headFile(m_newsroom).contains(QStringLiteral("Moved on.")));
    }

private:
    QTemporaryDir m_home;
    QString m_newsroom;
    int m_round = 0;
};

QTEST_MAIN(TestOutsideChange)
#include "tst_outside_change.moc"
