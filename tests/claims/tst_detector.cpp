// Every example form and non-claim listed in issue 4, in sentences of our own.
#include "helper_claims.h"

#include "claims/ClaimIds.h"
#include "claims/ClaimValue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

namespace
{
QString dump(const Findings &fs)
{
    QStringList out;
    for (const Finding &f : fs)
        out << QStringLiteral("%1[%2]%3")
                   .arg(f.kind, f.text,
                        QString::fromUtf8(QJsonDocument(f.value).toJson(QJsonDocument::Compact)));
    return out.join(QStringLiteral(" | "));
}
} // namespace

class TestDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claims_data();
    void claims();
    void nonClaims_data();
    void nonClaims();
    void yearFromArticleDate();
    void weekdayWithoutYear();
    void skipsCodeUrlsComments();
    void nameVariants();
    void idsAreStable();
    void idsMatchTheDocumentedScheme();
    void compactValuesMatchQJsonDocument();
    void repeatsAndOddTextKeepTheScheme();
    void newsroomExtendsLexicon();
};

void TestDetector::claims_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    auto row = [](const char *name, const char *s, const char *k, const char *t, const char *v) {
        QTest::newRow(name) << QString::fromUtf8(s) << QString::fromUtf8(k) << QString::fromUtf8(t)
                            << QString::fromUtf8(v);
    };
    // money, English forms
    row("bn", "The takeover was valued at $1.13bn by the board.", "money", "$1.13bn",
        R"({"amount":1130000000,"currency":"USD"})");
    row("pounds m", "That is roughly £600m at today's rates.", "money", "£600m",
        R"({"amount":600000000,"currency":"GBP"})");
    row("US$", "Investors put in US$3.5 million last spring.", "money", "US$3.5 million",
        R"({"amount":3500000,"currency":"USD"})");
    row("USD code", "The fund raised USD 2 billion from pensions.", "money", "USD 2 billion",
        R"({"amount":2000000000,"currency":"USD"})");
    row("k", "Tickets resold for $45k each.", "money", "$45k",
        R"({"amount":45000,"currency":"USD"})");
    row("euro m", "The club spent €12.5m on a new stand.", "money", "€12.5m",
        R"({"amount":12500000,"currency":"EUR"})");
    row("yen", "A bowl costs ¥1,200 in Osaka.", "money", "¥1,200",
        R"({"amount":1200,"currency":"JPY"})");
    row("won sym", "The fine was ₩50,000.", "money", "₩50,000",
        R"({"amount":50000,"currency":"KRW"})");
    row("KRW", "They sold it for KRW 3 billion.", "money", "KRW 3 billion",
        R"({"amount":3000000000,"currency":"KRW"})");
    row("dollars word", "He borrowed 40 dollars from a friend.", "money", "40 dollars",
        R"({"amount":40,"currency":"USD"})");
    row("euros word", "The repair cost 900 euros in total.", "money", "900 euros",
        R"({"amount":900,"currency":"EUR"})");
    // money, Korean forms
    row("만 달러", "회사는 6,000만 달러를 투자하기로 했다.", "money", "6,000만 달러",
        R"({"amount":60000000,"currency":"USD"})");
    row("억천만", "인수 금액은 7억5천만 달러로 알려졌다.", "money", "7억5천만 달러",
        R"({"amount":750000000,"currency":"USD"})");
    row("조 천억", "정부는 1조 2천억 원을 추가로 편성했다.", "money", "1조 2천억 원",
        R"({"amount":1200000000000,"currency":"KRW"})");
    row("조 4,000억", "올해 예산은 25조 4,000억 원이다.", "money", "25조 4,000억 원",
        R"({"amount":25400000000000,"currency":"KRW"})");
    row("조천억원", "적자는 2조3천억원에 달했다.", "money", "2조3천억원",
        R"({"amount":2300000000000,"currency":"KRW"})");
    row("decimal dollar", "주가는 146.3달러로 마감했다.", "money", "146.3달러",
        R"({"amount":146.3,"currency":"USD"})");
    row("유로", "벌금은 500만 유로다.", "money", "500만 유로",
        R"({"amount":5000000,"currency":"EUR"})");
    row("엔", "환율 탓에 1만 엔이 비싸졌다.", "money", "1만 엔",
        R"({"amount":10000,"currency":"JPY"})");
    row("위안", "수출액은 30억 위안이었다.", "money", "30억 위안",
        R"({"amount":3000000000,"currency":"CNY"})");
    row("파운드", "이적료는 8천만 파운드로 추정된다.", "money", "8천만 파운드",
        R"({"amount":80000000,"currency":"GBP"})");
    // ranges
    row("range to", "Homes there sell for $300,000 to $1.2 million.", "money",
        "$300,000 to $1.2 million", R"({"currency":"USD","max":1200000,"min":300000})");
    row("range between", "The deal is worth between $80 million and $95 million.", "money",
        "$80 million and $95 million", R"({"currency":"USD","max":95000000,"min":80000000})");
    row("range 에서", "투자 규모는 10만 달러에서 20만 달러 사이다.", "money",
        "10만 달러에서 20만 달러", R"({"currency":"USD","max":200000,"min":100000})");
    row("range tilde", "개인 투자 한도는 10만~20만 달러다.", "money", "10만~20만 달러",
        R"({"currency":"USD","max":200000,"min":100000})");
    row("range bn", "Analysts expect a $2-3bn charge.", "money", "$2-3bn",
        R"({"currency":"USD","max":3000000000,"min":2000000000})");
    // salary
    row("salary", "The role comes with a salary of $85,000.", "salary", "$85,000",
        R"({"amount":85000,"currency":"USD"})");
    row("an hour", "Cleaners earn £11.44 an hour.", "salary", "£11.44",
        R"({"amount":11.44,"currency":"GBP"})");
    row("bonus", "Each director received a bonus of £2m.", "salary", "£2m",
        R"({"amount":2000000,"currency":"GBP"})");
    row("연봉", "신입 연봉 6,000만 원을 제시했다.", "salary", "6,000만 원",
        R"({"amount":60000000,"currency":"KRW"})");
    row("시급", "내년 최저 시급은 1만 30원이다.", "salary", "1만 30원",
        R"({"amount":10030,"currency":"KRW"})");
    row("성과급", "직원들은 성과급으로 1인당 500만 원을 받는다.", "salary", "500만 원",
        R"({"amount":5000000,"currency":"KRW"})");
    row("월급", "그의 월급은 350만원이었다.", "salary", "350만원",
        R"({"amount":3500000,"currency":"KRW"})");
    row("초봉", "대졸 초봉은 평균 4천만 원이다.", "salary", "4천만 원",
        R"({"amount":40000000,"currency":"KRW"})");
    row("salary range", "이 직무의 연봉은 10만 달러에서 20만 달러다.", "salary",
        "10만 달러에서 20만 달러", R"({"currency":"USD","max":200000,"min":100000})");
    // percent
    row("pct sign", "Sales rose 18% in the quarter.", "percent", "18%", R"({"percent":18})");
    row("per cent", "Turnout fell to 40 per cent.", "percent", "40 per cent", R"({"percent":40})");
    row("percent", "Rents climbed 12.5 percent.", "percent", "12.5 percent", R"({"percent":12.5})");
    row("%포인트", "실업률은 3.5%포인트 하락했다.", "percent", "3.5%포인트", R"({"points":3.5})");
    row("pp", "The rate rose 2.5 percentage points.", "percent", "2.5 percentage points",
        R"({"points":2.5})");
    row("퍼센트", "지지율은 45퍼센트였다.", "percent", "45퍼센트", R"({"percent":45})");
    // A spaced sign, as Korean and European copy write it (issue 15.4).
    row("spaced sign", "Sales rose 25 % in the quarter.", "percent", "25 %", R"({"percent":25})");
    row("spaced sign ko", "수출은 3.5 % 늘었다.", "percent", "3.5 %", R"({"percent":3.5})");
    row("spaced %포인트", "실업률은 0.3 %포인트 하락했다.", "percent", "0.3 %포인트",
        R"({"points":0.3})");
    row("pct range", "Prices may rise 10-15% next year.", "percent", "10-15%",
        R"({"max":15,"min":10})");
    // dates
    row("Month D, Y", "The vote took place on November 14, 2024 in Ohio.", "date",
        "November 14, 2024", R"({"date":"2024-11-14"})");
    row("D Month Y", "She was born on 3 March 1990.", "date", "3 March 1990",
        R"({"date":"1990-03-03"})");
    row("ko full", "선거는 2024년 11월 14일 치러졌다.", "date", "2024년 11월 14일",
        R"({"date":"2024-11-14"})");
    row("weekday ok", "It opened on Tuesday, September 9, 2025.", "date",
        "Tuesday, September 9, 2025", R"({"date":"2025-09-09","weekday":"Tuesday"})");
    row("ko weekday", "공판은 2024년 11월 14일 목요일 열렸다.", "date", "2024년 11월 14일 목요일",
        R"({"date":"2024-11-14","weekday":"Thursday"})");
    row("weekday mismatch", "It opened on Monday, September 9, 2025.", "weekday-mismatch",
        "Monday, September 9, 2025",
        R"({"actual":"Tuesday","date":"2025-09-09","weekday":"Monday"})");
    row("ko mismatch", "공판은 2024년 11월 15일 목요일 열렸다.", "weekday-mismatch",
        "2024년 11월 15일 목요일",
        R"({"actual":"Friday","date":"2024-11-15","weekday":"Thursday"})");
    // quotes
    row("quote curly", "“We will not back down on this,” she said.", "quote",
        "“We will not back down on this,”", "{}");
    row("quote straight", "He said \"the numbers simply do not add up\" on Monday.", "quote",
        "\"the numbers simply do not add up\"", "{}");
    row("quote corner", "그는 「이번 결정은 되돌릴 수 없다」고 말했다.", "quote",
        "「이번 결정은 되돌릴 수 없다」", "{}");
    row("quote ko", "김 대표는 “내년에는 흑자를 낼 것”이라고 밝혔다.", "quote",
        "“내년에는 흑자를 낼 것”", "{}");
    // counts
    row("count jobs", "The plant will cut 1,200 jobs.", "count", "1,200 jobs", R"({"count":1200})");
    row("count 명", "이날 집회에는 200명이 모였다.", "count", "200명", R"({"count":200})");
}

void TestDetector::claims()
{
    QFETCH(QString, sentence);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, value);
    const Findings fs = shippedDetector().detect(sentence, QDate(2025, 6, 1));
    bool found = false;
    for (const Finding &f : fs) {
        if (f.kind == kind && f.text == text) {
            found = true;
            QCOMPARE(QString::fromUtf8(QJsonDocument(f.value).toJson(QJsonDocument::Compact)),
                     value);
            QCOMPARE(f.status, QStringLiteral("unverified"));
            QVERIFY(!f.id.isEmpty());
            QCOMPARE(sentence.mid(f.offset, f.length), f.text);
            QVERIFY(!f.message.isEmpty());
        }
    }
    if (!found)
        QFAIL(qPrintable(QStringLiteral("no %1 '%2' in: %3").arg(kind, text, dump(fs))));
}

void TestDetector::nonClaims_data()
{
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *s) { QTest::newRow(name) << QString::fromUtf8(s); };
    row("score", "United won 7-2 at home.");
    row("vote", "The court ruled 5-4 against the plan.");
    row("ko score", "한국은 일본을 3대 1로 꺾었다.");
    row("time pm", "The meeting starts at 5 p.m. sharp.");
    row("time colon", "Doors open at 10:30 tonight.");
    row("ko time", "행사는 오전 10시에 시작한다.");
    row("windows", "The laptop ships with Windows 11 installed.");
    row("f35", "The air force ordered more F-35 jets.");
    row("5g", "Operators are still building 5G masts.");
    row("covid", "COVID-19 cases fell over the summer.");
    row("version", "Version 2.4.1 fixes the bug.");
    row("route 66", "They drove along Route 66 for a week.");
    row("phone", "Call 02-123-4567 for details.");
    row("case no", "The case, No. 2024-1234, was dismissed.");
    row("ordinal 위", "삼성은 점유율 1위를 지켰다.");
    row("ordinal 제", "법원은 제3자 개입을 허용했다.");
    row("floor", "The fire started on the 14th floor.");
    row("ko floor", "사무실은 12층에 있다.");
    row("short quote", "The show was called “Rising”.");
    row("scare quote", "그는 ‘어쩌면 해피엔딩’을 봤다.");
    row("plain number", "There were 12 of them.");
    row("year alone", "In 2024 the policy changed.");
    row("month year", "The law took effect in March 2024.");
}

void TestDetector::nonClaims()
{
    QFETCH(QString, sentence);
    const Findings fs = shippedDetector().detect(sentence, QDate(2025, 6, 1));
    if (!fs.isEmpty())
        QFAIL(qPrintable(QStringLiteral("unexpected: %1").arg(dump(fs))));
}

void TestDetector::yearFromArticleDate()
{
    const Findings fs =
        shippedDetector().detect(QStringLiteral("Polls close on Nov. 14."), QDate(2024, 1, 5));
    QCOMPARE(fs.size(), 1);
    QCOMPARE(fs[0].text, QStringLiteral("Nov. 14"));
    QCOMPARE(fs[0].value.value(QStringLiteral("date")).toString(), QStringLiteral("2024-11-14"));
    const Findings ko =
        shippedDetector().detect(QStringLiteral("행사는 12월 3일(화) 열린다."), QDate(2024, 10, 1));
    QCOMPARE(ko.size(), 1);
    QCOMPARE(ko[0].text, QStringLiteral("12월 3일(화)"));
    QCOMPARE(ko[0].value.value(QStringLiteral("date")).toString(), QStringLiteral("2024-12-03"));
    const Findings dm =
        shippedDetector().detect(QStringLiteral("It ends on 14 November."), QDate(2024, 1, 5));
    QCOMPARE(dm.size(), 1);
    QCOMPARE(dm[0].text, QStringLiteral("14 November"));
}

void TestDetector::weekdayWithoutYear()
{
    // 12월 3일 was a Tuesday in 2024 but not in 2025: without a year, no mismatch.
    const Findings fs = shippedDetector().detect(QStringLiteral("행사는 12월 3일(월) 열린다."), {});
    QCOMPARE(fs.size(), 1);
    QCOMPARE(fs[0].kind, QStringLiteral("date"));
    QCOMPARE(fs[0].value.value(QStringLiteral("date")).toString(), QStringLiteral("--12-03"));
    const Findings wrong =
        shippedDetector().detect(QStringLiteral("행사는 12월 3일(월) 열린다."), QDate(2024, 10, 1));
    QCOMPARE(wrong.size(), 2);
    QCOMPARE(wrong[1].kind, QStringLiteral("weekday-mismatch"));
    QCOMPARE(wrong[1].severity, Severity::Error);
}

void TestDetector::skipsCodeUrlsComments()
{
    const QString text = QStringLiteral(
        "Code `$5m` and\n```\nprice = $40m 18%\n```\nsee https://x.org/$5m/18%?a=3%25 "
        "<!-- $9bn 30% --> and\n~~~\n$1m\n~~~\nend 7%");
    const Findings fs = shippedDetector().detect(text, {});
    QCOMPARE(dump(fs), QStringLiteral("percent[7%]{\"percent\":7}"));
}

void TestDetector::nameVariants()
{
    const QString en = QStringLiteral(
        "Deepmere said on Monday it had hired staff. Analysts at the bank said Deepmere was "
        "growing, while a spokesman for Deepmeer declined to comment.");
    Findings fs = shippedDetector().detect(en, {});
    QCOMPARE(dump(fs), QStringLiteral("name-variant[Deepmeer]{\"expected\":\"Deepmere\",\"name\":"
                                      "\"Deepmeer\"}"));
    const QString ko = QStringLiteral(
        "딥마인드는 새 모델을 공개했다. 업계는 딥마인드의 발표에 주목했다. 한편 딥파인드가 밝힌 "
        "일정은 다음 달이다. 엔비디어는 논평을 거부했다.");
    fs = shippedDetector().detect(ko, {});
    QCOMPARE(dump(fs), QStringLiteral("name-variant[딥파인드]{\"expected\":\"딥마인드\",\"name\":"
                                      "\"딥파인드\"} | name-variant[엔비디어]{\"expected\":"
                                      "\"엔비디아\",\"name\":\"엔비디어\"}"));
}

void TestDetector::idsAreStable()
{
    const QString a =
        QStringLiteral("Intro text.\n\nThe firm raised $60m last year. Profit rose 5%.");
    const QString b = QStringLiteral(
        "A new intro paragraph, rewritten.\n\nThe firm raised $60m last year. Profit rose 5%.");
    const QString c =
        QStringLiteral("Intro text.\n\nThe firm raised $50m last year. Profit rose 5%.");
    const Findings fa = shippedDetector().detect(a), fb = shippedDetector().detect(b),
                   fc = shippedDetector().detect(c);
    QCOMPARE(fa.size(), 2);
    QCOMPARE(fa[0].id, fb[0].id);
    QCOMPARE(fa[1].id, fb[1].id);
    QVERIFY(fa[0].id != fc[0].id);
    QCOMPARE(fa[1].id, fc[1].id);
    QVERIFY(fa[0].id.startsWith(QStringLiteral("money-")));
    // The same figure twice still gets two ids.
    const Findings twice = shippedDetector().detect(QStringLiteral("It cost $5m. It cost $5m."));
    QCOMPARE(twice.size(), 2);
    QVERIFY(twice[0].id != twice[1].id);
}

void TestDetector::newsroomExtendsLexicon()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("copydesk/claims"))));
    QFile f(dir.filePath(QStringLiteral("copydesk/claims/currencies.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# our own\nzloty\tPLN\tsuffix\n");
    f.close();
    const ClaimDetector d(QStringLiteral(COPYDESK_SOURCE_DIR) + QStringLiteral("/dictionaries"),
                          dir.path());
    const Findings fs = d.detect(QStringLiteral("It cost 300 zloty."));
    QCOMPARE(fs.size(), 1);
    QCOMPARE(fs[0].value.value(QStringLiteral("currency")).toString(), QStringLiteral("PLN"));
}

// assignClaimIds has a fast path (hand-written compact JSON, one SHA-1
// object); the ids must stay what docs/fact-check.md describes, computed
// here the plain way over every annotated article.
void TestDetector::idsMatchTheDocumentedScheme()
{
    auto reference = [](const Findings &fs, QStringView body) {
        QStringList ids;
        QHash<QByteArray, int> seen;
        for (const Finding &f : fs) {
            QByteArray key = f.kind.toUtf8() + '\x1f';
            if (!f.value.isEmpty() && f.kind != QLatin1String("quote"))
                key += QJsonDocument(f.value).toJson(QJsonDocument::Compact);
            else
                key += f.text.simplified().toUtf8();
            key += '\x1f';
            qsizetype k = f.offset;
            while (k > 0 && !body.at(k - 1).isLetterOrNumber() && f.offset - k < 8)
                --k;
            const qsizetype end = k;
            while (k > 0 && body.at(k - 1).isLetter() && end - k < 24)
                --k;
            key += body.mid(k, end - k).toString().toLower().toUtf8();
            const int n = ++seen[key];
            if (n > 1)
                key += "\x1f#" + QByteArray::number(n);
            ids << f.kind + u'-' +
                       QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1)
                                               .toHex()
                                               .left(12));
        }
        return ids;
    };
    int checked = 0;
    const QString base = QStringLiteral(COPYDESK_TEST_DATA) + QStringLiteral("/data/claims");
    for (const QString &sub : {QString(), QStringLiteral("/handwritten")}) {
        const QDir dir(base + sub);
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString body = QString::fromUtf8(f.readAll());
            const Findings fs = shippedDetector().detect(body, QDate(2024, 5, 1));
            QStringList ids;
            for (const Finding &x : fs) {
                ids << x.id;
                if (!x.value.isEmpty())
                    QCOMPARE(compactJson(x.value),
                             QJsonDocument(x.value).toJson(QJsonDocument::Compact));
            }
            QCOMPARE(ids, reference(fs, body));
            checked += int(fs.size());
        }
    }
    QVERIFY(checked > 1000);
    const QJsonObject odd{{QStringLiteral("amount"), 0.1 + 0.2},
                          {QStringLiteral("b"), QStringLiteral("quote \" and \\ and \n")},
                          {QStringLiteral("big"), 1e300},
                          {QStringLiteral("neg"), -42},
                          {QStringLiteral("한"), QStringLiteral("딥마인드")}};
    QCOMPARE(compactJson(odd), QJsonDocument(odd).toJson(QJsonDocument::Compact));
}

// The detector writes each value's compact JSON itself and builds values
// from templates; both must give what QJsonDocument and plain inserts give.
void TestDetector::compactValuesMatchQJsonDocument()
{
    const ClaimLexicon lex = ClaimLexicon::load(
        QStringLiteral(COPYDESK_SOURCE_DIR) + QStringLiteral("/dictionaries"), QString());
    const ClaimValueTemplates templates(lex);
    const long double numbers[] = {
        0,       1,     -42,    146.3L,     0.1L + 0.2L,         2.5,   1e-7L,       1130000000,
        2.3e12L, 1e20L, 1e300L, 12.345678L, 9007199254740993.0L, 0.75L, 7e15L + 0.5L};
    for (const long double v : numbers) {
        const ClaimNumber num(v);
        for (const QString &currency : {QStringLiteral("USD"), QStringLiteral("KRW"),
                                        QStringLiteral("XYZ") /* not in the lexicon */}) {
            const QJsonObject plain{{QStringLiteral("amount"), num.json()},
                                    {QStringLiteral("currency"), currency}};
            QCOMPARE(templates.amount(currency, num), plain);
            QByteArray out("prefix");
            const qsizetype at =
                CompactValueWriter(out).number("amount", num).string("currency", currency).finish();
            QCOMPARE(at, qsizetype(6));
            QCOMPARE(out.mid(at), QJsonDocument(plain).toJson(QJsonDocument::Compact));
            const QJsonObject range{{QStringLiteral("currency"), currency},
                                    {QStringLiteral("max"), num.json()},
                                    {QStringLiteral("min"), ClaimNumber(v / 2).json()}};
            QCOMPARE(templates.amountRange(currency, ClaimNumber(v / 2), num), range);
        }
        for (const QString &unit :
             {QStringLiteral("percent"), QStringLiteral("points"), QStringLiteral("count")})
            QCOMPARE(templates.single(unit, num), (QJsonObject{{unit, num.json()}}));
        QJsonObject points{{QStringLiteral("max"), num.json()},
                           {QStringLiteral("min"), ClaimNumber(0).json()},
                           {QStringLiteral("unit"), QStringLiteral("points")}};
        QCOMPARE(templates.range(ClaimNumber(0), num, true), points);
        points.remove(QStringLiteral("unit"));
        QCOMPARE(templates.range(ClaimNumber(0), num, false), points);
    }
    // A string that would need escaping or is not ASCII: the writer gives up
    // and leaves the buffer as it was (the id then uses compactJson).
    for (const QString &odd : {QStringLiteral("zł"), QStringLiteral("a\"b")}) {
        QByteArray out("x");
        QCOMPARE(CompactValueWriter(out).string("currency", odd).finish(), qsizetype(-1));
        QCOMPARE(out, QByteArray("x"));
    }
}

// ClaimIdAssigner against the documented scheme where its fast paths end:
// repeats (#N), non-ASCII context words and quotations with odd spacing,
// surrogate pairs, and a value without precomputed JSON.
void TestDetector::repeatsAndOddTextKeepTheScheme()
{
    const QString body =
        QStringLiteral("Ölpreis \u201Cone  two\tthree\u201D. Ölpreis \u201Cone two three\u201D. "
                       "\u201C\U0001F600 smile  now please\u201D Straße $5m x $5m x $5m.");
    auto make = [&](const char *kind, const QString &text, const QJsonObject &value) {
        Finding f;
        f.kind = QLatin1String(kind);
        f.offset = body.indexOf(text, 0);
        f.length = text.size();
        f.text = text;
        f.value = value;
        return f;
    };
    const QJsonObject money{{QStringLiteral("amount"), 5000000},
                            {QStringLiteral("currency"), QStringLiteral("USD")}};
    Findings fs{make("quote", QStringLiteral("\u201Cone  two\tthree\u201D"), {}),
                make("quote", QStringLiteral("\u201Cone two three\u201D"), {}),
                make("quote", QStringLiteral("\u201C\U0001F600 smile  now please\u201D"), {}),
                make("money", QStringLiteral("$5m"), money)};
    fs[1].offset = body.indexOf(QStringLiteral("\u201Cone two three"));
    // The same claim after the same word twice (x $5m x $5m): a repeat.
    for (const qsizetype from : {qsizetype(0), body.lastIndexOf(QStringLiteral("x $5m"))}) {
        Finding f = fs[3];
        f.offset = body.indexOf(QStringLiteral("x $5m"), from) + 2;
        fs.append(f);
    }
    QVERIFY(fs[4].offset != fs[5].offset);
    Findings fast = fs;
    assignClaimIds(fast, body);
    // The same with the VALUE handed in, as the detector does.
    Findings handed = fs;
    {
        ClaimIdAssigner ids(body);
        const QByteArray json = QJsonDocument(money).toJson(QJsonDocument::Compact);
        for (Finding &f : handed)
            ids.assign(f,
                       f.kind == QLatin1String("money") ? QByteArrayView(json) : QByteArrayView());
    }
    QHash<QByteArray, int> seen;
    for (qsizetype k = 0; k < fs.size(); ++k) {
        const Finding &f = fs[k];
        QByteArray key = f.kind.toUtf8() + '\x1f';
        key += f.value.isEmpty() ? f.text.simplified().toUtf8()
                                 : QJsonDocument(f.value).toJson(QJsonDocument::Compact);
        key += '\x1f';
        qsizetype p = f.offset;
        while (p > 0 && !body.at(p - 1).isLetterOrNumber() && f.offset - p < 8)
            --p;
        const qsizetype end = p;
        while (p > 0 && body.at(p - 1).isLetter() && end - p < 24)
            --p;
        key += body.mid(p, end - p).toLower().toUtf8();
        if (const int n = ++seen[key]; n > 1)
            key += "\x1f#" + QByteArray::number(n);
        const QString id =
            f.kind + u'-' +
            QString::fromLatin1(
                QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
        QCOMPARE(fast[k].id, id);
        QCOMPARE(handed[k].id, id);
    }
    // Same text once simplified, same word before: the second is a repeat.
    QVERIFY(fast[0].id != fast[1].id);
    QVERIFY(fast[4].id != fast[5].id);
    QCOMPARE(seen.size(), 4);
}

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
