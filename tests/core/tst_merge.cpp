// Three-way merge of article text for the merge view.
#include "core/Merge3.h"

#include <QtTest>

using namespace copydesk;

class MergeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void differentParagraphsMergeCleanly()
    {
        const QString base = QStringLiteral("One.\n\nTwo.\n\nThree.\n");
        const QString mine = QStringLiteral("One, by me.\n\nTwo.\n\nThree.\n");
        const QString theirs = QStringLiteral("One.\n\nTwo.\n\nThree, by them.\n");
        const MergeResult r = mergeThreeWay(base, mine, theirs);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.text(), QStringLiteral("One, by me.\n\nTwo.\n\nThree, by them.\n"));
    }

    void sameParagraphIsAConflict()
    {
        const QString base = QStringLiteral("수출이 6,000만 달러 늘었다.\n\n끝.\n");
        const QString mine = QStringLiteral("수출이 7,000만 달러 늘었다.\n\n끝.\n");
        const QString theirs = QStringLiteral("수출이 6,500만 달러 늘었다.\n\n끝.\n");
        const MergeResult r = mergeThreeWay(base, mine, theirs);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.textWithMarkers(),
                 QStringLiteral("<<<<<<< mine\n수출이 7,000만 달러 늘었다.\n=======\n"
                                "수출이 6,500만 달러 늘었다.\n>>>>>>> theirs\n\n끝.\n"));
        QCOMPARE(r.text(), mine);
    }

    void identicalChangesAndInsertions()
    {
        const QString base = QStringLiteral("A\nB\nC\n");
        const MergeResult same =
            mergeThreeWay(base, QStringLiteral("A\nX\nC\n"), QStringLiteral("A\nX\nC\n"));
        QCOMPARE(same.conflicts, 0);
        QCOMPARE(same.text(), QStringLiteral("A\nX\nC\n"));
        const MergeResult ins =
            mergeThreeWay(base, QStringLiteral("A\nB\nB2\nC\n"), QStringLiteral("A0\nA\nB\nC\n"));
        QCOMPARE(ins.conflicts, 0);
        QCOMPARE(ins.text(), QStringLiteral("A0\nA\nB\nB2\nC\n"));
        const MergeResult del = mergeThreeWay(base, QStringLiteral("A\nC\n"), base);
        QCOMPARE(del.text(), QStringLiteral("A\nC\n"));
        const MergeResult empty =
            mergeThreeWay(QString(), QStringLiteral("mine\n"), QStringLiteral("theirs\n"));
        QCOMPARE(empty.conflicts, 1);
    }
};

QTEST_GUILESS_MAIN(MergeTest)
#include "tst_merge.moc"
