// audit's derived index (.git/copydesk/audit): whatever state it is in —
// missing, current, behind, from a rewritten history, from another branch,
// corrupted — Audit gives exactly what a cold read of every commit gives.
#include "helper_pipeline.h"

#include "git/Repository.h"
#include "pipeline/Audit.h"
#include "pipeline/AuditIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <git2.h>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

QJsonArray asJson(const QList<AuditEvent> &events)
{
    QJsonArray out;
    for (const AuditEvent &e : events)
        out.append(e.toJson());
    return out;
}

} // namespace

class TestAuditIndex : public QObject
{
    Q_OBJECT
    ScratchNewsroom n;

    // Events read with the index (as the CLI does) and without it.
    struct Both {
        QJsonArray indexed;
        QJsonArray cold;
    };
    Both read(const AuditFilter &filter = {})
    {
        const auto repo = git::Repository::openForReading(n.dir);
        Audit cold(*repo);
        cold.setUseIndex(false);
        return {asJson(Audit(*repo).events(filter)), asJson(cold.events(filter))};
    }
    QString indexPath() const { return n.dir + QStringLiteral("/.git/copydesk/audit"); }
    QString indexedTip() const
    {
        const auto s = AuditIndex(indexPath()).load();
        return s ? s->tip : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        git_libgit2_init();
        QVERIFY(scriptStory(n.dir, QStringLiteral("story")));
        QVERIFY(scriptStory(n.dir, QStringLiteral("second"), QStringLiteral("review")));
    }
    void cleanupTestCase() { git_libgit2_shutdown(); }

    void buildsThenReuses()
    {
        QVERIFY(!QFile::exists(indexPath()));
        const Both first = read();
        QVERIFY(first.cold.size() > 10);
        QCOMPARE(first.indexed, first.cold);
        QCOMPARE(indexedTip(), headOf(n.dir));
        // Now served from the file alone.
        const Both second = read();
        QCOMPARE(second.indexed, second.cold);
        AuditFilter f;
        f.article = QStringLiteral("second");
        const Both filtered = read(f);
        QVERIFY(!filtered.cold.isEmpty());
        QCOMPARE(filtered.indexed, filtered.cold);
        // The CLI reads the same index.
        const CliResult r = runCli(n.dir, {QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r).array(), second.cold);
    }

    void appendsNewEvents()
    {
        read(); // index at the current tip
        const QString before = headOf(n.dir);
        QVERIFY(forgeCommit(n.dir, kRv, {{QStringLiteral("c1.txt"), "c\n"}},
                            QStringLiteral("Comment on second\n\nCheck the figures\n\n"
                                           "Copydesk-Event: comment\nCopydesk-Article: second")));
        QVERIFY(forgeCommit(n.dir, kEd, {{QStringLiteral("notes.txt"), "plain\n"}},
                            QStringLiteral("A plain commit, not an event")));
        QVERIFY(headOf(n.dir) != before);
        const Both b = read();
        QCOMPARE(b.indexed, b.cold);
        QCOMPARE(indexedTip(), headOf(n.dir));
        QCOMPARE(b.cold.last().toObject().value(QStringLiteral("event")).toString(),
                 QStringLiteral("comment"));
    }

    void sideBranchMerged()
    {
        read();
        QVERIFY(ok(test::git(n.dir, {QStringLiteral("checkout"), QStringLiteral("-q"),
                                     QStringLiteral("-b"), QStringLiteral("side"),
                                     QStringLiteral("HEAD~3")}),
                   "branch"));
        QVERIFY(forgeCommit(
            n.dir, kWr, {{QStringLiteral("side/a.txt"), "a\n"}},
            QStringLiteral("Side note\n\nCopydesk-Event: note\nCopydesk-Article: story")));
        QVERIFY(forgeCommit(n.dir, kWr, {{QStringLiteral("side/b.txt"), "b\n"}},
                            QStringLiteral("Side words\n\nCopydesk-Words: add 1")));
        // Indexed at the tip of a side branch, which is then merged into
        // main as the second parent: a cold walk lists main's newer events
        // before the side's, so they cannot be appended after the indexed
        // ones.
        QCOMPARE(read().indexed, read().cold);
        QVERIFY(ok(test::git(n.dir, {QStringLiteral("checkout"), QStringLiteral("-q"),
                                     QStringLiteral("main")}),
                   "checkout"));
        QVERIFY(forgeCommit(
            n.dir, kEd, {{QStringLiteral("main2.txt"), "m\n"}},
            QStringLiteral("Also on main\n\nCopydesk-Event: note\nCopydesk-Article: story")));
        QVERIFY(ok(test::git(n.dir, {QStringLiteral("merge"), QStringLiteral("-q"),
                                     QStringLiteral("--no-ff"), QStringLiteral("side"),
                                     QStringLiteral("-m"),
                                     QStringLiteral("Sync\n\nCopydesk-Event: sync")}),
                   "merge"));
        const Both b = read();
        QCOMPARE(b.indexed, b.cold);
        QCOMPARE(indexedTip(), headOf(n.dir));
        // And one more event on top of the merge: appended.
        QVERIFY(forgeCommit(n.dir, kRv, {{QStringLiteral("c2.txt"), "c\n"}},
                            QStringLiteral("Comment on story\n\nAfter the merge\n\n"
                                           "Copydesk-Event: comment\nCopydesk-Article: story")));
        const Both c = read();
        QCOMPARE(c.indexed, c.cold);
        QCOMPARE(c.cold.size(), b.cold.size() + 1);
    }

    void rewrittenHistory()
    {
        const Both before = read();
        QVERIFY(ok(test::git(n.dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                                     QStringLiteral("--hard"), QStringLiteral("HEAD~4")}),
                   "reset"));
        QVERIFY(forgeCommit(
            n.dir, kEd, {{QStringLiteral("other.txt"), "x\n"}},
            QStringLiteral("Rewritten\n\nCopydesk-Event: note\nCopydesk-Article: second")));
        const Both after = read();
        QCOMPARE(after.indexed, after.cold);
        QVERIFY(after.cold != before.cold);
        QCOMPARE(indexedTip(), headOf(n.dir));
        // Back to an ancestor (nothing new on top of the indexed tip).
        QVERIFY(ok(test::git(n.dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                                     QStringLiteral("--hard"), QStringLiteral("HEAD~2")}),
                   "reset"));
        const Both older = read();
        QCOMPARE(older.indexed, older.cold);
        QVERIFY(older.cold.size() < after.cold.size());
    }

    void survivesCorruption_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("flipped byte") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("garbage") << 2;
        QTest::newRow("empty") << 3;
        QTest::newRow("tip of another history") << 4;
    }
    void survivesCorruption()
    {
        QFETCH(int, kind);
        read();
        QFile f(indexPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.size() > 100);
        if (kind == 0) {
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        } else if (kind == 1) {
            bytes.truncate(bytes.size() * 2 / 3);
        } else if (kind == 2) {
            bytes = QByteArray(4096, '\xa7');
        } else if (kind == 3) {
            bytes.clear();
        }
        if (kind == 4) {
            // A well-formed index whose events and tip are from elsewhere.
            AuditIndex::Snapshot s = *AuditIndex(indexPath()).load();
            s.tip = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
            s.events.first().commit = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
            QVERIFY(AuditIndex(indexPath()).store(s));
        } else {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            QVERIFY(!AuditIndex(indexPath()).load());
        }
        const Both b = read();
        QCOMPARE(b.indexed, b.cold);
        QCOMPARE(indexedTip(), headOf(n.dir)); // rewritten whole
        const Both again = read();
        QCOMPARE(again.indexed, again.cold);
    }

    void emptyHistory()
    {
        QTemporaryDir tmp;
        QVERIFY(ok(test::git(tmp.path(), {QStringLiteral("init"), QStringLiteral("-q")}), "init"));
        const auto repo = git::Repository::openForReading(tmp.path());
        QVERIFY(Audit(*repo).events().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditIndex)
#include "tst_audit_index.moc"
