// Never lose a word: a real `copydesk` process types text, is killed with
// SIGKILL, and the next start offers the text back.
#include "common/Fixtures.h"
#include "helper_editor.h"

#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "MainWindow.h"
#include "RecoveryJournal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{
const QString kMaya = QStringLiteral("maya.collins@copydesk.example");
const QString kWords = QStringLiteral(" Nothing typed here may be lost.");
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedEditorIsRestored();
    void savedTextRemovesJournal();
    void fullDiskIsReportedOnce();

private:
    QTemporaryDir m_home;
    QString m_newsroom;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_home.isValid());
    test::isolateEditorEnvironment(m_home.path());
    m_newsroom = m_home.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(test::makeDemoNewsroom(m_newsroom, &error), qPrintable(error));
}

void TestRecovery::killedEditorIsRestored()
{
    const QString journalPath = RecoveryJournal(m_newsroom, QStringLiteral("city-budget")).path();
    QVERIFY(!QFile::exists(journalPath));

    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    editor.setProcessEnvironment(env);
    editor.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk"),
                 {m_newsroom, QStringLiteral("--article"), QStringLiteral("city-budget"),
                  QStringLiteral("--as"), QStringLiteral("Maya Collins <%1>").arg(kMaya),
                  QStringLiteral("--type"), kWords});
    QVERIFY2(editor.waitForStarted(10000), qPrintable(editor.errorString()));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += editor.readAllStandardOutput()).contains("typed") ||
                                 editor.state() != QProcess::Running,
                             30000);
    QVERIFY2(editor.state() == QProcess::Running, editor.readAllStandardError().constData());
    // The journal is written within two seconds of the last keystroke.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(journalPath), 3000);
    auto journalHasWords = [&] {
        QFile f(journalPath);
        return f.open(QIODevice::ReadOnly) &&
               QString::fromUtf8(f.readAll()).contains(kWords.trimmed());
    };
    QTRY_VERIFY_WITH_TIMEOUT(journalHasWords(), 3000);

    ::kill(pid_t(editor.processId()), SIGKILL); // no chance to save or clean up
    QVERIFY(editor.waitForFinished(10000));
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(journalPath));

    // Next start: the text is offered back.
    MainWindow window(test::demoPerson(kMaya));
    window.show();
    QVERIFY(window.openNewsroom(m_newsroom));
    ArticlePage *page = window.openArticle(QStringLiteral("city-budget"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 20000);
    QVERIFY(!page->editor()->toPlainText().contains(kWords.trimmed()));
    QVERIFY(page->restoreBar()->isVisible());
    auto *restore = page->restoreBar()->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(page->editor()->toPlainText().contains(kWords.trimmed()));
    QVERIFY(page->isDirty());
    QVERIFY(!page->restoreBar()->isVisible());

    // Saving makes it a revision and the journal goes away.
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QVERIFY2(page->lastError().isEmpty(), qPrintable(page->lastError()));
    QVERIFY(!page->isDirty());
    QVERIFY(!QFile::exists(journalPath));
    Newsroom n = Newsroom::open(m_newsroom);
    QVERIFY(QString::fromUtf8(n.readFile(Newsroom::articlePath(QStringLiteral("city-budget"))))
                .contains(kWords.trimmed()));
}

void TestRecovery::savedTextRemovesJournal()
{
    MainWindow window(test::demoPerson(kMaya));
    window.show();
    QVERIFY(window.openNewsroom(m_newsroom));
    ArticlePage *page = window.openArticle(QStringLiteral("bank-bonus"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 20000);
    QVERIFY(!page->restoreBar()->isVisible());
    test::typeAtEnd(page->editor(), QStringLiteral(" More."));
    page->journal()->flush();
    QVERIFY(QFile::exists(page->journal()->path()));
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    // bank-bonus is in fact-check: a writer may not be allowed to edit it. Either
    // way the journal must match what happened: removed only when saved.
    QCOMPARE(QFile::exists(page->journal()->path()), page->isDirty());
}

// The journal's folder on a full file system (a real tmpfs, filled): the
// page is told once, with the condition and the file, not every second.
void TestRecovery::fullDiskIsReportedOnce()
{
    const QString folder = RecoveryJournal::folder();
    QVERIFY(QDir().mkpath(folder));
    const test::CliResult m =
        test::runProgram(QStringLiteral("mount"),
                         {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder});
    if (m.exitCode != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + m.err));
    struct Unmount {
        QString at;
        ~Unmount() { test::runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), at}); }
    } unmount{folder};
    {
        QFile filler(folder + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'x')) == 4096) {
        }
    }
    RecoveryJournal journal(m_newsroom, QStringLiteral("city-budget"));
    QSignalSpy failed(&journal, &RecoveryJournal::failed);
    QSignalSpy written(&journal, &RecoveryJournal::written);
    const QString text = QString(QStringLiteral("Unsaved words. ")).repeated(2000);
    for (int i = 0; i < 3; ++i) {
        journal.markDirty([&] { return text + QString::number(i); });
        journal.flush();
        QTRY_COMPARE(written.size(), i + 1);
    }
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("the disk is full")) &&
                 message.contains(journal.path()) &&
                 message.contains(QStringLiteral("not backed up")),
             qPrintable(message));
    QVERIFY(!QFile::exists(journal.path()));
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
