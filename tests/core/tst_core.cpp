// Front matter, trailers, slugs and the word diff: the small parsers every
// command relies on.
#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/FileBytes.h"
#include "core/IdKeyedCache.h"
#include "core/Trailers.h"
#include "core/WordDiff.h"
#include "newsroom/Newsroom.h"

#include <QtTest>

using namespace copydesk;

class CoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frontMatterRoundTrip()
    {
        const QString file = QStringLiteral("---\ntitle: \"Deal: $60m\"\ndate: 2024-11-14\nlang: "
                                            "ko\ntags:\n  - a\n  - b\n---\n본문입니다.\n");
        const ArticleText t = ArticleText::parse(file);
        QVERIFY(t.hasFrontMatter());
        QCOMPARE(t.value(QStringLiteral("title")), QStringLiteral("Deal: $60m"));
        QCOMPARE(t.value(QStringLiteral("lang")), QStringLiteral("ko"));
        QCOMPARE(t.body(), QStringLiteral("본문입니다.\n"));
        QCOMPARE(t.bodyLine(), 9);
        QCOMPARE(file.mid(t.bodyOffset(), 3), QStringLiteral("본문입"));
        // Unknown lines (a list) survive a rewrite; quoting keeps the colon.
        ArticleText copy = t;
        copy.setValue(QStringLiteral("title"), QStringLiteral("New: title"));
        const ArticleText again = ArticleText::parse(copy.toString());
        QCOMPARE(again.value(QStringLiteral("title")), QStringLiteral("New: title"));
        QVERIFY(copy.toString().contains(QStringLiteral("  - a\n  - b\n")));
    }

    void frontMatterErrors()
    {
        QVERIFY_THROWS_EXCEPTION(Error, ArticleText::parse(QStringLiteral("---\ntitle: x\n")));
        const ArticleText none = ArticleText::parse(QStringLiteral("Just text\n"));
        QVERIFY(!none.hasFrontMatter());
        QCOMPARE(none.body(), QStringLiteral("Just text\n"));
    }

    void lineColumnCountsCodePoints()
    {
        const QString text = QStringLiteral("a😀b\n한글 $5");
        const LineIndex idx(text);
        QCOMPARE(idx.lineColumn(text.indexOf(u'b')), qMakePair(1, 3)); // the emoji is one column
        QCOMPARE(idx.lineColumn(text.indexOf(u'$')), qMakePair(2, 4));
    }

    void strictUtf8()
    {
        QCOMPARE(decodeUtf8Strict("\xEF\xBB\xBFok", QStringLiteral("x")), QStringLiteral("ok"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 decodeUtf8Strict("ab\xC3", QStringLiteral("x"))); // truncated
        QVERIFY_THROWS_EXCEPTION(
            Error, decodeUtf8Strict("\xED\xA0\x80", QStringLiteral("x"))); // surrogate
        QVERIFY_THROWS_EXCEPTION(Error,
                                 decodeUtf8Strict("\xC0\xAF", QStringLiteral("x"))); // overlong
        try {
            decodeUtf8Strict("abc\xFF", QStringLiteral("file.md"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("byte offset 3")));
        }
    }

    void trailers()
    {
        Trailers t;
        t.add(QStringLiteral("Copydesk-Event"), QStringLiteral("approve"));
        t.add(QStringLiteral("Copydesk-Reason"),
              QStringLiteral("line one\nCopydesk-Event: publish"));
        const QString msg =
            Trailers::compose(QStringLiteral("Approve x"), QStringLiteral("Body"), t);
        const Trailers back = Trailers::parse(msg);
        QCOMPARE(back.value(QStringLiteral("Copydesk-Event")), QStringLiteral("approve"));
        // A newline in a value cannot forge a second trailer.
        QCOMPARE(back.values(QStringLiteral("Copydesk-Event")).size(), 1);
        QVERIFY(Trailers::parse(QStringLiteral("Just a summary\n")).isEmpty());
        QVERIFY(Trailers::parse(QStringLiteral("S\n\nnot a trailer line\nKey: v\n")).isEmpty());
    }

    void slugs()
    {
        QCOMPARE(Newsroom::slugFromTitle(QStringLiteral("Chip maker raises $1.2 million!")),
                 QStringLiteral("chip-maker-raises-1-2-million"));
        QCOMPARE(Newsroom::slugFromTitle(QStringLiteral("반도체 수출 6,000만 달러")),
                 QStringLiteral("반도체-수출-6-000만-달러"));
        QCOMPARE(Newsroom::slugFromTitle(QStringLiteral("Café au lait")),
                 QStringLiteral("cafe-au-lait"));
        QCOMPARE(Newsroom::slugFromTitle(QStringLiteral("!!!")), QStringLiteral("article"));
        Newsroom::validateSlug(QStringLiteral("반도체-수출"));
        for (const QString &bad : {QStringLiteral(".."), QStringLiteral("a/b"),
                                   QStringLiteral(".git"), QStringLiteral("-x"), QString()})
            QVERIFY_THROWS_EXCEPTION(Error, Newsroom::validateSlug(bad));
    }

    void wordDiffEnglishAndKorean()
    {
        QCOMPARE(wordDiffText(QStringLiteral("The firm paid $60m on Monday.\n"),
                              QStringLiteral("The firm paid $50m on Monday.\n")),
                 QStringLiteral("@@ line 1 @@\nThe firm paid $[-60m-]{+50m+} on Monday.\n"));
        const QString ko = wordDiffText(QStringLiteral("수출이 6,000만 달러 늘었다.\n"),
                                        QStringLiteral("수출이 7,000만 달러 크게 늘었다.\n"));
        QVERIFY2(ko.contains(QStringLiteral("[-6-]{+7+}")), qPrintable(ko));
        QVERIFY2(ko.contains(QStringLiteral("달러{+ 크게+} 늘었다")), qPrintable(ko));
        // Unchanged paragraphs are not printed.
        const QString many = wordDiffText(QStringLiteral("Same.\n\nOld end.\n"),
                                          QStringLiteral("Same.\n\nNew end.\n"));
        QVERIFY(!many.contains(QStringLiteral("Same.")));
        QVERIFY(many.contains(QStringLiteral("@@ line 3 @@")));
        // Pieces rebuild both texts.
        const QString a = QStringLiteral("one two three four"),
                      b = QStringLiteral("one three five four six");
        QString ra, rb;
        for (const DiffPiece &p : wordDiff(a, b)) {
            if (p.kind != DiffPiece::Inserted)
                ra += p.text;
            if (p.kind != DiffPiece::Deleted)
                rb += p.text;
        }
        QCOMPARE(ra, a);
        QCOMPARE(rb, b);
    }

    // Derived data keyed by git ids: survives reopening, ignores what a
    // crash or a stranger left in the file, and compacts only when asked
    // and grown.
    void idKeyedCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copydesk/cache"));
        const QByteArray a(40, 'a'), b(40, 'b'), c(40, 'c');
        {
            IdKeyedCache cache(path);
            QVERIFY(!cache.get(a));
            cache.put(a, "{\"n\":1}");
            cache.put(QByteArray("not-an-id"), "x"); // refused: not a key
            cache.put(b, "two\nlines");              // refused: would split a line
            QCOMPARE(cache.get(a).value_or(QByteArrayView()).toByteArray(),
                     QByteArray("{\"n\":1}"));
        }
        QCOMPARE(*readFileBytes(path, 1 << 20), a + "\t{\"n\":1}\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(QByteArray(40, 'Z') + "\tupper-case key\n"); // not a git id
            f.write(b + "\tcut short by a crash");               // no final newline
        }
        {
            IdKeyedCache cache(path);
            QCOMPARE(cache.get(a).value_or(QByteArrayView()).toByteArray(),
                     QByteArray("{\"n\":1}"));
            QVERIFY(!cache.get(QByteArray(40, 'Z')));
            QVERIFY(!cache.get(b));
            cache.put(c, "three");
        }
        {
            IdKeyedCache cache(path);
            QCOMPARE(cache.get(c).value_or(QByteArrayView()).toByteArray(), QByteArray("three"));
            QCOMPARE(cache.get(a).value_or(QByteArrayView()).toByteArray(),
                     QByteArray("{\"n\":1}"));
        }
        // Small: asking to compact after using only `c` keeps everything.
        {
            IdKeyedCache cache(path);
            QVERIFY(cache.get(c));
            cache.compactToUsed();
        }
        QVERIFY(IdKeyedCache(path).get(a));
        // Grown far past what is used: rewritten with only the used entries.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            for (int i = 0; i < 3000; ++i)
                f.write(QByteArray::number(i).rightJustified(40, '0') + '\t' +
                        QByteArray(500, 'x') + '\n');
        }
        {
            IdKeyedCache cache(path);
            QVERIFY(cache.get(QByteArray::number(7).rightJustified(40, '0')));
            QVERIFY(cache.get(c));
            cache.compactToUsed();
        }
        QVERIFY(QFileInfo(path).size() < 1000);
        IdKeyedCache after(path);
        QVERIFY(after.get(c));
        QVERIFY(after.get(QByteArray::number(7).rightJustified(40, '0')));
        QVERIFY(!after.get(a));
    }

    void idKeyedCacheWithoutAWritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache"));
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        {
            IdKeyedCache cache(path);
            QVERIFY(!cache.get(QByteArray(40, 'a')));
            cache.put(QByteArray(40, 'a'), "kept in memory");
            QCOMPARE(cache.get(QByteArray(40, 'a')).value_or(QByteArrayView()).toByteArray(),
                     QByteArray("kept in memory"));
            cache.compactToUsed();
        }
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(!readFileBytes(dir.filePath(QStringLiteral("absent")), 100));
    }
};

QTEST_GUILESS_MAIN(CoreTest)
#include "tst_core.moc"
