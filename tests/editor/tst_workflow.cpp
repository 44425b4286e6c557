// The editor driven as a person would: real widgets (offscreen), a real
// demo newsroom made by the CLI, real commits.
#include "helper_editor.h"

#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "BoardView.h"
#include "CheckService.h"
#include "FindingsPanel.h"
#include "IncrementalChecker.h"
#include "MainWindow.h"
#include "StageBar.h"
#include "i18n/Language.h"

#include "check/Check.h"
#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{
const QString kMaya = QStringLiteral("maya.collins@copydesk.example"); // writer of city-budget
const QString kSeoyeon =
    QStringLiteral("seoyeon.kim@copydesk.example"); // writer of 전기차-보조금 (in review)

bool hasKind(const Findings &findings, const QStringList &kinds, const QString &textPart)
{
    for (const Finding &f : findings) {
        if (kinds.contains(f.kind) && f.text.contains(textPart))
            return true;
    }
    return false;
}
} // namespace

class TestEditorWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boardGroupsByStage();
    void boardCountsFindingsAtEveryStageAndWhatItShows();
    void boardShowsNamesWithEmailsOnHover();
    void salaryIsFlaggedAndVerified();
    void ownArticleCannotBeApproved();
    void koreanNameTakesParticlesAfterHouseDictionary();
    void wordBeingTypedIsNotFlagged();

private:
    QTemporaryDir m_home;
    QString m_newsroom;
};

void TestEditorWorkflow::initTestCase()
{
    QVERIFY(m_home.isValid());
    test::isolateEditorEnvironment(m_home.path());
    m_newsroom = m_home.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(test::makeDemoNewsroom(m_newsroom, &error), qPrintable(error));
}

void TestEditorWorkflow::boardGroupsByStage()
{
    MainWindow window(test::demoPerson(kMaya));
    window.show();
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->isLoaded(), 20000);
    QTreeWidget *tree = window.board()->tree();
    QVERIFY(tree->topLevelItemCount() >= 5);
    QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Assigned")));
    int all = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        all += tree->topLevelItem(i)->childCount();
    QCOMPARE(all, window.board()->articleCount());
    window.board()->setAssignedToMe(true);
    int mine = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        mine += tree->topLevelItem(i)->childCount();
    QVERIFY(mine > 0);
    QVERIFY(mine < all);
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->blockersDone(), 30000);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Copydesk")));
}

// Issue 15 point 7: the findings column was blank except at the gates, and
// the count stayed at every article when a filter hid some.
void TestEditorWorkflow::boardCountsFindingsAtEveryStageAndWhatItShows()
{
    constexpr int kFindings = 4, kSlugRole = Qt::UserRole + 1; // BoardView's
    MainWindow window(test::demoPerson(kMaya));
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->blockersDone(), 60000);
    QTreeWidget *tree = window.board()->tree();
    Newsroom n = Newsroom::open(m_newsroom);
    Workflow w(n);
    const QString last = w.pipeline().stages().last().id;
    int outsideGates = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QString stage = tree->topLevelItem(g)->data(0, kSlugRole + 1).toString();
        const Stage *s = w.pipeline().stage(stage);
        QVERIFY(s);
        if (stage == last)
            continue;
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(g)->child(i);
            const QString slug = row->data(0, kSlugRole).toString();
            const bool gated =
                s->gate == QLatin1String("style") || s->gate == QLatin1String("facts");
            const int expected = w.blockers(slug, Workflow::FindingsAt::EveryStage).openFindings;
            // At a gate, what the gate counts (the same as the CLI's board).
            if (gated)
                QCOMPARE(expected, w.blockers(slug).openFindings);
            else if (expected > 0)
                QVERIFY(!w.findings(slug).isEmpty());
            QCOMPARE(row->text(kFindings), expected ? QString::number(expected) : QString());
            if (!gated && expected > 0)
                ++outsideGates;
        }
    }
    // The demo has drafts with unverified claims: they must show.
    QVERIFY2(outsideGates > 0, "no article outside the gates shows its findings");

    const auto *status = window.board()->findChild<QLabel *>(QStringLiteral("boardStatus"));
    QVERIFY(status);
    const int all = window.board()->articleCount();
    QCOMPARE(status->text(), BoardView::tr("%n article(s)", nullptr, all));
    window.board()->setAssignedToMe(true);
    const int mine = window.board()->shownCount();
    QVERIFY(mine > 0 && mine < all);
    QCOMPARE(status->text(), BoardView::tr("%1 of %n article(s)", nullptr, all).arg(mine));
    window.board()->setAssignedToMe(false);
    QCOMPARE(status->text(), BoardView::tr("%n article(s)", nullptr, all));
}

// Issue 15 point 12: people by name on the board, the email on hover.
void TestEditorWorkflow::boardShowsNamesWithEmailsOnHover()
{
    constexpr int kWriter = 1, kReviewer = 2, kReason = 5; // BoardView's columns
    MainWindow window(test::demoPerson(kMaya));
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.board()->blockersDone(), 60000);
    Newsroom n = Newsroom::open(m_newsroom);
    const People people = Workflow(n).people();
    QTreeWidget *tree = window.board()->tree();
    int heldByPerson = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(g)->child(i);
            for (int col : {kWriter, kReviewer}) {
                if (row->toolTip(col).isEmpty())
                    continue;
                const Person *p = people.find(row->toolTip(col));
                QVERIFY2(p, qPrintable(row->toolTip(col)));
                QCOMPARE(row->text(col), p->name);
            }
            QVERIFY2(!row->text(kReason).contains(u'@'), qPrintable(row->text(kReason)));
            for (const Person &p : people.all()) {
                if (row->toolTip(kReason).contains(p.email)) {
                    QVERIFY2(row->text(kReason).contains(p.name), qPrintable(row->text(kReason)));
                    ++heldByPerson;
                }
            }
        }
    }
    // "waiting for minho.lee@…'s review" in the demo's review stage.
    QVERIFY(heldByPerson > 0);
}

void TestEditorWorkflow::salaryIsFlaggedAndVerified()
{
    CheckEnvironment env;
    env.newsroomRoot = m_newsroom;
    if (!CheckSuite::standard(env).names().contains(QStringLiteral("claims")))
        QSKIP("CheckSuite has no \"claims\" check registered yet");

    MainWindow window(test::demoPerson(kMaya));
    window.show();
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    ArticlePage *page = window.openArticle(QStringLiteral("city-budget"));
    QVERIFY(test::settle(page));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Council approves")));

    test::typeAtEnd(page->editor(),
                    QStringLiteral("\n\nThe new transport director will earn $185,000 a year."));
    QVERIFY(page->isDirty());
    QVERIFY(test::settle(page));
    const Findings findings = page->findingsPanel()->findings();
    QVERIFY2(hasKind(findings, {QStringLiteral("salary"), QStringLiteral("money")},
                     QStringLiteral("185,000")),
             "the salary figure is not among the findings");
    Finding salary;
    for (const Finding &f : findings) {
        if (f.text.contains(QStringLiteral("185,000")))
            salary = f;
    }
    QCOMPARE(salary.status, QStringLiteral("unverified"));

    QString headBefore;
    {
        Newsroom n = Newsroom::open(m_newsroom);
        headBefore = n.headId();
    }
    page->verifyClaim(salary, QStringLiteral("City HR press release, 4 March"),
                      QStringLiteral("checked with HR"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QVERIFY2(page->lastError().isEmpty(), qPrintable(page->lastError()));
    QVERIFY(!page->isDirty()); // verifying saved the text first
    QVERIFY(test::settle(page));

    Newsroom n = Newsroom::open(m_newsroom);
    QVERIFY(n.headId() != headBefore);
    const Ledger ledger = Workflow(n).ledger(QStringLiteral("city-budget"));
    bool recorded = false;
    for (const LedgerEntry &e : ledger.entries()) {
        if (e.text.contains(QStringLiteral("185,000"))) {
            QCOMPARE(e.status, QStringLiteral("verified"));
            QCOMPARE(e.source, QStringLiteral("City HR press release, 4 March"));
            QCOMPARE(e.by, kMaya);
            recorded = true;
        }
    }
    QVERIFY2(recorded, "no ledger entry for the salary");
    const QList<Revision> log = n.log(QStringLiteral("city-budget"), 1);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().email, kMaya);
    // The panel shows the new status.
    bool shown = false;
    for (const Finding &f : page->findingsPanel()->findings()) {
        if (f.text.contains(QStringLiteral("185,000")))
            shown = f.status == QLatin1String("verified");
    }
    QVERIFY(shown);
}

void TestEditorWorkflow::ownArticleCannotBeApproved()
{
    MainWindow window(test::demoPerson(kSeoyeon));
    window.show();
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    ArticlePage *page = window.openArticle(QStringLiteral("전기차-보조금"));
    QVERIFY(test::settle(page));
    auto *approve = page->stageBar()->findChild<QPushButton *>(QStringLiteral("action-approve"));
    QVERIFY2(approve, "no Approve button on the stage bar");
    QVERIFY(!approve->isEnabled());
    QVERIFY2(!approve->toolTip().isEmpty(), "a refused action must say why");
    qInfo() << "refusal shown:" << approve->toolTip();

    // Forcing it anyway: the workflow refuses and nothing is committed.
    QString headBefore = Newsroom::open(m_newsroom).headId();
    page->runAction(QStringLiteral("approve"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QVERIFY(!page->lastError().isEmpty());
    QCOMPARE(Newsroom::open(m_newsroom).headId(), headBefore);
}

void TestEditorWorkflow::koreanNameTakesParticlesAfterHouseDictionary()
{
    MainWindow window(test::demoPerson(kSeoyeon));
    window.show();
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    ArticlePage *page = window.openArticle(QStringLiteral("ai-research-lab"));
    QVERIFY(test::settle(page));
    window.checks()->waitUntilReady();
    if (!window.checks()->suite()->names().contains(QStringLiteral("spelling")))
        QSKIP("no spelling check (Hunspell dictionaries missing)");

    const QString name = QStringLiteral("뷁솦");
    test::typeAtEnd(
        page->editor(),
        QStringLiteral("\n\n%1은 연구소장이다. %1에게 물었다. %1의 답은 짧았다.\n").arg(name));
    QVERIFY(test::settle(page));
    auto flagged = [&] {
        int n = 0;
        for (const Finding &f : page->findingsPanel()->findings())
            n += f.kind == QLatin1String("spelling") && f.text.startsWith(name);
        return n;
    };
    QVERIFY2(flagged() >= 3, "the unknown name should be flagged in each particle form");

    const int generation = window.checks()->generation();
    page->addToHouseDictionary(name);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QVERIFY2(page->lastError().isEmpty(), qPrintable(page->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(window.checks()->generation() > generation, 30000);
    QVERIFY(test::settle(page));
    QCOMPARE(flagged(), 0);
    Newsroom n = Newsroom::open(m_newsroom);
    QVERIFY(
        QString::fromUtf8(n.readFile(QStringLiteral("copydesk/words/house.txt"))).contains(name));
}

void TestEditorWorkflow::wordBeingTypedIsNotFlagged()
{
    MainWindow window(test::demoPerson(kMaya));
    window.show();
    QVERIFY2(window.openNewsroom(m_newsroom), qPrintable(window.lastError()));
    ArticlePage *page = window.openArticle(QStringLiteral("city-budget"));
    QVERIFY(test::settle(page));
    // "Councilx" is flagged once finished, but not while the cursor is in it.
    test::typeAtEnd(page->editor(), QStringLiteral("\n\nThe mayor spoke to the zzqx"));
    QVERIFY(test::settle(page));
    QTextBlock block = page->editor()->document()->lastBlock();
    auto underlined = [&] {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                return true;
        }
        return false;
    };
    QVERIFY2(!underlined(), "the word being typed is underlined");
    test::typeAtEnd(page->editor(), QStringLiteral(" today."));
    QVERIFY(test::settle(page));
    QVERIFY2(underlined(), "the finished misspelling is not underlined");

    // Text being composed by an input method is not flagged either.
    QInputMethodEvent preedit(QStringLiteral("zzqxw"), {});
    QCoreApplication::sendEvent(page->editor(), &preedit);
    QVERIFY(test::settle(page));
    QVERIFY(!page->editor()->toPlainText().contains(QStringLiteral("zzqxw")));
    for (const Finding &f : page->findingsPanel()->findings())
        QVERIFY(!f.text.contains(QStringLiteral("zzqxw")));
    QInputMethodEvent commit(QString(), {});
    commit.setCommitString(QString());
    QCoreApplication::sendEvent(page->editor(), &commit);
}

QTEST_MAIN(TestEditorWorkflow)
#include "tst_workflow.moc"
