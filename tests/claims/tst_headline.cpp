// Headlines and standfirsts go through every check like the body (issue 15,
// point 6): `€412 million` or `12조 원` in a title is a claim, with findings
// pointing at the title, and body claim ids are what they were.
#include "check/Check.h"
#include "common/Fixtures.h"
#include "core/Paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace copydesk;

namespace
{
const QString kBody = QStringLiteral(
    "The council approved a €412 million budget on Tuesday. Fares rise 3 percent.\n");

QString file(const QString &title, const QString &extra = {}, const QString &lang = "en")
{
    return QStringLiteral("---\ntitle: %1\nlang: %2\ndate: 2025-03-04\n%3---\n")
               .arg(title, lang, extra) +
           kBody;
}

CheckSuite suite()
{
    return CheckSuite::standard({QStringLiteral(COPYDESK_SOURCE_DIR "/dictionaries"), {}});
}

Findings inField(const Findings &all, const QString &field)
{
    Findings out;
    for (const Finding &f : all) {
        if (f.field == field)
            out.append(f);
    }
    return out;
}
} // namespace

class TestHeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleFigureIsAClaim()
    {
        const Findings all = suite().checkFile(file(QStringLiteral("Council approves €412 million "
                                                                   "budget")),
                                               {QStringLiteral("claims")});
        const Findings title = inField(all, QStringLiteral("title"));
        QCOMPARE(title.size(), 1);
        QCOMPARE(title[0].kind, QStringLiteral("money"));
        QCOMPARE(title[0].text, QStringLiteral("€412 million"));
        QCOMPARE(title[0].value.value(QStringLiteral("currency")).toString(),
                 QStringLiteral("EUR"));
        // Points at the title in the file: line 2, after "title: Council approves ".
        QCOMPARE(title[0].line, 2);
        QCOMPARE(title[0].column, 25);
        QCOMPARE(title[0].offset, 17); // in the title's value
        QCOMPARE(title[0].toJson().value(QStringLiteral("field")).toString(),
                 QStringLiteral("title"));
        // The same figure in the body is another claim, with another id.
        Finding body;
        for (const Finding &f : all) {
            if (f.field.isEmpty() && f.text == title[0].text)
                body = f;
        }
        QVERIFY(!body.id.isEmpty());
        QVERIFY(body.id != title[0].id);
        QVERIFY(title[0].id.startsWith(QStringLiteral("money-")));
        QCOMPARE(title[0].id.size(), body.id.size());
    }

    void bodyIdsAreStable()
    {
        // Body claims keep their ids and positions whatever the headline says.
        auto bodyOnly = [](const Findings &all) {
            QStringList out;
            for (const Finding &f : all) {
                if (f.field.isEmpty())
                    out << QStringLiteral("%1@%2:%3").arg(f.id).arg(f.offset).arg(f.line);
            }
            return out;
        };
        const CheckSuite s = suite();
        const QSet<QString> claims{QStringLiteral("claims")};
        const QStringList plain = bodyOnly(s.checkFile(file(QStringLiteral("Budget day")), claims));
        const QStringList figured = bodyOnly(
            s.checkFile(file(QStringLiteral("Council approves €412 million budget, fares up 3 "
                                            "percent")),
                        claims));
        QVERIFY(plain.size() >= 2);
        QCOMPARE(figured, plain);
        // And they are the ids of the body checked alone.
        CheckInput in;
        in.body = kBody;
        in.lang = QStringLiteral("en");
        in.date = QDate(2025, 3, 4);
        QStringList alone;
        for (const Finding &f : s.checkBody(in, claims))
            alone << f.id;
        QStringList ids;
        for (const QString &p : plain)
            ids << p.section(u'@', 0, 0);
        QCOMPARE(ids, alone);
    }

    void koreanTitleAndStandfirst()
    {
        const Findings all = suite().checkFile(
            file(QStringLiteral("정부, 12조 원 추경 편성"),
                 QStringLiteral("standfirst: 수출은 3.5 % 늘었다\n"), QStringLiteral("ko")),
            {QStringLiteral("claims")});
        const Findings title = inField(all, QStringLiteral("title"));
        QCOMPARE(title.size(), 1);
        QCOMPARE(title[0].text, QStringLiteral("12조 원"));
        QCOMPARE(title[0].line, 2);
        const Findings standfirst = inField(all, QStringLiteral("standfirst"));
        QCOMPARE(standfirst.size(), 1);
        QCOMPARE(standfirst[0].kind, QStringLiteral("percent"));
        QCOMPARE(standfirst[0].line, 5);
    }

    void titleGetsStyleAndSpelling()
    {
        const CheckSuite s = suite();
        if (!s.names().contains(QStringLiteral("spelling")))
            QSKIP("no spelling check (dictionary missing)");
        const Findings all = s.checkFile(file(QStringLiteral("Council to utilise teh budget")),
                                         {QStringLiteral("style"), QStringLiteral("spelling")});
        const Findings title = inField(all, QStringLiteral("title"));
        QStringList kinds;
        for (const Finding &f : title)
            kinds << f.kind + u':' + f.text;
        QVERIFY2(kinds.contains(QStringLiteral("style:utilise")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(QStringLiteral("spelling:teh")), qPrintable(kinds.join(u',')));
    }

    void cliListsAndVerifiesATitleClaim()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("demo"));
        QCOMPARE(test::runCli(tmp.path(), {QStringLiteral("demo"), dir}).exitCode, 0);
        const QString ed = QStringLiteral("daniel.park@copydesk.example");
        // The demo newsroom still verifies clean with headlines checked.
        const test::CliResult v = test::runCli(dir, {QStringLiteral("verify")}, ed);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        const test::CliResult c = test::runCli(
            dir,
            {QStringLiteral("claims"), QStringLiteral("city-budget"), QStringLiteral("--json")},
            ed);
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QString id;
        const QJsonDocument doc = QJsonDocument::fromJson(c.out.toUtf8());
        const QJsonArray rows =
            doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("claims")).toArray();
        for (const QJsonValue &r : rows) {
            if (r.toObject().value(QStringLiteral("field")).toString() == QLatin1String("title"))
                id = r.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!id.isEmpty(), qPrintable(c.out.left(2000)));
    }
};

QTEST_MAIN(TestHeadline)
#include "tst_headline.moc"
