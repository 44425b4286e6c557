// Restaging a save by patching .git/index (git/IndexPatch): real git must
// find the result consistent (status, fsck, write-tree through the cached
// trees), work staged by others must stay staged, and every index the patch
// cannot handle must be left byte for byte to libgit2.
#include "common/Fixtures.h"

#include "git/IndexPatch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace copydesk;
using namespace copydesk::test;

namespace
{

CliResult runGit(const QString &dir, const QStringList &args)
{
    return runProgram(QStringLiteral("git"), args, dir);
}

QString gitOut(const QString &dir, const QStringList &args)
{
    return runGit(dir, args).out.trimmed();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A repository with a.txt, b.txt and sub/c.txt committed (so the index has
// a complete cached tree), each file's new content stored as a blob.
struct Repo {
    QTemporaryDir tmp;
    QString dir = tmp.path();
    Repo()
    {
        runGit(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                     QStringLiteral("main")});
        runGit(dir, {QStringLiteral("config"), QStringLiteral("user.email"),
                     QStringLiteral("t@example.com")});
        runGit(dir, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("T")});
        QDir(dir).mkpath(QStringLiteral("sub"));
        write(dir + QStringLiteral("/a.txt"), "a\n");
        write(dir + QStringLiteral("/b.txt"), "b\n");
        write(dir + QStringLiteral("/sub/c.txt"), "c\n");
        runGit(dir, {QStringLiteral("add"), QStringLiteral(".")});
        runGit(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                     QStringLiteral("one")});
    }
    QString index() const { return dir + QStringLiteral("/.git/index"); }
    // Writes `path` with `text`, stores it as a blob; the patch entry.
    git::IndexPatchEntry change(const QString &path, const QByteArray &text) const
    {
        write(dir + u'/' + path, text);
        const QString id = gitOut(dir, {QStringLiteral("hash-object"), QStringLiteral("-w"), path});
        return {path.toUtf8(), QByteArray::fromHex(id.toLatin1()), dir + u'/' + path};
    }
    // What `git add` of the same files followed by `git write-tree` gives.
    QString expectedTree(const QStringList &paths) const
    {
        const QString scratch = dir + QStringLiteral("/.git/expected-index");
        QFile::remove(scratch);
        QFile::copy(index(), scratch);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_INDEX_FILE"), scratch);
        runProgram(QStringLiteral("git"), QStringList{QStringLiteral("add")} + paths, dir, {}, env);
        return runProgram(QStringLiteral("git"), {QStringLiteral("write-tree")}, dir, {}, env)
            .out.trimmed();
    }
};

// Creates article "a" in the newsroom at `dir` and saves `count` revisions
// of it as its editor, through the CLI; false (with the error printed) when
// any command fails.
bool createAndSave(const QString &dir, int count)
{
    CliResult r = runCli(dir, {QStringLiteral("new"), QStringLiteral("a"),
                               QStringLiteral("--title"), QStringLiteral("A")});
    for (int i = 0; r.exitCode == 0 && i < count; ++i)
        r = runCli(dir, {QStringLiteral("save"), QStringLiteral("a")},
                   QStringLiteral("ed@example.com"),
                   QStringLiteral("Text %1 of a.\n").arg(i).toUtf8());
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.exitCode == 0;
}

} // namespace

class TestIndexPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchedIndexIsWhatGitAddWrites()
    {
        Repo r;
        const auto a = r.change(QStringLiteral("a.txt"), "a, changed\n");
        const auto c = r.change(QStringLiteral("sub/c.txt"), "c, changed\n");
        const QString expected =
            r.expectedTree({QStringLiteral("a.txt"), QStringLiteral("sub/c.txt")});
        QVERIFY(git::patchIndex(r.index(), {a, c}));
        QVERIFY(!QFile::exists(r.index() + QStringLiteral(".lock")));
        // Nothing left unstaged, and the cached trees of a.txt's and
        // sub/c.txt's folders were invalidated: write-tree reuses a stale
        // cached tree otherwise.
        QCOMPARE(gitOut(r.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M  a.txt\nM  sub/c.txt"));
        QCOMPARE(gitOut(r.dir, {QStringLiteral("write-tree")}), expected);
        QCOMPARE(gitOut(r.dir, {QStringLiteral("rev-parse"), QStringLiteral(":a.txt")}),
                 QString::fromLatin1(a.blobId.toHex()));
        const CliResult fsck = runGit(r.dir, {QStringLiteral("fsck"), QStringLiteral("--strict")});
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.out + fsck.err));
        // git reads it without complaint and its stat data is current: a
        // refresh changes nothing.
        QCOMPARE(
            runGit(r.dir, {QStringLiteral("update-index"), QStringLiteral("--refresh")}).exitCode,
            0);
        QCOMPARE(gitOut(r.dir, {QStringLiteral("diff-files"), QStringLiteral("--name-only")}),
                 QString());
    }

    void otherStagedWorkStays()
    {
        Repo r;
        write(r.dir + QStringLiteral("/b.txt"), "b staged by another tool\n");
        runGit(r.dir, {QStringLiteral("add"), QStringLiteral("b.txt")});
        write(r.dir + QStringLiteral("/new.txt"), "new\n");
        runGit(r.dir, {QStringLiteral("add"), QStringLiteral("new.txt")});
        QVERIFY(git::patchIndex(r.index(), {r.change(QStringLiteral("a.txt"), "a2\n")}));
        QCOMPARE(gitOut(r.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M  a.txt\nM  b.txt\nA  new.txt"));
    }

    void refusesWhatItCannotPatch_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("path not in the index") << 0;
        QTest::newRow("index version 4") << 1;
        QTest::newRow("split index") << 2;
        QTest::newRow("intent to add") << 3;
        QTest::newRow("executable") << 4;
        QTest::newRow("index.lock held") << 5;
        QTest::newRow("damaged index") << 6;
    }
    void refusesWhatItCannotPatch()
    {
        QFETCH(int, kind);
        Repo r;
        QList<git::IndexPatchEntry> changes{r.change(QStringLiteral("a.txt"), "a3\n")};
        if (kind == 0)
            changes.append(r.change(QStringLiteral("fresh.txt"), "fresh\n"));
        if (kind == 1)
            runGit(r.dir, {QStringLiteral("update-index"), QStringLiteral("--index-version"),
                           QStringLiteral("4")});
        if (kind == 2)
            runGit(r.dir, {QStringLiteral("update-index"), QStringLiteral("--split-index")});
        if (kind == 3) {
            runGit(r.dir, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"),
                           QStringLiteral("a.txt")});
            runGit(r.dir, {QStringLiteral("add"), QStringLiteral("-N"), QStringLiteral("a.txt")});
        }
        if (kind == 4)
            runGit(r.dir, {QStringLiteral("update-index"), QStringLiteral("--chmod=+x"),
                           QStringLiteral("a.txt")});
        if (kind == 5)
            QVERIFY(write(r.index() + QStringLiteral(".lock"), ""));
        QByteArray before = readAll(r.index());
        if (kind == 6) {
            before[20] = char(before.at(20) ^ 1);
            QVERIFY(write(r.index(), before));
        }
        QVERIFY(!before.isEmpty());
        QVERIFY(!git::patchIndex(r.index(), changes));
        QCOMPARE(readAll(r.index()), before);
        QCOMPARE(QFile::exists(r.index() + QStringLiteral(".lock")), kind == 5);
    }

    // A file changed in the same instant its index was written cannot be
    // told from its stat data; a newer index must not make it look clean.
    void raceCleanEntriesAreSmudged()
    {
        Repo r;
        // Compare only whole-second mtimes and sizes, so the race is
        // reproducible without sub-second timing.
        runGit(r.dir, {QStringLiteral("config"), QStringLiteral("core.checkStat"),
                       QStringLiteral("minimal")});
        runGit(r.dir, {QStringLiteral("config"), QStringLiteral("core.trustctime"),
                       QStringLiteral("false")});
        const QString t = QStringLiteral("@%1").arg(QDateTime::currentSecsSinceEpoch() + 1);
        const QString b = r.dir + QStringLiteral("/b.txt");
        write(b, "b-one\n");
        runProgram(QStringLiteral("touch"), {QStringLiteral("-d"), t, b});
        runGit(r.dir, {QStringLiteral("add"), QStringLiteral("b.txt")});
        runProgram(QStringLiteral("touch"), {QStringLiteral("-d"), t, r.index()});
        write(b, "b-two\n"); // same size, same second
        runProgram(QStringLiteral("touch"), {QStringLiteral("-d"), t, b});
        QThread::sleep(2); // the patched index is newer than that second
        QVERIFY(git::patchIndex(r.index(), {r.change(QStringLiteral("a.txt"), "a4\n")}));
        QCOMPARE(gitOut(r.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M  a.txt\nMM b.txt"));
    }

    // The whole save through the CLI: status clean, fsck clean, the cached
    // tree right, and the README another tool staged still staged.
    void saveLeavesGitConsistent()
    {
        ScratchNewsroom n;
        QFile readme(n.dir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("local note\n");
        readme.close();
        runGit(n.dir, {QStringLiteral("add"), QStringLiteral("README.md")});
        QVERIFY(createAndSave(n.dir, 3));
        QCOMPARE(gitOut(n.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QStringLiteral("M  README.md"));
        const CliResult fsck = runGit(n.dir, {QStringLiteral("fsck"), QStringLiteral("--strict")});
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.out + fsck.err));
        runGit(n.dir, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("README.md")});
        QCOMPARE(gitOut(n.dir, {QStringLiteral("write-tree")}),
                 gitOut(n.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
    }

    // Where git might store a file other than byte for byte, the save goes
    // through libgit2's own staging; either way git sees a clean tree.
    void saveWithAttributesLeavesGitConsistent_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::newRow("core.autocrlf input") << QStringLiteral("autocrlf");
        QTest::newRow(".gitattributes") << QStringLiteral(".gitattributes");
        QTest::newRow(".git/info/attributes") << QStringLiteral(".git/info/attributes");
    }

    void saveWithAttributesLeavesGitConsistent()
    {
        QFETCH(QString, setting);
        ScratchNewsroom n;
        if (setting == QLatin1String("autocrlf")) {
            runGit(n.dir, {QStringLiteral("config"), QStringLiteral("core.autocrlf"),
                           QStringLiteral("input")});
        } else {
            QDir(n.dir).mkpath(QFileInfo(n.dir + u'/' + setting).path());
            QVERIFY(write(n.dir + u'/' + setting, "*.md text eol=lf\n"));
            if (setting == QLatin1String(".gitattributes")) {
                runGit(n.dir, {QStringLiteral("add"), setting});
                runGit(n.dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                               QStringLiteral("attributes")});
            }
        }
        QVERIFY(createAndSave(n.dir, 2));
        QCOMPARE(gitOut(n.dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QString());
        QCOMPARE(gitOut(n.dir, {QStringLiteral("write-tree")}),
                 gitOut(n.dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
    }
};

QTEST_GUILESS_MAIN(TestIndexPatch)
#include "tst_index_patch.moc"
