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

struct SetResult {
    int articles = 0, korean = 0, annotated = 0;
    QMap<QString, Tally> byKind;
    QStringList misses;
};

// Runs the shipped detector over every NAME.md in `dir` and matches its
// findings against NAME.expected.json (kind, exact text and, when annotated,
// value; each annotation matches at most one finding).
SetResult evaluate(const QDir &dir)
{
    SetResult r;
    const QStringList articles = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : articles) {
        if (name == QLatin1String("README.md"))
            continue;
        ++r.articles;
        QFile md(dir.filePath(name));
        if (!md.open(QIODevice::ReadOnly)) {
            r.misses << name + QStringLiteral(": cannot read");
            continue;
        }
        const ArticleText article = ArticleText::parse(decodeUtf8Strict(md.readAll(), name));
        if (article.value(QStringLiteral("lang")) == QLatin1String("ko"))
            ++r.korean;
        QFile ex(dir.filePath(name.chopped(3) + QStringLiteral(".expected.json")));
        if (!ex.open(QIODevice::ReadOnly)) {
            r.misses << ex.fileName() + QStringLiteral(": missing");
            continue;
        }
        QJsonArray expected = QJsonDocument::fromJson(ex.readAll())
                                  .object()
                                  .value(QStringLiteral("findings"))
                                  .toArray();
        r.annotated += expected.size();
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
                ++r.byKind[f.kind].tp;
            } else {
                ++r.byKind[f.kind].fp;
                r.misses << QStringLiteral("%1: extra %2 '%3' %4")
                                .arg(name, f.kind, f.text,
                                     QString::fromUtf8(
                                         QJsonDocument(f.value).toJson(QJsonDocument::Compact)));
            }
        }
        for (qsizetype k = 0; k < expected.size(); ++k) {
            if (used[k])
                continue;
            const QJsonObject e = expected.at(k).toObject();
            ++r.byKind[e.value(QStringLiteral("kind")).toString()].fn;
            r.misses << QStringLiteral("%1: missed %2 '%3' %4")
                            .arg(name, e.value(QStringLiteral("kind")).toString(),
                                 e.value(QStringLiteral("text")).toString(),
                                 QString::fromUtf8(
                                     QJsonDocument(e.value(QStringLiteral("value")).toObject())
                                         .toJson(QJsonDocument::Compact)));
        }
    }
    return r;
}

// Prints the per-kind table; returns whether every kind meets the thresholds.
bool report(const QString &title, const SetResult &r)
{
    for (const QString &m : r.misses.mid(0, 200))
        qInfo().noquote() << m;
    qInfo().noquote() << QStringLiteral("== %1: %2 articles (%3 Korean), %4 annotated claims")
                             .arg(title)
                             .arg(r.articles)
                             .arg(r.korean)
                             .arg(r.annotated);
    qInfo().noquote() << "kind               expected  found  recall  precision";
    bool ok = true;
    for (auto it = r.byKind.cbegin(); it != r.byKind.cend(); ++it) {
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
    return ok;
}

} // namespace

class TestAnnotated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recallAndPrecision();
};

// Two sets: tests/data/claims/ (templated by make_articles.py, so it shares
// the detector's conventions) and tests/data/claims/handwritten/ (written
// and annotated by hand, with hard cases). Each is reported on its own; the
// thresholds apply per kind to both together.
void TestAnnotated::recallAndPrecision()
{
    const QDir base(QStringLiteral(COPYDESK_TEST_DATA) + QStringLiteral("/data/claims"));
    const SetResult templated = evaluate(base);
    const SetResult handwritten = evaluate(QDir(base.filePath(QStringLiteral("handwritten"))));
    QVERIFY2(handwritten.articles >= 24, "the hand-written set needs at least 24 articles");
    SetResult all;
    all.articles = templated.articles + handwritten.articles;
    all.korean = templated.korean + handwritten.korean;
    all.annotated = templated.annotated + handwritten.annotated;
    for (const SetResult *s : {&templated, &handwritten}) {
        for (auto it = s->byKind.cbegin(); it != s->byKind.cend(); ++it) {
            Tally &t = all.byKind[it.key()];
            t.tp += it.value().tp;
            t.fp += it.value().fp;
            t.fn += it.value().fn;
        }
    }
    QVERIFY2(all.articles >= 40, "the annotated set needs at least 40 articles");
    QVERIFY2(all.korean * 2 >= all.articles, "at least half of the articles must be Korean");
    QVERIFY2(all.annotated >= 400, "the annotated set needs at least 400 claims");
    report(QStringLiteral("templated (tests/data/claims)"), templated);
    report(QStringLiteral("hand-written (tests/data/claims/handwritten)"), handwritten);
    const bool ok = report(QStringLiteral("both sets"),
                           SetResult{all.articles, all.korean, all.annotated, all.byKind, {}});
    QVERIFY2(ok, "recall must be at least 0.95 and precision at least 0.90 for every kind "
                 "(both sets together)");
}

QTEST_GUILESS_MAIN(TestAnnotated)
#include "tst_annotated.moc"
