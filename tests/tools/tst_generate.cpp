// copydesk-generate writes its history straight into a pack (tools/generate,
// HistoryWriter). These tests run the real program and judge its output with
// stock git and the real CLI: the pack passes `git fsck --strict`, git
// writes exactly the same commits from the same content, `copydesk-cli
// verify` accepts every event, and the same seed gives the same newsroom.
#include "common/Fixtures.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk::test;

namespace
{

CliResult generate(const QString &dir, int articles, int commits, int seed)
{
    return runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-generate"),
                      {dir, QStringLiteral("--articles"), QString::number(articles),
                       QStringLiteral("--commits"), QString::number(commits),
                       QStringLiteral("--seed"), QString::number(seed)});
}

QString git(const QString &dir, const QStringList &args)
{
    const CliResult r = runProgram(QStringLiteral("git"), args, dir);
    if (r.exitCode != 0)
        qWarning("git %s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
    return r.out.trimmed();
}

} // namespace

class TestGenerate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNewsroom();
    void gitWritesTheSameObjects();
    void sameSeedSameNewsroom();
    void refusesAFolderInUse();
};

void TestGenerate::validNewsroom()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("desk"));
    const CliResult made = generate(dir, 40, 900, 3);
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));

    QCOMPARE(
        git(dir, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
        QStringLiteral("900"));
    const QStringList articles = git(dir, {QStringLiteral("ls-tree"), QStringLiteral("--name-only"),
                                           QStringLiteral("HEAD"), QStringLiteral("articles/")})
                                     .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(articles.size(), 40);
    // The working tree and index are HEAD's, as after a clone.
    QCOMPARE(git(dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());

    const CliResult fsck = runProgram(
        QStringLiteral("git"),
        {QStringLiteral("fsck"), QStringLiteral("--strict"), QStringLiteral("--full")}, dir);
    QVERIFY2(fsck.exitCode == 0 && fsck.err.isEmpty(), qPrintable(fsck.out + fsck.err));
    const CliResult verify = runCli(dir, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

    // Deltas are used, and no chain is deeper than git's default pack.depth.
    const QStringList packs =
        QDir(dir + QStringLiteral("/.git/objects/pack")).entryList({QStringLiteral("*.idx")});
    QCOMPARE(packs.size(), 1);
    const QString stats = git(dir, {QStringLiteral("verify-pack"), QStringLiteral("-s"),
                                    QStringLiteral(".git/objects/pack/") + packs.first()});
    int deepest = 0;
    const QRegularExpression chain(QStringLiteral("chain length = (\\d+): (\\d+) objects?"));
    for (auto it = chain.globalMatch(stats); it.hasNext();)
        deepest = std::max(deepest, it.next().captured(1).toInt());
    QVERIFY2(deepest >= 1 && deepest <= 50, qPrintable(stats));
}

void TestGenerate::gitWritesTheSameObjects()
{
    // fast-export gives git the content only; fast-import hashes and sorts
    // everything itself. The same commit ids back mean every tree, blob and
    // commit was written exactly as git writes it.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("desk")),
                  copy = tmp.filePath(QStringLiteral("copy"));
    const CliResult made = generate(dir, 25, 400, 11);
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    const CliResult exported = runProgram(
        QStringLiteral("git"),
        // Copydesk's commits carry an "encoding UTF-8" header (as libgit2
        // writes it); --reencode=no passes it through unchanged.
        {QStringLiteral("fast-export"), QStringLiteral("--reencode=no"), QStringLiteral("HEAD")},
        dir);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QDir().mkpath(copy));
    git(copy, {QStringLiteral("init"), QStringLiteral("-q")});
    const CliResult imported = runProgram(
        QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")}, copy,
        exported.out.toUtf8());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString branch = git(
        dir, {QStringLiteral("symbolic-ref"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    QCOMPARE(git(copy, {QStringLiteral("rev-parse"), QStringLiteral("refs/heads/") + branch}),
             git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
}

void TestGenerate::sameSeedSameNewsroom()
{
    QTemporaryDir tmp;
    QStringList heads;
    for (const auto &[name, seed] : {std::pair{"a", 5}, std::pair{"b", 5}, std::pair{"c", 6}}) {
        const QString dir = tmp.filePath(QString::fromLatin1(name));
        const CliResult made = generate(dir, 10, 120, seed);
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        heads.append(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    }
    QCOMPARE(heads.at(0).size(), 40);
    QCOMPARE(heads.at(0), heads.at(1));
    QVERIFY(heads.at(0) != heads.at(2));
}

void TestGenerate::refusesAFolderInUse()
{
    QTemporaryDir tmp;
    QFile other(tmp.filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not a newsroom\n");
    other.close();
    const CliResult made = generate(tmp.path(), 5, 50, 1);
    QVERIFY(made.exitCode != 0);
    QVERIFY(!QDir(tmp.filePath(QStringLiteral(".git"))).exists());
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
