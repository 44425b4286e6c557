#include "pipeline/Verifier.h"

#include "check/Check.h"
#include "claims/ClaimStatus.h"
#include "core/Error.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "newsroom/ArticleState.h"
#include "newsroom/ContentPolicy.h"
#include "newsroom/MergePolicy.h"
#include "pipeline/Comments.h"
#include "pipeline/EventContent.h"
#include "pipeline/Ledger.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"
#include "pipeline/Rules.h"
#include "pipeline/Signing.h"
#include "spelling/HouseDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <functional>
#include <optional>

namespace copydesk
{

QString Violation::toText() const
{
    QString who = event.isEmpty() ? QStringLiteral("commit") : event;
    if (!article.isEmpty())
        who += u' ' + article;
    if (!actor.isEmpty())
        who += QStringLiteral(" by ") + actor;
    return QStringLiteral("%1 %2: %3").arg(commit.left(10), who, rule);
}

QJsonObject Violation::toJson() const
{
    return QJsonObject{{QStringLiteral("commit"), commit}, {QStringLiteral("article"), article},
                       {QStringLiteral("event"), event},   {QStringLiteral("actor"), actor},
                       {QStringLiteral("rule"), rule},     {QStringLiteral("summary"), summary}};
}

// The same definitions Workflow's gates use: the ledger's statuses applied
// (Ledger::apply), then what blocks publication (claims/ClaimStatus).
Findings Verifier::openStyleErrors(Findings all, const Ledger &ledger)
{
    ledger.apply(all);
    Findings out;
    for (const Finding &f : all) {
        if (!f.isClaim() && blocksPublication(f))
            out.append(f);
    }
    return out;
}

Findings Verifier::openClaims(Findings claims, const Ledger &ledger)
{
    ledger.apply(claims);
    Findings out;
    for (const Finding &f : claims) {
        if (f.isClaim() && blocksPublication(f))
            out.append(f);
    }
    return out;
}

namespace
{

const QString kArticles = QStringLiteral("articles");
const QString kConfig = QStringLiteral("copydesk");
const QString kState = QStringLiteral("state.json");
const QString kText = QStringLiteral("index.md");
const QString kComments = QStringLiteral("comments.json");
const QString kLedger = QStringLiteral("ledger.json");

// The files of articles/<slug>/ each event may write.
QSet<QString> filesFor(const QString &event)
{
    if (event == Event::New || event == Event::Save)
        return {kText, kState};
    if (event == Event::Assign || event == Event::Submit || event == Event::Approve ||
        event == Event::RequestChanges || event == Event::Advance || event == Event::Publish ||
        event == Event::Reopen)
        return {kState, kComments};
    if (event == Event::Waive || event == Event::VerifyClaim || event == Event::Dispute)
        return {kLedger, kState};
    if (event == Event::Comment || event == Event::Reply || event == Event::Resolve)
        return {kComments, kState};
    return {};
}

bool isArticleEvent(const QString &event)
{
    return !filesFor(event).isEmpty();
}

QString lower(const QString &s)
{
    return s.trimmed().toLower();
}

// The fields of two states that differ, ignoring `updated` (a timestamp).
QStringList stateDifferences(const ArticleState &expected, const ArticleState &actual,
                             bool createdMayDiffer)
{
    QStringList out;
    auto field = [&](const char *name, const QString &want, const QString &have) {
        if (want != have)
            out.append(QCoreApplication::translate("copydesk::Verifier",
                                                   "%1 is '%2' but the history says '%3'")
                           .arg(QLatin1String(name), have, want));
    };
    field("stage", expected.stage, actual.stage);
    field("writer", expected.writer, actual.writer);
    field("reviewer", expected.reviewer, actual.reviewer);
    field("due", expected.due.toString(Qt::ISODate), actual.due.toString(Qt::ISODate));
    field("brief", expected.brief, actual.brief);
    if (!createdMayDiffer)
        field("created", expected.created.toString(Qt::ISODate),
              actual.created.toString(Qt::ISODate));
    field("authors", expected.authors.join(QStringLiteral(", ")),
          actual.authors.join(QStringLiteral(", ")));
    QJsonObject a = expected.extra, b = actual.extra;
    a.remove(QStringLiteral("updated"));
    b.remove(QStringLiteral("updated"));
    if (a != b)
        out.append(QCoreApplication::translate("copydesk::Verifier", "other fields (%1) changed")
                       .arg(QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact))));
    return out;
}

// The rule a Copydesk-* trailer given twice breaks (Trailers::repeatedKeys).
QString repeatedTrailer(const QString &key)
{
    return QStringLiteral("the trailer %1 appears more than once; each Copydesk trailer (except "
                          "Copydesk-Finding) is given once")
        .arg(key);
}

// The message body between the summary and the trailers (the assign brief).
QString messageBody(const QString &message)
{
    QString text = message;
    while (text.endsWith(u'\n') || text.endsWith(u' '))
        text.chop(1);
    const qsizetype first = text.indexOf(QStringLiteral("\n\n"));
    if (first < 0)
        return {};
    const qsizetype last = text.lastIndexOf(QStringLiteral("\n\n"));
    if (last == first)
        return Trailers::parse(text).isEmpty() ? text.mid(first + 2).trimmed() : QString();
    return text.mid(first + 2, last - first - 2).trimmed();
}

} // namespace

struct Verifier::Private {
    const git::Repository &repo;
    int checked = 0;
    QStringList warnings;
    bool strictGates = false;

    // What the rules read from a version of copydesk/, loaded on demand and
    // shared by every commit with that version: the configuration changes
    // rarely, so 100,000 commits parse it a handful of times.
    struct Snapshot {
        QString configTree; // entry id of copydesk/
        std::optional<People> people;
        Pipeline pipeline; // set in loadSnapshot(): its defaults read shipped files and may throw
        bool requireSigned = false;
        QByteArray allowedSigners;
        bool hasNewsroom = false;
        QString problem; // a configuration file that does not parse
    };
    QHash<QString, std::shared_ptr<const Snapshot>> snapshotsByCommit;
    QHash<QString, std::shared_ptr<const Snapshot>> snapshotsByTree;

    // Where the newsroom's one root (its init commit) is found: the
    // first-parent root of rootTip, looked up on first need.
    QString rootTip;
    QString root;
    const QString &rootId()
    {
        if (root.isEmpty() && !rootTip.isEmpty())
            root = repo.firstParentRoot(rootTip);
        return root;
    }
    // While a merge re-judges the events it brings in: the configuration in
    // force after the merge, whose people, roles, keys and signing
    // requirement replace each event's own (see checkMerge()).
    const Snapshot *authority = nullptr;
    QHash<QString, std::shared_ptr<const Snapshot>> judgedUnder;

    // Check suites built from one version of copydesk/ (house words, style
    // rules, claim lexicons), extracted to a temporary folder.
    struct Suite {
        std::unique_ptr<QTemporaryDir> dir;
        CheckSuite suite;
        QStringList warnings;
    };
    QHash<QString, std::shared_ptr<Suite>> suites;

    explicit Private(const git::Repository &r) : repo(r) {}

    void warn(const QString &w)
    {
        if (!warnings.contains(w))
            warnings.append(w);
    }

    std::optional<QByteArray> read(const QString &commit, const QString &path) const
    {
        if (commit.isEmpty())
            return std::nullopt;
        return repo.readFile(commit, path);
    }

    // The returned reference lives as long as this object.
    const Snapshot &snapshot(const QString &commit)
    {
        if (const auto it = snapshotsByCommit.constFind(commit); it != snapshotsByCommit.constEnd())
            return **it;
        const QString tree = commit.isEmpty() ? QString() : repo.entryId(commit, kConfig);
        auto found = commit.isEmpty() ? nullptr : snapshotsByTree.value(tree);
        if (!found) {
            found = loadSnapshot(commit, tree);
            if (!commit.isEmpty())
                snapshotsByTree.insert(tree, found);
        }
        snapshotsByCommit.insert(commit, found);
        return *found;
    }

    std::shared_ptr<const Snapshot> loadSnapshot(const QString &commit, const QString &tree) const
    {
        auto s = std::make_shared<Snapshot>();
        s->configTree = tree;
        if (commit.isEmpty())
            return s;
        try {
            if (const auto p = read(commit, QStringLiteral("copydesk/people.json")))
                s->people = People::fromJson(*p, QStringLiteral("copydesk/people.json"));
            if (const auto p = read(commit, QStringLiteral("copydesk/pipeline.json")))
                s->pipeline = Pipeline::fromJson(*p, QStringLiteral("copydesk/pipeline.json"));
            else
                s->pipeline = Pipeline::defaults();
        } catch (const Error &e) {
            s->problem = e.message();
        }
        if (const auto n = read(commit, QStringLiteral("copydesk/newsroom.json"))) {
            s->hasNewsroom = true;
            s->requireSigned = Signing::requiredBy(*n);
        }
        s->allowedSigners = read(commit, Signing::kAllowedSignersPath).value_or(QByteArray());
        return s;
    }

    // What an event with this parent is judged by: the parent's
    // configuration, or — while a merge re-judges what it brings in — the
    // parent's pipeline with the people, roles, keys and signing
    // requirement in force after the merge.
    const Snapshot &rulesFor(const QString &parent)
    {
        const Snapshot &own = snapshot(parent);
        if (!authority)
            return own;
        const QString key = own.configTree + u'|' + authority->configTree;
        if (const auto it = judgedUnder.constFind(key); it != judgedUnder.constEnd())
            return **it;
        auto s = std::make_shared<Snapshot>(own);
        s->people = authority->people;
        s->requireSigned = authority->requireSigned;
        s->allowedSigners = authority->allowedSigners;
        if (!authority->problem.isEmpty())
            s->problem = authority->problem;
        judgedUnder.insert(key, s);
        return *s;
    }

    static People peopleOf(const Snapshot &s) { return s.people ? *s.people : People(); }

    std::shared_ptr<Suite> suiteFor(const QString &commit)
    {
        const QString tree = snapshot(commit).configTree;
        if (auto it = suites.constFind(tree); it != suites.constEnd())
            return *it;
        auto suite = std::make_shared<Suite>();
        suite->dir = std::make_unique<QTemporaryDir>();
        const QString root = suite->dir->path();
        if (!tree.isEmpty()) {
            const QMap<QString, QString> files = repo.listFiles(commit, kConfig);
            for (auto it = files.begin(); it != files.end(); ++it) {
                const auto bytes = repo.readFile(commit, kConfig + u'/' + it.key());
                const QString path = root + QStringLiteral("/copydesk/") + it.key();
                QDir().mkpath(QFileInfo(path).absolutePath());
                QFile f(path);
                if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
                    throw Error(QStringLiteral("cannot extract %1 to check the gates").arg(path));
            }
        }
        suite->suite = CheckSuite::standard(CheckEnvironment{{}, root}, &suite->warnings);
        suites.insert(tree, suite);
        return suite;
    }

    // What blocks the gate of `stage` in the parent: recomputed on its text.
    int openGateFindings(const QString &parent, const QString &slug, const QString &gate,
                         const QString &commit)
    {
        if (gate != QLatin1String("style") && gate != QLatin1String("facts"))
            return 0;
        const QString dir = kArticles + u'/' + slug + u'/';
        const QString text = QString::fromUtf8(read(parent, dir + kText).value_or(QByteArray()));
        Ledger ledger;
        if (const auto l = read(parent, dir + kLedger))
            ledger = Ledger::fromJson(*l, dir + kLedger);
        const auto suite = suiteFor(parent);
        const QStringList names = suite->suite.names();
        const QStringList needed =
            gate == QLatin1String("style")
                ? QStringList{QStringLiteral("spelling"), QStringLiteral("style")}
                : QStringList{QStringLiteral("claims")};
        for (const QString &n : needed) {
            if (!names.contains(n))
                warn(
                    QCoreApplication::translate(
                        "copydesk::Verifier",
                        "the %1 check is not available here (%2), so the %3 gate passed by %4 "
                        "could "
                        "not be recomputed fully; install the dictionaries where verify runs")
                        .arg(n, suite->warnings.join(QStringLiteral("; ")), gate, commit.left(10)));
        }
        if (gate == QLatin1String("style"))
            return int(
                Verifier::openStyleErrors(suite->suite.checkFile(text, {QStringLiteral("spelling"),
                                                                        QStringLiteral("style")}),
                                          ledger)
                    .size());
        return int(
            Verifier::openClaims(suite->suite.checkFile(text, {QStringLiteral("claims")}), ledger)
                .size());
    }

    // Whether the text of articles/<slug> in `commit` has the claim `id`, as
    // this build's claim detector finds it (what verify-claim in the CLI
    // asks). Without the claims check here it cannot tell: warned, passed.
    bool claimInText(const QString &commit, const QString &slug, const QString &id)
    {
        const auto suite = suiteFor(commit);
        if (!suite->suite.names().contains(QStringLiteral("claims"))) {
            warn(QStringLiteral("the claims check is not available here (%1), so whether each "
                                "claim a ledger records is in its article could not be "
                                "recomputed; install the dictionaries where verify runs")
                     .arg(suite->warnings.join(QStringLiteral("; "))));
            return true;
        }
        const QString text = QString::fromUtf8(
            read(commit, kArticles + u'/' + slug + u'/' + kText).value_or(QByteArray()));
        for (const Finding &f : suite->suite.checkFile(text, {QStringLiteral("claims")})) {
            if (f.id == id)
                return true;
        }
        return false;
    }

    // Reports through `violate` when `commit` is not validly signed by
    // `actor` per the parent's copydesk/allowed_signers.
    void checkSignature(const QString &commit, const Snapshot &snap, const QString &what,
                        const QString &actor, const std::function<void(const QString &)> &violate)
    {
        const auto sig = repo.commitSignature(commit);
        if (!sig) {
            violate(QCoreApplication::translate(
                        "copydesk::Verifier",
                        "unsigned '%1': this newsroom requires approvals, waivers, "
                        "publications, the fact-check sign-off and configuration "
                        "changes to be signed with the actor's SSH key")
                        .arg(what));
            return;
        }
        const Signing::SignatureCheck check =
            Signing::verify(snap.allowedSigners, actor, sig->signature, sig->signedData);
        if (!check.valid)
            violate(QCoreApplication::translate("copydesk::Verifier", "wrongly signed '%1': %2")
                        .arg(what, check.problem));
    }

    QList<Violation> verifyCommit(const QString &id);
    void checkMerge(const git::CommitInfo &c, QList<Violation> &out);
    void checkMergedEntry(const git::CommitInfo &c, const QString &path, const QString &kept,
                          const QString &other, const QString &base,
                          const std::function<void(const QString &)> &violate);
    void rejudgeSide(const git::CommitInfo &merge, const QString &sideTip, const QString &base,
                     QList<Violation> &out);
    void checkArticle(const git::CommitInfo &c, const QString &parent, const QString &slug,
                      const Trailers &t, const QString &event, const QString &actor,
                      QList<Violation> &out);
    void checkConfig(const git::CommitInfo &c, const QString &parent, const QString &event,
                     const QString &actor, QList<Violation> &out);
    void checkRootFiles(const git::CommitInfo &c, const QString &parent, const QString &event,
                        const QString &actor, QList<Violation> &out);
};

QList<Violation> Verifier::Private::verifyCommit(const QString &id)
{
    ++checked;
    QList<Violation> out;
    const git::CommitInfo c = repo.commitInfo(id);
    if (c.parents.size() > 1) {
        // A merge's trailers are read too (audit lists syncs): once each.
        for (const QString &key : Trailers::parse(c.message).repeatedKeys())
            out.append(Violation{id,
                                 {},
                                 Event::Sync,
                                 lower(c.authorEmail),
                                 repeatedTrailer(key),
                                 c.message.section(u'\n', 0, 0)});
        checkMerge(c, out);
        return out;
    }
    const QString parent = c.parents.value(0);
    const Trailers t = Trailers::parse(c.message);
    QString event = t.value(QStringLiteral("Copydesk-Event"));
    if (event.isEmpty() && !t.value(QStringLiteral("Copydesk-Words")).isEmpty())
        event = Event::Words; // `words` commits before they carried Copydesk-Event
    const QString author = lower(c.authorEmail);
    const QString summary = c.message.section(u'\n', 0, 0);
    auto violate = [&](const QString &article, const QString &rule) {
        out.append(Violation{id, article, event, author, rule, summary});
    };
    if (parent.isEmpty() && !rootTip.isEmpty() && id != rootId()) {
        // A parentless commit would judge itself against nothing: its
        // people.json could make anyone an editor.
        violate({}, QCoreApplication::translate(
                        "copydesk::Verifier",
                        "a second root: this commit has no parent, but a newsroom has exactly one "
                        "root, its init commit (%1); work starts from the newsroom's history")
                        .arg(rootId().left(10)));
        return out;
    }
    // Trees as git fsck wants them: a tree listing a file twice, or out of
    // order, shows libgit2 one copy and a checkout another.
    for (const QString &problem : repo.malformedTrees(id, parent))
        violate({}, problem);
    checkRootFiles(c, parent, event, author, out);

    if (!event.isEmpty()) {
        const QString actor = lower(t.value(QStringLiteral("Copydesk-Actor")));
        if (actor.isEmpty() && event != Event::Words && event != Event::Sync)
            violate(t.value(QStringLiteral("Copydesk-Article")),
                    QCoreApplication::translate("copydesk::Verifier",
                                                "the event names no actor (Copydesk-Actor)"));
        else if (!actor.isEmpty() && actor != author)
            violate(t.value(QStringLiteral("Copydesk-Article")),
                    QCoreApplication::translate(
                        "copydesk::Verifier",
                        "the event claims to be by %1 but the commit's author is %2")
                        .arg(actor, author));
    }

    // Which articles changed: the sorted articles/ folders of both compared
    // entry by entry, without converting the thousands that did not change.
    QStringList touched = repo.changedEntries(id, parent, kArticles);
    touched.sort();
    // What may be stored at all (ContentPolicy: file types, slugs, UTF-8,
    // sizes, strict JSON), as the CLI demands before it writes; and one
    // value per trailer, so every reader reads the same event.
    for (const QString &key : t.repeatedKeys())
        violate(t.value(QStringLiteral("Copydesk-Article")), repeatedTrailer(key));
    for (const QString &problem : ContentPolicy::rootProblems(repo, id, parent))
        violate({}, problem);
    for (const QString &slug : std::as_const(touched)) {
        for (const QString &problem : ContentPolicy::articleProblems(repo, id, parent, slug))
            violate(slug, problem);
    }

    const QString named = t.value(QStringLiteral("Copydesk-Article"));
    if (touched.size() > 1) {
        violate(touched.join(QStringLiteral(", ")),
                event.isEmpty()
                    ? QCoreApplication::translate(
                          "copydesk::Verifier",
                          "files changed outside an event (articles %1 changed by a plain commit)")
                          .arg(touched.join(QStringLiteral(", ")))
                    : QCoreApplication::translate(
                          "copydesk::Verifier",
                          "one event changed several articles (%1); each event changes one")
                          .arg(touched.join(QStringLiteral(", "))));
    } else if (touched.size() == 1) {
        checkArticle(c, parent, touched.first(), t, event, author, out);
    } else if (!named.isEmpty() || isArticleEvent(event)) {
        violate(named, QCoreApplication::translate(
                           "copydesk::Verifier",
                           "the commit records a '%1' of '%2' but does not change that article")
                           .arg(event, named));
    }

    if (repo.entryId(id, kConfig) != (parent.isEmpty() ? QString() : repo.entryId(parent, kConfig)))
        checkConfig(c, parent, event, author, out);
    else if (event == Event::People || event == Event::Words || event == Event::Init)
        // The audit would show an event that changed nothing.
        violate({},
                QCoreApplication::translate(
                    "copydesk::Verifier", "the commit records a '%1' event but does not change the "
                                          "newsroom's configuration")
                    .arg(event));
    return out;
}

void Verifier::Private::checkArticle(const git::CommitInfo &c, const QString &parent,
                                     const QString &slug, const Trailers &t, const QString &event,
                                     const QString &actor, QList<Violation> &out)
{
    const QString summary = c.message.section(u'\n', 0, 0);
    auto violate = [&](const QString &rule) {
        out.append(Violation{c.id, slug, event, actor, rule, summary});
    };
    const QString dir = kArticles + u'/' + slug;
    if (event.isEmpty()) {
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "files changed outside an event: %1 was changed by a plain commit, "
                    "not through Copydesk")
                    .arg(dir));
        return;
    }
    if (!isArticleEvent(event)) {
        violate(QCoreApplication::translate("copydesk::Verifier",
                                            "a '%1' event may not change articles (it changed %2)")
                    .arg(event, dir));
        return;
    }
    const QString named = t.value(QStringLiteral("Copydesk-Article"));
    if (named != slug) {
        violate(QCoreApplication::translate("copydesk::Verifier",
                                            "the event names article '%1' but changed %2")
                    .arg(named, dir));
        return;
    }

    // Which files of the article changed, and do they fit the event?
    const QMap<QString, QString> oldFiles =
        parent.isEmpty() ? QMap<QString, QString>() : repo.listFiles(parent, dir);
    const QMap<QString, QString> newFiles = repo.listFiles(c.id, dir);
    if (newFiles.isEmpty()) {
        violate(QCoreApplication::translate(
            "copydesk::Verifier", "the article was deleted; no event deletes an article"));
        return;
    }
    if (event == Event::New && !oldFiles.isEmpty()) {
        violate(QCoreApplication::translate("copydesk::Verifier",
                                            "'new' for an article that already exists"));
        return;
    }
    if (event != Event::New && oldFiles.isEmpty()) {
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "'%1' for an article that does not exist yet (articles start with 'new')")
                    .arg(event));
        return;
    }
    const QSet<QString> allowed = filesFor(event);
    QStringList extra;
    QSet<QString> all(oldFiles.keyBegin(), oldFiles.keyEnd());
    for (auto it = newFiles.keyBegin(); it != newFiles.keyEnd(); ++it)
        all.insert(*it);
    for (const QString &f : all) {
        if (oldFiles.value(f) != newFiles.value(f) && !allowed.contains(f))
            extra.append(f);
    }
    if (!extra.isEmpty()) {
        extra.sort();
        QStringList may(allowed.begin(), allowed.end());
        may.sort();
        violate(
            QCoreApplication::translate(
                "copydesk::Verifier",
                "files changed outside an event: a '%1' event may change only %2, but "
                "it also changed %3")
                .arg(event, may.join(QStringLiteral(" and ")), extra.join(QStringLiteral(", "))));
    }
    if (event == Event::New && !newFiles.contains(kText))
        violate(QCoreApplication::translate("copydesk::Verifier", "a new article without %1")
                    .arg(kText));

    // The rules, exactly as a live action would have met them.
    const Snapshot &snap = rulesFor(parent);
    if (!snap.problem.isEmpty()) {
        violate(QCoreApplication::translate("copydesk::Verifier",
                                            "the configuration before this event is broken: %1")
                    .arg(snap.problem));
        return;
    }
    if (!snap.hasNewsroom) {
        violate(QCoreApplication::translate(
            "copydesk::Verifier",
            "an article changed before the newsroom existed (the parent has no "
            "copydesk/newsroom.json)"));
        return;
    }
    const People people = peopleOf(snap);
    ArticleState before, after;
    try {
        if (const auto s = read(parent, dir + u'/' + kState))
            before = ArticleState::fromJson(*s, dir + u'/' + kState);
    } catch (const Error &e) {
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "state disagrees with history: the parent's state file is broken (%1)")
                    .arg(e.message()));
        return;
    }
    try {
        const auto s = read(c.id, dir + u'/' + kState);
        if (!s) {
            violate(QCoreApplication::translate("copydesk::Verifier",
                                                "state disagrees with history: %1/%2 is missing")
                        .arg(dir, kState));
            return;
        }
        after = ArticleState::fromJson(*s, dir + u'/' + kState);
    } catch (const Error &e) {
        violate(
            QCoreApplication::translate("copydesk::Verifier", "state disagrees with history: %1")
                .arg(e.message()));
        return;
    }

    RuleInput in;
    in.event = event;
    in.actor = actor;
    in.before = before;
    in.targetStage = t.value(QStringLiteral("Copydesk-To"));
    in.reason = t.value(QStringLiteral("Copydesk-Reason"));
    if (event == Event::RequestChanges && in.reason.isEmpty())
        in.reason = messageBody(c.message);
    try {
        if (const auto cm = read(parent, dir + u'/' + kComments))
            in.unresolvedComments = CommentList::fromJson(*cm, dir + u'/' + kComments).unresolved();
        if (event == Event::Advance) {
            if (const Stage *stage = snap.pipeline.stage(before.stage))
                in.openGateFindings = openGateFindings(parent, slug, stage->gate, c.id);
        }
    } catch (const Error &e) {
        violate(QCoreApplication::translate("copydesk::Verifier", "cannot judge the event: %1")
                    .arg(e.message()));
        return;
    }
    const Decision decision = decide(in, snap.pipeline, people);
    if (!decision.allowed) {
        // Gate findings are recomputed by this build's checks: say so, since
        // a detector that changed since the event can change the count.
        RuleInput open = in;
        open.openGateFindings = 0;
        const bool byGate = in.openGateFindings > 0 && decide(open, snap.pipeline, people).allowed;
        const QString recorded = t.value(QStringLiteral("Copydesk-Checks"));
        if (byGate && !strictGates && !recorded.isEmpty() &&
            recorded != CheckSuite::fingerprint()) {
            // Another version of the checks passed this gate; this one would
            // not. A detector improvement is not a broken rule: say so.
            warn(QCoreApplication::translate(
                     "copydesk::Verifier",
                     "%1: %2 — judged by checks %3 at the time; this Copydesk's checks (%4) "
                     "count differently, so it is not reported as a violation")
                     .arg(c.id.left(10), decision.reason, recorded, CheckSuite::fingerprint()));
        } else {
            violate(byGate ? QCoreApplication::translate(
                                 "copydesk::Verifier",
                                 "%1 (recomputed on the text before this event with this "
                                 "Copydesk's checks)")
                                 .arg(decision.reason)
                           : decision.reason);
            return;
        }
    }
    const Decision passed = decision.allowed ? decision
                                             : decide(
                                                   [&] {
                                                       RuleInput open = in;
                                                       open.openGateFindings = 0;
                                                       return open;
                                                   }(),
                                                   snap.pipeline, people);

    // Signed events, when the newsroom requires them (as configured before
    // this event: a commit cannot switch the requirement off for itself).
    if (snap.requireSigned &&
        Signing::eventNeedsSignature(event, snap.pipeline.stage(before.stage)))
        checkSignature(c.id, snap, event, actor, violate);

    // The state file must be what the event leads to.
    ArticleState expected = before;
    expected.stage = passed.toStage;
    if (event == Event::New) {
        expected = ArticleState{};
        expected.stage = passed.toStage;
        expected.writer = actor;
        expected.created = after.created;
        expected.extra = after.extra; // nothing before to keep
    } else if (event == Event::Save) {
        if (!expected.authors.contains(actor))
            expected.authors.append(actor);
    } else if (event == Event::Assign) {
        expected.writer = lower(t.value(QStringLiteral("Copydesk-Writer")));
        if (!t.value(QStringLiteral("Copydesk-Reviewer")).isEmpty())
            expected.reviewer = lower(t.value(QStringLiteral("Copydesk-Reviewer")));
        if (!t.value(QStringLiteral("Copydesk-Due")).isEmpty())
            expected.due = QDate::fromString(t.value(QStringLiteral("Copydesk-Due")), Qt::ISODate);
        const QString brief = messageBody(c.message);
        if (!brief.isEmpty() && after.brief.trimmed() == brief)
            expected.brief = after.brief;
        // Authorship survives re-assignment (four-eyes counts since creation).
        if (expected.writer.isEmpty())
            violate(QCoreApplication::translate(
                "copydesk::Verifier", "an assignment without a writer (Copydesk-Writer)"));
        else if (!people.find(expected.writer))
            violate(
                QCoreApplication::translate("copydesk::Verifier",
                                            "assigned to %1, who is not a member of this newsroom")
                    .arg(expected.writer));
        if (!expected.reviewer.isEmpty() && expected.reviewer == expected.writer)
            violate(QCoreApplication::translate(
                "copydesk::Verifier", "four-eyes rule: the writer cannot also be the reviewer"));
    }
    const QStringList diffs = stateDifferences(expected, after, event == Event::New);
    if (!diffs.isEmpty())
        violate(
            QCoreApplication::translate("copydesk::Verifier", "state disagrees with history: %1")
                .arg(diffs.join(QStringLiteral("; "))));

    // What the event wrote into the comments and the ledger, not only which
    // files it touched.
    try {
        if (oldFiles.value(kComments) != newFiles.value(kComments)) {
            const QString file = dir + u'/' + kComments;
            const auto was = read(parent, file), now = read(c.id, file);
            const QList<Comment> before =
                was ? CommentList::fromJson(*was, file).items() : QList<Comment>();
            const QList<Comment> after =
                now ? CommentList::fromJson(*now, file).items() : QList<Comment>();
            for (const QString &rule : EventContent::commentRules(event, actor, t, before, after))
                violate(rule);
        }
        if (oldFiles.value(kLedger) != newFiles.value(kLedger)) {
            const QString file = dir + u'/' + kLedger;
            const auto was = read(parent, file), now = read(c.id, file);
            const Ledger before = was ? Ledger::fromJson(*was, file) : Ledger();
            const Ledger after = now ? Ledger::fromJson(*now, file) : Ledger();
            for (const QString &rule : EventContent::ledgerRules(event, actor, t, before, after))
                violate(rule);
            const QString claim = t.value(QStringLiteral("Copydesk-Claim"));
            if ((event == Event::VerifyClaim || event == Event::Dispute) && !claim.isEmpty() &&
                !claimInText(parent, slug, claim))
                violate(QStringLiteral("the article has no claim '%1': a ledger entry records a "
                                       "claim of the text (see 'copydesk-cli claims %2')")
                            .arg(claim, slug));
        }
    } catch (const Error &e) {
        violate(QCoreApplication::translate("copydesk::Verifier",
                                            "a broken comments or ledger file: %1")
                    .arg(e.message()));
    }

    // The trailers an audit reads must tell the same story.
    const QString stageTrailer = t.value(QStringLiteral("Copydesk-Stage"));
    if (!stageTrailer.isEmpty() && stageTrailer != after.stage)
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "the commit says the article is in '%1' but its state says '%2'")
                    .arg(stageTrailer, after.stage));
    const QString from = t.value(QStringLiteral("Copydesk-From")),
                  to = t.value(QStringLiteral("Copydesk-To"));
    if ((!from.isEmpty() || !to.isEmpty()) && event != Event::New &&
        (from != before.stage || to != after.stage))
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "the commit records a move %1 → %2 but the article moved %3 → %4")
                    .arg(from, to, before.stage, after.stage));
}

// Files at the top of the repository that change how git writes every
// clone's working tree: attributes (eol=crlf, working-tree-encoding, filter
// drivers) and submodules. A colleague's .gitattributes could make every
// article look changed in every clone. Configuration, so an editor's.
void Verifier::Private::checkRootFiles(const git::CommitInfo &c, const QString &parent,
                                       const QString &event, const QString &actor,
                                       QList<Violation> &out)
{
    for (const QString &name : {QStringLiteral(".gitattributes"), QStringLiteral(".gitmodules")}) {
        if (repo.entryId(c.id, name) == (parent.isEmpty() ? QString() : repo.entryId(parent, name)))
            continue;
        const Snapshot &snap = rulesFor(parent);
        const People people = peopleOf(snap);
        const Person *who = people.find(actor);
        if (who && who->hasRole(QStringLiteral("editor")) && event.isEmpty())
            continue;
        out.append(Violation{c.id,
                             {},
                             event,
                             actor,
                             QCoreApplication::translate(
                                 "copydesk::Verifier",
                                 "%1 changed: it changes how git writes every clone's files, so "
                                 "only an editor changes it, by hand (not inside an event)")
                                 .arg(name),
                             c.message.section(u'\n', 0, 0)});
    }
}

void Verifier::Private::checkConfig(const git::CommitInfo &c, const QString &parent,
                                    const QString &event, const QString &actor,
                                    QList<Violation> &out)
{
    const QString summary = c.message.section(u'\n', 0, 0);
    auto violate = [&](const QString &rule) {
        out.append(Violation{c.id, {}, event, actor, rule, summary});
    };
    for (const QString &problem : ContentPolicy::configProblems(repo, c.id, parent))
        violate(problem);
    const QMap<QString, QString> oldFiles =
        parent.isEmpty() ? QMap<QString, QString>() : repo.listFiles(parent, kConfig);
    const QMap<QString, QString> newFiles = repo.listFiles(c.id, kConfig);
    QStringList changed;
    QSet<QString> all(oldFiles.keyBegin(), oldFiles.keyEnd());
    for (auto it = newFiles.keyBegin(); it != newFiles.keyEnd(); ++it)
        all.insert(*it);
    for (const QString &f : all) {
        if (oldFiles.value(f) != newFiles.value(f))
            changed.append(QStringLiteral("copydesk/") + f);
    }
    changed.sort();
    const Snapshot &snap = rulesFor(parent);
    const People people = peopleOf(snap);
    const Person *who = people.find(actor);
    const bool isEditor = who && who->hasRole(QStringLiteral("editor"));
    const QString list = changed.join(QStringLiteral(", "));

    // With signed events required, who may change the configuration matters
    // as much as who approves: an unsigned commit "by an editor" could
    // otherwise switch the requirement off or add a key. House words are
    // exempt (any member adds them; they only widen the dictionary).
    if (snap.requireSigned && Signing::configChangeNeedsSignature(changed))
        checkSignature(c.id, snap,
                       event.isEmpty() ? QCoreApplication::translate("copydesk::Verifier",
                                                                     "configuration change")
                                       : event,
                       actor, violate);

    if (event == Event::Init) {
        if (!snap.hasNewsroom)
            return; // the newsroom's first commit
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "'init' on a repository that is already a newsroom (it changed %1)")
                    .arg(list));
        return;
    }
    if (event == Event::People) {
        RuleInput in;
        in.event = Event::People;
        in.actor = actor;
        const Decision dec = decide(in, snap.pipeline, people);
        if (!dec.allowed)
            violate(dec.reason);
        for (const QString &f : changed) {
            if (f != QLatin1String("copydesk/people.json"))
                violate(
                    QCoreApplication::translate(
                        "copydesk::Verifier",
                        "a 'people' event may change only copydesk/people.json, but it changed %1")
                        .arg(f));
        }
        return;
    }
    if (event == Event::Words) {
        RuleInput in;
        in.event = Event::Words;
        in.actor = actor;
        const Decision dec = decide(in, snap.pipeline, people);
        if (!dec.allowed)
            violate(dec.reason);
        // Only the list `words` writes: copydesk/words/accepted.txt and any
        // other file there are edited by hand, which is an editor's job.
        for (const QString &f : changed) {
            if (f != HouseDictionary::path)
                violate(QCoreApplication::translate(
                            "copydesk::Verifier",
                            "a 'words' event may change only the house dictionary (%1), but it "
                            "changed %2")
                            .arg(HouseDictionary::path, f));
        }
        return;
    }
    if (event.isEmpty() && isEditor)
        return; // an editor edits the configuration by hand
    violate(event.isEmpty()
                ? QCoreApplication::translate(
                      "copydesk::Verifier",
                      "configuration changed outside an event: %1 changed %2, and only "
                      "an editor may change "
                      "the newsroom's configuration by hand")
                      .arg(actor, list)
                : QCoreApplication::translate(
                      "copydesk::Verifier",
                      "a '%1' event may not change the newsroom's configuration (it changed %2)")
                      .arg(event, list));
}

// A merge takes work; it never makes, undoes or re-authorises work. Judged
// against the merge base B of its two parents:
//  - each article folder and configuration file is one parent's version;
//  - a side's version may be kept only where that side changed it since B
//    (an ancestor adds nothing: keeping an older version undoes the other
//    side's events — a reviewer's comment, a demotion, a signing key);
//  - where both sides changed an article, the side dropped may hold only
//    the merging person's own work; both sides changing one configuration
//    file is refused (it would drop an editor's change);
//  - a history with no common root is a second root;
//  - the events each side brings in are judged again with the people,
//    roles, keys and signing requirement in force after the merge, when
//    the other side changed them since B: a role or key revoked on main
//    also revokes what was done with it on a fork.
void Verifier::Private::checkMerge(const git::CommitInfo &c, QList<Violation> &out)
{
    const QString summary = c.message.section(u'\n', 0, 0);
    const Trailers t = Trailers::parse(c.message);
    const QString event = t.value(QStringLiteral("Copydesk-Event"));
    const QString actor = lower(c.authorEmail);
    auto violation = [&](const QString &slug, const QString &rule) {
        out.append(Violation{c.id, slug, event, actor, rule, summary});
    };
    if (c.parents.size() > 2) {
        violation({}, QCoreApplication::translate(
                          "copydesk::Verifier",
                          "a merge of %1 histories at once; a newsroom's merges join two")
                          .arg(c.parents.size()));
        return;
    }
    const QString &p1 = c.parents.at(0), &p2 = c.parents.at(1);
    for (const QString &problem : repo.malformedTrees(c.id, p1))
        violation({}, problem);
    const QString base = repo.mergeBase(p1, p2);
    if (base.isEmpty()) {
        violation({}, QCoreApplication::translate(
                          "copydesk::Verifier",
                          "a second root: the merge joins a history that does not descend from "
                          "this newsroom's init commit; a newsroom has exactly one root"));
        return;
    }

    // Articles: which folders differ from each parent, without converting
    // the thousands that match both.
    const QStringList differs1 = repo.changedEntries(c.id, p1, kArticles);
    const QStringList differs2 = repo.changedEntries(c.id, p2, kArticles);
    const QSet<QString> from1(differs1.begin(), differs1.end());
    const QSet<QString> from2(differs2.begin(), differs2.end());
    QSet<QString> all = from1;
    all.unite(from2);
    QStringList slugs(all.begin(), all.end());
    slugs.sort();
    for (const QString &slug : slugs) {
        auto violate = [&](const QString &rule) { violation(slug, rule); };
        if (from1.contains(slug) && from2.contains(slug)) {
            violate(QCoreApplication::translate(
                        "copydesk::Verifier",
                        "article changed in a merge: articles/%1 is neither side's version")
                        .arg(slug));
            continue;
        }
        const bool keptSecond = from1.contains(slug);
        checkMergedEntry(c, kArticles + u'/' + slug, keptSecond ? p2 : p1, keptSecond ? p1 : p2,
                         base, violate);
    }

    // Configuration: the same, file by file, except the house dictionary,
    // whose word lists merge line by line (anyone adds words).
    const QMap<QString, QString> cfg1 = repo.listFiles(p1, kConfig),
                                 cfg2 = repo.listFiles(p2, kConfig),
                                 cfgBase = repo.listFiles(base, kConfig),
                                 cfgMerged = repo.listFiles(c.id, kConfig);
    QSet<QString> files;
    for (const auto *m : {&cfg1, &cfg2, &cfgMerged})
        for (auto it = m->keyBegin(); it != m->keyEnd(); ++it)
            files.insert(*it);
    QStringList fileList(files.begin(), files.end());
    fileList.sort();
    for (const QString &f : fileList) {
        if (f.startsWith(QStringLiteral("words/")))
            continue;
        const QString merged = cfgMerged.value(f), v1 = cfg1.value(f), v2 = cfg2.value(f),
                      vb = cfgBase.value(f);
        if (merged == v1 && merged == v2)
            continue;
        if (merged != v1 && merged != v2) {
            violation({}, QCoreApplication::translate("copydesk::Verifier",
                                                      "configuration changed in a merge: "
                                                      "copydesk/%1 is neither side's version")
                              .arg(f));
            continue;
        }
        const QString kept = merged == v1 ? v1 : v2, dropped = merged == v1 ? v2 : v1;
        if (kept == vb)
            violation({}, QCoreApplication::translate(
                              "copydesk::Verifier",
                              "the merge takes copydesk/%1 as it was at the common revision %2, "
                              "undoing the other side's change to it (a merge keeps only what a "
                              "side changed)")
                              .arg(f, base.left(10)));
        else if (dropped != vb)
            violation({}, QCoreApplication::translate(
                              "copydesk::Verifier",
                              "copydesk/%1 was changed on both sides; a merge may not drop an "
                              "editor's configuration change (bring one change in first, then "
                              "make the other on top)")
                              .arg(f));
    }

    // Authority: when one side changed the configuration since the base,
    // what the other side brings in is judged again under the merged one.
    const QString configBase = repo.entryId(base, kConfig);
    if (repo.entryId(p2, kConfig) != configBase)
        rejudgeSide(c, p1, base, out);
    if (repo.entryId(p1, kConfig) != configBase)
        rejudgeSide(c, p2, base, out);
}

void Verifier::Private::checkMergedEntry(const git::CommitInfo &c, const QString &path,
                                         const QString &kept, const QString &other,
                                         const QString &base,
                                         const std::function<void(const QString &)> &violate)
{
    const QString baseId = repo.entryId(base, path);
    if (repo.entryId(kept, path) == baseId) {
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "the merge takes %1 as it was at the common revision %2, undoing what the "
                    "other side did to it since (a merge keeps only what a side changed; an "
                    "ancestor adds nothing)")
                    .arg(path, base.left(10)));
        return;
    }
    if (repo.entryId(other, path) == baseId)
        return; // only the kept side changed it
    // Both sides changed it and the merge keeps one whole: the other side's
    // changes are dropped, which may drop text (a person's choice) and the
    // merging person's own events, never a colleague's (newsroom/MergePolicy).
    const QStringList others = colleaguesWorkDropped(repo, other, base, path, c.authorEmail);
    if (!others.isEmpty())
        violate(QCoreApplication::translate(
                    "copydesk::Verifier",
                    "the merge drops work on %1 that %2 recorded on the other side since the "
                    "common revision %3; keep their version and make your change again on top")
                    .arg(path, others.join(QStringLiteral(", ")), base.left(10)));
}

void Verifier::Private::rejudgeSide(const git::CommitInfo &merge, const QString &sideTip,
                                    const QString &base, QList<Violation> &out)
{
    const QString summary = merge.message.section(u'\n', 0, 0);
    const QString event = Trailers::parse(merge.message).value(QStringLiteral("Copydesk-Event"));
    const Snapshot &inForce = snapshot(merge.id);
    for (const QString &id : repo.commitsBetween(sideTip, {base})) {
        if (repo.commitInfo(id).parents.size() != 1)
            continue; // merges and roots are judged as such
        // What the event broke on its own was reported with it; report only
        // what the configuration in force after the merge adds.
        QSet<QString> own;
        for (const Violation &v : verifyCommit(id))
            own.insert(v.rule);
        const Snapshot *saved = authority;
        authority = &inForce;
        QList<Violation> under;
        try {
            under = verifyCommit(id);
        } catch (...) {
            authority = saved;
            throw;
        }
        authority = saved;
        checked -= 2; // re-judging is part of checking the merge
        for (const Violation &v : under) {
            if (own.contains(v.rule))
                continue;
            out.append(Violation{
                merge.id, v.article, event, lower(merge.authorEmail),
                QCoreApplication::translate(
                    "copydesk::Verifier",
                    "the merge brings in %1 (%2 by %3), which the people, roles and keys in force "
                    "after the merge do not allow: %4")
                    .arg(id.left(10), v.event.isEmpty() ? QStringLiteral("commit") : v.event,
                         v.actor, v.rule),
                summary});
        }
    }
}

Verifier::Verifier(const git::Repository &repo) : d(std::make_unique<Private>(repo)) {}
Verifier::~Verifier() = default;

QList<Violation> Verifier::verify(const QString &to, const QStringList &hide)
{
    if (d->rootTip.isEmpty())
        d->rootTip = to;
    QList<Violation> out;
    for (const QString &id : d->repo.commitsBetween(to, hide))
        out += d->verifyCommit(id);
    return out;
}

QList<Violation> Verifier::verifyCommit(const QString &id)
{
    return d->verifyCommit(id);
}

int Verifier::commitsChecked() const
{
    return d->checked;
}

void Verifier::setRootOf(const QString &tip)
{
    d->rootTip = tip;
    d->root.clear();
}

bool Verifier::hasRoot() const
{
    return !d->rootTip.isEmpty();
}

void Verifier::setStrictGates(bool strict)
{
    d->strictGates = strict;
}

QStringList Verifier::warnings() const
{
    return d->warnings;
}

} // namespace copydesk
