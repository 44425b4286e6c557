// The interface language: the Korean translation is complete (no
// unfinished or empty entry, placeholders and shortcuts kept), the .ts files
// hold every string of the editor's and the core library's sources (lupdate
// run again into a temporary file, so a new untranslated string in workflow/
// fails here), the library's refusals read Korean in the editor and English
// without a translator (the CLI), finding kinds, statuses and messages are
// shown translated while the JSON keeps its ids, and switching language
// retranslates a running window: menus, board, stage bar, findings.
#include "helper_editor.h"

#include "ArticlePage.h"
#include "BoardView.h"
#include "FindingText.h"
#include "FindingsPanel.h"
#include "MainWindow.h"
#include "StageBar.h"
#include "i18n/Language.h"
#include "newsroom/Articles.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Rules.h"
#include "pipeline/Verifier.h"

#include <QDate>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // unfinished, vanished, obsolete or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            if (!m.source.isNull())
                out.append(m);
            m = {};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform"))
            m.translations << xml.readElementText();
    }
    if (!m.source.isNull())
        out.append(m);
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasMnemonic(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s;]"));
    return re.match(QString(s).replace(QStringLiteral("&amp;"), QStringLiteral("&"))).hasMatch() &&
           !s.contains(QStringLiteral("&lt;"));
}

const QString kSources = QStringLiteral(COPYDESK_SOURCE_DIR);

bool hasHangul(const QString &s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QStringList headers(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->columnCount(); ++i)
        out << tree->headerItem()->text(i);
    return out;
}

QStringList stageLabels(const StageBar *bar)
{
    QStringList out;
    for (const QLabel *l : bar->findChildren<QLabel *>()) {
        if (l->objectName().startsWith(QLatin1String("stage-")))
            out << l->text();
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        test::isolateEditorEnvironment(m_home.path());
    }

    void koreanIsComplete()
    {
        QString error;
        const QList<Message> messages =
            readTs(kSources + QStringLiteral("/editor/translations/copydesk_ko.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, m.type);
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.begin(), m.translations.end(),
                            [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << where + QStringLiteral(" (empty)");
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(" (placeholders differ: ") + t + u')';
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    problems << where + QStringLiteral(" (shortcut letter lost: ") + t + u')';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishHasPluralForms()
    {
        QString error;
        const QList<Message> messages =
            readTs(kSources + QStringLiteral("/editor/translations/copydesk_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message &m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.source));
            if (m.numerus)
                QVERIFY2(m.translations.size() == 2 && m.translations[0] != m.translations[1],
                         qPrintable(m.source));
        }
    }

    // lupdate over today's sources finds nothing the committed files lack.
    void tsFilesAreUpToDate()
    {
        QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            lupdate = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) +
                      QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh_ko.ts"));
        QProcess p;
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"),
                          QStringLiteral("none"), kSources + QStringLiteral("/editor"),
                          kSources + QStringLiteral("/workflow"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const QList<Message> now = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!now.isEmpty());
        // The core library's refusals are part of the interface.
        QVERIFY(std::any_of(now.begin(), now.end(), [](const Message &m) {
            return m.context == QLatin1String("copydesk::Rules");
        }));
        for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QSet<QString> committed;
            for (const Message &m :
                 readTs(kSources + QStringLiteral("/editor/translations/copydesk_%1.ts").arg(lang),
                        &error))
                committed.insert(m.context + u'\x1f' + m.source);
            QStringList missing;
            for (const Message &m : now) {
                if (!committed.contains(m.context + u'\x1f' + m.source))
                    missing << m.context + QStringLiteral(": ") + m.source;
            }
            QVERIFY2(
                missing.isEmpty(),
                qPrintable(
                    QStringLiteral(
                        "copydesk_%1.ts lacks (run `ninja update_translations`, then translate):\n")
                        .arg(lang) +
                    missing.join(u'\n')));
        }
    }

    void windowSpeaksKoreanAndSwitchesBack()
    {
        QCOMPARE(Language::install(QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(QCoreApplication::translate("copydesk::editor::MainWindow", "&File"),
                 QStringLiteral("파일(&F)"));
        // Dates and numbers by locale.
        QVERIFY(QLocale()
                    .toString(QDate(2025, 3, 5), QLocale::LongFormat)
                    .contains(QStringLiteral("년")));
        {
            MainWindow window(test::demoPerson(QStringLiteral("ed@example.com")));
            QStringList titles;
            for (QAction *a : window.menuBar()->actions())
                titles << a->text();
            QVERIFY2(titles.contains(QStringLiteral("편집국(&N)")), qPrintable(titles.join(u' ')));
            QVERIFY2(titles.contains(QStringLiteral("파일(&F)")), qPrintable(titles.join(u' ')));
            // Live switch: the menus this issue added follow at once.
            Language::install(QStringLiteral("en"));
            QCoreApplication::processEvents();
            titles.clear();
            for (QAction *a : window.menuBar()->actions())
                titles << a->text();
            QVERIFY2(titles.contains(QStringLiteral("&Newsroom")), qPrintable(titles.join(u' ')));
        }
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // A refusal made by the library (pipeline/Rules) reads Korean once the
    // editor's translators are in, English without them (the CLI's case).
    void libraryRefusalsFollowTheLanguage()
    {
        RuleInput in;
        in.event = Event::Publish;
        in.actor = QStringLiteral("stranger@example.com");
        in.before.stage = QStringLiteral("review");
        const Pipeline pipeline = Pipeline::defaults();
        const People people;
        Language::install(QStringLiteral("ko"));
        const QString korean = decide(in, pipeline, people).reason;
        QVERIFY2(hasHangul(korean), qPrintable(korean));
        QVERIFY(korean.contains(in.actor));
        Language::install(QStringLiteral("en"));
        const QString english = decide(in, pipeline, people).reason;
        QVERIFY2(english.startsWith(QStringLiteral("stranger@example.com is not a member")),
                 qPrintable(english));
    }

    // The errors a user meets saving and syncing, and the audit's rule
    // violations, come from the library; they read Korean in the editor and
    // stay English without a translator.
    void saveErrorsAndViolationsFollowTheLanguage()
    {
        const auto slugError = [] {
            try {
                Newsroom::validateSlug(QStringLiteral("bad slug"));
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        const QString dir = m_home.filePath(QStringLiteral("forged"));
        QVERIFY(ensureDemo(dir));
        const QString slug = QStringLiteral("deepmere-funding");
        const auto emptySave = [&] {
            Newsroom n = Newsroom::open(dir);
            try {
                Articles(n).mergedText(slug, QStringLiteral("  \n"));
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        // A plain git commit that edits an article: the audit flags it.
        QFile text(dir + u'/' + Newsroom::articlePath(slug));
        QVERIFY(text.open(QIODevice::Append));
        text.write("\nAdded outside Copydesk.\n");
        text.close();
        QProcess git;
        git.setWorkingDirectory(dir);
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-c"), QStringLiteral("user.name=Plain"), QStringLiteral("-c"),
                   QStringLiteral("user.email=plain@example.com"), QStringLiteral("commit"),
                   QStringLiteral("-qam"), QStringLiteral("edit by hand")});
        QVERIFY(git.waitForFinished(60000));
        QVERIFY2(git.exitCode() == 0, git.readAllStandardError().constData());
        git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QVERIFY(git.waitForFinished(60000));
        const QString head = QString::fromLatin1(git.readAllStandardOutput()).trimmed();
        const auto violations = [&] {
            QStringList rules;
            try {
                Newsroom n = Newsroom::open(dir);
                for (const Violation &v : Verifier(n.repository()).verifyCommit(head))
                    rules << v.rule;
            } catch (const Error &e) {
                rules << e.message();
            }
            return rules.join(u'\n');
        };

        Language::install(QStringLiteral("ko"));
        QVERIFY2(slugError().contains(QStringLiteral("올바른 기사 슬러그가 아닙니다")) &&
                     slugError().contains(QStringLiteral("공백")),
                 qPrintable(slugError()));
        QVERIFY2(emptySave().startsWith(QStringLiteral("새 본문이 비어")), qPrintable(emptySave()));
        QVERIFY2(violations().contains(QStringLiteral("이벤트 밖에서 파일이 바뀌었습니다")),
                 qPrintable(violations()));
        Language::install(QStringLiteral("en"));
        QVERIFY2(slugError().startsWith(QStringLiteral("'bad slug' is not a valid article slug: it "
                                                       "contains a space")),
                 qPrintable(slugError()));
        QVERIFY2(emptySave().startsWith(QStringLiteral("the new text is empty")),
                 qPrintable(emptySave()));
        QVERIFY2(violations().contains(QStringLiteral("files changed outside an event")),
                 qPrintable(violations()));
    }

    // Kinds and statuses are stable ids in the data; the panel shows labels.
    void findingKindsStatusesAndMessagesAreTranslated()
    {
        Finding weekday;
        weekday.kind = QStringLiteral("weekday-mismatch");
        weekday.status = QStringLiteral("unverified");
        weekday.text = QStringLiteral("Monday, March 5, 2025");
        weekday.message =
            QStringLiteral("Weekday mismatch: 2025-03-05 is a Wednesday, but the text says Monday");
        weekday.value = QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-05")},
                                    {QStringLiteral("weekday"), QStringLiteral("Monday")},
                                    {QStringLiteral("actual"), QStringLiteral("Wednesday")}};
        Language::install(QStringLiteral("en"));
        QCOMPARE(FindingText::kindName(weekday.kind), QStringLiteral("weekday mismatch"));
        QVERIFY2(FindingText::message(weekday).contains(QStringLiteral("Wednesday")),
                 qPrintable(FindingText::message(weekday)));
        Language::install(QStringLiteral("ko"));
        QCOMPARE(FindingText::kindName(weekday.kind), QStringLiteral("요일 불일치"));
        QCOMPARE(FindingText::statusName(QStringLiteral("unverified")), QStringLiteral("미검증"));
        QCOMPARE(FindingText::statusName(QStringLiteral("verified")), QStringLiteral("검증됨"));
        const QString message = FindingText::message(weekday);
        // Built from the value: the weekdays and the date in Korean.
        QVERIFY2(message.contains(QStringLiteral("수요일")) &&
                     message.contains(QStringLiteral("월요일")) &&
                     message.contains(QStringLiteral("2025")),
                 qPrintable(message));
        FindingsPanel panel;
        panel.setFindings({weekday}, {});
        const QTreeWidgetItem *row = panel.tree()->topLevelItem(0)->child(0);
        QVERIFY(row);
        QVERIFY2(row->text(0).startsWith(QStringLiteral("요일 불일치")), qPrintable(row->text(0)));
        QCOMPARE(row->text(2), QStringLiteral("미검증"));
        QCOMPARE(row->toolTip(0), message);
        // The finding itself, and so the CLI's JSON, keeps the ids and the English message.
        QCOMPARE(panel.findings().first().toJson().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("weekday-mismatch"));
        QCOMPARE(panel.findings().first().toJson().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unverified"));
        // Unknown kinds and house style messages are shown as they are.
        QCOMPARE(FindingText::kindName(QStringLiteral("new-kind")), QStringLiteral("new-kind"));
        Language::install(QStringLiteral("en"));
    }

    // The value column shows numbers, ranges and dates the way the interface
    // locale writes them, not the JSON's "amount=1130000000"; the finding's
    // JSON (and so the CLI's) keeps the raw numbers and ISO dates.
    void findingValuesFollowTheLocale()
    {
        const auto claim = [](const char *kind, const QJsonObject &value) {
            Finding f;
            f.kind = QLatin1String(kind);
            f.status = QStringLiteral("unverified");
            f.text = QStringLiteral("x");
            f.value = value;
            return f;
        };
        const Finding money = claim("money", {{QStringLiteral("amount"), 1130000000.0},
                                              {QStringLiteral("currency"), QStringLiteral("USD")}});
        const Finding moneyRange =
            claim("money", {{QStringLiteral("currency"), QStringLiteral("KRW")},
                            {QStringLiteral("min"), 2000000.0},
                            {QStringLiteral("max"), 3500000.5}});
        const Finding percent = claim("percent", {{QStringLiteral("percent"), 12.5}});
        const Finding points = claim("percent", {{QStringLiteral("points"), 0.25}});
        const Finding percentRange =
            claim("percent", {{QStringLiteral("min"), 3.0}, {QStringLiteral("max"), 4.5}});
        const Finding count = claim("count", {{QStringLiteral("count"), 25000.0}});
        const Finding date =
            claim("date", {{QStringLiteral("date"), QStringLiteral("2025-03-05")}});
        const Finding noYear = claim("date", {{QStringLiteral("date"), QStringLiteral("--03-05")}});

        Language::install(QStringLiteral("en"));
        QCOMPARE(FindingText::value(money), QStringLiteral("USD 1,130,000,000"));
        QCOMPARE(FindingText::value(moneyRange), QStringLiteral("KRW 2,000,000–3,500,000.5"));
        QCOMPARE(FindingText::value(percent), QStringLiteral("12.5%"));
        QCOMPARE(FindingText::value(points), QStringLiteral("0.25 percentage points"));
        QCOMPARE(FindingText::value(percentRange), QStringLiteral("3–4.5%"));
        QCOMPARE(FindingText::value(count), QStringLiteral("25,000"));
        QVERIFY2(FindingText::value(date).contains(QStringLiteral("March")) &&
                     FindingText::value(date).contains(QStringLiteral("2025")),
                 qPrintable(FindingText::value(date)));
        QCOMPARE(FindingText::value(noYear), QStringLiteral("March 5"));

        Language::install(QStringLiteral("ko"));
        QCOMPARE(FindingText::value(money), QStringLiteral("USD 1,130,000,000"));
        QCOMPARE(FindingText::value(points), QStringLiteral("0.25%p"));
        QVERIFY2(FindingText::value(date).contains(QStringLiteral("2025년 3월 5일")),
                 qPrintable(FindingText::value(date)));
        QCOMPARE(FindingText::value(noYear), QStringLiteral("3월 5일"));
        FindingsPanel panel;
        panel.setFindings({money, date}, {});
        const QTreeWidgetItem *claims = panel.tree()->topLevelItem(0);
        QCOMPARE(claims->childCount(), 2);
        for (int i = 0; i < claims->childCount(); ++i) {
            const QString shown = claims->child(i)->text(1);
            QVERIFY2(!shown.contains(u'=') && !shown.contains(QStringLiteral("1130000000")) &&
                         !shown.contains(QStringLiteral("2025-03-05")),
                     qPrintable(shown));
        }
        QCOMPARE(panel.findings().first().toJson().value(QStringLiteral("value")).toObject(),
                 money.value);
        Language::install(QStringLiteral("en"));
    }

    // The CLI installs no translator: its JSON keeps the stable ids and the
    // library's English messages whatever the system language.
    void cliJsonKeepsIdsAndEnglish()
    {
        const QString dir = m_home.filePath(QStringLiteral("demo"));
        QVERIFY(ensureDemo(dir));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ko"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"),
                {QStringLiteral("check"), QStringLiteral("city-budget"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput();
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        QVERIFY2(!doc.isNull(), out.left(400).constData());
        QJsonArray findings; // {"files": [{"findings": […]}, …]}
        for (const QJsonValue &file : doc.object().value(QStringLiteral("files")).toArray()) {
            for (const QJsonValue &f : file.toObject().value(QStringLiteral("findings")).toArray())
                findings.append(f);
        }
        QVERIFY2(!findings.isEmpty(), out.left(400).constData());
        static const QStringList kinds{QStringLiteral("money"),
                                       QStringLiteral("salary"),
                                       QStringLiteral("percent"),
                                       QStringLiteral("date"),
                                       QStringLiteral("weekday-mismatch"),
                                       QStringLiteral("quote"),
                                       QStringLiteral("name-variant"),
                                       QStringLiteral("count"),
                                       QStringLiteral("spelling"),
                                       QStringLiteral("style")};
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY2(kinds.contains(f.value(QStringLiteral("kind")).toString()),
                     qPrintable(f.value(QStringLiteral("kind")).toString()));
            QVERIFY2(!hasHangul(f.value(QStringLiteral("status")).toString()),
                     "status translated in JSON");
            if (f.value(QStringLiteral("kind")).toString() != QLatin1String("style"))
                QVERIFY2(!hasHangul(f.value(QStringLiteral("message"))
                                        .toString()
                                        .remove(f.value(QStringLiteral("text")).toString())),
                         qPrintable(f.value(QStringLiteral("message")).toString()));
        }
    }

    // The board's "overdue since …" names the due date the way the interface
    // locale writes it (the CLI keeps ISO). The demo has articles past due.
    void boardOverdueDateFollowsTheLocale()
    {
        const QString dir = m_home.filePath(QStringLiteral("demo"));
        QVERIFY(ensureDemo(dir));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            Language::install(lang);
            MainWindow window(test::demoPerson(QStringLiteral("jiwon.han@copydesk.example")));
            QVERIFY2(window.openNewsroom(dir), qPrintable(window.lastError()));
            QTRY_VERIFY_WITH_TIMEOUT(window.board()->isLoaded(), 30000);
            constexpr int kDue = 3, kReason = 5; // BoardView's columns
            const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
            const auto overdueRow = [&]() -> const QTreeWidgetItem * {
                const QTreeWidget *tree = window.board()->tree();
                for (int g = 0; g < tree->topLevelItemCount(); ++g) {
                    for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                        const QTreeWidgetItem *row = tree->topLevelItem(g)->child(i);
                        const QString why = row->toolTip(kReason);
                        if (why.contains(QStringLiteral("overdue since")) ||
                            why.contains(QStringLiteral("마감 지남")))
                            return row;
                    }
                }
                return nullptr;
            };
            QTRY_VERIFY_WITH_TIMEOUT(overdueRow(), 30000);
            const QTreeWidgetItem *row = overdueRow();
            const QString why = row->toolTip(kReason);
            QVERIFY2(!iso.match(why).hasMatch(), qPrintable(why));
            // The same date as the Due column, which the locale formats.
            QVERIFY2(!row->text(kDue).isEmpty() && why.contains(row->text(kDue)), qPrintable(why));
            if (lang == QLatin1String("ko"))
                QVERIFY2(why.contains(QStringLiteral("부터 마감 지남")), qPrintable(why));
            // The long form people write, not "26. 12. 2." or "12/2/26"
            // (issue 15 point 14), whatever the system locale (C.UTF-8 here).
            const QRegularExpression longForm(
                lang == QLatin1String("ko")
                    ? QStringLiteral("^\\d{4}년 \\d{1,2}월 \\d{1,2}일 \\([월화수목금토일]\\)$")
                    : QStringLiteral("^\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                                     "\\d{4}$"));
            QVERIFY2(longForm.match(row->text(kDue)).hasMatch(), qPrintable(row->text(kDue)));
            QCOMPARE(Language::date(QDate(2026, 12, 2)),
                     lang == QLatin1String("ko") ? QStringLiteral("2026년 12월 2일 (수)")
                                                 : QStringLiteral("2 Dec 2026"));
            // The article's own stage bar says the same, in the same format.
            constexpr int kTitle = 0, kSlugRole = Qt::UserRole + 1; // BoardView's
            ArticlePage *page = window.openArticle(row->data(kTitle, kSlugRole).toString());
            QVERIFY(page && test::settle(page));
            const auto *blockers =
                page->stageBar()->findChild<QLabel *>(QStringLiteral("stageBlockers"));
            QVERIFY(blockers);
            QVERIFY2(blockers->text().contains(row->text(kDue)), qPrintable(blockers->text()));
            QVERIFY2(!iso.match(blockers->text()).hasMatch(), qPrintable(blockers->text()));
        }
        Language::install(QStringLiteral("en"));
    }

    // Settings ▸ language in a running window: no restart needed.
    void runningWindowRetranslates()
    {
        const QString dir = m_home.filePath(QStringLiteral("demo"));
        QVERIFY(ensureDemo(dir));
        Language::install(QStringLiteral("en"));
        // The writer of an article in review: Approve is refused (four-eyes rule).
        MainWindow window(test::demoPerson(QStringLiteral("seoyeon.kim@copydesk.example")));
        window.show();
        QVERIFY2(window.openNewsroom(dir), qPrintable(window.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(window.board()->isLoaded(), 30000);
        ArticlePage *page = window.openArticle(QStringLiteral("전기차-보조금"));
        QVERIFY(test::settle(page));
        auto *approve =
            page->stageBar()->findChild<QPushButton *>(QStringLiteral("action-approve"));
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled());
        QCOMPARE(approve->text(), QStringLiteral("Approve"));
        QVERIFY2(!hasHangul(approve->toolTip()), qPrintable(approve->toolTip()));
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(headers(window.board()->tree()).value(0), QStringLiteral("Title"));
        QVERIFY(stageLabels(page->stageBar()).contains(QStringLiteral("Review")));
        QCOMPARE(headers(page->findingsPanel()->tree()).value(2), QStringLiteral("Status"));

        Language::install(QStringLiteral("ko"));
        QCoreApplication::processEvents();
        const QStringList titles = menuTitles(window);
        for (const QString &t :
             {QStringLiteral("파일(&F)"), QStringLiteral("편집(&E)"), QStringLiteral("보기(&V)"),
              QStringLiteral("편집국(&N)"), QStringLiteral("도움말(&H)")})
            QVERIFY2(titles.contains(t), qPrintable(titles.join(u' ')));
        const QStringList board = headers(window.board()->tree());
        QVERIFY2(std::all_of(board.begin(), board.end(), hasHangul), qPrintable(board.join(u' ')));
        QVERIFY2(stageLabels(page->stageBar()).contains(QStringLiteral("검토")),
                 qPrintable(stageLabels(page->stageBar()).join(u' ')));
        approve = page->stageBar()->findChild<QPushButton *>(QStringLiteral("action-approve"));
        QVERIFY(approve);
        QVERIFY2(hasHangul(approve->text()), qPrintable(approve->text()));
        // The refusal comes again from the library, now in Korean.
        QTRY_VERIFY_WITH_TIMEOUT((approve = page->stageBar()->findChild<QPushButton *>(
                                      QStringLiteral("action-approve"))) &&
                                     hasHangul(approve->toolTip()),
                                 20000);
        QVERIFY2(hasHangul(headers(page->findingsPanel()->tree()).value(2)),
                 qPrintable(headers(page->findingsPanel()->tree()).join(u' ')));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("보드"));

        Language::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(headers(window.board()->tree()).value(0), QStringLiteral("Title"));
        QVERIFY(stageLabels(page->stageBar()).contains(QStringLiteral("Review")));
    }

    void followsTheSystemUnlessChosen()
    {
        Language::setSetting(QString());
        QVERIFY(Language::available().contains(Language::resolve(QString())));
        Language::setSetting(QStringLiteral("ko"));
        QCOMPARE(Language::resolve(Language::setting()), QStringLiteral("ko"));
        Language::setSetting(QString());
    }

private:
    bool ensureDemo(const QString &dir)
    {
        if (QFile::exists(dir + QStringLiteral("/copydesk/newsroom.json")))
            return true;
        QString error;
        const bool ok = test::makeDemoNewsroom(dir, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
