// History shape is part of the rules. Attacks an outside tester made with
// plain git against a real `git daemon` with the pre-receive hook: a second
// root that rewrites people.json, a merge with an ancestor that rolls back a
// comment or the signing requirement, a fork from before a demotion, and one
// editor who writes, re-assigns and then approves and publishes alone. Each
// is refused by the hook with a message naming the rule, and `verify`
// reports the same history when it is already there.
#include "helper_pipeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace copydesk::test;

namespace
{

const QString kEd2 = QStringLiteral("ed2@example.com");

QString gitOut(const QString &dir, const QStringList &args, const QString &email = kWr)
{
    const CliResult r = git(dir, args, email);
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

// A commit made with `git commit-tree`: any tree, any parents, any message.
QString commitTree(const QString &dir, const QString &email, const QString &tree,
                   const QStringList &parents, const QString &message)
{
    QStringList args{QStringLiteral("commit-tree"), tree, QStringLiteral("-m"), message};
    for (const QString &p : parents)
        args << QStringLiteral("-p") << p;
    return gitOut(dir, args, email);
}

// The tree of `commit` with the paths in `from` (files or folders) taken
// from other commits: how a hand-made merge picks what to keep.
QString treeWith(const QString &dir, const QString &commit, const QMap<QString, QString> &from)
{
    const QString index = dir + QStringLiteral("/.git/attack-index");
    QFile::remove(index);
    QProcessEnvironment env = actorEnvironment(kWr);
    env.insert(QStringLiteral("GIT_INDEX_FILE"), index);
    auto run = [&](const QStringList &args) {
        return runProgram(QStringLiteral("git"), args, dir, {}, env);
    };
    if (run({QStringLiteral("read-tree"), commit}).exitCode != 0)
        return {};
    for (auto it = from.begin(); it != from.end(); ++it) {
        run({QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("-q"),
             QStringLiteral("--cached"), QStringLiteral("--ignore-unmatch"), it.key()});
        const CliResult ls = run({QStringLiteral("ls-tree"), QStringLiteral("-r"), it.value(),
                                  QStringLiteral("--"), it.key()});
        for (const QString &line : ls.out.split(u'\n', Qt::SkipEmptyParts)) {
            // "<mode> blob <id>\t<path>"
            const QStringList head = line.section(u'\t', 0, 0).split(u' ');
            run({QStringLiteral("update-index"), QStringLiteral("--add"),
                 QStringLiteral("--cacheinfo"),
                 head.at(0) + u',' + head.at(2) + u',' + line.section(u'\t', 1)});
        }
    }
    const QString tree = run({QStringLiteral("write-tree")}).out.trimmed();
    QFile::remove(index);
    return tree;
}

// A tree object written byte for byte with the entries in the order given,
// duplicates kept: what `git mktree` refuses to make and a hand-written
// object can still hold. Entries: mode, name, object id.
QString rawTree(const QString &dir, const QList<QStringList> &entries)
{
    QByteArray bytes;
    for (const QStringList &e : entries)
        bytes += e.at(0).toUtf8() + ' ' + e.at(1).toUtf8() + '\0' +
                 QByteArray::fromHex(e.at(2).toLatin1());
    return runProgram(QStringLiteral("git"),
                      {QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("tree"),
                       QStringLiteral("-w"), QStringLiteral("--literally"),
                       QStringLiteral("--stdin")},
                      dir, bytes)
        .out.trimmed();
}

// The entries of tree `treeish` as rawTree takes them.
QList<QStringList> treeEntries(const QString &dir, const QString &treeish)
{
    QList<QStringList> out;
    for (const QString &line :
         gitOut(dir, {QStringLiteral("ls-tree"), treeish}).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList head = line.section(u'\t', 0, 0).split(u' ');
        out.append({head.at(0) == QLatin1String("040000") ? QStringLiteral("40000") : head.at(0),
                    line.section(u'\t', 1), head.at(2)});
    }
    return out;
}

// `tree` with the entry `name` pointing at `id` (a folder's new tree).
QString replaceEntry(const QString &dir, const QString &tree, const QString &name,
                     const QString &id)
{
    QList<QStringList> entries = treeEntries(dir, tree);
    for (QStringList &e : entries) {
        if (e.at(1) == name)
            e[2] = id;
    }
    return rawTree(dir, entries);
}

// Moves main (and the working tree) to `id`, as a local `git merge` would.
bool moveMainTo(const QString &dir, const QString &id)
{
    return !id.isEmpty() && ok(git(dir, {QStringLiteral("reset"), QStringLiteral("-q"),
                                         QStringLiteral("--hard"), id}),
                               "reset");
}

QByteArray peopleWith(const QString &dir, const QString &email, const QStringList &roles)
{
    QJsonObject root =
        QJsonDocument::fromJson(readFile(dir + QStringLiteral("/copydesk/people.json"))).object();
    QJsonObject people = root.value(QStringLiteral("people")).toObject();
    QJsonObject person = people.value(email).toObject();
    if (!person.contains(QStringLiteral("name")))
        person.insert(QStringLiteral("name"), email.section(u'@', 0, 0));
    person.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    people.insert(email, person);
    root.insert(QStringLiteral("people"), people);
    return QJsonDocument(root).toJson();
}

struct Served {
    GitDaemon daemon;
    ScratchNewsroom n;
    QString bare;
    bool ready = false;
    Served()
    {
        bare = daemon.createBareRepository(QStringLiteral("desk.git"));
        ready = daemon.isRunning() && installHook(bare) &&
                ok(git(n.dir, {QStringLiteral("remote"), QStringLiteral("add"),
                               QStringLiteral("origin"), daemon.url(QStringLiteral("desk.git"))}),
                   "remote add");
    }
    bool publish() { return ok(push(n.dir), "push"); }
    bool addSecondEditor()
    {
        return ok(runCli(n.dir, {QStringLiteral("people"), QStringLiteral("add"), kEd2,
                                 QStringLiteral("--name"), QStringLiteral("Ed Two"),
                                 QStringLiteral("--role"), QStringLiteral("editor")}),
                  "add ed2");
    }
};

// Pushes what `dir` has; expects the hook to refuse it naming `rule`, the
// server's main not to move, and `verify` in the clone to report the same.
void expectRefused(const Served &s, const QString &rule)
{
    const QString before = serverHead(s.bare);
    const CliResult r = push(s.n.dir);
    QVERIFY2(r.exitCode != 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("copydesk: rejected:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(rule), qPrintable(r.err));
    QCOMPARE(serverHead(s.bare), before);
    const CliResult v = runCli(s.n.dir, {QStringLiteral("verify")});
    QVERIFY2(v.exitCode == 1, qPrintable(v.out + v.err));
    QVERIFY2(v.out.contains(rule), qPrintable(v.out));
}

} // namespace

class TestHistoryAttacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (runProgram(QStringLiteral("git"), {QStringLiteral("--version")}).exitCode != 0)
            QSKIP("git is not installed");
    }

    // 1. A parentless "init" that makes the writer an editor, merged in.
    void secondRootTakesNothingOver()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("approved")));
        QVERIFY(s.publish());
        const QString main = headOf(s.n.dir);

        // Her own root: today's configuration with herself as editor.
        const QByteArray people = peopleWith(s.n.dir, kWr, {QStringLiteral("editor")});
        QFile f(s.n.dir + QStringLiteral("/copydesk/people.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(people);
        f.close();
        QVERIFY(ok(git(s.n.dir, {QStringLiteral("add"), QStringLiteral("copydesk/people.json")}),
                   "add"));
        const QString ownTree = gitOut(s.n.dir, {QStringLiteral("write-tree")});
        const QString root = commitTree(
            s.n.dir, kWr, ownTree, {},
            QStringLiteral("init\n\nCopydesk-Event: init\nCopydesk-Actor: wr@example.com\n"));
        QVERIFY(!root.isEmpty());
        const QString merged = commitTree(
            s.n.dir, kWr, treeWith(s.n.dir, main, {{QStringLiteral("copydesk/people.json"), root}}),
            {main, root}, QStringLiteral("Merge\n\nCopydesk-Event: sync\n"));
        QVERIFY(moveMainTo(s.n.dir, merged));
        expectRefused(s, QStringLiteral("second root"));

        // The root alone, pushed to a branch of its own, is refused too.
        const CliResult alone = push(s.n.dir, {root + QStringLiteral(":refs/heads/fresh")});
        QVERIFY(alone.exitCode != 0);
        QVERIFY2(alone.err.contains(QStringLiteral("second root")), qPrintable(alone.err));
        QVERIFY(serverHead(s.bare, QStringLiteral("fresh")).isEmpty());

        // The CLI cannot publish as her either: she is no editor on main.
        resetToServer(s.n.dir);
        QCOMPARE(headOf(s.n.dir), main);
    }

    // 2. A merge with an ancestor: the reviewer's unresolved comment, or the
    // signing requirement, rolled back.
    void mergeWithAncestorRollsNothingBack()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        const QString beforeComment = headOf(s.n.dir);
        QVERIFY(ok(runCli(s.n.dir,
                          {QStringLiteral("request-changes"), QStringLiteral("bridge"),
                           QStringLiteral("--comment"), QStringLiteral("Source the figure.")},
                          kRv),
                   "request changes"));
        QVERIFY(s.publish());
        const QString main = headOf(s.n.dir);

        const QString merged = commitTree(
            s.n.dir, kWr,
            treeWith(s.n.dir, main, {{QStringLiteral("articles/bridge"), beforeComment}}),
            {main, beforeComment}, QStringLiteral("Merge\n\nCopydesk-Event: sync\n"));
        QVERIFY(moveMainTo(s.n.dir, merged));
        expectRefused(s, QStringLiteral("as it was at the common revision"));
        resetToServer(s.n.dir);

        // The same with the configuration: signing switched on by the editor,
        // then "merged away" by the writer.
        QByteArray config = readFile(s.n.dir + QStringLiteral("/copydesk/newsroom.json"));
        config.replace("\"requireSignedEvents\": false", "\"requireSignedEvents\": true");
        QVERIFY(config.contains("\"requireSignedEvents\": true"));
        const QString unsignedYet = headOf(s.n.dir);
        QVERIFY(forgeCommit(s.n.dir, kEd, {{QStringLiteral("copydesk/newsroom.json"), config}},
                            QStringLiteral("Require signed events")));
        QVERIFY(s.publish());
        const QString signedMain = headOf(s.n.dir);
        const QString rolledBack = commitTree(
            s.n.dir, kWr,
            treeWith(s.n.dir, signedMain,
                     {{QStringLiteral("copydesk/newsroom.json"), unsignedYet}}),
            {signedMain, unsignedYet}, QStringLiteral("Merge\n\nCopydesk-Event: sync\n"));
        QVERIFY(moveMainTo(s.n.dir, rolledBack));
        expectRefused(s, QStringLiteral("copydesk/newsroom.json as it was at the common revision"));
    }

    // 3. A demoted editor publishes on a fork from before the demotion.
    void revokedRoleDoesNotLiveOnInAFork()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(s.addSecondEditor());
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("approved")));
        const QString beforeDemotion = headOf(s.n.dir);
        QVERIFY(forgeCommit(s.n.dir, kEd,
                            {{QStringLiteral("copydesk/people.json"),
                              peopleWith(s.n.dir, kEd2, {QStringLiteral("writer")})}},
                            QStringLiteral("Ed Two moves to the writing desk")));
        QVERIFY(s.publish());
        const QString main = headOf(s.n.dir);

        // On main, the CLI refuses him.
        const CliResult refused =
            runCli(s.n.dir, {QStringLiteral("publish"), QStringLiteral("bridge")}, kEd2);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(headOf(s.n.dir), main);

        // On a fork from before the demotion it is allowed; merged, it is not.
        QVERIFY(ok(git(s.n.dir, {QStringLiteral("checkout"), QStringLiteral("-q"),
                                 QStringLiteral("-b"), QStringLiteral("fork"), beforeDemotion}),
                   "fork"));
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("publish"), QStringLiteral("bridge")}, kEd2),
                   "publish on the fork"));
        QVERIFY(ok(git(s.n.dir,
                       {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}),
                   "back to main"));
        QVERIFY(ok(git(s.n.dir,
                       {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"),
                        QStringLiteral("fork")},
                       kEd2),
                   "plain git merge"));
        expectRefused(s, QStringLiteral("in force after the merge do not allow"));
        QVERIFY2(runCli(s.n.dir, {QStringLiteral("verify")})
                     .out.contains(QStringLiteral("only an editor publishes")),
                 "the rule he broke is named");
    }

    // 4. One editor writes, re-assigns (which used to empty `authors`), then
    // approves, signs off and publishes alone.
    void oneEditorCannotPublishAlone()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(s.addSecondEditor());
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("save"), QStringLiteral("bridge")}, kEd,
                          cleanStory() + "The editor's own paragraph.\n"),
                   "editor writes"));
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("assign"), QStringLiteral("bridge"),
                                    QStringLiteral("--writer"), kWr, QStringLiteral("--reviewer"),
                                    kRv, QStringLiteral("--due"), QStringLiteral("2030-02-01")}),
                   "re-assign"));
        const QJsonObject state =
            QJsonDocument::fromJson(
                readFile(s.n.dir + QStringLiteral("/articles/bridge/state.json")))
                .object();
        QVERIFY2(state.value(QStringLiteral("authors")).toArray().contains(kEd),
                 "re-assigning keeps who wrote the text");

        const CliResult approve =
            runCli(s.n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kEd);
        QCOMPARE(approve.exitCode, 3);
        QVERIFY2(approve.err.contains(QStringLiteral("four-eyes")), qPrintable(approve.err));
        // It names who really can: the assigned reviewer, or the other editor.
        QVERIFY2(approve.err.contains(QStringLiteral("its reviewer rv@example.com")),
                 qPrintable(approve.err));
        QVERIFY2(approve.err.contains(kEd2), qPrintable(approve.err));
        QVERIFY(s.publish());

        // Forged with plain git, the hook refuses it and verify reports it.
        QVERIFY(forgeCommit(
            s.n.dir, kEd,
            {{QStringLiteral("articles/bridge/state.json"),
              editedState(s.n.dir, QStringLiteral("bridge"), QStringLiteral("style-check"))}},
            eventMessage(QStringLiteral("approve"), QStringLiteral("bridge"), kEd,
                         QStringLiteral("review"), QStringLiteral("style-check"))));
        expectRefused(s,
                      QStringLiteral("four-eyes rule: ed@example.com wrote part of this article"));
        resetToServer(s.n.dir);

        // The story goes on with others until it is approved; the editor who
        // wrote part of it may not sign it off or publish it: Ed Two may.
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("approve"), QStringLiteral("bridge")}, kRv),
                   "reviewer approves"));
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}, kWr),
                   "style advance"));
        QVERIFY(ok(runCli(s.n.dir,
                          {QStringLiteral("verify-claim"), QStringLiteral("bridge"),
                           firstClaim(s.n.dir, QStringLiteral("bridge")),
                           QStringLiteral("--source"), QStringLiteral("minutes")},
                          kRv),
                   "verify claim"));
        const CliResult signOff =
            runCli(s.n.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}, kEd);
        QCOMPARE(signOff.exitCode, 3);
        QVERIFY2(signOff.err.contains(kEd2), qPrintable(signOff.err));
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("advance"), QStringLiteral("bridge")}, kEd2),
                   "ed2 signs off"));
        const CliResult publish =
            runCli(s.n.dir, {QStringLiteral("publish"), QStringLiteral("bridge")}, kEd);
        QCOMPARE(publish.exitCode, 3);
        QVERIFY2(publish.err.contains(QStringLiteral("cannot publish it alone")),
                 qPrintable(publish.err));
        QVERIFY(s.publish());
        QVERIFY(forgeCommit(
            s.n.dir, kEd,
            {{QStringLiteral("articles/bridge/state.json"),
              editedState(s.n.dir, QStringLiteral("bridge"), QStringLiteral("published"))}},
            eventMessage(QStringLiteral("publish"), QStringLiteral("bridge"), kEd,
                         QStringLiteral("approved"), QStringLiteral("published"))));
        expectRefused(s, QStringLiteral("cannot publish it alone"));
        resetToServer(s.n.dir);
        QVERIFY(ok(runCli(s.n.dir, {QStringLiteral("publish"), QStringLiteral("bridge")}, kEd2),
                   "ed2 publishes"));
        QVERIFY(s.publish());
        const CliResult v = runCli(s.bare, {QStringLiteral("verify")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }

    // What an outside tester found next. A tree that lists a file twice, or
    // out of order: the hook's diff, libgit2 and a checkout each see
    // another copy. Unsorted forged copies of people.json and newsroom.json
    // inside a harmless `words` event turned signing off and made a writer
    // editor; a duplicate index.md inside a `comment` changed published text.
    void malformedTreesAreRefused()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("published")));
        QVERIFY(s.publish());
        QVERIFY(ok(
            runCli(s.n.dir,
                   {QStringLiteral("comment"), QStringLiteral("bridge"), QStringLiteral("--quote"),
                    QStringLiteral("council"), QStringLiteral("--body"), QStringLiteral("Nice.")},
                   kWr),
            "comment"));
        const QString event = headOf(s.n.dir);
        const QString message = gitOut(s.n.dir, {QStringLiteral("log"), QStringLiteral("-1"),
                                                 QStringLiteral("--format=%B"), event});
        git(s.n.dir, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
                      QStringLiteral("HEAD~1")});
        const QString forged =
            runProgram(
                QStringLiteral("git"),
                {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")},
                s.n.dir, "---\ntitle: Bridge\n---\nThe bridge has collapsed.\n")
                .out.trimmed();
        const QString articleTree = event + QStringLiteral(":articles/bridge");
        QList<QStringList> files = treeEntries(s.n.dir, articleTree);
        // [comments.json, index.md (forged), state.json, index.md (real)]
        QList<QStringList> duplicated;
        for (const QStringList &e : files) {
            if (e.at(1) == QLatin1String("index.md"))
                duplicated.append({e.at(0), e.at(1), forged});
            else if (e.at(1) == QLatin1String("ledger.json"))
                continue;
            else
                duplicated.append(e);
        }
        for (const QStringList &e : files) {
            if (e.at(1) == QLatin1String("index.md"))
                duplicated.append(e);
        }
        const QString articles =
            replaceEntry(s.n.dir, event + QStringLiteral(":articles"), QStringLiteral("bridge"),
                         rawTree(s.n.dir, duplicated));
        const QString root = replaceEntry(s.n.dir, event + QStringLiteral("^{tree}"),
                                          QStringLiteral("articles"), articles);
        QVERIFY(!root.isEmpty());
        QVERIFY(moveMainTo(s.n.dir, commitTree(s.n.dir, kWr, root, {headOf(s.n.dir)}, message)));
        expectRefused(s, QStringLiteral("a malformed tree"));
    }

    // References that rewrite what git shows, tags that move, attributes
    // that rewrite every clone's files, words events beyond the house list,
    // a language the CLI refuses.
    void refsAttributesWordsAndLanguage()
    {
        Served s;
        QVERIFY(s.ready);
        QVERIFY(scriptStory(s.n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(ok(push(s.n.dir, {QStringLiteral("main"), QStringLiteral("main:refs/tags/v1")}),
                   "push main and a tag"));
        const QString main = headOf(s.n.dir);

        const CliResult replace = push(s.n.dir, {QStringLiteral("HEAD~3:refs/replace/") + main});
        QVERIFY(replace.exitCode != 0);
        QVERIFY2(replace.err.contains(QStringLiteral("only branches and tags")),
                 qPrintable(replace.err));
        const CliResult notes = push(s.n.dir, {QStringLiteral("HEAD~1:refs/notes/commits")});
        QVERIFY(notes.exitCode != 0);
        const CliResult moveTag = push(s.n.dir, {QStringLiteral("+HEAD~1:refs/tags/v1")});
        QVERIFY(moveTag.exitCode != 0);
        QVERIFY2(moveTag.err.contains(QStringLiteral("never moved")), qPrintable(moveTag.err));

        QVERIFY(forgeCommit(s.n.dir, kWr,
                            {{QStringLiteral(".gitattributes"), "articles/** text eol=crlf\n"}},
                            QStringLiteral("attributes")));
        expectRefused(s, QStringLiteral(".gitattributes changed"));
        resetToServer(s.n.dir);

        QVERIFY(forgeCommit(s.n.dir, kWr,
                            {{QStringLiteral("copydesk/words/accepted.txt"), "Zorblax\n"}},
                            QStringLiteral("words\n\nCopydesk-Event: words\nCopydesk-Actor: "
                                           "wr@example.com\nCopydesk-Words: add\n")));
        expectRefused(s, QStringLiteral("may change only the house dictionary"));
        resetToServer(s.n.dir);

        QByteArray text = readFile(s.n.dir + QStringLiteral("/articles/bridge/index.md"));
        QVERIFY(text.contains("lang: en"));
        text.replace("lang: en", "lang: xx");
        QVERIFY(forgeCommit(s.n.dir, kWr, {{QStringLiteral("articles/bridge/index.md"), text}},
                            QStringLiteral("save bridge\n\nCopydesk-Event: save\nCopydesk-Article: "
                                           "bridge\nCopydesk-Actor: wr@example.com\n")));
        expectRefused(s, QStringLiteral("language 'xx' is not supported"));
    }

    // The board waits for whoever can really act: a reviewer who edited the
    // text cannot approve it, so "waiting for rv's review" would be a lie.
    void boardNamesWhoCanApprove()
    {
        ScratchNewsroom n;
        QVERIFY(scriptStory(n.dir, QStringLiteral("bridge"), QStringLiteral("review")));
        QVERIFY(runCli(n.dir, {QStringLiteral("board")})
                    .out.contains(QStringLiteral("waiting for rv@example.com's review")));
        QVERIFY(ok(runCli(n.dir, {QStringLiteral("save"), QStringLiteral("bridge")}, kRv,
                          cleanStory() + "The reviewer's line.\n"),
                   "the reviewer edits"));
        const CliResult board = runCli(n.dir, {QStringLiteral("board")});
        QVERIFY2(!board.out.contains(QStringLiteral("waiting for rv@example.com's review")),
                 qPrintable(board.out));
        QVERIFY2(board.out.contains(QStringLiteral("waiting for an editor who did not write it")),
                 qPrintable(board.out));
    }

    // A side that both changed the article drops nobody else's work: keeping
    // my version over the reviewer's comment is refused by sync itself and
    // by the hook; keeping theirs and saving again lands.
    void keepingMineDropsNoColleaguesWork()
    {
        TwoClones c;
        QVERIFY(c.isRunning());
        QVERIFY(installHook(c.bare));
        QVERIFY(scriptStory(c.a.dir, QStringLiteral("bridge"), QStringLiteral("drafting")));
        const QString shared = c.share();
        QVERIFY2(shared.isEmpty(), qPrintable(shared));
        // The reviewer comments on the server's copy; the writer saves here.
        QVERIFY(ok(runCli(c.b,
                          {QStringLiteral("comment"), QStringLiteral("bridge"),
                           QStringLiteral("--quote"), QStringLiteral("council"),
                           QStringLiteral("--body"), QStringLiteral("Which council?")},
                          kRv),
                   "comment"));
        QVERIFY(ok(runCli(c.b, {QStringLiteral("sync")}, kRv), "b syncs"));
        QVERIFY(ok(runCli(c.a.dir, {QStringLiteral("save"), QStringLiteral("bridge")}, kWr,
                          cleanStory() + "More.\n"),
                   "writer saves"));
        const QString mine = headOf(c.a.dir);
        const CliResult keepMine =
            runCli(c.a.dir,
                   {QStringLiteral("sync"), QStringLiteral("--keep"), QStringLiteral("mine")}, kWr);
        QCOMPARE(keepMine.exitCode, 3);
        QVERIFY2(keepMine.err.contains(QStringLiteral("rv@example.com")), qPrintable(keepMine.err));
        QCOMPARE(headOf(c.a.dir), mine);

        // Made by hand with plain git, the hook refuses it.
        QVERIFY(ok(
            git(c.a.dir, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")}),
            "fetch"));
        const QString theirs =
            gitOut(c.a.dir, {QStringLiteral("rev-parse"), QStringLiteral("origin/main")});
        const QString merged = commitTree(c.a.dir, kWr, treeWith(c.a.dir, mine, {}), {mine, theirs},
                                          QStringLiteral("Merge\n\nCopydesk-Event: sync\n"));
        QVERIFY(moveMainTo(c.a.dir, merged));
        const CliResult r = push(c.a.dir);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("drops work on articles/bridge")),
                 qPrintable(r.err));
        QCOMPARE(serverHead(c.bare), theirs);
    }
};

QTEST_GUILESS_MAIN(TestHistoryAttacks)
#include "tst_history_attacks.moc"
