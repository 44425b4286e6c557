// The claims ledger file (articles/<slug>/ledger.json): what is read is
// written back unchanged, so saving one record never rewrites the others.
#include "core/Error.h"
#include "pipeline/Ledger.h"

#include <QtTest>

using namespace copydesk;

class LedgerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const QByteArray json = R"({"claims": {"money-0123456789ab": {"at": "2024-11-14T09:30:00Z",
            "by": "ed@example.com", "kind": "money", "note": "table 3", "source": "budget",
            "status": "verified", "text": "$1.13bn"}},
            "waivers": [{"finding": "", "reason": "quote", "by": "ed@example.com",
            "at": "2024-11-15T08:00:00+09:00", "stage": "style"}]})";
        const Ledger a = Ledger::fromJson(json, QStringLiteral("ledger.json"));
        const Ledger b = Ledger::fromJson(a.toJson(), QStringLiteral("ledger.json"));
        const LedgerEntry *e = b.entry(QStringLiteral("money-0123456789ab"));
        QVERIFY(e);
        QCOMPARE(e->status, QStringLiteral("verified"));
        QCOMPARE(e->text, QStringLiteral("$1.13bn"));
        QCOMPARE(e->at, a.entry(QStringLiteral("money-0123456789ab"))->at);
        QVERIFY(b.hasBlanketWaiver());
        QCOMPARE(b.waivers().first().at, a.waivers().first().at);
        QCOMPARE(b.toJson(), a.toJson());
        // Times without milliseconds are written as before.
        QVERIFY(a.toJson().contains("\"2024-11-14T09:30:00Z\""));
    }

    void roundTripKeepsMilliseconds()
    {
        // Found by fuzz_ledger: a time with milliseconds (another tool or a
        // hand edit) lost them when the ledger was written back, so
        // recording one claim silently changed the others.
        const QByteArray json =
            R"({"claims": {"x": {"at": "2024-11-14T09:30:00.123Z", "status": "verified"}},
            "waivers": [{"finding": "y", "at": "2024-11-14T09:30:00.5+09:00"}]})";
        const Ledger a = Ledger::fromJson(json, QStringLiteral("ledger.json"));
        QCOMPARE(a.entry(QStringLiteral("x"))->at.time().msec(), 123);
        const Ledger b = Ledger::fromJson(a.toJson(), QStringLiteral("ledger.json"));
        QCOMPARE(b.entry(QStringLiteral("x"))->at, a.entry(QStringLiteral("x"))->at);
        QCOMPARE(b.waivers().first().at, a.waivers().first().at);
    }

    void notJsonIsAUsageError()
    {
        try {
            Ledger::fromJson("{\"claims\": ", QStringLiteral("articles/a/ledger.json"));
            QFAIL("accepted broken JSON");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("articles/a/ledger.json")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(LedgerTest)
#include "tst_ledger.moc"
