// The interface language: the Korean translation is complete (no
// unfinished or empty entry, placeholders and shortcuts kept), the .ts files
// hold every string of the sources (lupdate run again into a temporary
// file), and switching language retranslates the window.
#include "helper_editor.h"

#include "MainWindow.h"
#include "i18n/Language.h"

#include <QDate>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
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
        p.start(lupdate,
                {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                 kSources + QStringLiteral("/editor"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const QList<Message> now = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!now.isEmpty());
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

    void followsTheSystemUnlessChosen()
    {
        Language::setSetting(QString());
        QVERIFY(Language::available().contains(Language::resolve(QString())));
        Language::setSetting(QStringLiteral("ko"));
        QCOMPARE(Language::resolve(Language::setting()), QStringLiteral("ko"));
        Language::setSetting(QString());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
