// The typo sets of tests/data/spelling: sentences written with one common
// misspelling each, and their corrections. What the spelling check and the
// Korean context rules (dictionaries/style/ko-context.rules) must reach:
// Korean recall >= 0.90 on non-words and >= 0.60 on real-word and spacing
// errors with at most 2 % of corrected sentences flagged; English recall
// >= 0.95 (issue 14). Only inline findings count (severity warning or
// error): an unrecognised word (info) is never underlined, so it catches
// nothing.
#include "check/Check.h"

#include <QFile>
#include <QtTest>

using namespace copydesk;

namespace
{

struct Row {
    QString kind;
    QString word;
    QString wrong;
    QString right;
};

QList<Row> readSet(const QString &name)
{
    QList<Row> rows;
    QFile f(QStringLiteral(COPYDESK_TEST_DATA "/data/spelling/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList c = line.split(u'\t');
        if (c.size() == 4)
            rows.append({c[0], c[1], c[2], c[3]});
    }
    return rows;
}

bool isInline(const Finding &f)
{
    if (f.severity == Severity::Info)
        return false;
    return f.kind == QLatin1String("spelling") ||
           (f.kind == QLatin1String("style") && f.rule.startsWith(QLatin1String("ko.context")));
}

// Whether an inline finding touches the misspelled word.
bool caught(const Findings &findings, const Row &row)
{
    const qsizetype at = row.wrong.indexOf(row.word);
    for (const Finding &f : findings) {
        if (isInline(f) && f.offset < at + row.word.size() && at < f.offset + f.length)
            return true;
    }
    return false;
}

QStringList inlineTexts(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (isInline(f))
            out.append(f.rule + u' ' + f.text);
    }
    return out;
}

} // namespace

class TestTypoSets : public QObject
{
    Q_OBJECT

    CheckSuite m_suite;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *dict : {"en_GB", "ko_KR"}) {
            if (!QFile::exists(QStringLiteral("/usr/share/hunspell/%1.dic").arg(dict)))
                QSKIP("needs hunspell-en-gb and hunspell-ko");
        }
        QStringList warnings;
        m_suite =
            CheckSuite::standard({QStringLiteral(COPYDESK_SOURCE_DIR "/dictionaries"), {}},
                                 &warnings, {QStringLiteral("spelling"), QStringLiteral("style")});
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void korean()
    {
        const QList<Row> rows = readSet(QStringLiteral("ko-typos.tsv"));
        QVERIFY(rows.size() >= 60);
        int nonword = 0, nonwordCaught = 0, other = 0, otherCaught = 0, rightFlagged = 0;
        for (const Row &row : rows) {
            QVERIFY2(row.wrong.contains(row.word), qPrintable(row.wrong));
            const bool hit = caught(m_suite.checkBody({row.wrong, QStringLiteral("ko"), {}}), row);
            const QStringList onRight =
                inlineTexts(m_suite.checkBody({row.right, QStringLiteral("ko"), {}}));
            if (row.kind == QLatin1String("nonword")) {
                ++nonword;
                nonwordCaught += hit;
            } else {
                ++other;
                otherCaught += hit;
            }
            rightFlagged += !onRight.isEmpty();
            if (!hit)
                qInfo("missed (%s): %s", qPrintable(row.kind), qPrintable(row.word));
            if (!onRight.isEmpty())
                qInfo("corrected sentence flagged: %s: %s", qPrintable(row.right),
                      qPrintable(onRight.join(QStringLiteral(", "))));
        }
        const double recallNonword = double(nonwordCaught) / nonword;
        const double recallOther = double(otherCaught) / other;
        const double flagged = double(rightFlagged) / rows.size();
        qInfo("Korean: non-word recall %d/%d = %.2f; real-word and spacing %d/%d = %.2f; "
              "corrected sentences flagged %d/%lld = %.3f",
              nonwordCaught, nonword, recallNonword, otherCaught, other, recallOther, rightFlagged,
              qlonglong(rows.size()), flagged);
        QVERIFY(recallNonword >= 0.90);
        QVERIFY(recallOther >= 0.60);
        QVERIFY(flagged <= 0.02);
    }

    void english()
    {
        const QList<Row> rows = readSet(QStringLiteral("en-typos.tsv"));
        QVERIFY(rows.size() >= 60);
        int hits = 0, rightFlagged = 0;
        for (const Row &row : rows) {
            QVERIFY2(row.wrong.contains(row.word), qPrintable(row.wrong));
            const bool hit =
                caught(m_suite.checkBody({row.wrong, QStringLiteral("en-GB"), {}}), row);
            hits += hit;
            if (!hit)
                qInfo("missed: %s", qPrintable(row.word));
            const QStringList onRight =
                inlineTexts(m_suite.checkBody({row.right, QStringLiteral("en-GB"), {}}));
            rightFlagged += !onRight.isEmpty();
            if (!onRight.isEmpty())
                qInfo("corrected sentence flagged: %s", qPrintable(onRight.join(u' ')));
        }
        const double recall = double(hits) / rows.size();
        qInfo("English: recall %d/%lld = %.2f; corrected sentences flagged %d", hits,
              qlonglong(rows.size()), recall, rightFlagged);
        QVERIFY(recall >= 0.95);
        QCOMPARE(rightFlagged, 0);
    }
};

QTEST_GUILESS_MAIN(TestTypoSets)
#include "tst_typo_sets.moc"
