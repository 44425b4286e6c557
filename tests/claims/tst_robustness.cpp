// Generated hostile inputs: random bytes, invalid UTF-8, one 50 MB line,
// 100,000 quotation marks. No crash, and time grows linearly with size.
#include "helper_claims.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <ctime>

using namespace copydesk;

namespace
{

QString newsLike(qsizetype chars)
{
    static const QString unit = QStringLiteral(
        "Deepmere raised $1.13bn (£600m) on Monday, September 9, 2025, up 18%. "
        "“We will not back down on this,” she said. 회사는 7억5천만 달러를 "
        "2024년 11월 15일 목요일 투자했고 연봉 6,000만 원, 점유율 3.5%포인트, 10만~20만 달러. "
        "United won 7-2 at 5 p.m. on Route 66 with Windows 11 and F-35 \"quoted words here\" ");
    QString s;
    s.reserve(chars + unit.size());
    while (s.size() < chars)
        s += unit;
    s.truncate(chars);
    return s;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COPYDESK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(COPYDESK_ASAN)
// Under AddressSanitizer (./setup.sh sanitize) the detector runs several
// times slower: inputs shrink by 8 so the memory checks still cover the same
// code in seconds, and the linearity check still compares sizes 8x apart.
constexpr qsizetype kShrink = 8;
#else
constexpr qsizetype kShrink = 1;
#endif

// CPU time of this thread, in ns: unlike wall time it does not grow when
// other processes compete for the cores (CI shares a 2-core machine).
qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 timeDetect(const QString &text, int repeat)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < repeat; ++r) {
        const qint64 start = threadCpuNanoseconds();
        const Findings f = shippedDetector().detect(text, QDate(2025, 1, 1));
        best = std::min(best, threadCpuNanoseconds() - start);
        Q_UNUSED(f);
    }
    return best;
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomBytes();
    void randomFromAlphabet();
    void invalidUtf8();
    void fiftyMegabyteLine();
    void manyQuotationMarks();
    void linearTime_data();
    void linearTime();
};

void TestRobustness::randomBytes()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray b(rng.bounded(1, 4000), Qt::Uninitialized);
        for (char &c : b)
            c = char(rng.bounded(256));
        const QString s = QString::fromUtf8(b);
        const Findings f = shippedDetector().detect(s);
        for (const Finding &x : f)
            QCOMPARE(s.mid(x.offset, x.length), x.text);
    }
}

void TestRobustness::randomFromAlphabet()
{
    // Characters the scanner cares about, shuffled: exercises every branch.
    const QString alphabet = QStringLiteral(
        "0123456789 ,.-~$£€¥₩%:()\"“”「」`<!->\n만억조천원달러년월일요화목 abcMonSeptNovUS"
        "percentbnkmillion연봉시급 between and to 에서 Deepmere");
    QRandomGenerator rng(7);
    for (int round = 0; round < 2000; ++round) {
        QString s;
        const int len = rng.bounded(1, 300);
        for (int k = 0; k < len; ++k)
            s += alphabet.at(rng.bounded(alphabet.size()));
        const Findings f = shippedDetector().detect(s, round % 2 ? QDate(2024, 5, 1) : QDate());
        for (const Finding &x : f) {
            QVERIFY(x.offset >= 0 && x.length > 0 && x.offset + x.length <= s.size());
            QCOMPARE(s.mid(x.offset, x.length), x.text);
        }
    }
}

void TestRobustness::invalidUtf8()
{
    QByteArray b("Profit \xff\xfe rose 18% to $5m \xc3\x28 in 2024\xe2\x82 \xed\xa0\x80 ok");
    const QString s = QString::fromUtf8(b);
    const Findings f = shippedDetector().detect(s);
    QCOMPARE(f.size(), 2);
}

void TestRobustness::fiftyMegabyteLine()
{
    QString line = newsLike(50 * 1024 * 1024 / 2 / kShrink); // 25 M UTF-16 units ≈ 50 MB
    line.replace(u'\n', u' ');
    QElapsedTimer t;
    t.start();
    const Findings f = shippedDetector().detect(line);
    QVERIFY(!f.isEmpty());
    qInfo("50 MB line: %lld findings in %lld ms", qlonglong(f.size()), t.elapsed());
}

void TestRobustness::manyQuotationMarks()
{
    for (const QString &mark : {QStringLiteral("\""), QStringLiteral("“"), QStringLiteral("「"),
                                QStringLiteral("”"), QStringLiteral("`")}) {
        const QString s = mark.repeated(100000);
        QElapsedTimer t;
        t.start();
        shippedDetector().detect(s);
        const QString words = (mark + QStringLiteral("a b c ")).repeated(100000);
        shippedDetector().detect(words);
        QVERIFY2(t.elapsed() < 5000, qPrintable(mark));
    }
}

void TestRobustness::linearTime_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("news") << newsLike(4096);
    QTest::newRow("open quotes") << QStringLiteral("“ said $5m ");
    QTest::newRow("backticks") << QStringLiteral("` 18% ");
    QTest::newRow("digits") << QStringLiteral("1,234,567.89 ");
    QTest::newRow("names") << QStringLiteral("Deepmere Deepmeer 딥마인드는 딥파인드가 ");
}

void TestRobustness::linearTime()
{
    QFETCH(QString, unit);
    auto build = [&](qsizetype chars) {
        QString s;
        s.reserve(chars + unit.size());
        while (s.size() < chars)
            s += unit;
        return s;
    };
    const QString small = build(512 * 1024 / kShrink);      // 1 MB of UTF-16
    const QString large = build(4 * 1024 * 1024 / kShrink); // 8 MB
    timeDetect(small, 1);                                   // warm up
    const qint64 a = timeDetect(small, 3), b = timeDetect(large, 3);
    const double ratio = double(b) / double(std::max<qint64>(a, 1));
    qInfo("1 MB %.1f ms, 8 MB %.1f ms, ratio %.1f", a / 1e6, b / 1e6, ratio);
    // Linear: about 8x. Quadratic would be 64x; allow cache effects up to 20x.
    QVERIFY2(ratio < 20.0, "detection time must grow linearly (8x input, expect about 8x time)");
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
