#include "pipeline/Workflow.h"

#include "check/Check.h"
#include "claims/ClaimStatus.h"
#include "core/ArticleText.h"
#include "core/IdKeyedCache.h"
#include "core/Trailers.h"
#include "newsroom/Articles.h"
#include "newsroom/ContentPolicy.h"
#include "pipeline/FolderFacts.h"
#include "pipeline/Rules.h"
#include "pipeline/Signing.h"

#include "core/Paths.h"
#include "git/Repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>
#include <mutex>
#include <optional>

// Refusals and blocker reasons are marked for translation (context
// "copydesk::Workflow") so the editor shows them in its interface language;
// without an installed translator (CLI, server hook) they stay English.
// Commit messages are not translated: they are the newsroom's shared record.

namespace copydesk
{

namespace
{
QString path(const QString &slug, const char *file)
{
    return Newsroom::articleDir(slug) + u'/' + QLatin1String(file);
}
} // namespace

struct Workflow::Private {
    Newsroom &newsroom;
    Articles articles;
    Pipeline pipeline;
    People people;
    mutable std::once_flag checksBuilt;
    mutable CheckSuite checkSuite;
    mutable QStringList checkWarnings;

    // Gate counts are derived data: a pure function of the text, the ledger
    // and the check configuration, so they are cached in
    // .git/copydesk/gate-counts (IdKeyedCache) under the SHA-1 of that key
    // (see gateKeyFor). Deleting the file loses nothing.
    mutable IdKeyedCache gateCounts{newsroom.repository().gitDir() +
                                    QStringLiteral("copydesk/gate-counts")};
    mutable QByteArray checkFingerprint;

    // What the checks are built from besides the text: the shipped
    // dictionaries and rules, the newsroom's copydesk/ folder as on disk
    // (CheckSuite reads it there), and this build.
    QByteArray fingerprint() const
    {
        if (!checkFingerprint.isEmpty())
            return checkFingerprint;
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(QByteArrayLiteral(COPYDESK_VERSION));
        for (const QString &root : {shippedDictionariesDir(), newsroom.configDir()}) {
            QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList lines;
            while (it.hasNext()) {
                it.next();
                const QFileInfo fi = it.fileInfo();
                lines.append(QStringLiteral("%1 %2 %3")
                                 .arg(fi.filePath())
                                 .arg(fi.size())
                                 .arg(fi.lastModified().toMSecsSinceEpoch()));
            }
            lines.sort();
            h.addData(lines.join(u'\n').toUtf8());
        }
        checkFingerprint = h.result().toHex().left(16);
        return checkFingerprint;
    }

    // Set while blockers() of many articles run: they all read one commit.
    mutable QString pinnedHead;
    QString head() const { return pinnedHead.isEmpty() ? newsroom.headId() : pinnedHead; }

    QByteArray gateKey(const QString &slug, const QString &gate) const
    {
        const QString head = this->head();
        if (head.isEmpty())
            return {};
        const git::Repository &repo = newsroom.repository();
        return gateKeyFor(gate, repo.entryId(head, path(slug, "index.md")),
                          repo.entryId(head, path(slug, "ledger.json")));
    }

    QByteArray gateKeyFor(const QString &gate, const QString &textId, const QString &ledgerId) const
    {
        if (textId.isEmpty())
            return {};
        return gate.toLatin1() + ':' + textId.toLatin1() + ':' + ledgerId.toLatin1() + ':' +
               fingerprint();
    }

    // The board asks for the blockers of every article of one commit: the
    // articles/ folder is listed once per HEAD, and what the blockers need
    // of each folder is kept by its tree id (FolderFactsCache).
    mutable FolderFactsCache folderFacts{newsroom.repository().gitDir() +
                                         QStringLiteral("copydesk/folders")};
    mutable QString foldersHead;
    mutable QHash<QString, QString> folderIds; // slug -> tree id at foldersHead

    QString folderId(const QString &head, const QString &slug) const
    {
        if (head != foldersHead) {
            folderIds.clear();
            for (const git::TreeListing &e :
                 newsroom.repository().listDirectory(head, QStringLiteral("articles")))
                if (e.isTree)
                    folderIds.insert(e.name, e.id);
            foldersHead = head;
        }
        return folderIds.value(slug);
    }

    FolderFacts facts(const QString &slug) const
    {
        const QString head = this->head();
        const QString folder = head.isEmpty() ? QString() : folderId(head, slug);
        if (!folder.isEmpty()) {
            if (auto cached = folderFacts.get(folder))
                return *cached;
        }
        FolderFacts f;
        const ArticleState s =
            articles.state(slug, head); // throws on a broken state.json: nothing cached
        f.stage = s.stage;
        f.reviewer = s.reviewer;
        f.reviewerWrote = !s.reviewer.isEmpty() && s.authors.contains(s.reviewer);
        f.due = s.due;
        f.unresolvedComments = comments(slug).unresolved();
        if (!head.isEmpty()) {
            const git::Repository &repo = newsroom.repository();
            f.textId = repo.entryId(head, path(slug, "index.md"));
            f.ledgerId = repo.entryId(head, path(slug, "ledger.json"));
        }
        if (!folder.isEmpty())
            folderFacts.put(folder, f);
        return f;
    }

    static QByteArray gateCacheId(const QByteArray &key)
    {
        return QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    }

    std::optional<int> cachedGate(const QByteArray &key) const
    {
        const auto line = gateCounts.get(gateCacheId(key));
        bool ok = false;
        const int n = line ? line->toByteArray().toInt(&ok) : 0;
        return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
    }

    void storeGate(const QByteArray &key, int count) const
    {
        gateCounts.put(gateCacheId(key), QByteArray::number(count));
    }

    explicit Private(Newsroom &n) : newsroom(n), articles(n)
    {
        const auto p = n.tryReadFile(QStringLiteral("copydesk/pipeline.json"));
        pipeline = p ? Pipeline::fromJson(*p, QStringLiteral("copydesk/pipeline.json"))
                     : Pipeline::defaults();
        people = People::fromJson(n.readFile(QStringLiteral("copydesk/people.json")),
                                  QStringLiteral("copydesk/people.json"));
    }

    QString actor() const { return newsroom.identity().email.trimmed().toLower(); }

    CommentList comments(const QString &slug) const
    {
        const auto bytes = newsroom.tryReadFile(path(slug, "comments.json"));
        return bytes ? CommentList::fromJson(*bytes, path(slug, "comments.json")) : CommentList();
    }

    Ledger ledger(const QString &slug) const
    {
        const auto bytes = newsroom.tryReadFile(path(slug, "ledger.json"));
        return bytes ? Ledger::fromJson(*bytes, path(slug, "ledger.json")) : Ledger();
    }

    // When the newsroom requires signed events and this person has no
    // signing key, why `event` cannot be recorded; empty otherwise. Checked
    // before committing rather than left to the server to refuse later.
    QString signingRefusal(const QString &event, const ArticleState &before) const
    {
        const auto config = newsroom.tryReadFile(QStringLiteral("copydesk/newsroom.json"));
        if (!config || !Signing::requiredBy(*config) ||
            !Signing::eventNeedsSignature(event, pipeline.stage(before.stage)) ||
            !Signing::signingKey(newsroom.repository()).isEmpty())
            return {};
        return QCoreApplication::translate(
                   "copydesk::Workflow",
                   "this newsroom requires signed %1 events, and you have no signing key: run "
                   "'git config gpg.format ssh' and 'git config user.signingkey ~/.ssh/id_ed25519' "
                   "(an editor lists your public key in %2); nothing was committed")
            .arg(event, Signing::kAllowedSignersPath);
    }

    // Applies the rules; throws Refused with the reason.
    Decision require(RuleInput in) const
    {
        in.actor = actor();
        const Decision d = decide(in, pipeline, people);
        if (!d.allowed)
            throw Error(d.reason, Error::Kind::Refused);
        if (const QString why = signingRefusal(in.event, in.before); !why.isEmpty())
            throw Error(why, Error::Kind::Refused);
        return d;
    }

    // The article exists and `event` is allowed on it now; its state.
    ArticleState allow(const QString &slug, const QString &event) const
    {
        articles.requireArticle(slug);
        RuleInput in;
        in.event = event;
        in.before = articles.state(slug);
        require(in);
        return in.before;
    }
};

Workflow::Workflow(Newsroom &newsroom) : d(std::make_unique<Private>(newsroom)) {}
Workflow::~Workflow() = default;

const Pipeline &Workflow::pipeline() const
{
    return d->pipeline;
}

const People &Workflow::people() const
{
    return d->people;
}

const CheckSuite &Workflow::checks() const
{
    std::call_once(d->checksBuilt, [this] {
        d->checkSuite =
            CheckSuite::standard(CheckEnvironment{{}, d->newsroom.root()}, &d->checkWarnings);
    });
    return d->checkSuite;
}

QString Workflow::addPerson(const QString &email, const QString &name, const QStringList &roles,
                            bool rename)
{
    static const QStringList known{QStringLiteral("writer"), QStringLiteral("reviewer"),
                                   QStringLiteral("editor")};
    if (!email.contains(u'@') || email.contains(u' '))
        throw Error(
            QCoreApplication::translate("copydesk::Workflow", "'%1' is not an email address")
                .arg(email),
            Error::Kind::Usage);
    if (roles.isEmpty())
        throw Error(
            QCoreApplication::translate("copydesk::Workflow",
                                        "give at least one --role (writer, reviewer, editor)"),
            Error::Kind::Usage);
    for (const QString &r : roles) {
        if (!known.contains(r))
            throw Error(
                QCoreApplication::translate("copydesk::Workflow",
                                            "unknown role '%1' (use writer, reviewer or editor)")
                    .arg(r),
                Error::Kind::Usage);
    }
    RuleInput in;
    in.event = Event::People;
    d->require(in);
    People updated = d->people;
    Person p{email.trimmed().toLower(), name, roles};
    // Emails compare without case: Maya@X.com is the maya@x.com already
    // here. Adding roles keeps her name; only --rename changes it.
    if (const Person *existing = updated.find(email)) {
        if (p.name.isEmpty() || p.name == existing->name)
            p.name = existing->name;
        else if (!rename)
            throw Error(QCoreApplication::translate(
                            "copydesk::Workflow",
                            "%1 is already in the newsroom as '%2'; to add roles, leave out "
                            "--name, and to rename them, add --rename")
                            .arg(existing->email, existing->name),
                        Error::Kind::Usage);
        for (const QString &r : existing->roles) {
            if (!p.roles.contains(r))
                p.roles.append(r);
        }
    }
    updated.upsert(p);
    Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), Event::People);
    t.add(QStringLiteral("Copydesk-Actor"), d->actor());
    t.add(QStringLiteral("Copydesk-Person"), p.email);
    t.add(QStringLiteral("Copydesk-Roles"), p.roles.join(u','));
    const QString id = d->newsroom.commit(
        {{QStringLiteral("copydesk/people.json"), updated.toJson()}},
        Trailers::compose(
            QStringLiteral("Add %1 as %2").arg(p.email, p.roles.join(QStringLiteral(", "))), {},
            t));
    d->people = updated;
    return id;
}

QString Workflow::create(const QString &slug, const QString &title, const QString &lang)
{
    // A twin of an existing slug is named as one before any rule is asked.
    ContentPolicy::validateNewSlug(slug, [&] { return d->newsroom.slugs(); });
    RuleInput in;
    in.event = Event::New;
    const Decision dec = d->require(in);
    ArticleState s;
    s.stage = dec.toStage;
    s.writer = d->actor();
    s.created = QDateTime::currentDateTimeUtc();
    return d->articles.create(slug, title, lang, s);
}

QString Workflow::save(const QString &slug, const QString &input, const QString &message,
                       const QString &base)
{
    d->articles.requireArticle(slug);
    // Compared by content, not by commit: a stage change or a comment moves
    // the head without touching the text, and must not block a save.
    if (!base.isEmpty() &&
        d->articles.textAt(slug, base) != d->newsroom.readFile(Newsroom::articlePath(slug)))
        throw Error(QCoreApplication::translate(
                        "copydesk::Workflow",
                        "article '%1' changed since revision %2 (a restore, a sync or another "
                        "writer); load the newer text or save on top of it explicitly")
                        .arg(slug, base.left(10)),
                    Error::Kind::Conflict);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = Event::Save;
    in.before = before;
    const Decision dec = d->require(in);
    const QByteArray file = d->articles.mergedText(slug, input);
    ArticleState after = before;
    after.stage = dec.toStage;
    if (!after.authors.contains(d->actor()))
        after.authors.append(d->actor());
    return d->articles.save(slug, file, message, before, after, Trailers());
}

QString Workflow::restore(const QString &slug, const QString &rev)
{
    const QByteArray old = d->articles.textAt(slug, rev);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = Event::Save;
    in.before = before;
    const Decision dec = d->require(in);
    ArticleState after = before;
    after.stage = dec.toStage;
    if (!after.authors.contains(d->actor()))
        after.authors.append(d->actor());
    Trailers t;
    const QString id = d->newsroom.resolveRevision(rev);
    t.add(QStringLiteral("Copydesk-Restored-From"), id);
    return d->articles.save(slug, old, QStringLiteral("Restore %1 as of %2").arg(slug, id.left(10)),
                            before, after, t);
}

namespace
{
bool isKnownPerson(const People &people, const QString &email)
{
    return email.isEmpty() || people.find(email);
}
} // namespace

QString Workflow::assign(const QString &slug, const QString &writer, const QString &reviewer,
                         const QDate &due, const QString &brief)
{
    const ArticleState before = d->allow(slug, Event::Assign);
    const QString w = writer.trimmed().toLower(), r = reviewer.trimmed().toLower();
    if (w.isEmpty() || !isKnownPerson(d->people, w))
        throw Error(
            QCoreApplication::translate(
                "copydesk::Workflow",
                "the writer '%1' is not a member of this newsroom (add them with 'people add')")
                .arg(writer),
            Error::Kind::Usage);
    if (!isKnownPerson(d->people, r))
        throw Error(QCoreApplication::translate(
                        "copydesk::Workflow", "the reviewer '%1' is not a member of this newsroom")
                        .arg(reviewer),
                    Error::Kind::Usage);
    if (!r.isEmpty() && !d->people.hasRole(r, QStringLiteral("reviewer")) &&
        !d->people.hasRole(r, QStringLiteral("editor")))
        throw Error(QCoreApplication::translate("copydesk::Workflow",
                                                "%1 is not a reviewer; give them the role first")
                        .arg(r),
                    Error::Kind::Usage);
    if (!r.isEmpty() && r == w)
        throw Error(
            QCoreApplication::translate("copydesk::Workflow",
                                        "four-eyes rule: the writer cannot also be the reviewer"),
            Error::Kind::Refused);
    ArticleState after = before;
    after.writer = w;
    if (!r.isEmpty())
        after.reviewer = r;
    if (due.isValid())
        after.due = due;
    if (!brief.isEmpty())
        after.brief = brief;
    // Authors are kept: four-eyes counts everyone who wrote text since the
    // article was created, so re-assigning cannot launder one's own text.
    Trailers t;
    t.add(QStringLiteral("Copydesk-Writer"), after.writer);
    if (!after.reviewer.isEmpty())
        t.add(QStringLiteral("Copydesk-Reviewer"), after.reviewer);
    if (after.due.isValid())
        t.add(QStringLiteral("Copydesk-Due"), after.due.toString(Qt::ISODate));
    return d->articles.commitEvent(slug, Event::Assign,
                                   QStringLiteral("Assign %1 to %2").arg(slug, after.writer),
                                   before, after, {}, t, brief);
}

namespace
{
Findings openStyleErrors(Findings all, const Ledger &ledger)
{
    ledger.apply(all);
    Findings out;
    for (const Finding &f : all) {
        if (!f.isClaim() && blocksPublication(f))
            out.append(f);
    }
    return out;
}

Findings openClaims(const Findings &claims)
{
    Findings out;
    for (const Finding &f : claims) {
        if (blocksPublication(f))
            out.append(f);
    }
    return out;
}
} // namespace

Findings Workflow::claims(const QString &slug) const
{
    Findings claims = checks().checkFile(d->articles.text(slug), {QStringLiteral("claims")});
    d->ledger(slug).apply(claims);
    return claims;
}

Findings Workflow::findings(const QString &slug) const
{
    Findings all = checks().checkFile(d->articles.text(slug),
                                      {QStringLiteral("spelling"), QStringLiteral("style")});
    all += claims(slug);
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return all;
}

Ledger Workflow::ledger(const QString &slug) const
{
    return d->ledger(slug);
}

int Workflow::gateFindings(const QString &slug, const QString &gate) const
{
    if (gate != QLatin1String("style") && gate != QLatin1String("facts"))
        return 0;
    return gateFindings(slug, gate, d->gateKey(slug, gate));
}

int Workflow::gateFindings(const QString &slug, const QString &gate, const QByteArray &key) const
{
    if (gate != QLatin1String("style") && gate != QLatin1String("facts"))
        return 0;
    if (!key.isEmpty()) {
        if (const auto cached = d->cachedGate(key))
            return *cached;
    }
    const int count = countGateFindings(slug, gate);
    if (!key.isEmpty())
        d->storeGate(key, count);
    return count;
}

int Workflow::countGateFindings(const QString &slug, const QString &gate) const
{
    if (gate == QLatin1String("style"))
        return int(
            openStyleErrors(checks().checkFile(d->articles.text(slug), {QStringLiteral("spelling"),
                                                                        QStringLiteral("style")}),
                            d->ledger(slug))
                .size());
    if (gate == QLatin1String("facts"))
        return int(openClaims(claims(slug)).size());
    return 0;
}

QString Workflow::move(const QString &slug, const QString &event, const QString &reason,
                       const QString &target)
{
    d->articles.requireArticle(slug);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = event;
    in.before = before;
    in.reason = reason;
    in.targetStage = target;
    in.unresolvedComments = d->comments(slug).unresolved();
    if (event == Event::Advance) {
        if (const Stage *s = d->pipeline.stage(before.stage))
            in.openGateFindings = gateFindings(slug, s->gate);
    }
    const Decision dec = d->require(in);
    ArticleState after = before;
    after.stage = dec.toStage;
    QList<FileChange> files;
    Trailers t;
    if (!reason.isEmpty())
        t.add(QStringLiteral("Copydesk-Reason"), reason);
    // Which checks judged the gate: verify re-judges it, and needs to know
    // whether a different detector did (see Verifier).
    if (event == Event::Advance)
        t.add(QStringLiteral("Copydesk-Checks"), CheckSuite::fingerprint());
    if (event == Event::RequestChanges || (event == Event::Approve && !reason.isEmpty())) {
        CommentList comments = d->comments(slug);
        Comment c;
        c.id = QUuid::createUuid().toString(QUuid::Id128).left(8);
        c.author = d->actor();
        c.body = reason;
        c.time = QDateTime::currentDateTimeUtc();
        // An approval's remark is informational; requested changes must be
        // answered (resolved) before the next approval.
        c.resolved = event == Event::Approve;
        comments.items().append(c);
        files.append({path(slug, "comments.json"), comments.toJson()});
        t.add(QStringLiteral("Copydesk-Comment"), c.id);
    }
    const Stage *from = d->pipeline.stage(before.stage);
    const Stage *to = d->pipeline.stage(after.stage);
    const QString summary =
        QStringLiteral("%1 %2: %3 → %4")
            .arg(event, slug, from ? from->title : before.stage, to ? to->title : after.stage);
    return d->articles.commitEvent(slug, event, summary, before, after, files, t, reason);
}

QString Workflow::submit(const QString &slug)
{
    return move(slug, Event::Submit, {}, {});
}

QString Workflow::approve(const QString &slug, const QString &comment)
{
    return move(slug, Event::Approve, comment, {});
}

QString Workflow::requestChanges(const QString &slug, const QString &comment)
{
    return move(slug, Event::RequestChanges, comment, {});
}

QString Workflow::advance(const QString &slug)
{
    return move(slug, Event::Advance, {}, {});
}

QString Workflow::publish(const QString &slug)
{
    return move(slug, Event::Publish, {}, {});
}

QString Workflow::reopen(const QString &slug, const QString &toStage, const QString &reason)
{
    // A stage the pipeline does not have is a malformed request (exit 2),
    // not a rule that refuses it (exit 3).
    if (!d->pipeline.stage(toStage)) {
        QStringList ids;
        for (const Stage &s : d->pipeline.stages())
            ids.append(s.id);
        throw Error(
            QCoreApplication::translate("copydesk::Workflow", "there is no stage '%1' (stages: %2)")
                .arg(toStage, ids.join(QStringLiteral(", "))),
            Error::Kind::Usage);
    }
    return move(slug, Event::Reopen, reason, toStage);
}

QString Workflow::waive(const QString &slug, const QString &reason, const QString &findingId)
{
    d->articles.requireArticle(slug);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = Event::Waive;
    in.before = before;
    in.reason = reason;
    d->require(in);
    Ledger ledger = d->ledger(slug);
    QStringList ids;
    if (findingId.isEmpty()) {
        // Waive what blocks the style gate now, finding by finding: errors
        // introduced later are not covered by this reason.
        for (const Finding &f : openStyleErrors(checks().checkFile(d->articles.text(slug)), ledger))
            ids.append(f.id);
        if (ids.isEmpty())
            throw Error(QCoreApplication::translate("copydesk::Workflow",
                                                    "no error-severity spelling or style finding "
                                                    "is open; name a claim with --finding"),
                        Error::Kind::Usage);
    } else {
        bool found = false;
        for (const Finding &f : findings(slug))
            found = found || f.id == findingId;
        if (!found)
            throw Error(QCoreApplication::translate(
                            "copydesk::Workflow",
                            "the article has no finding '%1' (see 'copydesk-cli check %2')")
                            .arg(findingId, slug),
                        Error::Kind::NotFound);
        ids.append(findingId);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : ids)
        ledger.addWaiver({id, reason, d->actor(), now, before.stage});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Reason"), reason);
    for (const QString &id : ids)
        t.add(QStringLiteral("Copydesk-Finding"), id);
    return d->articles.commitEvent(
        slug, Event::Waive, QStringLiteral("Waive %1 finding(s) in %2").arg(ids.size()).arg(slug),
        before, before, {{path(slug, "ledger.json"), ledger.toJson()}}, t, reason);
}

QString Workflow::comment(const QString &slug, const QString &quote, const QString &body,
                          int position)
{
    d->articles.requireArticle(slug);
    if (body.trimmed().isEmpty())
        throw Error(
            QCoreApplication::translate("copydesk::Workflow", "a comment needs a body (--body)"),
            Error::Kind::Usage);
    const QString text = ArticleText::parse(d->articles.text(slug)).body();
    if (quote.isEmpty() || !text.contains(quote))
        throw Error(
            QCoreApplication::translate(
                "copydesk::Workflow",
                "the quoted passage does not appear in the article's text; quote it exactly"),
            Error::Kind::Usage);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = Event::Comment;
    in.before = before;
    d->require(in);
    CommentList comments = d->comments(slug);
    Comment c;
    c.id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    c.author = d->actor();
    c.quote = quote;
    c.position = position >= 0 ? position : int(text.indexOf(quote));
    c.body = body;
    c.time = QDateTime::currentDateTimeUtc();
    comments.items().append(c);
    Trailers t;
    t.add(QStringLiteral("Copydesk-Comment"), c.id);
    d->articles.commitEvent(slug, Event::Comment, QStringLiteral("Comment on %1").arg(slug), before,
                            before, {{path(slug, "comments.json"), comments.toJson()}}, t, body);
    return c.id;
}

QString Workflow::reply(const QString &slug, const QString &commentId, const QString &body)
{
    const ArticleState before = d->allow(slug, Event::Reply);
    CommentList comments = d->comments(slug);
    Comment *c = comments.find(commentId);
    if (!c)
        throw Error(QCoreApplication::translate("copydesk::Workflow", "no comment '%1' on %2")
                        .arg(commentId, slug),
                    Error::Kind::NotFound);
    c->replies.append({d->actor(), body, QDateTime::currentDateTimeUtc()});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Comment"), commentId);
    return d->articles.commitEvent(slug, Event::Reply, QStringLiteral("Reply on %1").arg(slug),
                                   before, before,
                                   {{path(slug, "comments.json"), comments.toJson()}}, t, body);
}

QString Workflow::resolve(const QString &slug, const QString &commentId)
{
    const ArticleState before = d->allow(slug, Event::Resolve);
    CommentList comments = d->comments(slug);
    Comment *c = comments.find(commentId);
    if (!c)
        throw Error(QCoreApplication::translate("copydesk::Workflow", "no comment '%1' on %2")
                        .arg(commentId, slug),
                    Error::Kind::NotFound);
    if (c->resolved)
        throw Error(
            QCoreApplication::translate("copydesk::Workflow", "comment %1 is already resolved")
                .arg(commentId),
            Error::Kind::Usage);
    c->resolved = true;
    c->resolvedBy = d->actor();
    Trailers t;
    t.add(QStringLiteral("Copydesk-Comment"), commentId);
    return d->articles.commitEvent(slug, Event::Resolve,
                                   QStringLiteral("Resolve a comment on %1").arg(slug), before,
                                   before, {{path(slug, "comments.json"), comments.toJson()}}, t);
}

QList<Comment> Workflow::comments(const QString &slug) const
{
    d->articles.requireArticle(slug);
    return d->comments(slug).items();
}

QString Workflow::recordClaim(const QString &slug, const QString &claimId, const QString &status,
                              const QString &source, const QString &note)
{
    d->articles.requireArticle(slug);
    const ArticleState before = d->articles.state(slug);
    RuleInput in;
    in.event = status == QLatin1String("verified") ? Event::VerifyClaim : Event::Dispute;
    in.before = before;
    d->require(in);
    const Findings current = claims(slug);
    const Finding *claim = nullptr;
    for (const Finding &f : current) {
        if (f.id == claimId)
            claim = &f;
    }
    if (!claim)
        throw Error(QCoreApplication::translate(
                        "copydesk::Workflow",
                        "the article has no claim '%1' now (see 'copydesk-cli claims %2')")
                        .arg(claimId, slug),
                    Error::Kind::NotFound);
    Ledger ledger = d->ledger(slug);
    ledger.record({claimId, status, claim->kind, claim->text, source, note, d->actor(),
                   QDateTime::currentDateTimeUtc()});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Claim"), claimId);
    if (!source.isEmpty())
        t.add(QStringLiteral("Copydesk-Source"), source);
    const QString verb =
        status == QLatin1String("verified") ? QStringLiteral("Verify") : QStringLiteral("Dispute");
    return d->articles.commitEvent(
        slug, in.event, QStringLiteral("%1 %2 in %3: %4").arg(verb, claim->kind, slug, claim->text),
        before, before, {{path(slug, "ledger.json"), ledger.toJson()}}, t, note);
}

QString Workflow::verifyClaim(const QString &slug, const QString &claimId, const QString &source,
                              const QString &note)
{
    if (source.trimmed().isEmpty())
        throw Error(QCoreApplication::translate(
                        "copydesk::Workflow",
                        "a verification needs a source (--source): a URL or a note such as "
                        "\"company filing, p. 12\""),
                    Error::Kind::Usage);
    return recordClaim(slug, claimId, QStringLiteral("verified"), source, note);
}

QString Workflow::disputeClaim(const QString &slug, const QString &claimId, const QString &note)
{
    if (note.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("copydesk::Workflow",
                                                "say why the claim is disputed (--note)"),
                    Error::Kind::Usage);
    return recordClaim(slug, claimId, QStringLiteral("disputed"), {}, note);
}

QList<ActionAvailability> Workflow::availableActions(const QString &slug) const
{
    const ArticleState s = d->articles.state(slug);
    const int unresolved = d->comments(slug).unresolved();
    const Stage *stage = d->pipeline.stage(s.stage);
    const int open = stage ? gateFindings(slug, stage->gate) : 0;
    struct Candidate {
        QString event;
        QString label;
    };
    const QList<Candidate> candidates{
        {Event::Submit, QStringLiteral("Submit for review")},
        {Event::Approve, QStringLiteral("Approve")},
        {Event::RequestChanges, QStringLiteral("Request changes")},
        {Event::Advance, QStringLiteral("Advance")},
        {Event::Publish, QStringLiteral("Publish")},
        {Event::Reopen, QStringLiteral("Move back…")},
        {Event::Waive, QStringLiteral("Waive…")},
    };
    QList<ActionAvailability> out;
    for (const Candidate &c : candidates) {
        RuleInput in;
        in.event = c.event;
        in.actor = d->actor();
        in.before = s;
        in.unresolvedComments = unresolved;
        in.openGateFindings = open;
        // Reasons and targets are asked for when the action is taken.
        in.reason = QStringLiteral("-");
        in.targetStage = d->pipeline.first();
        Decision dec = decide(in, d->pipeline, d->people);
        if (const QString why = d->signingRefusal(c.event, s); dec.allowed && !why.isEmpty())
            dec = Decision{false, why, {}};
        out.append({c.event, c.label, dec.allowed, dec.reason});
    }
    return out;
}

bool Workflow::isOverdue(const ArticleState &s) const
{
    // The deadline is for the copy: once approved, the article is in.
    return s.due.isValid() && s.due < QDate::currentDate() &&
           d->pipeline.indexOf(s.stage) < d->pipeline.stages().size() - 2;
}

QList<Blockers> Workflow::blockers(const QStringList &slugs, FindingsAt findingsAt) const
{
    QList<Blockers> out;
    out.reserve(slugs.size());
    d->pinnedHead = d->newsroom.headId();
    const auto unpin = qScopeGuard([this] { d->pinnedHead.clear(); });
    for (const QString &slug : slugs) {
        try {
            out.append(blockers(slug, findingsAt));
        } catch (const Error &e) {
            Blockers b;
            b.reasons.append(e.message());
            out.append(b);
        }
    }
    // Asked about every article: the folder cache may drop what it no longer
    // needs (IdKeyedCache::compactToUsed).
    if (!d->pinnedHead.isEmpty() && d->folderIds.size() == slugs.size())
        d->folderFacts.compactToUsed();
    return out;
}

Blockers Workflow::blockers(const QString &slug, FindingsAt findingsAt) const
{
    Blockers b;
    const FolderFacts f = d->facts(slug);
    ArticleState s;
    s.stage = f.stage;
    s.reviewer = f.reviewer;
    s.due = f.due;
    b.unresolvedComments = f.unresolvedComments;
    const Stage *stage = d->pipeline.stage(s.stage);
    if (!stage) {
        b.reasons.append(
            QCoreApplication::translate("copydesk::Workflow", "unknown stage '%1'").arg(s.stage));
        return b;
    }
    if (stage->gate == QLatin1String("style") || stage->gate == QLatin1String("facts")) {
        b.openFindings =
            gateFindings(slug, stage->gate, d->gateKeyFor(stage->gate, f.textId, f.ledgerId));
        if (b.openFindings > 0)
            b.reasons.append(stage->gate == QLatin1String("facts")
                                 ? QCoreApplication::translate("copydesk::Workflow",
                                                               "%n unverified claim(s)", nullptr,
                                                               b.openFindings)
                                 : QCoreApplication::translate("copydesk::Workflow",
                                                               "%n spelling/style error(s)",
                                                               nullptr, b.openFindings));
    } else if (findingsAt == FindingsAt::EveryStage) {
        // Not what holds the article here, so no reason line: only the count.
        for (const QString &gate : {QStringLiteral("style"), QStringLiteral("facts")})
            b.openFindings += gateFindings(slug, gate, d->gateKeyFor(gate, f.textId, f.ledgerId));
    }
    if (stage->gate == QLatin1String("review")) {
        // Name who can really act: a reviewer who wrote part of the text
        // cannot approve it (four-eyes), so the board must not wait for them.
        if (s.reviewer.isEmpty())
            b.reasons.append(
                QCoreApplication::translate("copydesk::Workflow", "waiting for a reviewer"));
        else if (f.reviewerWrote)
            b.reasons.append(QCoreApplication::translate(
                                 "copydesk::Workflow",
                                 "waiting for an editor who did not write it: %1 wrote part of it "
                                 "and cannot approve it (or an editor assigns another reviewer)")
                                 .arg(s.reviewer));
        else
            b.reasons.append(
                QCoreApplication::translate("copydesk::Workflow", "waiting for %1's review")
                    .arg(s.reviewer));
    }
    if (b.unresolvedComments > 0)
        b.reasons.append(QCoreApplication::translate(
            "copydesk::Workflow", "%n unresolved comment(s)", nullptr, b.unresolvedComments));
    if (isOverdue(s))
        b.reasons.append(QCoreApplication::translate("copydesk::Workflow", "overdue since %1")
                             .arg(s.due.toString(Qt::ISODate)));
    return b;
}

} // namespace copydesk
