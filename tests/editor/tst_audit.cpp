// Editors' audit: the demo newsroom's event log in the real table, its
// filters and sorting with violations pinned on top, CSV and PDF exports
// (the PDF read back with pdftotext), and `copydesk --export-audit` run as a
// real process.
#include "helper_editor.h"

#include "audit/AuditData.h"
#include "audit/AuditReport.h"
#include "audit/AuditView.h"
#include "common/Fixtures.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::editor;
using namespace copydesk::test;

namespace
{
const QString kMaya = QStringLiteral("maya.collins@copydesk.example");

QString pdfText(const QString &file)
{
    const CliResult r = runProgram(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-layout"), file, QStringLiteral("-")});
    // NFKC: the PDF's ligatures (ﬁ) read as the letters they join.
    return r.exitCode == 0 ? r.out.normalized(QString::NormalizationForm_KC) : QString();
}

QString column(const AuditFilterModel *m, int row, int col)
{
    return m->index(row, col).data().toString();
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateEditorEnvironment(m_home.path());
        m_dir = m_home.filePath(QStringLiteral("demo"));
        QString error;
        QVERIFY2(makeDemoNewsroom(m_dir, &error), qPrintable(error));
        // A forgery: an article's text changed by plain git, no event.
        QFile f(m_dir + QStringLiteral("/articles/city-budget/index.md"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nAdded behind the desk's back.\n");
        f.close();
        const CliResult c = runProgram(
            QStringLiteral("git"),
            {QStringLiteral("-c"), QStringLiteral("user.name=Sneaky"), QStringLiteral("-c"),
             QStringLiteral("user.email=sneaky@example.com"), QStringLiteral("commit"),
             QStringLiteral("-qam"), QStringLiteral("quiet fix")},
            m_dir);
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    }

    void summaryCounts()
    {
        const AuditData d = AuditData::collect(m_dir);
        QVERIFY(d.events.size() > 10);
        const AuditSummary s = AuditSummary::of(d.events);
        QVERIFY(s.articlesPublished >= 1);
        QVERIFY(s.claimsVerified >= 1);
        for (const auto &w : s.waivers)
            QVERIFY(!w.by.isEmpty());
        QVERIFY(!d.violations.isEmpty());
    }

    void tableFiltersAndSorts()
    {
        AuditView view(m_dir);
        view.resize(1200, 700);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 60000);
        AuditFilterModel *m = view.model();
        const int all = m->rowCount();
        QVERIFY(all > 10);
        // People by the name people.json gives, the email on hover; dates in
        // the long form (issue 15 points 12 and 14).
        int mayaRows = 0;
        for (int r = 0; r < all; ++r) {
            const QModelIndex person = m->index(r, AuditTableModel::PersonColumn);
            const AuditEvent &e = m->rowAt(r).event;
            QVERIFY2(!person.data().toString().contains(u'@') || e.actor == person.data(),
                     qPrintable(person.data().toString()));
            // A violation's row says what broke the rule on hover instead.
            if (m->rowAt(r).violations.isEmpty())
                QCOMPARE(person.data(Qt::ToolTipRole).toString(), e.actor);
            if (e.actor == kMaya) {
                QCOMPARE(person.data().toString(), QStringLiteral("Maya Collins"));
                ++mayaRows;
            }
            const QString when = column(m, r, AuditTableModel::WhenColumn);
            if (e.time.isValid()) {
                QCOMPARE(when, Language::dateTime(e.time));
                if (Language::current() == QLatin1String("en"))
                    QVERIFY2(QRegularExpression(
                                 QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}$"))
                                 .match(when)
                                 .hasMatch(),
                             qPrintable(when));
            }
        }
        QVERIFY(mayaRows > 0);
        const auto *personBox = view.findChild<QComboBox *>(QStringLiteral("auditPerson"));
        QVERIFY(personBox);
        const int mayaItem = personBox->findData(kMaya);
        QVERIFY(mayaItem > 0);
        QCOMPARE(personBox->itemText(mayaItem), QStringLiteral("Maya Collins"));
        QVERIFY(view.violationList()->count() >= 1);
        QVERIFY(
            view.violationList()->item(0)->text().contains(QStringLiteral("sneaky@example.com")));

        // Violations first, whatever the sort.
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int col : {int(AuditTableModel::WhenColumn), int(AuditTableModel::PersonColumn)}) {
                view.table()->sortByColumn(col, order);
                QVERIFY(m->index(0, 0).data(AuditTableModel::ViolationRole).toBool());
                QVERIFY(
                    column(m, 0, AuditTableModel::ViolationColumn).startsWith(QStringLiteral("⚠")));
            }
        }
        view.table()->sortByColumn(AuditTableModel::WhenColumn, Qt::AscendingOrder);
        QDateTime last;
        for (int r = 0; r < m->rowCount(); ++r) {
            const auto &row = m->rowAt(r);
            if (!row.violations.isEmpty())
                continue;
            QVERIFY(!last.isValid() || last <= row.event.time);
            last = row.event.time;
        }

        AuditQuery q;
        q.actor = kMaya;
        view.setQuery(q);
        QVERIFY(m->rowCount() > 0 && m->rowCount() < all);
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->rowAt(r).event.time.isValid())
                QCOMPARE(m->rowAt(r).event.actor, kMaya);
        }
        q = {};
        q.event = QStringLiteral("publish");
        view.setQuery(q);
        QVERIFY(m->rowCount() >= 1);
        for (const AuditEvent &e : m->visibleEvents()) {
            if (e.time.isValid())
                QCOMPARE(e.event, QStringLiteral("publish"));
        }
        q = {};
        q.stage = QStringLiteral("review");
        view.setQuery(q);
        QVERIFY(m->rowCount() >= 1);
        q = {};
        q.article = QStringLiteral("city-budget");
        q.until = QDate(2000, 1, 1);
        view.setQuery(q);
        for (const AuditEvent &e : m->visibleEvents())
            QVERIFY(!e.time.isValid()); // only the pinned violation row (no event time) is left
        q = {};
        q.since = QDate(2000, 1, 1);
        view.setQuery(q);
        QCOMPARE(m->rowCount(), all);
    }

    void exportsCsvAndPdf()
    {
        AuditView view(m_dir);
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 60000);
        AuditQuery q;
        q.actor = kMaya;
        view.setQuery(q);
        const int rows = view.model()->rowCount();

        const QString csv = m_home.filePath(QStringLiteral("audit.csv"));
        view.exportCsv(csv);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().endsWith(QStringLiteral(",violation")));
        QVERIFY(lines.first().startsWith(
            Audit::csvLine(Audit::csvHeader()).trimmed().section(u',', 0, 0)));
        QCOMPARE(lines.size(), rows + 1);
        QVERIFY(csv.size() > 0);

        const QString pdf = m_home.filePath(QStringLiteral("audit.pdf"));
        view.exportPdf(pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString name =
            view.model()->rowCount() ? AuditData::collect(m_dir).newsroomName : QString();
        QVERIFY2(text.contains(QStringLiteral("Audit report")), qPrintable(text.left(400)));
        QVERIFY(text.contains(name));
        QVERIFY(text.contains(QStringLiteral("Person: ") + kMaya));
        QVERIFY(text.contains(QStringLiteral("Articles published:")));
        QVERIFY(text.contains(QStringLiteral("Claims verified:")));
        QVERIFY(text.contains(QStringLiteral("sneaky@example.com")));
    }

    void commandLineExport()
    {
        const QString pdf = m_home.filePath(QStringLiteral("scheduled.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must need no display of its own
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk"),
                {QStringLiteral("--export-audit"), pdf, QStringLiteral("--since"),
                 QStringLiteral("2000-01-01"), QStringLiteral("--until"),
                 QDate::currentDate().addDays(1).toString(Qt::ISODate), m_dir});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("events")));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Audit report")));
        QVERIFY(text.contains(QStringLiteral("Period: ")));
        QVERIFY(text.contains(QStringLiteral("2000")));
        QVERIFY(text.contains(QStringLiteral("Waivers")));
        QVERIFY(text.contains(QStringLiteral("Articles published:")));

        // In Korean when the system speaks Korean.
        const QString ko = m_home.filePath(QStringLiteral("scheduled-ko.pdf"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ko"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk"),
                {QStringLiteral("--export-audit"), ko, m_dir});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString koText = pdfText(ko);
        QVERIFY2(koText.contains(QStringLiteral("감사 보고서")), qPrintable(koText.left(300)));
        QVERIFY(koText.contains(QStringLiteral("출고된 기사")));

        // A usage error says how to call it.
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk"),
                {QStringLiteral("--export-audit"), pdf});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }

private:
    QTemporaryDir m_home;
    QString m_dir;
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
