// `copydesk-cli new` writes front matter any YAML parser reads back: each
// nasty title comes back identical from Copydesk (list --json, the board's
// reading) and, as a string, from PyYAML reading the committed file; saving
// the body again keeps the front matter byte for byte.
#include "common/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace copydesk::test;

class TestFrontMatterCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nastyTitlesRoundTrip();
};

void TestFrontMatterCli::nastyTitlesRoundTrip()
{
    const QStringList titles{
        QStringLiteral("- item"),
        QStringLiteral("yes"),
        QStringLiteral("null"),
        QStringLiteral("~"),
        QStringLiteral("0x10"),
        QStringLiteral("2024-01-01"),
        QStringLiteral("a: b"),
        QStringLiteral("#x"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("'"),
        QStringLiteral("tab\there"),
        QStringLiteral("control\x01here"),
        QStringLiteral("first line\nsecond line"),
        QStringLiteral("반도체 수출 6,000만 달러"),
        QStringLiteral("헤드라인x").repeated(200),
        QStringLiteral("off"),
        QStringLiteral("1e3"),
        QStringLiteral("a\x7fz"),
        QStringLiteral("a\u2028z"),
    };
    ScratchNewsroom desk;
    QMap<QString, QString> bySlug;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString slug = QStringLiteral("t%1").arg(i);
        bySlug.insert(slug, titles.at(i));
        const CliResult r =
            runCli(desk.dir, {QStringLiteral("new"), slug, QStringLiteral("--title"), titles.at(i)},
                   QStringLiteral("wr@example.com"));
        QVERIFY2(r.exitCode == 0, qPrintable(titles.at(i).left(40) + u' ' + r.err));
        // A save of the body alone keeps the front matter as `new` wrote it.
        const QString before =
            runCli(desk.dir, {QStringLiteral("show"), slug}, QStringLiteral("wr@example.com")).out;
        QCOMPARE(runCli(desk.dir, {QStringLiteral("save"), slug}, QStringLiteral("wr@example.com"),
                        "The council passed the budget.\n")
                     .exitCode,
                 0);
        const QString after =
            runCli(desk.dir, {QStringLiteral("show"), slug}, QStringLiteral("wr@example.com")).out;
        QCOMPARE(after.left(after.indexOf(QStringLiteral("\n---\n"))),
                 before.left(before.indexOf(QStringLiteral("\n---\n"))));
    }

    // Copydesk reads each back (the board's and list's reading).
    const CliResult list = runCli(desk.dir, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(listed.size(), titles.size());
    for (const QJsonValue &v : listed) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("title")).toString(),
                 bySlug.value(o.value(QStringLiteral("slug")).toString()));
    }

    // An independent YAML parser reads each committed file's title as that
    // string (and the date as a date).
    if (runProgram(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")})
            .exitCode != 0)
        QSKIP("python3-yaml is not installed (./setup.sh test installs it): the titles were "
              "checked by Copydesk only");
    const CliResult py = runProgram(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import glob, json, os, yaml\n"
                        "out = {}\n"
                        "for path in sorted(glob.glob('articles/*/index.md')):\n"
                        "    text = open(path, encoding='utf-8', newline='').read()\n"
                        "    d = yaml.safe_load(text[4:text.index('\\n---\\n', 3)])\n"
                        "    out[path.split('/')[1]] = [type(d['title']).__name__, d['title'],\n"
                        "                               type(d['date']).__name__]\n"
                        "print(json.dumps(out))\n")},
        desk.dir);
    QVERIFY2(py.exitCode == 0, qPrintable(py.err));
    const QJsonObject parsed = QJsonDocument::fromJson(py.out.toUtf8()).object();
    QCOMPARE(parsed.size(), titles.size());
    for (auto it = bySlug.constBegin(); it != bySlug.constEnd(); ++it) {
        const QJsonArray row = parsed.value(it.key()).toArray();
        QCOMPARE(row.at(0).toString(), QStringLiteral("str"));
        QCOMPARE(row.at(1).toString(), it.value());
        QCOMPARE(row.at(2).toString(), QStringLiteral("date"));
    }
}

QTEST_GUILESS_MAIN(TestFrontMatterCli)
#include "tst_front_matter.moc"
