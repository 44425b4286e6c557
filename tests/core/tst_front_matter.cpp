// Front matter through yaml-cpp: any value Copydesk writes reads back the
// same in Copydesk and, as a string, in an independent YAML parser (PyYAML);
// hostile blocks are refused with a message; fields Copydesk does not touch
// keep their bytes.
#include "common/Fixtures.h"
#include "core/ArticleText.h"
#include "core/Error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

// The front matter of `file` as PyYAML (YAML 1.1, a separate implementation)
// reads it: {key: [python type name, value]}. Empty when PyYAML is missing.
std::optional<QJsonObject> pyyaml(const QString &file)
{
    static const bool available =
        runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")})
            .exitCode == 0;
    if (!available)
        return std::nullopt;
    const CliResult r = runProgram(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, json, yaml\n"
                        "text = sys.stdin.buffer.read().decode('utf-8')\n"
                        "block = text[4:text.index('\\n---\\n', 3)]\n"
                        "d = yaml.safe_load(block)\n"
                        "print(json.dumps({k: [type(v).__name__, v if isinstance(v, (str, list)) "
                        "else str(v)] for k, v in d.items()}))\n")},
        {}, file.toUtf8());
    if (r.exitCode != 0)
        return QJsonObject{{QStringLiteral("error"), r.err}};
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString thousandChars()
{
    return QStringLiteral("헤드라인x").repeated(200);
}

// Values no hand-written YAML writer gets right.
QList<QPair<const char *, QString>> nastyValues()
{
    return {
        {"list item", QStringLiteral("- item")},
        {"yes", QStringLiteral("yes")},
        {"null", QStringLiteral("null")},
        {"tilde", QStringLiteral("~")},
        {"hex", QStringLiteral("0x10")},
        {"date", QStringLiteral("2024-01-01")},
        {"colon", QStringLiteral("a: b")},
        {"hash", QStringLiteral("#x")},
        {"double quotes", QStringLiteral("\"quoted\"")},
        {"single quote", QStringLiteral("'")},
        {"tab", QStringLiteral("a\tb")},
        {"control", QStringLiteral("a\x01z")},
        {"newline", QStringLiteral("first\nsecond")},
        {"korean", QStringLiteral("반도체 수출 6,000만 달러")},
        {"1000 chars", thousandChars()},
        {"On", QStringLiteral("On")},
        {"float", QStringLiteral("1e3")},
        {"octal", QStringLiteral("0o17")},
        {"sexagesimal", QStringLiteral("190:20:30")},
        {"inf", QStringLiteral(".inf")},
        {"merge", QStringLiteral("<<")},
        {"comment inside", QStringLiteral("a #b")},
        {"anchor", QStringLiteral("&a")},
        {"alias", QStringLiteral("*a")},
        {"tag", QStringLiteral("!!int 5")},
        {"directive", QStringLiteral("%YAML")},
        {"block", QStringLiteral("| x")},
        {"flow", QStringLiteral("[a, b]")},
        {"question", QStringLiteral("? x")},
        {"document", QStringLiteral("---")},
        {"backslash", QStringLiteral("a\\b")},
        {"DEL", QStringLiteral("a\x7fz")},
        {"NEL", QStringLiteral("a\u0085z")},
        {"line separator", QStringLiteral("a\u2028z 한글")},
        {"BOM", QStringLiteral("\uFEFFx")},
        {"nbsp", QStringLiteral("a\u00A0z")},
        {"emoji", QStringLiteral("Deal 😀: $60m")},
        {"leading space", QStringLiteral(" x")},
        {"empty", QString()},
        {"CR", QStringLiteral("a\rb")},
    };
}

} // namespace

class TestFrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void independentParserReadsStrings();
    void untouchedFieldsKeepTheirBytes();
    void listsRoundTrip();
    void hostileBlocksAreRefused_data();
    void hostileBlocksAreRefused();
    void noncharactersAreRefused();
    void parseTime();
};

void TestFrontMatter::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    for (const auto &r : nastyValues())
        QTest::newRow(r.first) << r.second;
}

void TestFrontMatter::valuesRoundTrip()
{
    QFETCH(QString, value);
    ArticleText t = ArticleText::parse(QString());
    t.setValue(QStringLiteral("title"), value);
    t.setValue(QStringLiteral("date"), QStringLiteral("2024-11-14"));
    t.setBody(QStringLiteral("Body.\n"));
    const QString file = t.toString();
    const ArticleText back = ArticleText::parse(file);
    QCOMPARE(back.value(QStringLiteral("title")), value);
    QCOMPARE(back.body(), QStringLiteral("Body.\n"));
    // The date stays a YAML date, as site generators expect.
    QVERIFY2(file.contains(QStringLiteral("\ndate: 2024-11-14\n")), qPrintable(file));
}

// All of them in one file (one python3 start), each a field of its own.
void TestFrontMatter::independentParserReadsStrings()
{
    const auto values = nastyValues();
    ArticleText t = ArticleText::parse(QString());
    t.setValue(QStringLiteral("date"), QStringLiteral("2024-11-14"));
    for (qsizetype i = 0; i < values.size(); ++i)
        t.setValue(QStringLiteral("v%1").arg(i), values.at(i).second);
    const QString file = t.toString();
    const auto py = pyyaml(file);
    if (!py)
        QSKIP("python3-yaml is not installed: only Copydesk's own reading was checked");
    QVERIFY2(!py->contains(QStringLiteral("error")),
             qPrintable(py->value(QStringLiteral("error")).toString()));
    QCOMPARE(py->value(QStringLiteral("date")).toArray().at(0).toString(), QStringLiteral("date"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonArray v = py->value(QStringLiteral("v%1").arg(i)).toArray();
        QVERIFY2(v.at(0).toString() == QLatin1String("str"),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(values.at(i).first),
                                                         v.at(0).toString())));
        QCOMPARE(v.at(1).toString(), values.at(i).second);
    }
}

void TestFrontMatter::untouchedFieldsKeepTheirBytes()
{
    const QString file = QStringLiteral("---\n# written by Hugo\ntitle: 'Old: title'\n"
                                        "date: 2024-11-14T09:00:00+09:00\n"
                                        "params:\n  nested: {a: 1}\n# about tags\n"
                                        "tags: [b, a]\nauthor:  Maya   # spaces kept\n---\nBody\n");
    ArticleText t = ArticleText::parse(file);
    QCOMPARE(t.value(QStringLiteral("title")), QStringLiteral("Old: title"));
    QCOMPARE(t.value(QStringLiteral("author")), QStringLiteral("Maya"));
    QCOMPARE(t.keys(),
             (QStringList{QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("params"),
                          QStringLiteral("tags"), QStringLiteral("author")}));
    QCOMPARE(t.toString(), file);
    // Setting what is already there changes nothing.
    t.setValue(QStringLiteral("title"), QStringLiteral("Old: title"));
    t.setValue(QStringLiteral("date"), QStringLiteral("2024-11-14T09:00:00+09:00"));
    QCOMPARE(t.toString(), file);
    // A changed field is rewritten; the comment after it and every other
    // field stay byte for byte.
    t.setValue(QStringLiteral("params"), QStringLiteral("yes"));
    QCOMPARE(t.toString(),
             QStringLiteral("---\n# written by Hugo\ntitle: 'Old: title'\n"
                            "date: 2024-11-14T09:00:00+09:00\n"
                            "params: \"yes\"\n# about tags\n"
                            "tags: [b, a]\nauthor:  Maya   # spaces kept\n---\nBody\n"));
    // What Copydesk has always written reads the same (simple values plain).
    ArticleText fresh = ArticleText::parse(QString());
    fresh.setValue(QStringLiteral("title"), QStringLiteral("Budget passes"));
    fresh.setValue(QStringLiteral("date"), QStringLiteral("2026-12-03"));
    fresh.setValue(QStringLiteral("lang"), QStringLiteral("en"));
    fresh.setValue(QStringLiteral("author"), QStringLiteral("Maya Collins"));
    fresh.setBody(QStringLiteral("\n"));
    QCOMPARE(fresh.toString(), QStringLiteral("---\ntitle: Budget passes\ndate: 2026-12-03\n"
                                              "lang: en\nauthor: Maya Collins\n---\n\n"));
}

void TestFrontMatter::listsRoundTrip()
{
    const QString file = QStringLiteral(
        "---\ntitle: T\ntags:\n- budget\n- \"yes\"\nauthors: [Maya Collins, 한지원]\n---\nB\n");
    ArticleText t = ArticleText::parse(file);
    QCOMPARE(t.values(QStringLiteral("tags")),
             (QStringList{QStringLiteral("budget"), QStringLiteral("yes")}));
    QCOMPARE(t.values(QStringLiteral("authors")),
             (QStringList{QStringLiteral("Maya Collins"), QStringLiteral("한지원")}));
    QCOMPARE(t.value(QStringLiteral("tags")), QString()); // not a scalar
    t.setValue(QStringLiteral("title"), QStringLiteral("New"));
    QVERIFY(t.toString().contains(QStringLiteral("tags:\n- budget\n- \"yes\"\nauthors: [Maya")));
    const QStringList nasty{QStringLiteral("no"), QStringLiteral("- x"), QStringLiteral("a: b"),
                            QStringLiteral("2024-01-01"), QStringLiteral("첫째\n둘째")};
    t.setValues(QStringLiteral("tags"), nasty);
    const QString written = t.toString();
    const ArticleText back = ArticleText::parse(written);
    QCOMPARE(back.values(QStringLiteral("tags")), nasty);
    QCOMPARE(back.values(QStringLiteral("authors")), t.values(QStringLiteral("authors")));
    const auto py = pyyaml(written);
    if (!py)
        QSKIP("python3-yaml is not installed: only Copydesk's own reading was checked");
    const QJsonArray tags = py->value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.at(0).toString(), QStringLiteral("list"));
    QStringList items;
    for (const QJsonValue &v : tags.at(1).toArray())
        items.append(v.toString());
    QCOMPARE(items, nasty);
}

void TestFrontMatter::hostileBlocksAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QString bomb = QStringLiteral("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; ++i) {
        QStringList refs;
        for (int k = 0; k < 10; ++k)
            refs.append(QStringLiteral("*a%1").arg(i - 1));
        bomb += QStringLiteral("a%1: &a%1 [%2]\n").arg(i).arg(refs.join(QStringLiteral(", ")));
    }
    bomb += QStringLiteral("---\nBody\n");
    QTest::newRow("billion laughs") << bomb << QStringLiteral("more than 100000 values");
    QTest::newRow("10 MB line") << QStringLiteral("---\ntitle: ") +
                                       QString(10 * 1024 * 1024, u'x') +
                                       QStringLiteral("\n---\nBody\n")
                                << QStringLiteral("larger than 256 KB");
    QTest::newRow("10 MB, never closed")
        << QStringLiteral("---\ntitle: ") + QString(10 * 1024 * 1024, u'x')
        << QStringLiteral("closing '---' is missing");
    QTest::newRow("deep nesting") << QStringLiteral("---\nx: ") + QString(100000, u'[') +
                                         QStringLiteral("\n---\n")
                                  << QStringLiteral("nested more than 32 levels");
    QTest::newRow("deep block nesting") << [] {
        QString s = QStringLiteral("---\n");
        for (int i = 0; i < 40; ++i)
            s += QString(i, u' ') + QStringLiteral("k:\n");
        return s + QStringLiteral("---\n");
    }() << QStringLiteral("nested more than 32 levels");
    QTest::newRow("self reference")
        << QStringLiteral("---\nx: &a [*a]\n---\n") << QStringLiteral("alias refers to the node");
    QTest::newRow("duplicate key") << QStringLiteral("---\ntitle: a\nlang: en\ntitle: b\n---\n")
                                   << QStringLiteral("line 4: 'title' is given twice (first on "
                                                     "line 2)");
    QTest::newRow("list item unquoted")
        << QStringLiteral("---\ntitle: - item\n---\n") << QStringLiteral("line 2: not valid YAML");
    QTest::newRow("a list, not fields")
        << QStringLiteral("---\n- a\n- b\n---\n") << QStringLiteral("a list, not 'key: value'");
    QTest::newRow("a single value")
        << QStringLiteral("---\njust text\n---\n") << QStringLiteral("a single value");
    QTest::newRow("flow mapping") << QStringLiteral("---\n{title: a, lang: en}\n---\n")
                                  << QStringLiteral("one 'key: value' field per line");
    QTest::newRow("never closed") << QStringLiteral("---\ntitle: x\n")
                                  << QStringLiteral("never closed");
}

void TestFrontMatter::hostileBlocksAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    try {
        ArticleText::parse(file);
        QFAIL("parsed");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Usage);
        QVERIFY2(e.message().contains(message), qPrintable(e.message().left(300)));
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestFrontMatter::noncharactersAreRefused()
{
    ArticleText t = ArticleText::parse(QString());
    try {
        t.setValue(QStringLiteral("title"), QStringLiteral("a\uFFFEb"));
        QFAIL("accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Usage);
        QVERIFY2(e.message().contains(QStringLiteral("U+FFFE")), qPrintable(e.message()));
    }
}

// The board reads every article's front matter on a cold cache; this is
// the cost per article of the YAML parser.
void TestFrontMatter::parseTime()
{
    const QString file =
        QStringLiteral("---\ntitle: Deepmere raises $1.2 million for call-centre speech models\n"
                       "date: 2024-11-14\nlang: en\nauthor: Maya Collins\n---\nBody.\n");
    const int n = 20000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i)
        QVERIFY(!ArticleText::parse(file).value(QStringLiteral("title")).isEmpty());
    qInfo("front matter parse: %.1f us per article", double(timer.nsecsElapsed()) / 1000.0 / n);
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_front_matter.moc"
