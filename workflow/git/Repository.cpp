#include "git/Repository.h"

#include "git/Handles.h"
#include "git/IndexPatch.h"

#include "core/Paths.h"
#include "core/ProcessLock.h"
#include "core/SystemError.h"
#include "core/Url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <mutex>
#include <vector>

namespace copydesk::git
{

namespace
{
thread_local const WritingTo *t_writingTo = nullptr;
}

WritingTo::WritingTo(const QString &gitDir)
    : m_outer(t_writingTo), m_gitDir(QDir::cleanPath(gitDir)),
      m_consequence(QStringLiteral("nothing was saved"))
{
    t_writingTo = this;
}

WritingTo::~WritingTo()
{
    t_writingTo = m_outer;
}

void WritingTo::setConsequence(const QString &consequence)
{
    m_consequence = consequence;
}

void throwGitError(int rc, const char *what)
{
    // First, before any call that could change it.
    const int err = errno;
    const git_error *e = git_error_last();
    QString detail =
        e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("error %1").arg(rc);
    // Only a plain failure (not "not found", "locked", "modified"…) can be
    // the write that ran out of room.
    if (rc == GIT_ERROR && !storageCondition(err).isEmpty()) {
        const WritingTo *w = t_writingTo;
        const QString where =
            w ? QStringLiteral("%1 (%2)").arg(w->m_gitDir, QString::fromUtf8(what))
              : QString::fromUtf8(what);
        throw writeError(where, err, detail,
                         w ? w->m_consequence : QStringLiteral("nothing was saved"));
    }
    Error::Kind kind = Error::Kind::Failed;
    if (rc == GIT_ENOTFOUND)
        kind = Error::Kind::NotFound;
    else if (rc == GIT_ELOCKED)
        detail += QStringLiteral(
            " — another git process holds a lock, or one crashed and left its .lock file; "
            "if no git is running, delete the .lock file named above");
    else if (rc == GIT_EMODIFIED || rc == GIT_ECONFLICT || rc == GIT_EUNMERGED)
        kind = Error::Kind::Conflict;
    throw Error(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), detail), kind);
}

namespace
{

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

git_oid parseOid(const QString &hex)
{
    git_oid oid;
    const QByteArray h = hex.toLatin1();
    if (git_oid_fromstrn(&oid, h.constData(), size_t(h.size())) < 0)
        throw Error(QStringLiteral("'%1' is not a commit id").arg(hex), Error::Kind::NotFound);
    return oid;
}

QDateTime gitTime(const git_time &t)
{
    return QDateTime::fromSecsSinceEpoch(t.time, QTimeZone(t.offset * 60));
}

// GIT_AUTHOR_DATE / GIT_COMMITTER_DATE as git accepts them: "@<epoch> [+zzzz]"
// or ISO 8601. Used by tests and the generator to write history with dates.
std::optional<git_time> timeFromEnvironment(const char *var)
{
    const QString v = qEnvironmentVariable(var).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    git_time t{};
    if (v.startsWith(u'@')) {
        const QStringList parts = v.mid(1).split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        t.time = parts.value(0).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        const QString tz = parts.value(1);
        if (tz.size() == 5) {
            const int sign = tz.startsWith(u'-') ? -1 : 1;
            t.offset = sign * (tz.mid(1, 2).toInt() * 60 + tz.mid(3, 2).toInt());
        }
        return t;
    }
    const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    t.time = dt.toSecsSinceEpoch();
    t.offset = dt.offsetFromUtc() / 60;
    return t;
}

SignatureHandle makeSignature(const QString &name, const QString &email, const char *dateVar)
{
    SignatureHandle sig;
    const QByteArray n = utf8(name.isEmpty() ? email : name);
    const QByteArray e = utf8(email);
    if (auto t = timeFromEnvironment(dateVar))
        check(git_signature_new(sig.out(), n.constData(), e.constData(), t->time, t->offset),
              "invalid identity");
    else
        check(git_signature_now(sig.out(), n.constData(), e.constData()), "invalid identity");
    sig.adopt();
    return sig;
}

CommitInfo toInfo(const git_commit *c)
{
    CommitInfo info;
    info.id = oidToString(*git_commit_id(c));
    for (unsigned i = 0; i < git_commit_parentcount(c); ++i)
        info.parents.append(oidToString(*git_commit_parent_id(c, i)));
    const git_signature *a = git_commit_author(c);
    const git_signature *m = git_commit_committer(c);
    info.authorName = QString::fromUtf8(a->name);
    info.authorEmail = QString::fromUtf8(a->email);
    info.authorTime = gitTime(a->when);
    info.committerName = QString::fromUtf8(m->name);
    info.committerEmail = QString::fromUtf8(m->email);
    info.committerTime = gitTime(m->when);
    info.message = QString::fromUtf8(git_commit_message(c));
    return info;
}

} // namespace

namespace
{

struct TransferState {
    explicit TransferState(const QString &address)
    {
        const UrlCredentials c = splitUrlCredentials(address);
        url = redactedUrl(address);
        urlPassword = c.password.toUtf8();
        secrets = {c.password, qEnvironmentVariable("COPYDESK_GIT_TOKEN")};
    }
    QString sideband;
    QStringList rejections;
    int credentialAttempts = 0;
    QString url;            // the server's address as messages may show it
    QByteArray urlPassword; // a token given in a clone's address, used but never stored
    QStringList secrets;    // what no message may quote
    QString offeredUser;    // who the token was offered for (empty: none was)
};

int sidebandCallback(const char *str, int len, void *payload)
{
    static_cast<TransferState *>(payload)->sideband += QString::fromUtf8(str, len);
    return 0;
}

int pushUpdateCallback(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<TransferState *>(payload)->rejections.append(
            QStringLiteral("%1: %2").arg(QString::fromUtf8(refname), QString::fromUtf8(status)));
    return 0;
}

// SSH through the agent; HTTPS with the token of the clone's address or
// COPYDESK_GIT_TOKEN, as the URL's user name (or "git", which servers that
// take tokens accept). At most two tries, so a wrong credential fails
// instead of looping.
int credentialsCallback(git_credential **out, const char *, const char *usernameFromUrl,
                        unsigned int allowed, void *payload)
{
    auto *state = static_cast<TransferState *>(payload);
    if (++state->credentialAttempts > 2)
        return GIT_EAUTH;
    const char *user = usernameFromUrl && *usernameFromUrl ? usernameFromUrl : "git";
    if (allowed & GIT_CREDENTIAL_SSH_KEY)
        return git_credential_ssh_key_from_agent(out, user);
    const QByteArray token =
        state->urlPassword.isEmpty() ? qgetenv("COPYDESK_GIT_TOKEN") : state->urlPassword;
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !token.isEmpty()) {
        state->offeredUser = QString::fromUtf8(user);
        return git_credential_userpass_plaintext_new(out, user, token.constData());
    }
    return GIT_PASSTHROUGH;
}

// What went wrong talking to the server, in words a person can act on: the
// address (redacted), and for HTTP the status that matters. libgit2's own
// message is kept for the rest, with any token taken out of it. (After a
// refused credential libgit2's last error is often a stale, unrelated one,
// so GIT_EAUTH is judged by its code alone.) Untranslated, like every
// message of the git layer.
QString transferProblem(int rc, const TransferState &state)
{
    const git_error *e = git_error_last();
    const QString detail = withoutSecrets(e && e->message ? QString::fromUtf8(e->message)
                                                          : QStringLiteral("error %1").arg(rc),
                                          state.secrets);
    const bool http = state.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                      state.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (rc == GIT_EAUTH && http && state.offeredUser.isEmpty())
        return QStringLiteral(
                   "the server at %1 asks for credentials (HTTP 401) and none were given; "
                   "set COPYDESK_GIT_TOKEN to your access token")
            .arg(state.url);
    if (rc == GIT_EAUTH && http)
        return QStringLiteral(
                   "the server at %1 refused the credentials (HTTP 401) for user '%2'; check "
                   "the access token in COPYDESK_GIT_TOKEN, and the user name in the address "
                   "(https://NAME@host/…) if the server needs yours")
            .arg(state.url, state.offeredUser);
    if (rc == GIT_EAUTH)
        return QStringLiteral(
                   "the server at %1 refused the credentials (%2); for SSH, add your key to "
                   "the SSH agent")
            .arg(state.url, detail);
    if (detail.contains(QLatin1String("status code: 403")))
        return QStringLiteral(
                   "the server at %1 refused access (HTTP 403): the account of this token may "
                   "not read or write this repository")
            .arg(state.url);
    if (detail.contains(QLatin1String("status code: 404")))
        return QStringLiteral(
                   "the server at %1 has no repository at that address (HTTP 404); check the "
                   "address with 'copydesk-cli remote'")
            .arg(state.url);
    if ((e && e->klass == GIT_ERROR_NET) || detail.startsWith(QLatin1String("failed to connect")) ||
        detail.startsWith(QLatin1String("failed to resolve address")))
        return QStringLiteral("could not reach the server at %1: %2").arg(state.url, detail);
    return QStringLiteral("%1 (server %2)").arg(detail, state.url);
}

[[noreturn]] void throwTransferError(int rc, const char *what, const TransferState &state)
{
    const Error::Kind kind = rc == GIT_ENOTFOUND ? Error::Kind::NotFound : Error::Kind::Failed;
    throw Error(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), transferProblem(rc, state)),
                kind);
}

void prepareCallbacks(git_remote_callbacks &cb, TransferState &state)
{
    cb.sideband_progress = sidebandCallback;
    cb.push_update_reference = pushUpdateCallback;
    cb.credentials = credentialsCallback;
    cb.payload = &state;
}

} // namespace

// libgit2 caches trees only up to 4 KB by default; a newsroom's articles/
// folder is a tree of ~45 bytes per article (450 KB at 10,000), read again
// for every commit a history walk visits. Keep such trees cached.
void tuneCaches()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init(); // reference-counted: harmless when main() did it too
        // libgit2 writes to sockets without MSG_NOSIGNAL: a server that
        // vanishes mid-push must be an error message, not a silent death.
        ::signal(SIGPIPE, SIG_IGN);
        git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, size_t(8) << 20);
        git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(64) << 20);
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    });
}

struct Repository::Private {
    Private() { tuneCaches(); }
    RepositoryHandle repo;
    CommitSigner signer;

    CommitHandle lookupCommit(const QString &id) const
    {
        const git_oid oid = parseOid(id);
        return receive<CommitHandle>(
            [&](git_commit **p) { return git_commit_lookup(p, repo.get(), &oid); },
            "reading a commit");
    }

    TreeHandle treeOf(const QString &commitId) const
    {
        const CommitHandle c = lookupCommit(commitId);
        return receive<TreeHandle>([&](git_tree **p) { return git_commit_tree(p, c.get()); },
                                   "reading a tree");
    }

    // Whether git could store any of `changes` other than byte for byte (a clean
    // filter: autocrlf, or any attribute: eol, ident, a filter driver).
    // Answered from config and from which attribute files exist, without
    // git_filter_list_load(), which loads the whole index to look for
    // .gitattributes in it (as long as the save itself). Conservative: any
    // attributes file at all means yes.
    bool mayFilter(const QList<FileChange> &changes) const
    {
        ConfigHandle config = receive<ConfigHandle>(
            [&](git_config **p) { return git_repository_config_snapshot(p, repo.get()); },
            "reading git config");
        int autocrlf = 0;
        if (git_config_get_bool(&autocrlf, config.get(), "core.autocrlf") == 0 && autocrlf)
            return true;
        git_buf value = GIT_BUF_INIT;
        if (git_config_get_string_buf(&value, config.get(), "core.autocrlf") == 0) {
            const bool input = qstrcmp(value.ptr, "input") == 0;
            git_buf_dispose(&value);
            if (input)
                return true;
        }
        git_error_clear();
        QStringList files{QString::fromUtf8(git_repository_path(repo.get())) +
                              QStringLiteral("info/attributes"),
                          QStringLiteral("/etc/gitattributes")};
        if (git_config_get_string_buf(&value, config.get(), "core.attributesFile") == 0) {
            files.append(QString::fromUtf8(value.ptr));
            git_buf_dispose(&value);
        }
        git_error_clear();
        const QString xdg =
            qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
        files.append(xdg + QStringLiteral("/git/attributes"));
        const QString root = QString::fromUtf8(git_repository_workdir(repo.get()));
        files.append(root + QStringLiteral(".gitattributes"));
        for (const FileChange &c : changes) {
            QString dir = root;
            const QStringList parts = c.path.split(u'/');
            for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
                dir += parts[i] + u'/';
                files.append(dir + QStringLiteral(".gitattributes"));
            }
        }
        files.removeDuplicates(); // a save's files share their folders
        for (QString f : files) {
            if (f.startsWith(QStringLiteral("~/")))
                f = QDir::homePath() + f.mid(1);
            if (QFileInfo::exists(f))
                return true;
        }
        return false;
    }

    // The fast way to restage what a save wrote (see IndexPatch.h): only
    // when every change is a file written as is (no clean filter such as
    // autocrlf or a .gitattributes driver would store it differently).
    bool stageByPatchingIndex(const QList<FileChange> &changes,
                              const std::vector<git_tree_update> &updates) const
    {
        if (size_t(changes.size()) != updates.size() || mayFilter(changes))
            return false;
        const QString root = QString::fromUtf8(git_repository_workdir(repo.get()));
        QList<IndexPatchEntry> entries;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const git_tree_update &u = updates[size_t(i)];
            if (!changes.at(i).content || u.action != GIT_TREE_UPDATE_UPSERT)
                return false;
            entries.append({QByteArray(u.path),
                            QByteArray(reinterpret_cast<const char *>(u.id.id), GIT_OID_RAWSZ),
                            root + changes.at(i).path});
        }
        return patchIndex(
            QString::fromUtf8(git_repository_path(repo.get())) + QStringLiteral("index"), entries);
    }

    TreeEntryHandle entry(const git_tree *tree, const QString &path) const
    {
        TreeEntryHandle e;
        const int rc = git_tree_entry_bypath(e.out(), tree, utf8(path).constData());
        if (rc == GIT_ENOTFOUND)
            return {};
        check(rc, "reading a tree entry");
        e.adopt();
        return e;
    }
};

Repository::Repository(std::unique_ptr<Private> p) : d(std::move(p)) {}
Repository::~Repository() = default;

std::unique_ptr<Repository> Repository::open(const QString &path, bool searchParents)
{
    auto p = std::make_unique<Private>();
    const int rc =
        git_repository_open_ext(p->repo.out(), utf8(path).constData(),
                                searchParents ? 0 : GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_ENOTFOUND)
        throw Error(QStringLiteral("%1 is not inside a git repository").arg(path),
                    Error::Kind::NotFound);
    check(rc, "opening the repository");
    p->repo.adopt();
    if (git_repository_is_bare(p->repo.get()))
        throw Error(QStringLiteral("%1 is a bare repository; clone it to work in it").arg(path),
                    Error::Kind::Usage);
    return std::unique_ptr<Repository>(new Repository(std::move(p)));
}

std::unique_ptr<Repository> Repository::openForReading(const QString &path)
{
    auto p = std::make_unique<Private>();
    const int rc = git_repository_open_ext(p->repo.out(), utf8(path).constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        throw Error(QStringLiteral("%1 is not inside a git repository").arg(path),
                    Error::Kind::NotFound);
    check(rc, "opening the repository");
    p->repo.adopt();
    return std::unique_ptr<Repository>(new Repository(std::move(p)));
}

std::unique_ptr<Repository> Repository::openFromEnvironment()
{
    auto p = std::make_unique<Private>();
    const int rc =
        git_repository_open_ext(p->repo.out(), nullptr, GIT_REPOSITORY_OPEN_FROM_ENV, nullptr);
    if (rc == GIT_ENOTFOUND)
        throw Error(QStringLiteral("no git repository here (is GIT_DIR set?)"),
                    Error::Kind::NotFound);
    check(rc, "opening the repository");
    p->repo.adopt();
    return std::unique_ptr<Repository>(new Repository(std::move(p)));
}

bool Repository::isBare() const
{
    return git_repository_is_bare(d->repo.get()) == 1;
}

std::unique_ptr<Repository> Repository::init(const QString &path)
{
    auto p = std::make_unique<Private>();
    git_repository_init_options opts;
    git_repository_init_options_init(&opts, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    opts.initial_head = "main";
    check(git_repository_init_ext(p->repo.out(), utf8(path).constData(), &opts),
          "creating the repository");
    p->repo.adopt();
    return std::unique_ptr<Repository>(new Repository(std::move(p)));
}

std::unique_ptr<Repository> Repository::clone(const QString &url, const QString &path)
{
    auto p = std::make_unique<Private>();
    git_clone_options opts;
    git_clone_options_init(&opts, GIT_CLONE_OPTIONS_VERSION);
    TransferState state(url);
    prepareCallbacks(opts.fetch_opts.callbacks, state);
    // A token in the address is handed to the server by the credentials
    // callback; the address cloned, and so the one stored as origin and in
    // the reflog, is without it.
    const QString stored = splitUrlCredentials(url).url;
    if (const int rc =
            git_clone(p->repo.out(), utf8(stored).constData(), utf8(path).constData(), &opts);
        rc < 0)
        throwTransferError(rc, "cloning", state);
    p->repo.adopt();
    return std::unique_ptr<Repository>(new Repository(std::move(p)));
}

QString Repository::workdir() const
{
    QString w = QString::fromUtf8(git_repository_workdir(d->repo.get()));
    while (w.size() > 1 && w.endsWith(u'/'))
        w.chop(1);
    return w;
}

QString Repository::gitDir() const
{
    return QString::fromUtf8(git_repository_path(d->repo.get()));
}

QString Repository::configString(const QString &key) const
{
    ConfigHandle live = receive<ConfigHandle>(
        [&](git_config **p) { return git_repository_config(p, d->repo.get()); },
        "reading git config");
    ConfigHandle snap = receive<ConfigHandle>(
        [&](git_config **p) { return git_config_snapshot(p, live.get()); }, "reading git config");
    const char *value = nullptr;
    if (git_config_get_string(&value, snap.get(), utf8(key).constData()) < 0) {
        git_error_clear();
        return {};
    }
    return QString::fromUtf8(value);
}

Identity Repository::globalIdentity()
{
    ConfigHandle cfg;
    if (git_config_open_default(cfg.out()) < 0) {
        git_error_clear();
        return {};
    }
    cfg.adopt();
    ConfigHandle snap = receive<ConfigHandle>(
        [&](git_config **p) { return git_config_snapshot(p, cfg.get()); }, "reading git config");
    auto get = [&](const char *key) {
        const char *value = nullptr;
        if (git_config_get_string(&value, snap.get(), key) < 0) {
            git_error_clear();
            return QString();
        }
        return QString::fromUtf8(value);
    };
    return Identity{get("user.name"), get("user.email")};
}

Identity Repository::defaultIdentity() const
{
    return Identity{configString(QStringLiteral("user.name")),
                    configString(QStringLiteral("user.email"))};
}

bool Repository::isUnborn() const
{
    return git_repository_head_unborn(d->repo.get()) == 1;
}

QString Repository::headId() const
{
    // One resolution of HEAD (it reads .git/HEAD and the branch's file);
    // an unborn branch is the only "not found" here.
    git_oid oid;
    const int rc = git_reference_name_to_id(&oid, d->repo.get(), "HEAD");
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) {
        git_error_clear();
        if (isUnborn())
            return {};
    }
    check(rc, "reading HEAD");
    return oidToString(oid);
}

QString Repository::headBranch() const
{
    ReferenceHandle head;
    const int rc = git_repository_head(head.out(), d->repo.get());
    if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
        git_error_clear();
        ReferenceHandle sym = receive<ReferenceHandle>(
            [&](git_reference **p) { return git_reference_lookup(p, d->repo.get(), "HEAD"); },
            "reading HEAD");
        QString target = QString::fromUtf8(git_reference_symbolic_target(sym.get()));
        return target.mid(QStringLiteral("refs/heads/").size());
    }
    check(rc, "reading HEAD");
    head.adopt();
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

QString Repository::resolve(const QString &revspec) const
{
    ObjectHandle obj;
    int rc = git_revparse_single(obj.out(), d->repo.get(), utf8(revspec).constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EAMBIGUOUS || rc == GIT_EINVALIDSPEC) {
        const git_error *e = git_error_last();
        const QString detail = e && e->message ? QString::fromUtf8(e->message) : QString();
        throw Error(QStringLiteral("no revision '%1' (%2)").arg(revspec, detail),
                    Error::Kind::NotFound);
    }
    check(rc, "resolving a revision");
    obj.adopt();
    ObjectHandle commit = receive<ObjectHandle>(
        [&](git_object **p) { return git_object_peel(p, obj.get(), GIT_OBJECT_COMMIT); },
        "resolving a revision to a commit");
    return oidToString(*git_object_id(commit.get()));
}

CommitInfo Repository::commitInfo(const QString &id) const
{
    return toInfo(d->lookupCommit(id).get());
}

std::optional<QByteArray> Repository::readFile(const QString &commitId, const QString &path) const
{
    const TreeHandle tree = d->treeOf(commitId);
    const TreeEntryHandle e = d->entry(tree.get(), path);
    if (!e || git_tree_entry_type(e.get()) != GIT_OBJECT_BLOB)
        return std::nullopt;
    // Hostile content: a link is never followed, and a blob's size is read
    // from its header before the blob itself is loaded.
    if (git_tree_entry_filemode(e.get()) == GIT_FILEMODE_LINK)
        throw Error(
            QStringLiteral(
                "%1 is a symbolic link in the repository (commit %2); Copydesk does not follow "
                "links: replace it with a regular file")
                .arg(path, commitId.left(10)),
            Error::Kind::Refused);
    return readBlob(oidToString(*git_tree_entry_id(e.get())),
                    QStringLiteral("%1 (commit %2)").arg(path, commitId.left(10)));
}

qint64 Repository::blobSize(const QString &blobId) const
{
    git_odb *rawOdb = nullptr;
    check(git_repository_odb(&rawOdb, d->repo.get()), "opening the object database");
    std::unique_ptr<git_odb, void (*)(git_odb *)> odb(rawOdb, git_odb_free);
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const git_oid oid = parseOid(blobId);
    check(git_odb_read_header(&size, &type, odb.get(), &oid), "reading a file's size");
    return qint64(size);
}

QByteArray Repository::readBlob(const QString &blobId, const QString &what) const
{
    const qint64 size = blobSize(blobId);
    if (size > kMaxFileBytes)
        throw Error(QStringLiteral("%1 is %2 MB; Copydesk refuses files larger than %3 MB "
                                   "without reading them")
                        .arg(what)
                        .arg(double(size) / (1024 * 1024), 0, 'f', 0)
                        .arg(kMaxFileBytes / (1024 * 1024)),
                    Error::Kind::Refused);
    const git_oid oid = parseOid(blobId);
    BlobHandle blob = receive<BlobHandle>(
        [&](git_blob **p) { return git_blob_lookup(p, d->repo.get(), &oid); }, "reading a file");
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

QString Repository::entryId(const QString &commitId, const QString &path) const
{
    const TreeHandle tree = d->treeOf(commitId);
    const TreeEntryHandle e = d->entry(tree.get(), path);
    return e ? oidToString(*git_tree_entry_id(e.get())) : QString();
}

int Repository::entryMode(const QString &commitId, const QString &path) const
{
    const TreeHandle tree = d->treeOf(commitId);
    const TreeEntryHandle e = d->entry(tree.get(), path);
    return e ? int(git_tree_entry_filemode(e.get())) : 0;
}

QList<TreeListing> Repository::listDirectory(const QString &commitId, const QString &path) const
{
    const TreeHandle root = d->treeOf(commitId);
    TreeHandle sub;
    const git_tree *tree = root.get();
    if (!path.isEmpty()) {
        const TreeEntryHandle e = d->entry(root.get(), path);
        if (!e || git_tree_entry_type(e.get()) != GIT_OBJECT_TREE)
            return {};
        sub = receive<TreeHandle>(
            [&](git_tree **p) {
                return git_tree_lookup(p, d->repo.get(), git_tree_entry_id(e.get()));
            },
            "reading a folder");
        tree = sub.get();
    }
    QList<TreeListing> out;
    const size_t n = git_tree_entrycount(tree);
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(tree, i);
        out.append({QString::fromUtf8(git_tree_entry_name(e)), oidToString(*git_tree_entry_id(e)),
                    git_tree_entry_type(e) == GIT_OBJECT_TREE, int(git_tree_entry_filemode(e))});
    }
    return out;
}

QList<TreeListing> Repository::listTree(const QString &treeId) const
{
    const git_oid oid = parseOid(treeId);
    const TreeHandle tree = receive<TreeHandle>(
        [&](git_tree **p) { return git_tree_lookup(p, d->repo.get(), &oid); }, "reading a folder");
    QList<TreeListing> out;
    const size_t n = git_tree_entrycount(tree.get());
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(tree.get(), i);
        out.append({QString::fromUtf8(git_tree_entry_name(e)), oidToString(*git_tree_entry_id(e)),
                    git_tree_entry_type(e) == GIT_OBJECT_TREE, int(git_tree_entry_filemode(e))});
    }
    return out;
}

QMap<QString, QString> Repository::listFiles(const QString &commitId, const QString &path) const
{
    QMap<QString, QString> out;
    std::function<void(const QString &, const QString &)> visit = [&](const QString &dir,
                                                                      const QString &prefix) {
        for (const TreeListing &e : listDirectory(commitId, dir)) {
            const QString rel = prefix.isEmpty() ? e.name : prefix + u'/' + e.name;
            if (e.isTree)
                visit(dir.isEmpty() ? e.name : dir + u'/' + e.name, rel);
            else
                out.insert(rel, e.id);
        }
    };
    visit(path, QString());
    return out;
}

namespace
{
// Git's tree order: a folder sorts as if its name ended in '/'.
int gitOrder(const git_tree_entry *x, const git_tree_entry *y)
{
    const char *a = git_tree_entry_name(x), *b = git_tree_entry_name(y);
    const size_t la = strlen(a), lb = strlen(b), n = std::min(la, lb);
    if (const int c = memcmp(a, b, n))
        return c;
    const unsigned char ca = la > n ? static_cast<unsigned char>(a[n])
                                    : (git_tree_entry_type(x) == GIT_OBJECT_TREE ? '/' : 0);
    const unsigned char cb = lb > n ? static_cast<unsigned char>(b[n])
                                    : (git_tree_entry_type(y) == GIT_OBJECT_TREE ? '/' : 0);
    return int(ca) - int(cb);
}
} // namespace

QStringList Repository::malformedTrees(const QString &commit, const QString &parent) const
{
    QStringList out;
    // Checks `tree` (at `path`) and descends into each subtree that differs
    // from `before`'s entry of the same name: what a parent held was judged
    // when it arrived.
    std::function<void(const git_tree *, const git_tree *, const QString &)> walk =
        [&](const git_tree *tree, const git_tree *before, const QString &path) {
            const size_t n = git_tree_entrycount(tree);
            // Case-insensitive twins matter in small folders (the root,
            // copydesk/, an article); articles/ holds only validated,
            // lower-case slugs, and 100,000 of them.
            const bool twins = n < 4096;
            QSet<QString> folded;
            const QString where = path.isEmpty() ? QStringLiteral("the root folder") : path;
            for (size_t i = 0; i < n; ++i) {
                const git_tree_entry *e = git_tree_entry_byindex(tree, i);
                const QString name = QString::fromUtf8(git_tree_entry_name(e));
                if (i > 0) {
                    const int order = gitOrder(git_tree_entry_byindex(tree, i - 1), e);
                    if (order == 0)
                        out.append(QStringLiteral("a malformed tree: %1 lists '%2' twice "
                                                  "(git fsck: duplicateEntries)")
                                       .arg(where, name));
                    else if (order > 0)
                        out.append(QStringLiteral("a malformed tree: %1 is not sorted at '%2' "
                                                  "(git fsck: treeNotSorted)")
                                       .arg(where, name));
                }
                if (twins) {
                    const QString key = name.toCaseFolded();
                    if (folded.contains(key))
                        out.append(QStringLiteral("%1 holds '%2' and another entry that differs "
                                                  "only in letter case; on a case-insensitive "
                                                  "disk one would overwrite the other")
                                       .arg(where, name));
                    folded.insert(key);
                }
                if (git_tree_entry_type(e) != GIT_OBJECT_TREE)
                    continue;
                const git_tree_entry *old =
                    before ? git_tree_entry_byname(before, git_tree_entry_name(e)) : nullptr;
                if (old && git_oid_equal(git_tree_entry_id(old), git_tree_entry_id(e)))
                    continue;
                TreeHandle sub;
                if (git_tree_lookup(sub.out(), d->repo.get(), git_tree_entry_id(e)) < 0) {
                    git_error_clear();
                    continue; // not a tree after all: the content rules name it
                }
                sub.adopt();
                TreeHandle oldSub;
                if (old && git_tree_entry_type(old) == GIT_OBJECT_TREE) {
                    if (git_tree_lookup(oldSub.out(), d->repo.get(), git_tree_entry_id(old)) < 0)
                        git_error_clear();
                    else
                        oldSub.adopt();
                }
                walk(sub.get(), oldSub.get(), path.isEmpty() ? name : path + u'/' + name);
            }
        };
    const TreeHandle tree = d->treeOf(commit);
    TreeHandle before;
    if (!parent.isEmpty())
        before = d->treeOf(parent);
    if (before && git_oid_equal(git_tree_id(tree.get()), git_tree_id(before.get())))
        return out;
    walk(tree.get(), before.get(), QString());
    return out;
}

QStringList Repository::changedEntries(const QString &a, const QString &b, const QString &dir) const
{
    auto folder = [&](const QString &commit) -> TreeHandle {
        if (commit.isEmpty())
            return {};
        const TreeHandle root = d->treeOf(commit);
        const TreeEntryHandle e = d->entry(root.get(), dir);
        if (!e || git_tree_entry_type(e.get()) != GIT_OBJECT_TREE)
            return {};
        return receive<TreeHandle>(
            [&](git_tree **p) {
                return git_tree_lookup(p, d->repo.get(), git_tree_entry_id(e.get()));
            },
            "reading a folder");
    };
    const TreeHandle ta = folder(a), tb = folder(b);
    QStringList out;
    if (ta && tb && git_oid_equal(git_tree_id(ta.get()), git_tree_id(tb.get())))
        return out;
    const size_t na = ta ? git_tree_entrycount(ta.get()) : 0,
                 nb = tb ? git_tree_entrycount(tb.get()) : 0;
    size_t i = 0, j = 0;
    while (i < na || j < nb) {
        const git_tree_entry *x = i < na ? git_tree_entry_byindex(ta.get(), i) : nullptr;
        const git_tree_entry *y = j < nb ? git_tree_entry_byindex(tb.get(), j) : nullptr;
        const int c = !x ? 1 : !y ? -1 : gitOrder(x, y);
        if (c == 0) {
            if (!git_oid_equal(git_tree_entry_id(x), git_tree_entry_id(y)))
                out.append(QString::fromUtf8(git_tree_entry_name(x)));
            ++i;
            ++j;
        } else if (c < 0) {
            out.append(QString::fromUtf8(git_tree_entry_name(x)));
            ++i;
        } else {
            out.append(QString::fromUtf8(git_tree_entry_name(y)));
            ++j;
        }
    }
    return out;
}

QStringList Repository::commitsBetween(const QString &to, const QStringList &hide) const
{
    QStringList out;
    if (to.isEmpty())
        return out;
    RevwalkHandle walk = receive<RevwalkHandle>(
        [&](git_revwalk **p) { return git_revwalk_new(p, d->repo.get()); }, "walking history");
    check(git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE),
          "walking history");
    const git_oid start = parseOid(to);
    check(git_revwalk_push(walk.get(), &start), "walking history");
    for (const QString &h : hide) {
        const git_oid oid = parseOid(h);
        // A hidden id the repository does not have hides nothing.
        if (git_revwalk_hide(walk.get(), &oid) < 0)
            git_error_clear();
    }
    git_oid oid;
    int rc;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0)
        out.append(oidToString(oid));
    if (rc != GIT_ITEROVER)
        check(rc, "walking history");
    return out;
}

QString Repository::firstParentRoot(const QString &id) const
{
    RevwalkHandle walk = receive<RevwalkHandle>(
        [&](git_revwalk **p) { return git_revwalk_new(p, d->repo.get()); }, "finding the root");
    check(git_revwalk_simplify_first_parent(walk.get()), "finding the root");
    const git_oid start = parseOid(id);
    check(git_revwalk_push(walk.get(), &start), "finding the root");
    git_oid oid, last = start;
    int rc;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0)
        last = oid;
    if (rc != GIT_ITEROVER)
        check(rc, "finding the root");
    return oidToString(last);
}

QList<CommitInfo> Repository::commitsChanging(const QString &to, const QString &base,
                                              const QString &path) const
{
    QList<CommitInfo> out;
    for (const QString &id :
         commitsBetween(to, base.isEmpty() ? QStringList() : QStringList{base})) {
        const CommitHandle c = d->lookupCommit(id);
        if (git_commit_parentcount(c.get()) > 1)
            continue; // a merge takes a side's version; the side's commits say whose
        const QString parent = git_commit_parentcount(c.get()) == 0
                                   ? QString()
                                   : oidToString(*git_commit_parent_id(c.get(), 0));
        if (entryId(id, path) == (parent.isEmpty() ? QString() : entryId(parent, path)))
            continue;
        out.append(toInfo(c.get()));
    }
    return out;
}

QStringList Repository::referenceTargets() const
{
    QStringList out;
    git_reference_iterator *rawIt = nullptr;
    check(git_reference_iterator_new(&rawIt, d->repo.get()), "listing references");
    std::unique_ptr<git_reference_iterator, void (*)(git_reference_iterator *)> it(
        rawIt, git_reference_iterator_free);
    git_reference *ref = nullptr;
    while (git_reference_next(&ref, it.get()) == 0) {
        ReferenceHandle owned(ref);
        ObjectHandle commit;
        if (git_reference_peel(commit.out(), ref, GIT_OBJECT_COMMIT) == 0) {
            commit.adopt();
            out.append(oidToString(*git_object_id(commit.get())));
        } else {
            git_error_clear();
        }
    }
    git_error_clear();
    out.removeDuplicates();
    return out;
}

std::optional<CommitSignature> Repository::commitSignature(const QString &id) const
{
    git_oid oid = parseOid(id);
    Buffer sig, data;
    const int rc = git_commit_extract_signature(&sig.buf, &data.buf, d->repo.get(), &oid, nullptr);
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::nullopt;
    }
    check(rc, "reading a commit's signature");
    return CommitSignature{sig.bytes(), data.bytes()};
}

void Repository::setCommitSigner(CommitSigner signer)
{
    d->signer = std::move(signer);
}

QString Repository::commitChanges(const QList<FileChange> &changes, const QString &message,
                                  const Identity &author)
{
    if (changes.isEmpty())
        throw Error(QStringLiteral("nothing to commit"), Error::Kind::Usage);
    const QString root = workdir();

    // A full disk is named with this repository's path from here on.
    WritingTo writing(gitDir());
    // One writer at a time in this clone; a lock whose holder is certainly
    // gone (killed, its PID reused) is taken over (core/ProcessLock).
    const ProcessLock lock(gitDir() + QStringLiteral("copydesk.lock"));

    // A lock a crashed git left behind would stop us half-way (after the
    // commit, before the index): refuse before anything is written.
    {
        QStringList locks{QStringLiteral("index.lock"), QStringLiteral("HEAD.lock")};
        const QString branch = headBranch();
        if (!branch.isEmpty())
            locks.append(QStringLiteral("refs/heads/%1.lock").arg(branch));
        for (const QString &l : locks) {
            if (QFileInfo::exists(gitDir() + l))
                throw Error(
                    QStringLiteral(
                        "%1 exists: another git process is working in this repository, or one "
                        "crashed and left it behind. If no git is running, delete %1 and save "
                        "again; nothing was saved")
                        .arg(QDir::cleanPath(gitDir() + l)),
                    Error::Kind::Conflict);
        }
    }

    const QString parent = headId();
    TreeHandle baseTree;
    if (!parent.isEmpty())
        baseTree = d->treeOf(parent);

    // Never write or read through a symbolic link in the working tree (a
    // link planted at articles/x or articles/x/index.md could point anywhere).
    for (const FileChange &c : changes) {
        if (const QString link = firstSymLink(root, c.path); !link.isEmpty())
            throw Error(
                QStringLiteral(
                    "%1 is a symbolic link; Copydesk does not write through links (it could "
                    "point outside the newsroom). Remove it and save again; nothing was saved")
                    .arg(link),
                Error::Kind::Refused);
    }

    // Refuse to overwrite work another tool left in the working tree.
    for (const FileChange &c : changes) {
        QFile f(root + u'/' + c.path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray onDisk = f.readAll();
        std::optional<QByteArray> committed;
        if (baseTree) {
            const TreeEntryHandle e = d->entry(baseTree.get(), c.path);
            if (e) {
                BlobHandle blob = receive<BlobHandle>(
                    [&](git_blob **p) {
                        return git_blob_lookup(p, d->repo.get(), git_tree_entry_id(e.get()));
                    },
                    "reading a file");
                committed = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                       qsizetype(git_blob_rawsize(blob.get())));
            }
        }
        if (onDisk != committed.value_or(QByteArray()) &&
            onDisk != c.content.value_or(QByteArray()) &&
            !(committed.has_value() == false && onDisk.isEmpty()))
            throw Error(QCoreApplication::translate(
                            "copydesk::Repository",
                            "%1 has changes in the working tree that are not committed "
                            "(made by another tool?); commit or discard them first "
                            "(git diff -- %1), nothing was saved")
                            .arg(c.path),
                        Error::Kind::Conflict);
    }

    // Blobs and the new tree, built from HEAD's tree: only the named paths
    // change, whatever is staged in the index by someone else.
    std::vector<git_tree_update> updates;
    std::vector<QByteArray> paths;
    paths.reserve(size_t(changes.size()));
    updates.reserve(size_t(changes.size()));
    for (const FileChange &c : changes) {
        paths.push_back(utf8(c.path));
        git_tree_update u{};
        u.path = paths.back().constData();
        if (c.content) {
            check(git_blob_create_from_buffer(&u.id, d->repo.get(), c.content->constData(),
                                              size_t(c.content->size())),
                  "storing a file");
            u.action = GIT_TREE_UPDATE_UPSERT;
            u.filemode = GIT_FILEMODE_BLOB;
        } else {
            if (!baseTree || !d->entry(baseTree.get(), c.path))
                continue;
            u.action = GIT_TREE_UPDATE_REMOVE;
        }
        updates.push_back(u);
    }
    git_oid treeId;
    // libgit2 accepts no baseline: the first commit's tree starts empty.
    check(git_tree_create_updated(&treeId, d->repo.get(), baseTree ? baseTree.get() : nullptr,
                                  updates.size(), updates.data()),
          "building the new tree");
    // Stage exactly the committed paths so `git status` stays clean for them
    // and leaves everything else as the other tool left it.
    auto stagePaths = [&] {
        if (d->stageByPatchingIndex(changes, updates))
            return;
        IndexHandle index = receive<IndexHandle>(
            [&](git_index **p) { return git_repository_index(p, d->repo.get()); },
            "reading the index");
        check(git_index_read(index.get(), 0), "reading the index");
        for (size_t i = 0; i < paths.size(); ++i) {
            if (changes.at(qsizetype(i)).content)
                check(git_index_add_bypath(index.get(), paths[i].constData()), "staging a file");
            else if (git_index_get_bypath(index.get(), paths[i].constData(), 0))
                check(git_index_remove_bypath(index.get(), paths[i].constData()),
                      "unstaging a file");
        }
        check(git_index_write(index.get()), "writing the index");
    };
    if (baseTree && git_oid_equal(&treeId, git_tree_id(baseTree.get()))) {
        // A save killed after its commit and before the index: saving the
        // same text again completes it.
        bool onDisk = true;
        for (const FileChange &c : changes) {
            QFile f(root + u'/' + c.path);
            onDisk = onDisk && (c.content ? f.open(QIODevice::ReadOnly) && f.readAll() == *c.content
                                          : !f.exists());
        }
        if (onDisk)
            stagePaths();
        throw Error(QStringLiteral("nothing changed: the text is the same as the last revision"),
                    Error::Kind::Usage);
    }
    TreeHandle tree = receive<TreeHandle>(
        [&](git_tree **p) { return git_tree_lookup(p, d->repo.get(), &treeId); },
        "reading the new tree");

    // The working tree first, atomically per file: a crash after this point
    // leaves the new text on disk and the repository at the old revision,
    // both valid; saving again completes the revision.
    for (const FileChange &c : changes) {
        const QString abs = root + u'/' + c.path;
        if (c.content) {
            saveFileAtomically(abs, *c.content);
        } else if (QFile::exists(abs) && !QFile::remove(abs)) {
            throw Error(QStringLiteral("cannot remove %1").arg(abs));
        }
    }

    SignatureHandle authorSig = makeSignature(author.name, author.email, "GIT_AUTHOR_DATE");
    const QString committerEmail = qEnvironmentVariable("GIT_COMMITTER_EMAIL", author.email);
    const QString committerName = qEnvironmentVariable("GIT_COMMITTER_NAME", author.name);
    SignatureHandle committerSig =
        makeSignature(committerName, committerEmail, "GIT_COMMITTER_DATE");

    CommitHandle parentCommit;
    const git_commit *parents[1] = {nullptr};
    if (!parent.isEmpty()) {
        parentCommit = d->lookupCommit(parent);
        parents[0] = parentCommit.get();
    }
    QString msg = message;
    if (!msg.endsWith(u'\n'))
        msg += u'\n';
    git_oid commitId;
    if (d->signer) {
        // Signed as git does (gpgsig header over the commit's bytes); the
        // branch then moves only if it is still where we read it.
        Buffer content;
        check(git_commit_create_buffer(&content.buf, d->repo.get(), authorSig.get(),
                                       committerSig.get(), "UTF-8", utf8(msg).constData(),
                                       tree.get(), parent.isEmpty() ? 0 : 1, parents),
              "preparing a signed commit");
        QByteArray signature = d->signer(content.bytes());
        while (signature.endsWith('\n'))
            signature.chop(1);
        check(git_commit_create_with_signature(&commitId, d->repo.get(), content.buf.ptr,
                                               signature.constData(), "gpgsig"),
              "storing a signed commit");
        ReferenceHandle head = receive<ReferenceHandle>(
            [&](git_reference **p) { return git_reference_lookup(p, d->repo.get(), "HEAD"); },
            "reading HEAD");
        const QByteArray target = git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC
                                      ? QByteArray(git_reference_symbolic_target(head.get()))
                                      : QByteArray("HEAD");
        const QByteArray log = utf8(QStringLiteral("commit: ") + msg.section(u'\n', 0, 0));
        ReferenceHandle moved;
        if (parent.isEmpty()) {
            check(git_reference_create(moved.out(), d->repo.get(), target.constData(), &commitId, 0,
                                       log.constData()),
                  "moving the branch");
        } else {
            const git_oid expected = parseOid(parent);
            check(git_reference_create_matching(moved.out(), d->repo.get(), target.constData(),
                                                &commitId, 1, &expected, log.constData()),
                  "moving the branch");
        }
        moved.adopt();
    } else {
        // "HEAD" as update_ref: libgit2 refuses (GIT_EMODIFIED) if HEAD moved
        // since we read it, so a concurrent writer is never silently undone.
        check(git_commit_create(&commitId, d->repo.get(), "HEAD", authorSig.get(),
                                committerSig.get(), "UTF-8", utf8(msg).constData(), tree.get(),
                                parent.isEmpty() ? 0 : 1, parents),
              "committing");
    }

    writing.setConsequence(
        QStringLiteral("the revision was saved, but git's index was not updated, so 'git status' "
                       "lists the file as changed until the next save"));
    stagePaths();
    return oidToString(commitId);
}

void Repository::walk(const QString &from, const std::function<bool(const CommitInfo &)> &visit,
                      const QString &hideFrom) const
{
    if (from.isEmpty())
        return;
    RevwalkHandle walk = receive<RevwalkHandle>(
        [&](git_revwalk **p) { return git_revwalk_new(p, d->repo.get()); }, "walking history");
    check(git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME), "walking history");
    const git_oid start = parseOid(from);
    check(git_revwalk_push(walk.get(), &start), "walking history");
    if (!hideFrom.isEmpty()) {
        const git_oid hide = parseOid(hideFrom);
        check(git_revwalk_hide(walk.get(), &hide), "walking history");
    }
    git_oid oid;
    int rc;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0) {
        CommitHandle c = receive<CommitHandle>(
            [&](git_commit **p) { return git_commit_lookup(p, d->repo.get(), &oid); },
            "reading a commit");
        if (!visit(toInfo(c.get())))
            return;
    }
    if (rc != GIT_ITEROVER)
        check(rc, "walking history");
}

QString Repository::unifiedDiff(const QByteArray &oldText, const QByteArray &newText,
                                const QString &oldPath, const QString &newPath) const
{
    PatchHandle patch;
    const QByteArray op = utf8(oldPath), np = utf8(newPath);
    git_diff_options opts;
    git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.context_lines = 3;
    check(git_patch_from_buffers(patch.out(), oldText.constData(), size_t(oldText.size()),
                                 op.constData(), newText.constData(), size_t(newText.size()),
                                 np.constData(), &opts),
          "comparing revisions");
    patch.adopt();
    Buffer buf;
    check(git_patch_to_buf(&buf.buf, patch.get()), "printing a diff");
    return QString::fromUtf8(buf.bytes());
}

QStringList Repository::remotes() const
{
    git_strarray names{};
    check(git_remote_list(&names, d->repo.get()), "listing remotes");
    QStringList out;
    for (size_t i = 0; i < names.count; ++i)
        out.append(QString::fromUtf8(names.strings[i]));
    git_strarray_dispose(&names);
    return out;
}

QString Repository::remoteUrl(const QString &name) const
{
    RemoteHandle r;
    const int rc = git_remote_lookup(r.out(), d->repo.get(), utf8(name).constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        return {};
    check(rc, "reading a remote");
    r.adopt();
    return QString::fromUtf8(git_remote_url(r.get()));
}

void Repository::setRemote(const QString &name, const QString &address)
{
    // Never a token in .git/config: COPYDESK_GIT_TOKEN carries it.
    const QString url = splitUrlCredentials(address).url;
    if (remoteUrl(name).isEmpty()) {
        RemoteHandle r = receive<RemoteHandle>(
            [&](git_remote **p) {
                return git_remote_create(p, d->repo.get(), utf8(name).constData(),
                                         utf8(url).constData());
            },
            "adding the remote");
    } else {
        check(git_remote_set_url(d->repo.get(), utf8(name).constData(), utf8(url).constData()),
              "changing the remote");
    }
}

QString Repository::fetch(const QString &remote, QString *remoteMessage)
{
    RemoteHandle r;
    int rc = git_remote_lookup(r.out(), d->repo.get(), utf8(remote).constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
        throw Error(QStringLiteral("this newsroom has no remote '%1'; set one with "
                                   "'copydesk-cli remote set %1 URL'")
                        .arg(remote),
                    Error::Kind::Usage);
    check(rc, "reading the remote");
    r.adopt();
    TransferState state(QString::fromUtf8(git_remote_url(r.get())));
    git_fetch_options opts;
    git_fetch_options_init(&opts, GIT_FETCH_OPTIONS_VERSION);
    prepareCallbacks(opts.callbacks, state);
    // FETCH_HEAD would repeat the remote's address, token and all when one
    // was configured by hand; nothing here reads it.
    opts.update_fetchhead = 0;
    if (const int rc = git_remote_fetch(r.get(), nullptr, &opts, "copydesk sync: fetch"); rc < 0)
        throwTransferError(rc, "fetching from the remote", state);
    if (remoteMessage)
        *remoteMessage += state.sideband;
    const QString tracking = QStringLiteral("refs/remotes/%1/%2").arg(remote, headBranch());
    git_oid oid;
    if (git_reference_name_to_id(&oid, d->repo.get(), utf8(tracking).constData()) < 0) {
        git_error_clear();
        return {};
    }
    return oidToString(oid);
}

PushOutcome Repository::push(const QString &remote, const QString &branch)
{
    RemoteHandle r = receive<RemoteHandle>(
        [&](git_remote **p) {
            return git_remote_lookup(p, d->repo.get(), utf8(remote).constData());
        },
        "reading the remote");
    TransferState state(QString::fromUtf8(git_remote_url(r.get())));
    git_push_options opts;
    git_push_options_init(&opts, GIT_PUSH_OPTIONS_VERSION);
    prepareCallbacks(opts.callbacks, state);
    const QByteArray spec = utf8(QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch));
    char *specs[] = {const_cast<char *>(spec.constData())};
    const git_strarray refspecs{specs, 1};
    const int rc = git_remote_push(r.get(), &refspecs, &opts);
    if (rc == GIT_ENONFASTFORWARD) {
        // Someone pushed since our fetch: libgit2 refuses locally, before
        // the server could; the same "fetch first" the server would say.
        git_error_clear();
        return PushOutcome{{QStringLiteral("refs/heads/%1: fetch first").arg(branch)},
                           state.sideband};
    }
    if (rc < 0) {
        QString detail = transferProblem(rc, state);
        if (!state.sideband.trimmed().isEmpty())
            detail += QStringLiteral("\nThe server said:\n") + state.sideband.trimmed();
        throw Error(QStringLiteral("pushing to '%1' failed: %2").arg(remote, detail));
    }
    return PushOutcome{state.rejections, state.sideband};
}

QString Repository::mergeBase(const QString &a, const QString &b) const
{
    const git_oid ao = parseOid(a), bo = parseOid(b);
    git_oid base;
    const int rc = git_merge_base(&base, d->repo.get(), &ao, &bo);
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return {};
    }
    check(rc, "finding the merge base");
    return oidToString(base);
}

QStringList Repository::merge(const QString &theirs, const Identity &who, const QString &message,
                              const QMap<QString, QString> &keep)
{
    WritingTo writing(gitDir());
    writing.setConsequence(QStringLiteral("the merge was not committed; sync again once the "
                                          "problem is solved"));
    const QString ours = headId();
    git_checkout_options checkout;
    git_checkout_options_init(&checkout, GIT_CHECKOUT_OPTIONS_VERSION);
    // SAFE: never overwrite a file someone changed in the working tree.
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    QString target;
    if (ours.isEmpty()) {
        target = theirs;
    } else {
        const git_oid ourOid = parseOid(ours), theirOid = parseOid(theirs);
        git_oid base;
        const int rc = git_merge_base(&base, d->repo.get(), &ourOid, &theirOid);
        if (rc == 0 && git_oid_equal(&base, &theirOid))
            return {}; // we already have theirs
        if (rc == 0 && git_oid_equal(&base, &ourOid)) {
            target = theirs; // fast-forward
        } else {
            if (rc < 0 && rc != GIT_ENOTFOUND)
                check(rc, "finding the merge base");
            git_error_clear();
            CommitHandle ourCommit = d->lookupCommit(ours), theirCommit = d->lookupCommit(theirs);
            git_merge_options mopts;
            git_merge_options_init(&mopts, GIT_MERGE_OPTIONS_VERSION);
            IndexHandle index = receive<IndexHandle>(
                [&](git_index **p) {
                    return git_merge_commits(p, d->repo.get(), ourCommit.get(), theirCommit.get(),
                                             &mopts);
                },
                "merging");
            // Folders a person decided: drop whatever the merge made of them
            // and take the chosen side's version whole.
            for (auto it = keep.constBegin(); it != keep.constEnd(); ++it) {
                const QByteArray dir = utf8(it.key());
                for (int stage = 0; stage <= 3; ++stage)
                    check(git_index_remove_directory(index.get(), dir.constData(), stage),
                          "resolving a conflict");
                const TreeHandle side = d->treeOf(it.value());
                const TreeEntryHandle e = d->entry(side.get(), it.key());
                if (!e || git_tree_entry_type(e.get()) != GIT_OBJECT_TREE)
                    continue;
                TreeHandle folder = receive<TreeHandle>(
                    [&](git_tree **p) {
                        return git_tree_lookup(p, d->repo.get(), git_tree_entry_id(e.get()));
                    },
                    "resolving a conflict");
                for (size_t i = 0; i < git_tree_entrycount(folder.get()); ++i) {
                    const git_tree_entry *fe = git_tree_entry_byindex(folder.get(), i);
                    if (git_tree_entry_type(fe) != GIT_OBJECT_BLOB)
                        continue;
                    const QByteArray path = dir + '/' + git_tree_entry_name(fe);
                    git_index_entry entry{};
                    entry.mode = git_tree_entry_filemode(fe);
                    entry.id = *git_tree_entry_id(fe);
                    entry.path = path.constData();
                    check(git_index_add(index.get(), &entry), "resolving a conflict");
                }
            }
            if (git_index_has_conflicts(index.get())) {
                QStringList paths;
                Handle<git_index_conflict_iterator, git_index_conflict_iterator_free> it;
                check(git_index_conflict_iterator_new(it.out(), index.get()), "listing conflicts");
                it.adopt();
                const git_index_entry *a, *o, *t;
                while (git_index_conflict_next(&a, &o, &t, it.get()) == 0) {
                    const git_index_entry *any = o ? o : (t ? t : a);
                    paths.append(QString::fromUtf8(any->path));
                }
                git_error_clear();
                return paths;
            }
            git_oid treeId;
            check(git_index_write_tree_to(&treeId, index.get(), d->repo.get()),
                  "writing the merged tree");
            TreeHandle tree = receive<TreeHandle>(
                [&](git_tree **p) { return git_tree_lookup(p, d->repo.get(), &treeId); },
                "reading a tree");
            SignatureHandle sig = makeSignature(who.name, who.email, "GIT_COMMITTER_DATE");
            const git_commit *parents[2] = {ourCommit.get(), theirCommit.get()};
            git_oid mergeId;
            check(git_commit_create(&mergeId, d->repo.get(), nullptr, sig.get(), sig.get(), "UTF-8",
                                    utf8(message).constData(), tree.get(), 2, parents),
                  "committing the merge");
            target = oidToString(mergeId);
        }
    }
    // Update the working tree first (SAFE refuses to clobber local edits),
    // then move the branch: a failure leaves HEAD where it was.
    CommitHandle targetCommit = d->lookupCommit(target);
    check(git_checkout_tree(d->repo.get(), reinterpret_cast<const git_object *>(targetCommit.get()),
                            &checkout),
          "updating the working tree");
    const QString branchRef = QStringLiteral("refs/heads/") + headBranch();
    setReference(branchRef, target, QStringLiteral("copydesk sync: merge"));
    return {};
}

int Repository::countCommits(const QString &from, const QString &hideFrom) const
{
    // Ids only, unsorted: building each commit's CommitInfo in topological
    // order made the editor's sync status of a never-synced 100,000-commit
    // newsroom hold the git thread for seconds.
    if (from.isEmpty())
        return 0;
    RevwalkHandle walk = receive<RevwalkHandle>(
        [&](git_revwalk **p) { return git_revwalk_new(p, d->repo.get()); }, "counting commits");
    const git_oid start = parseOid(from);
    check(git_revwalk_push(walk.get(), &start), "counting commits");
    if (!hideFrom.isEmpty()) {
        const git_oid hide = parseOid(hideFrom);
        check(git_revwalk_hide(walk.get(), &hide), "counting commits");
    }
    int n = 0;
    git_oid oid;
    int rc;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0)
        ++n;
    if (rc != GIT_ITEROVER)
        check(rc, "counting commits");
    return n;
}

void Repository::setReference(const QString &name, const QString &id, const QString &logMessage)
{
    WritingTo writing(gitDir());
    const git_oid oid = parseOid(id);
    ReferenceHandle ref = receive<ReferenceHandle>(
        [&](git_reference **p) {
            return git_reference_create(p, d->repo.get(), utf8(name).constData(), &oid, 1,
                                        utf8(logMessage).constData());
        },
        "updating a reference");
}

} // namespace copydesk::git
