// History of an article: word-level comparison (English and Korean), claim
// changes ("$60m → $50m: verification lost"), the timeline in the real
// widget, restore as a new revision and copy of a passage.
#include "helper_editor.h"

#include "Session.h"
#include "check/Check.h"
#include "common/Fixtures.h"
#include "core/Paths.h"
#include "history/ArticleHistory.h"
#include "history/HistoryView.h"
#include "pipeline/Workflow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::editor;
using namespace copydesk::test;

namespace
{
const QString wr = QStringLiteral("wr@example.com");

QString joined(const QList<DiffPiece> &pieces, DiffPiece::Kind kind)
{
    QStringList out;
    for (const DiffPiece &p : pieces) {
        if (p.kind == kind && !p.text.trimmed().isEmpty())
            out << p.text.trimmed();
    }
    return out.join(u'|');
}

CheckSuite claimSuite(const QString &root)
{
    return CheckSuite::standard({shippedDictionariesDir(), root}, nullptr,
                                {QStringLiteral("claims")});
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateEditorEnvironment(m_home.path());
        m_dir = m_room.dir;
        QCOMPARE(runCli(m_dir, {QStringLiteral("new"), QStringLiteral("bus"),
                                QStringLiteral("--title"), QStringLiteral("Bus lanes")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(m_dir, {QStringLiteral("assign"), QStringLiteral("bus"),
                                QStringLiteral("--writer"), wr})
                     .exitCode,
                 0);
        QCOMPARE(
            runCli(m_dir, {QStringLiteral("save"), QStringLiteral("bus")}, wr,
                   "The mayor said the city will spend $60m on bus lanes.\n\nWork starts in May.\n")
                .exitCode,
            0);
        Newsroom n = Newsroom::open(m_dir);
        n.setActor(demoPerson(wr));
        Workflow w(n);
        QString id;
        for (const Finding &f : w.claims(QStringLiteral("bus"))) {
            if (f.text.contains(QStringLiteral("60m")))
                id = f.id;
        }
        QVERIFY2(!id.isEmpty(), "the $60m claim was not detected");
        w.verifyClaim(QStringLiteral("bus"), id, QStringLiteral("City budget 2025, p. 12"),
                      QStringLiteral("checked"));
        m_verified = n.headId();
        m_v60 = n.log(QStringLiteral("bus")).value(1).id; // the save before the verification
        w.save(QStringLiteral("bus"),
               QStringLiteral("The mayor said the city will spend $50m on new bus lanes.\n\nWork "
                              "starts in May.\n"),
               QStringLiteral("Budget cut"));
        m_v50 = n.headId();
    }

    void wordDiffEnglish()
    {
        const auto pieces = wordDiff(QStringLiteral("The city will spend $60m on bus lanes."),
                                     QStringLiteral("The city will spend $50m on new bus lanes."));
        QCOMPARE(joined(pieces, DiffPiece::Deleted), QStringLiteral("60m"));
        QVERIFY(joined(pieces, DiffPiece::Inserted).contains(QStringLiteral("new")));
        const QString html = diffhtml::inlineHtml(pieces);
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY(html.contains(QStringLiteral("new")));
        QVERIFY(!diffhtml::beforeHtml(pieces).contains(QStringLiteral("new ")));
    }

    void wordDiffKorean()
    {
        // Eojeol are words: an insertion and a deletion, not a changed line.
        const auto pieces =
            wordDiff(QStringLiteral("서울시는 버스 전용차로에 600억 원을 쓴다고 밝혔다."),
                     QStringLiteral("서울시는 새 버스 전용차로에 500억 원을 쓴다고 밝혔다."));
        QVERIFY(joined(pieces, DiffPiece::Inserted).contains(QStringLiteral("새")));
        QVERIFY(joined(pieces, DiffPiece::Inserted).contains(QStringLiteral("500")));
        QVERIFY(joined(pieces, DiffPiece::Deleted).contains(QStringLiteral("600")));
        QVERIFY(!joined(pieces, DiffPiece::Deleted).contains(QStringLiteral("서울시는")));
        QVERIFY(diffhtml::inlineHtml(pieces).contains(QStringLiteral("전용차로에")));
    }

    void movedClaimKeepsItsId()
    {
        // A claim moved with the word before it is the same claim (same id).
        const CheckSuite suite = claimSuite(m_dir);
        const QString a = QStringLiteral(
            "---\ntitle: T\nlang: en\n---\nIt will spend $60m on lanes. Work starts in May.\n");
        const QString b = QStringLiteral(
            "---\ntitle: T\nlang: en\n---\nWork starts in May. It will spend $60m on lanes.\n");
        const auto changes = compareClaims(suite.checkFile(a, {QStringLiteral("claims")}),
                                           suite.checkFile(b, {QStringLiteral("claims")}));
        for (const ClaimChange &c : changes)
            QVERIFY2(!c.before.contains(QStringLiteral("60m")), qPrintable(c.describe()));
    }

    void claimChangeLosesVerification()
    {
        Newsroom n = Newsroom::open(m_dir);
        const CheckSuite suite = claimSuite(m_dir);
        const RevisionComparison c =
            ArticleHistory::compare(n, suite, QStringLiteral("bus"), m_v60, m_v50);
        QVERIFY(c.fromText.contains(QStringLiteral("$60m")));
        QVERIFY(c.toText.contains(QStringLiteral("$50m")));
        bool lost = false;
        for (const ClaimChange &ch : c.claims) {
            if (ch.before.contains(QStringLiteral("60m")) &&
                ch.after.contains(QStringLiteral("50m"))) {
                QCOMPARE(ch.kind, ClaimChange::Changed);
                QCOMPARE(ch.beforeStatus, QStringLiteral("verified"));
                QVERIFY(ch.verificationLost());
                QVERIFY2(ch.describe().contains(QStringLiteral("→")) &&
                             ch.describe().endsWith(QStringLiteral("verification lost")),
                         qPrintable(ch.describe()));
                lost = true;
            }
        }
        QVERIFY2(lost, "the changed claim was not reported");
    }

    void koreanClaimChange()
    {
        const CheckSuite suite = claimSuite(m_dir);
        const QString a = QStringLiteral(
            "---\ntitle: 예산\nlang: ko\n---\n서울시는 버스 전용차로에 600억 원을 쓴다.\n");
        const QString b = QStringLiteral(
            "---\ntitle: 예산\nlang: ko\n---\n서울시는 버스 전용차로에 500억 원을 쓴다.\n");
        const Findings fa = suite.checkFile(a, {QStringLiteral("claims")});
        if (fa.isEmpty())
            QSKIP("the claim detector finds no Korean money claim here");
        const auto changes = compareClaims(fa, suite.checkFile(b, {QStringLiteral("claims")}));
        QVERIFY(!changes.isEmpty());
        QVERIFY(changes.first().before.contains(QStringLiteral("600")));
        QVERIFY(changes.first().after.contains(QStringLiteral("500")));
    }

    void timelineComparesAndRestores()
    {
        Session session(m_dir, demoPerson(wr));
        HistoryView view(&session, QStringLiteral("bus"));
        view.resize(1100, 700);
        view.show();
        QSignalSpy compared(&view, &HistoryView::compared);
        QTRY_VERIFY_WITH_TIMEOUT(!view.entries().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1 && !view.isBusy(), 20000);

        // Revisions and events, newest first, told apart.
        QTreeWidget *t = view.timeline();
        QCOMPARE(t->topLevelItemCount(), int(view.entries().size()));
        bool sawEvent = false, sawText = false;
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = t->topLevelItem(i);
            if (view.entries()[i].isTextRevision()) {
                QVERIFY(item->font(0).bold());
                sawText = true;
            } else {
                QVERIFY(item->font(0).italic());
                sawEvent = true;
            }
        }
        QVERIFY(sawText && sawEvent);
        QVERIFY(t->topLevelItem(0)->text(4).contains(QStringLiteral("Budget cut")));
        // Verification event is in the timeline, with who did it.
        bool sawVerify = false;
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            sawVerify |= view.entries()[i].event == QLatin1String("verify-claim") &&
                         t->topLevelItem(i)->text(1).contains(QStringLiteral("wr"));
        QVERIFY(sawVerify);

        // The newest revision is selected and compared with the one before.
        QCOMPARE(view.comparison().to, m_v50);
        QCOMPARE(view.comparison().from, m_v60);
        QVERIFY(view.inlineView()->toHtml().contains(QStringLiteral("60m")));
        QVERIFY(view.afterView()->toPlainText().contains(QStringLiteral("$50m")));
        bool warned = false;
        for (int i = 0; i < view.claimList()->count(); ++i)
            warned |=
                view.claimList()->item(i)->text().contains(QStringLiteral("verification lost"));
        QVERIFY(warned);
        view.setSideBySide(true);
        QVERIFY(view.beforeView()->isVisible());

        // Copy a passage of the older revision.
        QTextCursor c = view.beforeView()->document()->find(QStringLiteral("The mayor said"));
        QVERIFY(!c.isNull());
        view.beforeView()->setTextCursor(c);
        view.copyPassage();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("The mayor said"));

        // Restore the $60m revision: a new revision, nothing lost.
        QSignalSpy restored(&view, &HistoryView::restored);
        const int before = int(view.entries().size());
        view.restoreRevision(m_v60);
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        Newsroom n = Newsroom::open(m_dir);
        QCOMPARE(n.readFile(Newsroom::articlePath(QStringLiteral("bus"))),
                 n.readFile(Newsroom::articlePath(QStringLiteral("bus")), m_v60));
        QCOMPARE(n.log(QStringLiteral("bus"), 1)
                     .value(0)
                     .trailers.value(QStringLiteral("Restored-From")),
                 m_v60);
        QTRY_COMPARE_WITH_TIMEOUT(int(view.entries().size()), before + 1, 20000);
        QVERIFY(view.timeline()->topLevelItem(0)->text(2).contains(QStringLiteral("Restored")));
    }

private:
    QTemporaryDir m_home;
    ScratchNewsroom m_room;
    QString m_dir;
    QString m_verified, m_v60, m_v50;
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
