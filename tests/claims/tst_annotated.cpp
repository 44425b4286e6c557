// Recall and precision per kind over the project's annotated articles
// (tests/data/claims/NAME.md beside NAME.expected.json).
#include "helper_claims.h"

#include "core/ArticleText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace copydesk;

namespace
{

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <=
               1e-9 * std::max(1.0, std::abs(a.toDouble()));
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &k : x.keys())
            if (!sameValue(x.value(k), y.value(k)))
                return false;
        return true;
    }
    return a == b;
}

struct Tally {
    int tp = 0, fp = 0, fn = 0;
};

} // namespace

class TestAnnotated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recallAndPrecision();
};

void TestAnnotated::recallAndPrecision()
{
    const QDir dir(QStringLiteral(COPYDESK_TEST_DATA) + QStringLiteral("/data/claims"));
    const QStringList articles = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(articles.size() >= 40, "the annotated set needs at least 40 articles");
    QMap<QString, Tally> byKind;
    int annotated = 0, korean = 0;
    QStringList misses;
    for (const QString &name : articles) {
        QFile md(dir.filePath(name));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const ArticleText article = ArticleText::parse(decodeUtf8Strict(md.readAll(), name));
        if (article.value(QStringLiteral("lang")) == QLatin1String("ko"))
            ++korean;
        QFile ex(dir.filePath(name.chopped(3) + QStringLiteral(".expected.json")));
        QVERIFY2(ex.open(QIODevice::ReadOnly), qPrintable(ex.fileName()));
        QJsonArray expected = QJsonDocument::fromJson(ex.readAll())
                                  .object()
                                  .value(QStringLiteral("findings"))
                                  .toArray();
        annotated += expected.size();
        const QDate date =
            QDate::fromString(article.value(QStringLiteral("date")).left(10), Qt::ISODate);
        const Findings found = shippedDetector().detect(article.body(), date);
        QList<bool> used(expected.size(), false);
        for (const Finding &f : found) {
            bool hit = false;
            for (qsizetype k = 0; k < expected.size() && !hit; ++k) {
                const QJsonObject e = expected.at(k).toObject();
                if (used[k] || e.value(QStringLiteral("kind")).toString() != f.kind ||
                    e.value(QStringLiteral("text")).toString() != f.text)
                    continue;
                if (e.contains(QStringLiteral("value")) &&
                    !sameValue(e.value(QStringLiteral("value")), f.value))
                    continue;
                used[k] = true;
                hit = true;
            }
            if (hit) {
                ++byKind[f.kind].tp;
            } else {
                ++byKind[f.kind].fp;
                misses << QStringLiteral("%1: extra %2 '%3' %4")
                              .arg(name, f.kind, f.text,
                                   QString::fromUtf8(
                                       QJsonDocument(f.value).toJson(QJsonDocument::Compact)));
            }
        }
        for (qsizetype k = 0; k < expected.size(); ++k) {
            if (used[k])
                continue;
            const QJsonObject e = expected.at(k).toObject();
            ++byKind[e.value(QStringLiteral("kind")).toString()].fn;
            misses << QStringLiteral("%1: missed %2 '%3' %4")
                          .arg(name, e.value(QStringLiteral("kind")).toString(),
                               e.value(QStringLiteral("text")).toString(),
                               QString::fromUtf8(
                                   QJsonDocument(e.value(QStringLiteral("value")).toObject())
                                       .toJson(QJsonDocument::Compact)));
        }
    }
    QVERIFY2(korean * 2 >= articles.size(), "at least half of the articles must be Korean");
    QVERIFY2(annotated >= 400, "the annotated set needs at least 400 claims");
    for (const QString &m : std::as_const(misses).mid(0, 40))
        qInfo().noquote() << m;
    qInfo().noquote()
        << QStringLiteral("%1 articles, %2 annotated claims").arg(articles.size()).arg(annotated);
    qInfo().noquote() << "kind               expected  found  recall  precision";
    bool ok = true;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const Tally &t = it.value();
        const double recall = t.tp + t.fn ? double(t.tp) / (t.tp + t.fn) : 1.0;
        const double precision = t.tp + t.fp ? double(t.tp) / (t.tp + t.fp) : 1.0;
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(it.key(), -18)
                                 .arg(t.tp + t.fn, 8)
                                 .arg(t.tp + t.fp, 6)
                                 .arg(recall, 7, 'f', 3)
                                 .arg(precision, 10, 'f', 3);
        ok = ok && recall >= 0.95 && precision >= 0.90;
    }
    QVERIFY2(ok, "recall must be at least 0.95 and precision at least 0.90 for every kind");
}

QTEST_GUILESS_MAIN(TestAnnotated)
#include "tst_annotated.moc"
