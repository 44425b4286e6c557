// Quitting with unsaved text asks save / discard / cancel through the real
// window's close event, and a clean quit leaves no recovery journal to be
// offered as a crash at the next start (issue 15, point 2).
#include "helper_editor.h"

#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "MainWindow.h"
#include "RecoveryJournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{
const QString kMaya = QStringLiteral("maya.collins@copydesk.example"); // writer of city-budget
const QString kSlug = QStringLiteral("city-budget");

// Answers the next message box with `button`, as the writer would click it;
// `asked` records that one was shown at all.
std::unique_ptr<QTimer> answerNextQuestion(QMessageBox::StandardButton button, QString *asked)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QTimer *t = timer.get();
    QObject::connect(t, &QTimer::timeout, t, [t, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(button))
            return;
        *asked = box->text();
        t->stop();
        box->button(button)->click();
    });
    timer->start();
    return timer;
}

QString headFile(const QString &dir)
{
    Newsroom n = Newsroom::open(dir);
    return QString::fromUtf8(n.readFile(Newsroom::articlePath(kSlug)));
}
} // namespace

class TestQuit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        test::isolateEditorEnvironment(m_home.path());
        m_newsroom = m_home.filePath(QStringLiteral("demo"));
        QString error;
        QVERIFY2(test::makeDemoNewsroom(m_newsroom, &error), qPrintable(error));
    }

    void cancelKeepsTheWindowAndText()
    {
        MainWindow window(test::demoPerson(kMaya));
        window.show();
        QVERIFY(window.openNewsroom(m_newsroom));
        ArticlePage *page = window.openArticle(kSlug);
        QVERIFY(test::settle(page));
        test::typeAtEnd(page->editor(), QStringLiteral(" Not yet."));
        QString asked;
        const auto answer = answerNextQuestion(QMessageBox::Cancel, &asked);
        QVERIFY(!window.close());
        QVERIFY2(asked.contains(QStringLiteral("Save")), qPrintable(asked));
        QVERIFY(window.isVisible());
        QVERIFY(page->isDirty());
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("Not yet.")));
        // Leave without a question for the next case.
        page->journal()->remove();
        page->editor()->document()->setModified(false);
    }

    void discardLeavesNoCrashJournal()
    {
        const QString before = headFile(m_newsroom);
        QString journalPath;
        {
            MainWindow window(test::demoPerson(kMaya));
            window.show();
            QVERIFY(window.openNewsroom(m_newsroom));
            ArticlePage *page = window.openArticle(kSlug);
            QVERIFY(test::settle(page));
            test::typeAtEnd(page->editor(), QStringLiteral(" Thrown away."));
            page->journal()->flush();
            journalPath = page->journal()->path();
            QVERIFY(QFile::exists(journalPath));
            QString asked;
            const auto answer = answerNextQuestion(QMessageBox::Discard, &asked);
            QVERIFY(window.close());
            QVERIFY(!asked.isEmpty());
        }
        QVERIFY(!QFile::exists(journalPath));
        QCOMPARE(headFile(m_newsroom), before);

        // The next start offers nothing back: it was not a crash.
        MainWindow again(test::demoPerson(kMaya));
        again.show();
        QVERIFY(again.openNewsroom(m_newsroom));
        ArticlePage *page = again.openArticle(kSlug);
        QVERIFY(test::settle(page));
        QVERIFY(!page->restoreBar()->isVisible());
    }

    void saveStoresTheText()
    {
        QString journalPath;
        {
            MainWindow window(test::demoPerson(kMaya));
            window.show();
            QVERIFY(window.openNewsroom(m_newsroom));
            ArticlePage *page = window.openArticle(kSlug);
            QVERIFY(test::settle(page));
            test::typeAtEnd(page->editor(), QStringLiteral(" Kept on quit."));
            page->journal()->flush();
            journalPath = page->journal()->path();
            QString asked;
            const auto answer = answerNextQuestion(QMessageBox::Save, &asked);
            QVERIFY(window.close());
            QVERIFY(!asked.isEmpty());
        }
        QVERIFY(headFile(m_newsroom).contains(QStringLiteral("Kept on quit.")));
        QVERIFY(!QFile::exists(journalPath));
    }

    void cleanQuitAsksNothing()
    {
        MainWindow window(test::demoPerson(kMaya));
        window.show();
        QVERIFY(window.openNewsroom(m_newsroom));
        ArticlePage *page = window.openArticle(kSlug);
        QVERIFY(test::settle(page));
        QString asked;
        const auto answer = answerNextQuestion(QMessageBox::Cancel, &asked);
        QVERIFY(window.close());
        QTest::qWait(100);
        QVERIFY(asked.isEmpty());
    }

private:
    QTemporaryDir m_home;
    QString m_newsroom;
};

QTEST_MAIN(TestQuit)
#include "tst_quit.moc"
