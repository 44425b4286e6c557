// Front matter, trailers, slugs and the word diff: the small parsers every
// command relies on.
#include "core/ArticleText.h"
#include "core/Error.h"
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
};

QTEST_GUILESS_MAIN(CoreTest)
#include "tst_core.moc"
