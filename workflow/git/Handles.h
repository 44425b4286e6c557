#pragma once
// Internal to workflow/git/: RAII owners for libgit2 handles. Nothing outside
// this folder includes <git2.h>; the rest of Copydesk speaks in Qt types.

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <git2.h>
#include <memory>

namespace copydesk::git
{

// Turns a libgit2 failure into an Error carrying libgit2's own message,
// captured here at the call site before another call can overwrite it. A
// write that failed for lack of room, a file-size limit, a quota or a
// read-only file system is named as such (core/SystemError), from the errno
// libgit2's failing write left: its own message is often empty ("error -1").
[[noreturn]] void throwGitError(int rc, const char *what);

// Names, for the span of a write, the repository folder this thread's libgit2
// calls write to and what a failure means, so a full disk is reported with
// its path: "cannot write /desk/.git (storing a file): the disk is full …;
// nothing was saved".
class WritingTo
{
public:
    explicit WritingTo(const QString &gitDir);
    ~WritingTo();
    WritingTo(const WritingTo &) = delete;
    WritingTo &operator=(const WritingTo &) = delete;
    // What a failure from here on leaves (default "nothing was saved").
    void setConsequence(const QString &consequence);

private:
    const WritingTo *m_outer;
    QString m_gitDir;
    QString m_consequence;
    friend void throwGitError(int, const char *);
};

inline void check(int rc, const char *what)
{
    if (rc < 0)
        throwGitError(rc, what);
}

template <typename T, void (*Free)(T *)> class Handle
{
public:
    Handle() = default;
    explicit Handle(T *p) : m_ptr(p) {}
    T *get() const { return m_ptr.get(); }
    T **out()
    {
        m_ptr.reset();
        return &m_raw;
    }
    // Takes what out() received.
    Handle &adopt()
    {
        m_ptr.reset(m_raw);
        m_raw = nullptr;
        return *this;
    }
    explicit operator bool() const { return bool(m_ptr); }

private:
    struct Deleter {
        void operator()(T *p) const { Free(p); }
    };
    std::unique_ptr<T, Deleter> m_ptr;
    T *m_raw = nullptr;
};

// Receives a handle from a libgit2 "out" parameter and owns it:
//   auto commit = receive<CommitHandle>([&](auto **p) { return git_commit_lookup(p, repo, &id); },
//   "lookup");
template <typename H, typename F> H receive(F &&call, const char *what)
{
    H h;
    check(call(h.out()), what);
    h.adopt();
    return h;
}

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using IndexHandle = Handle<git_index, git_index_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using RemoteHandle = Handle<git_remote, git_remote_free>;
using SignatureHandle = Handle<git_signature, git_signature_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using PatchHandle = Handle<git_patch, git_patch_free>;
using AnnotatedCommitHandle = Handle<git_annotated_commit, git_annotated_commit_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;

// git_buf is a value owned by the caller; free it on scope exit.
struct Buffer {
    git_buf buf = GIT_BUF_INIT;
    ~Buffer() { git_buf_dispose(&buf); }
    QByteArray bytes() const { return QByteArray(buf.ptr, qsizetype(buf.size)); }
};

inline QString oidToString(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

} // namespace copydesk::git
