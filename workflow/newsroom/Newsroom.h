#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace copydesk
{

namespace git
{
class Repository;
}

// Who is acting, resolved as git does: GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL,
// then the repository's config, then the global one.
struct Identity {
    QString name;
    QString email;
    bool isValid() const { return !email.isEmpty(); }
};

// One file to write (content set) or delete (content empty) in a commit.
// Paths are relative to the newsroom root, with '/' separators.
struct FileChange {
    QString path;
    std::optional<QByteArray> content;
};

// One revision touching an article, newest first in Newsroom::log().
struct Revision {
    QString id; // full commit hash
    QString author;
    QString email;
    QDateTime time;
    QString message;                 // whole message, trailers included
    QString summary;                 // first line
    QMap<QString, QString> trailers; // Copydesk-* trailers, key without "Copydesk-"
    bool textChanged = false;        // the article's index.md changed in it
};

// What sync does with articles changed on both sides.
enum class SyncKeep { Nothing, Mine, Theirs };

struct SyncResult {
    bool upToDate = false;
    int received = 0;                // commits that arrived from the remote
    int sent = 0;                    // commits pushed
    QStringList conflictingArticles; // non-empty: sync stopped, nothing lost
    QString theirsRef;               // where the remote's version stays reachable
    QString remoteMessage;           // what the server printed (hook output)
};

// A newsroom: an ordinary git repository with a working tree.
//
//   copydesk/newsroom.json   name and settings
//   copydesk/people.json     people and roles, keyed by email
//   copydesk/pipeline.json   stages and gates
//   copydesk/words/          house dictionary (shared spelling words)
//   copydesk/style/          house style rules
//   copydesk/claims/         newsroom extensions to the claim lexicons
//   articles/<slug>/index.md the article: YAML front matter + Markdown
//   articles/<slug>/state.json, ledger.json, comments.json
//
// Every write goes through commit(): files are written atomically to the
// working tree and committed on HEAD in one step; only the named paths are
// committed, whatever else another tool left staged. Not thread-safe: one
// thread at a time per Newsroom (libgit2 objects are not shared).
class Newsroom
{
public:
    // The identity someone working in `dir` has: GIT_AUTHOR_* first, then
    // the repository's config (when `dir` is one), then the global config.
    static Identity resolveIdentity(const QString &dir);

    // Opens the newsroom containing `dir` (it or a parent). Throws NotFound.
    static Newsroom open(const QString &dir);
    // Creates a newsroom in `dir` (created if needed; must not already be
    // one) with the default configuration. `founder` becomes the first editor.
    static Newsroom init(const QString &dir, const Identity &founder, const QString &name = {});
    static bool isNewsroom(const QString &dir);
    // Clones a newsroom from its git server into `dir`.
    static Newsroom clone(const QString &url, const QString &dir);

    Newsroom(Newsroom &&) noexcept;
    Newsroom &operator=(Newsroom &&) noexcept;
    ~Newsroom();

    QString root() const;
    QString configDir() const; // root()/copydesk
    QString name() const;

    // The acting person (see Identity). Throws when none is configured.
    Identity identity() const;
    // Overrides identity() for this object (the editor's chosen identity).
    void setActor(const Identity &actor);

    // ContentPolicy::validateSlug: throws Usage for a slug that is not valid.
    static void validateSlug(const QString &slug);
    // A usable slug from a title in any script (Hangul kept, Latin lowered).
    static QString slugFromTitle(const QString &title);
    static QString articlePath(const QString &slug); // "articles/<slug>/index.md"
    static QString articleDir(const QString &slug);  // "articles/<slug>"
    bool hasArticle(const QString &slug) const;      // at HEAD
    QStringList slugs() const;                       // at HEAD, sorted

    // Contents of a file at HEAD or at `rev` (any revspec git understands).
    // Throws NotFound when absent.
    QByteArray readFile(const QString &path, const QString &rev = {}) const;
    std::optional<QByteArray> tryReadFile(const QString &path, const QString &rev = {}) const;

    // Commits `changes` on HEAD with `message`, authored by identity().
    // Returns the new commit id. Throws Conflict when a file to be written
    // has changes in the working tree that are not committed and differ from
    // the new content (another tool's work is never overwritten).
    QString commit(const QList<FileChange> &changes, const QString &message);

    // Revisions that touched articles/<slug>/, newest first.
    QList<Revision> log(const QString &slug, int limit = -1) const;
    QString resolveRevision(const QString &rev) const; // full hash; throws NotFound
    QString headId() const;

    // Fetches, merges what does not conflict, pushes. An article changed on
    // both sides stops the sync (SyncResult::conflictingArticles, their
    // version kept at theirsRef) unless `keep` says whose version wins; the
    // other one stays in history either way.
    SyncResult sync(const QString &remote = QStringLiteral("origin"),
                    SyncKeep keep = SyncKeep::Nothing);

    // The three versions of an article a sync stopped on: at the common
    // revision, here (HEAD) and on the server (`theirsRef` from SyncResult).
    // Empty where the article did not exist. For the merge view: the person
    // resolves, syncs with SyncKeep::Mine, then saves the merged text.
    struct ConflictVersions {
        QString base;
        QString mine;
        QString theirs;
    };
    ConflictVersions conflictVersions(const QString &slug, const QString &theirsRef) const;

    git::Repository &repository() const;

private:
    explicit Newsroom(std::unique_ptr<git::Repository> repo);
    std::unique_ptr<git::Repository> m_repo;
    Identity m_actor;
};

} // namespace copydesk
