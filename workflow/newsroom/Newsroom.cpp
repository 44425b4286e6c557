#include "newsroom/Newsroom.h"
#include "newsroom/MergePolicy.h"

#include "core/Paths.h"
#include "core/Trailers.h"
#include "git/Init.h"
#include "git/Repository.h"
#include "newsroom/ContentPolicy.h"
#include "newsroom/LogIndex.h"
#include "pipeline/Signing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace copydesk
{

namespace
{

const QString kConfigMarker = QStringLiteral("copydesk/newsroom.json");

QByteArray readShipped(const QString &relative)
{
    QFile f(shippedDictionariesDir() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate(
                        "copydesk::Newsroom",
                        "the shipped file %1 is missing (%2); is COPYDESK_DICTIONARIES right?")
                        .arg(f.fileName(), f.errorString()));
    return f.readAll();
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

} // namespace

Newsroom::Newsroom(std::unique_ptr<git::Repository> repo) : m_repo(std::move(repo)) {}

namespace
{
// Every way into a newsroom goes through one of the static constructors
// below; each makes sure libgit2 is initialised first.
struct LibGit2 {
    LibGit2() { git::ensureInitialized(); }
};
} // namespace
Newsroom::Newsroom(Newsroom &&) noexcept = default;
Newsroom &Newsroom::operator=(Newsroom &&) noexcept = default;
Newsroom::~Newsroom() = default;

bool Newsroom::isNewsroom(const QString &dir)
{
    return QFileInfo(dir + u'/' + kConfigMarker).isFile() &&
           QFileInfo(dir + QStringLiteral("/.git")).exists();
}

Newsroom Newsroom::open(const QString &dir)
{
    LibGit2 ready;
    if (!QFileInfo(dir).isDir())
        throw Error(QCoreApplication::translate("copydesk::Newsroom",
                                                "%1 does not exist or is not a folder")
                        .arg(dir),
                    Error::Kind::NotFound);
    std::unique_ptr<git::Repository> repo;
    try {
        repo = git::Repository::open(dir, true);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::NotFound)
            throw;
        throw Error(QCoreApplication::translate(
                        "copydesk::Newsroom",
                        "%1 is not a Copydesk newsroom (no git repository here); create one "
                        "with 'copydesk-cli init' or try the demo with 'copydesk-cli demo DIR'")
                        .arg(dir),
                    Error::Kind::NotFound);
    }
    if (!QFileInfo(repo->workdir() + u'/' + kConfigMarker).isFile())
        throw Error(QCoreApplication::translate(
                        "copydesk::Newsroom",
                        "%1 is a git repository but not a Copydesk newsroom (no %2); "
                        "run 'copydesk-cli init' there to make it one")
                        .arg(repo->workdir(), kConfigMarker),
                    Error::Kind::NotFound);
    return Newsroom(std::move(repo));
}

Newsroom Newsroom::clone(const QString &url, const QString &dir)
{
    LibGit2 ready;
    if (QDir(dir).exists() && !QDir(dir).isEmpty())
        throw Error(QCoreApplication::translate("copydesk::Newsroom", "%1 exists and is not empty")
                        .arg(dir),
                    Error::Kind::Usage);
    git::Repository::clone(url, dir);
    return open(dir); // also checks it is a newsroom
}

Newsroom Newsroom::init(const QString &dir, const Identity &founder, const QString &name)
{
    LibGit2 ready;
    if (QFileInfo(dir + u'/' + kConfigMarker).exists())
        throw Error(
            QCoreApplication::translate("copydesk::Newsroom", "%1 is already a Copydesk newsroom")
                .arg(dir),
            Error::Kind::Usage);
    if (!founder.isValid())
        throw Error(
            QCoreApplication::translate(
                "copydesk::Newsroom",
                "no identity: set one with 'git config --global user.email you@example.com' "
                "and user.name, or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL"),
            Error::Kind::Usage);
    const bool existed = QFileInfo(dir + QStringLiteral("/.git")).exists();
    Newsroom n(existed ? git::Repository::open(dir, false) : git::Repository::init(dir));

    QJsonObject config =
        QJsonDocument::fromJson(readShipped(QStringLiteral("newsroom/newsroom.json"))).object();
    config.insert(QStringLiteral("name"), name.isEmpty() ? QDir(n.root()).dirName() : name);
    QJsonObject person{{QStringLiteral("name"), founder.name},
                       {QStringLiteral("roles"), QJsonArray{QStringLiteral("editor")}}};
    QJsonObject people{{QStringLiteral("people"), QJsonObject{{founder.email, person}}}};

    QList<FileChange> files{
        {kConfigMarker, QJsonDocument(config).toJson(QJsonDocument::Indented)},
        {QStringLiteral("copydesk/people.json"),
         QJsonDocument(people).toJson(QJsonDocument::Indented)},
        {QStringLiteral("copydesk/pipeline.json"),
         readShipped(QStringLiteral("newsroom/pipeline.json"))},
        {QStringLiteral("copydesk/words/house.txt"),
         QByteArrayLiteral(
             "# House dictionary: one word per line; Korean nouns may name a model noun\n"
             "# whose particles they take: 머스크 like=사람. See docs/spelling.md.\n")},
    };
    if (!QFileInfo(n.root() + QStringLiteral("/README.md")).exists())
        files.append(
            {QStringLiteral("README.md"), readShipped(QStringLiteral("newsroom/README.md"))});
    // The shipped rules apply as they are (and improve with Copydesk); the
    // newsroom adds or overrides rules by id in its own file.
    files.append(
        {QStringLiteral("copydesk/style/house.rules"),
         QByteArrayLiteral(
             "# This newsroom's own style rules. A rule here with the id of a shipped rule\n"
             "# (dictionaries/style/en.rules, ko.rules) replaces it; 'enabled = no' turns it off.\n"
             "# Format: docs/style-rules.md. Example:\n"
             "#\n"
             "# [house.our-name]\n"
             "# type = substitution\n"
             "# lang = en\n"
             "# message = Our name is '{suggestion}'.\n"
             "# swap = Copy Desk => Copydesk\n")});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), QStringLiteral("init"));
    t.add(QStringLiteral("Copydesk-Actor"), founder.email);
    n.m_repo->commitChanges(files, Trailers::compose(QStringLiteral("Create the newsroom"), {}, t),
                            founder);
    return n;
}

QString Newsroom::root() const
{
    return m_repo->workdir();
}

QString Newsroom::configDir() const
{
    return root() + QStringLiteral("/copydesk");
}

QString Newsroom::name() const
{
    const auto bytes = tryReadFile(kConfigMarker);
    const QString n =
        bytes ? QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("name")).toString()
              : QString();
    return n.isEmpty() ? QDir(root()).dirName() : n;
}

Identity Newsroom::resolveIdentity(const QString &dir)
{
    LibGit2 ready;
    Identity id{qEnvironmentVariable("GIT_AUTHOR_NAME"), qEnvironmentVariable("GIT_AUTHOR_EMAIL")};
    if (!id.email.isEmpty() && !id.name.isEmpty())
        return id;
    Identity configured;
    try {
        configured = git::Repository::open(dir, true)->defaultIdentity();
    } catch (const Error &) {
        configured = git::Repository::globalIdentity();
    }
    if (id.email.isEmpty())
        id.email = configured.email;
    if (id.name.isEmpty())
        id.name = configured.name;
    return id;
}

Identity Newsroom::identity() const
{
    Identity id{qEnvironmentVariable("GIT_AUTHOR_NAME"), qEnvironmentVariable("GIT_AUTHOR_EMAIL")};
    const Identity configured = m_repo->defaultIdentity();
    if (id.email.isEmpty())
        id.email = configured.email;
    if (id.name.isEmpty())
        id.name = configured.name;
    if (m_actor.isValid())
        id = m_actor;
    if (!id.isValid())
        throw Error(
            QCoreApplication::translate("copydesk::Newsroom",
                                        "who are you? Set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL, or "
                                        "'git config user.email you@example.com' and user.name"),
            Error::Kind::Usage);
    return id;
}

void Newsroom::validateSlug(const QString &slug)
{
    ContentPolicy::validateSlug(slug);
}

QString Newsroom::slugFromTitle(const QString &title)
{
    QString out;
    bool dash = false;
    for (QChar c : title.normalized(QString::NormalizationForm_KC)) {
        // Strip accents: "Café" → "cafe".
        QChar b = c;
        if (!isHangulSyllable(c)) {
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            b = base.isEmpty() ? c : base.at(0);
        }
        b = b.toLower();
        const bool keep =
            (b >= u'a' && b <= u'z') || (b >= u'0' && b <= u'9') || isHangulSyllable(b);
        if (keep) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += b;
            dash = false;
        } else {
            dash = true;
        }
        if (out.size() >= 60)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("article") : out;
}

QString Newsroom::articleDir(const QString &slug)
{
    return QStringLiteral("articles/") + slug;
}

QString Newsroom::articlePath(const QString &slug)
{
    return articleDir(slug) + QStringLiteral("/index.md");
}

bool Newsroom::hasArticle(const QString &slug) const
{
    const QString head = m_repo->headId();
    return !head.isEmpty() && !m_repo->entryId(head, articlePath(slug)).isEmpty();
}

QStringList Newsroom::slugs() const
{
    const QString head = m_repo->headId();
    QStringList out;
    if (head.isEmpty())
        return out;
    for (const git::TreeListing &e : m_repo->listDirectory(head, QStringLiteral("articles"))) {
        if (e.isTree)
            out.append(e.name);
    }
    out.sort();
    return out;
}

std::optional<QByteArray> Newsroom::tryReadFile(const QString &path, const QString &rev) const
{
    const QString id = rev.isEmpty() ? m_repo->headId() : m_repo->resolve(rev);
    if (id.isEmpty())
        return std::nullopt;
    return m_repo->readFile(id, path);
}

QByteArray Newsroom::readFile(const QString &path, const QString &rev) const
{
    auto bytes = tryReadFile(path, rev);
    if (!bytes)
        throw Error(
            rev.isEmpty()
                ? QCoreApplication::translate("copydesk::Newsroom", "%1 does not exist").arg(path)
                : QCoreApplication::translate("copydesk::Newsroom", "%1 does not exist at %2")
                      .arg(path, rev),
            Error::Kind::NotFound);
    return *bytes;
}

QString Newsroom::commit(const QList<FileChange> &changes, const QString &message)
{
    for (const FileChange &c : changes) {
        const QString clean = QDir::cleanPath(c.path);
        if (c.path.isEmpty() || clean != c.path || c.path.startsWith(u'/') ||
            c.path.startsWith(QStringLiteral("..")) || c.path.startsWith(QStringLiteral(".git")) ||
            c.path.contains(QStringLiteral("/.git")))
            throw Error(QCoreApplication::translate(
                            "copydesk::Newsroom",
                            "refusing to write '%1': outside the newsroom or inside .git")
                            .arg(c.path),
                        Error::Kind::Usage);
    }
    // Signed like git with gpg.format=ssh when the person has a signing key
    // (see Signing::signingKey); otherwise unsigned, as before.
    const QString key = Signing::signingKey(*m_repo);
    if (key.isEmpty()) {
        QStringList paths;
        for (const FileChange &c : changes)
            paths.append(c.path);
        const auto config = tryReadFile(kConfigMarker);
        if (Signing::configChangeNeedsSignature(paths) && config && Signing::requiredBy(*config))
            throw Error(QCoreApplication::translate(
                            "copydesk::Newsroom",
                            "this newsroom requires configuration changes to be signed, and you "
                            "have no signing key: run 'git config gpg.format ssh' and 'git config "
                            "user.signingkey ~/.ssh/id_ed25519'; nothing was committed"),
                        Error::Kind::Refused);
        m_repo->setCommitSigner({});
    } else
        m_repo->setCommitSigner(
            [key](const QByteArray &content) { return Signing::sign(key, content); });
    return m_repo->commitChanges(changes, message, identity());
}

QList<Revision> Newsroom::log(const QString &slug, int limit) const
{
    QList<Revision> out;
    const QString head = m_repo->headId();
    if (head.isEmpty())
        return out;
    auto revision = [](const git::CommitInfo &c) {
        Revision r;
        r.id = c.id;
        r.author = c.authorName;
        r.email = c.authorEmail;
        r.time = c.authorTime;
        r.message = c.message;
        r.summary = c.message.section(u'\n', 0, 0);
        // The first of a repeated key, as every other reader (Trailers::value).
        r.trailers = Trailers::parse(c.message).copydeskFields();
        return r;
    };
    // The derived index in .git/copydesk/log answers from the commits since
    // its last use; without it (read-only .git), walk the whole history.
    if (const auto touches = LogIndex(*m_repo).touches(slug, head)) {
        for (const LogIndex::Touch &t : *touches) {
            Revision r = revision(m_repo->commitInfo(t.commit));
            r.textChanged = t.textChanged;
            out.append(r);
            if (limit >= 0 && out.size() >= limit)
                break;
        }
        return out;
    }
    const QString dir = articleDir(slug);
    const QString text = articlePath(slug);
    QHash<QString, QString> dirIds; // commit -> entry id of the article folder
    auto dirId = [&](const QString &commit) {
        auto it = dirIds.constFind(commit);
        if (it != dirIds.constEnd())
            return *it;
        return *dirIds.insert(commit, m_repo->entryId(commit, dir));
    };
    m_repo->walk(head, [&](const git::CommitInfo &c) {
        const QString mine = dirId(c.id);
        bool touched = c.parents.isEmpty() ? !mine.isEmpty() : true;
        // As `git log -- PATH` simplifies: a commit that leaves the folder as
        // one of its parents had it did not change the article.
        for (const QString &p : c.parents) {
            if (dirId(p) == mine)
                touched = false;
        }
        if (!touched)
            return true;
        Revision r = revision(c);
        const QString textId = m_repo->entryId(c.id, text);
        r.textChanged = c.parents.isEmpty() ? !textId.isEmpty()
                                            : m_repo->entryId(c.parents.first(), text) != textId;
        out.append(r);
        return limit < 0 || out.size() < limit;
    });
    return out;
}

QString Newsroom::resolveRevision(const QString &rev) const
{
    return m_repo->resolve(rev);
}

QString Newsroom::headId() const
{
    return m_repo->headId();
}

void Newsroom::setActor(const Identity &actor)
{
    m_actor = actor;
}

git::Repository &Newsroom::repository() const
{
    return *m_repo;
}

Newsroom::ConflictVersions Newsroom::conflictVersions(const QString &slug,
                                                      const QString &theirsRef) const
{
    validateSlug(slug);
    const QString ours = m_repo->headId();
    const QString theirs = m_repo->resolve(theirsRef);
    const QString base = ours.isEmpty() ? QString() : m_repo->mergeBase(ours, theirs);
    auto text = [&](const QString &commit) {
        if (commit.isEmpty())
            return QString();
        return QString::fromUtf8(
            m_repo->readFile(commit, articlePath(slug)).value_or(QByteArray()));
    };
    return ConflictVersions{text(base), text(ours), text(theirs)};
}

SyncResult Newsroom::sync(const QString &remote, SyncKeep keep)
{
    SyncResult result;
    const Identity me = identity();
    const QString branch = m_repo->headBranch();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString theirs = m_repo->fetch(remote, &result.remoteMessage);
        const QString ours = m_repo->headId();
        if (!theirs.isEmpty() && theirs != ours) {
            const QString base = ours.isEmpty() ? QString() : m_repo->mergeBase(ours, theirs);
            if (base != theirs) {
                // Articles changed on both sides since the common revision
                // are never merged line by line: a person decides.
                QStringList conflicts;
                QMap<QString, QString> decided;
                if (!ours.isEmpty() && base != ours) {
                    QSet<QString> slugsSeen;
                    auto collect = [&](const QString &commit) {
                        for (const auto &e :
                             m_repo->listDirectory(commit, QStringLiteral("articles")))
                            slugsSeen.insert(e.name);
                    };
                    collect(ours);
                    collect(theirs);
                    if (!base.isEmpty())
                        collect(base);
                    QHash<QString, QString> baseIds, ourIds, theirIds;
                    auto ids = [&](const QString &commit, QHash<QString, QString> &into) {
                        if (commit.isEmpty())
                            return;
                        for (const auto &e :
                             m_repo->listDirectory(commit, QStringLiteral("articles")))
                            into.insert(e.name, e.id);
                    };
                    ids(base, baseIds);
                    ids(ours, ourIds);
                    ids(theirs, theirIds);
                    for (const QString &slug : slugsSeen) {
                        const QString b = baseIds.value(slug), o = ourIds.value(slug),
                                      t = theirIds.value(slug);
                        if (o != b && t != b && o != t)
                            conflicts.append(slug);
                    }
                    conflicts.sort();
                }
                if (!conflicts.isEmpty() && keep == SyncKeep::Nothing) {
                    result.conflictingArticles = conflicts;
                    result.theirsRef = QStringLiteral("refs/copydesk/conflicts/%1-%2")
                                           .arg(branch, QDateTime::currentDateTimeUtc().toString(
                                                            QStringLiteral("yyyyMMddHHmmss")));
                    m_repo->setReference(result.theirsRef, theirs,
                                         QStringLiteral("copydesk sync: conflict kept"));
                    return result;
                }
                if (keep == SyncKeep::Mine) {
                    // Keeping my version drops the server's changes to that
                    // article since the common revision; the server's hook
                    // refuses a merge that undoes a colleague's events
                    // (newsroom/MergePolicy), so say so before merging.
                    for (const QString &slug : conflicts) {
                        const QStringList others = colleaguesWorkDropped(
                            *m_repo, theirs, base, articleDir(slug), me.email);
                        if (!others.isEmpty())
                            throw Error(
                                QCoreApplication::translate(
                                    "copydesk::Newsroom",
                                    "keeping your version of %1 would undo what %2 recorded on "
                                    "it on the server; nothing was merged. Keep theirs ('sync "
                                    "--keep "
                                    "theirs', or the editor's merge view) and make your change "
                                    "again on top")
                                    .arg(slug, others.join(QStringLiteral(", "))),
                                Error::Kind::Refused);
                    }
                }
                for (const QString &slug : conflicts)
                    decided.insert(articleDir(slug), keep == SyncKeep::Mine ? ours : theirs);
                const QString before = m_repo->headId();
                Trailers t;
                t.add(QStringLiteral("Copydesk-Event"), QStringLiteral("sync"));
                if (!conflicts.isEmpty())
                    t.add(QStringLiteral("Copydesk-Kept"),
                          QStringLiteral("%1 for %2")
                              .arg(keep == SyncKeep::Mine ? QStringLiteral("mine")
                                                          : QStringLiteral("theirs"),
                                   conflicts.join(QStringLiteral(", "))));
                const QStringList paths = m_repo->merge(
                    theirs, me,
                    Trailers::compose(QStringLiteral("Merge work from %1").arg(remote), {}, t),
                    decided);
                if (!paths.isEmpty()) {
                    result.conflictingArticles = paths;
                    result.theirsRef = QStringLiteral("refs/remotes/%1/%2").arg(remote, branch);
                    return result;
                }
                result.received += before.isEmpty() ? m_repo->countCommits(theirs, {})
                                                    : m_repo->countCommits(theirs, before);
            }
        }
        const QString head = m_repo->headId();
        if (head.isEmpty() || head == theirs) {
            result.upToDate = result.received == 0;
            return result;
        }
        const int toSend =
            theirs.isEmpty() ? m_repo->countCommits(head, {}) : m_repo->countCommits(head, theirs);
        const git::PushOutcome pushed = m_repo->push(remote, branch);
        result.remoteMessage += pushed.remoteMessage;
        if (pushed.rejections.isEmpty()) {
            result.sent += toSend;
            return result;
        }
        const QString why = pushed.rejections.join(QStringLiteral("; "));
        // Someone pushed in between: fetch and merge again. Anything else
        // (a hook refusing the push) is the server's word and final.
        // A server busy with another push at the same moment ("failed to
        // update ref", "cannot lock ref") is the same race: try again.
        const bool race = why.contains(QStringLiteral("fast-forward")) ||
                          why.contains(QStringLiteral("fetch first")) ||
                          why.contains(QStringLiteral("failed to update ref")) ||
                          why.contains(QStringLiteral("cannot lock ref"));
        if (!race)
            throw Error(result.remoteMessage.trimmed().isEmpty()
                            ? QCoreApplication::translate("copydesk::Newsroom",
                                                          "the server refused the push: %1")
                                  .arg(why)
                            : QCoreApplication::translate(
                                  "copydesk::Newsroom",
                                  "the server refused the push: %1\nThe server said:\n%2")
                                  .arg(why, result.remoteMessage.trimmed()),
                        Error::Kind::Refused);
    }
    throw Error(QCoreApplication::translate("copydesk::Newsroom",
                                            "the remote kept changing while syncing; try again"),
                Error::Kind::Conflict);
}

} // namespace copydesk
