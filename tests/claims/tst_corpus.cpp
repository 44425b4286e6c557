// The detector over the shared real-news corpora: no crash, sane output.
#include "helper_claims.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace copydesk;

class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void corpus();
};

void TestCorpus::corpus_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("bbc") << QStringLiteral("bbc");
    QTest::newRow("korean_news_baram") << QStringLiteral("korean_news_baram");
}

void TestCorpus::corpus()
{
    QFETCH(QString, folder);
    const QString root = sharedCorpusDir();
    if (root.isEmpty() || !QDir(root + u'/' + folder).exists())
        QSKIP("shared corpora not available (COPYDESK_SHARED)");
    QDirIterator it(root + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    qsizetype findings = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("SOURCE.txt")) ||
            path.endsWith(QLatin1String("README.TXT")))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // One BBC file is Latin-1: read what we can, as the editor would.
        const QString text = QString::fromUtf8(bytes);
        QString body = text;
        QDate date;
        try {
            const ArticleText a = ArticleText::parse(text);
            body = a.body();
            date = QDate::fromString(a.value(QStringLiteral("published_at")).left(10), Qt::ISODate);
        } catch (const Error &) {
        }
        const Findings fs = shippedDetector().detect(body, date);
        for (const Finding &x : fs) {
            QVERIFY(x.offset >= 0 && x.offset + x.length <= body.size());
            QCOMPARE(body.mid(x.offset, x.length), x.text);
            QVERIFY(!x.id.isEmpty());
        }
        findings += fs.size();
        ++files;
    }
    QVERIFY(files > 0);
    qInfo("%d files, %lld findings (%.1f per article)", files, qlonglong(findings),
          double(findings) / files);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
