#pragma once

#include "newsroom/Newsroom.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace copydesk::git
{

// A commit as the rest of Copydesk sees it.
struct CommitInfo {
    QString id;
    QStringList parents;
    QString authorName;
    QString authorEmail;
    QDateTime authorTime;
    QString committerName;
    QString committerEmail;
    QDateTime committerTime;
    QString message;
};

struct TreeListing {
    QString name;
    QString id; // object id of the entry
    bool isTree = false;
    // git's file mode: 040000 folder, 0100644 file, 0100755 executable,
    // 0120000 symbolic link, 0160000 gitlink (a submodule's commit).
    int mode = 0;
};

// An SSH (or GPG) signature stored in a commit's gpgsig header, and the
// bytes it signs (the commit without that header).
struct CommitSignature {
    QByteArray signature;
    QByteArray signedData;
};

// Signs a commit's content; returns the armored signature. Throws on failure.
using CommitSigner = std::function<QByteArray(const QByteArray &content)>;

struct PushOutcome {
    QStringList rejections; // "ref: reason" from the server
    QString remoteMessage;  // what the server printed on its side band
};

// A git repository with a working tree. The only class in Copydesk that
// talks to libgit2 (through Handles.h); one thread at a time per instance.
class Repository
{
public:
    static std::unique_ptr<Repository> open(const QString &path, bool searchParents);
    static std::unique_ptr<Repository> init(const QString &path);
    // Clones `url` into `path` (remote "origin"), checking out its default branch.
    static std::unique_ptr<Repository> clone(const QString &url, const QString &path);
    // Opens a repository that may be bare (a server's), to read history:
    // verify and audit. `path` is the repository or a folder inside it.
    static std::unique_ptr<Repository> openForReading(const QString &path);
    // Opens the repository git describes in the environment (GIT_DIR,
    // GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES): what a hook
    // runs in, objects still in the push's quarantine included.
    static std::unique_ptr<Repository> openFromEnvironment();
    ~Repository();

    bool isBare() const;
    QString workdir() const; // absolute, no trailing slash
    QString gitDir() const;

    QString configString(const QString &key) const; // repository, then global
    static Identity globalIdentity();               // user.name/user.email outside any repository
    Identity defaultIdentity() const;

    bool isUnborn() const;
    QString headId() const;                        // empty when unborn
    QString headBranch() const;                    // short name, e.g. "main"
    QString resolve(const QString &revspec) const; // commit id; throws NotFound
    CommitInfo commitInfo(const QString &id) const;

    // Largest file readFile() loads; larger blobs are refused (Refused)
    // after reading only their size. Symbolic links are refused too.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    std::optional<QByteArray> readFile(const QString &commitId, const QString &path) const;
    // A blob's size from its header, without loading it.
    qint64 blobSize(const QString &blobId) const;
    // A blob by id (e.g. a TreeListing's); refused like readFile() above
    // kMaxFileBytes. `what` names it in that message.
    QByteArray readBlob(const QString &blobId, const QString &what) const;
    // Id of the tree entry at `path` in `commitId` (blob or tree); empty if absent.
    QString entryId(const QString &commitId, const QString &path) const;
    // git's file mode of the entry at `path` (see TreeListing::mode); 0 if absent.
    int entryMode(const QString &commitId, const QString &path) const;
    QList<TreeListing> listDirectory(const QString &commitId, const QString &path) const;
    // The entries of the tree with id `treeId` (e.g. a TreeListing's id):
    // no walk from a commit's root.
    QList<TreeListing> listTree(const QString &treeId) const;
    // Every file below `path` (recursively): path relative to `path` -> blob id.
    QMap<QString, QString> listFiles(const QString &commitId, const QString &path) const;
    // Names of the entries directly in folder `dir` whose id differs between
    // commits `a` and `b` (changed, added or removed); `b` empty: every entry
    // of `a`'s folder. Compares the two folders' sorted listings without
    // converting unchanged entries (history indexes over big folders).
    QStringList changedEntries(const QString &a, const QString &b, const QString &dir) const;
    // Ids of the commits reachable from `to` but from none of `hide`, oldest
    // first (parents before children).
    QStringList commitsBetween(const QString &to, const QStringList &hide) const;
    // What git fsck would call malformed in the trees `commit` has and
    // `parent` does not (empty: a root commit): an entry listed twice,
    // entries out of git's order (libgit2 then reads one copy and a
    // checkout writes another), and names in one small folder that differ
    // only in letter case. Messages name the folder and the entry.
    QStringList malformedTrees(const QString &commit, const QString &parent) const;
    // The root reached by following first parents from `id` (a newsroom's
    // init commit). Ids only: no commit's message is read.
    QString firstParentRoot(const QString &id) const;
    // The commits between `base` and `to` (reachable from `to`, not from
    // `base`; merges skipped), oldest first, that changed `path` against
    // their parent: whose work a merge that drops that side's version of
    // `path` would undo.
    QList<CommitInfo> commitsChanging(const QString &to, const QString &base,
                                      const QString &path) const;
    // The commit ids every reference (refs/*) points to.
    QStringList referenceTargets() const;
    // The commit's gpgsig header and what it signs; nullopt when unsigned.
    std::optional<CommitSignature> commitSignature(const QString &id) const;
    // From now on commitChanges() signs each commit with `signer` (empty:
    // unsigned again), as git does with commit.gpgsign.
    void setCommitSigner(CommitSigner signer);

    // Writes `changes` to the working tree, commits them on top of HEAD and
    // stages exactly those paths. See Newsroom::commit.
    QString commitChanges(const QList<FileChange> &changes, const QString &message,
                          const Identity &author);

    // Every commit reachable from `from`, newest first (topological+time);
    // `visit` returns false to stop.
    void walk(const QString &from, const std::function<bool(const CommitInfo &)> &visit,
              const QString &hideFrom = {}) const;

    QString unifiedDiff(const QByteArray &oldText, const QByteArray &newText,
                        const QString &oldPath, const QString &newPath) const;

    // Remotes and sync.
    QStringList remotes() const;
    QString remoteUrl(const QString &name) const;
    void setRemote(const QString &name, const QString &url);
    // Fetches `remote`; returns the id of the remote-tracking head for the
    // current branch (empty when the remote has no such branch).
    QString fetch(const QString &remote, QString *remoteMessage);
    PushOutcome push(const QString &remote, const QString &branch);
    // Merges `theirs` into HEAD. Fast-forwards when possible, otherwise
    // creates a merge commit. Returns the list of conflicting paths (nothing
    // changed then) or an empty list on success.
    // `keep` maps folders (e.g. "articles/x") to the commit whose version of
    // that folder wins outright, for conflicts a person has decided.
    QStringList merge(const QString &theirs, const Identity &who, const QString &message,
                      const QMap<QString, QString> &keep = {});
    QString mergeBase(const QString &a, const QString &b) const; // empty when unrelated
    int countCommits(const QString &from, const QString &hideFrom) const;
    void setReference(const QString &name, const QString &id, const QString &logMessage);

private:
    struct Private;
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace copydesk::git
