// The index format is git's Documentation/gitformat-index.txt (versions 2
// and 3; version 4 compresses paths, and is left to libgit2).
#include "git/IndexPatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace copydesk::git
{

namespace
{

constexpr qsizetype kHashBytes = 20;
constexpr quint32 kRegularFile = 0100644;

quint32 get32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) << 24 | quint32(u[1]) << 16 | quint32(u[2]) << 8 | quint32(u[3]);
}

quint16 get16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint16(u[0] << 8 | u[1]);
}

void put32(char *p, quint64 v)
{
    // The index stores stat fields truncated to 32 bits, as git does.
    p[0] = char(v >> 24);
    p[1] = char(v >> 16);
    p[2] = char(v >> 8);
    p[3] = char(v);
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    put32(b.data(), v);
    return b;
}

// Holds index.lock (git's lock: whoever creates it first owns the index)
// and removes it unless the new index was renamed into place.
class IndexLock
{
public:
    explicit IndexLock(QByteArray path) : m_path(std::move(path))
    {
        m_fd = ::open(m_path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
    ~IndexLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_fd >= 0 || m_ownsFile)
            ::unlink(m_path.constData());
    }
    IndexLock(const IndexLock &) = delete;
    IndexLock &operator=(const IndexLock &) = delete;

    bool held() const { return m_fd >= 0; }
    bool write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    // Closes and renames over `target`; the lock is gone either way.
    bool commitTo(const QByteArray &target)
    {
        const bool closed = ::close(m_fd) == 0;
        m_fd = -1;
        m_ownsFile = true;
        if (!closed || ::rename(m_path.constData(), target.constData()) != 0)
            return false;
        m_ownsFile = false;
        return true;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_ownsFile = false;
};

// Copies one cached tree (and its subtrees) from `p`, marking invalid the
// ones that contain a changed path, as git does when it stages a file: the
// next write-tree recomputes exactly those.
bool copyCachedTree(const char *&p, const char *end, const QByteArray &dir,
                    const QList<QByteArray> &changed, QByteArray &out, int depth = 0)
{
    if (depth > 4096)
        return false;
    const char *nul = static_cast<const char *>(memchr(p, 0, size_t(end - p)));
    if (!nul)
        return false;
    const QByteArray name(p, nul - p);
    p = nul + 1;
    const char *space = static_cast<const char *>(memchr(p, ' ', size_t(end - p)));
    const char *newline =
        space ? static_cast<const char *>(memchr(space, '\n', size_t(end - space))) : nullptr;
    if (!newline)
        return false;
    bool okCount = false, okSub = false;
    const int count = QByteArray(p, space - p).toInt(&okCount);
    const QByteArray subtreesText(space + 1, newline - space - 1);
    const int subtrees = subtreesText.toInt(&okSub);
    if (!okCount || !okSub || subtrees < 0 || count < -1)
        return false;
    p = newline + 1;
    const char *oid = nullptr;
    if (count >= 0) {
        if (end - p < kHashBytes)
            return false;
        oid = p;
        p += kHashBytes;
    }
    const QByteArray path = name.isEmpty() && depth == 0 ? QByteArray() : dir + name + '/';
    bool touched = false;
    for (const QByteArray &c : changed)
        touched = touched || c.startsWith(path);
    out += name;
    out += '\0';
    if (oid && !touched) {
        out += QByteArray::number(count) + ' ' + subtreesText + '\n';
        out.append(oid, kHashBytes);
    } else {
        out += "-1 " + subtreesText + '\n';
    }
    for (int i = 0; i < subtrees; ++i)
        if (!copyCachedTree(p, end, path, changed, out, depth + 1))
            return false;
    return true;
}

} // namespace

bool patchIndex(const QString &indexPath, const QList<IndexPatchEntry> &entries)
{
    if (entries.isEmpty())
        return false;
    QList<QByteArray> paths;
    for (const IndexPatchEntry &e : entries) {
        if (e.blobId.size() != kHashBytes || e.path.isEmpty() || e.path.size() >= 0xfff)
            return false;
        paths.append(e.path);
    }
    const QByteArray target = QFile::encodeName(indexPath);
    IndexLock lock(target + ".lock");
    if (!lock.held())
        return false; // git or another tool is writing it: let libgit2 report that

    // Read under the lock, so nobody can change it between read and rename.
    struct stat indexStat {
    };
    if (::stat(target.constData(), &indexStat) != 0)
        return false;
    QFile f(indexPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = f.readAll();
    f.close();
    const qsizetype body = data.size() - kHashBytes;
    if (body < 12 || !data.startsWith("DIRC"))
        return false;
    const quint32 version = get32(data.constData() + 4);
    if (version != 2 && version != 3)
        return false;
    // A damaged index is left for libgit2 to refuse, never re-signed.
    if (QCryptographicHash::hash(QByteArrayView(data.constData(), body),
                                 QCryptographicHash::Sha1) !=
        QByteArrayView(data.constData() + body, kHashBytes))
        return false;

    std::vector<struct stat> stats(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (::lstat(QFile::encodeName(entries.at(i).file).constData(), &stats[size_t(i)]) != 0 ||
            !S_ISREG(stats[size_t(i)].st_mode))
            return false;
    }

    char *p = data.data();
    const quint32 count = get32(p + 8);
    std::vector<int> matched(size_t(entries.size()), 0);
    qsizetype off = 12;
    for (quint32 n = 0; n < count; ++n) {
        if (off + 62 > body)
            return false;
        char *e = p + off;
        const quint16 flags = get16(e + 60);
        qsizetype base = 62;
        quint16 extended = 0;
        if (flags & 0x4000) {
            if (version < 3 || off + 64 > body)
                return false;
            extended = get16(e + 62);
            base = 64;
        }
        qsizetype nameLength = flags & 0xfff;
        if (nameLength == 0xfff) {
            const void *nul = memchr(e + base, 0, size_t(body - off - base));
            if (!nul)
                return false;
            nameLength = static_cast<const char *>(nul) - (e + base);
        }
        const qsizetype size = (base + nameLength + 8) & ~qsizetype(7);
        if (off + size > body)
            return false;
        qsizetype which = -1;
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (entries.at(i).path.size() == nameLength &&
                memcmp(entries.at(i).path.constData(), e + base, size_t(nameLength)) == 0)
                which = i;
        if (which >= 0) {
            // Only a plain staged file: no conflict stages, no assume-valid,
            // skip-worktree or intent-to-add, not a link or executable.
            if ((flags & 0x3000) || (flags & 0x8000) || extended || get32(e + 24) != kRegularFile)
                return false;
            const struct stat &st = stats[size_t(which)];
            put32(e + 0, quint64(st.st_ctim.tv_sec));
            put32(e + 4, quint64(st.st_ctim.tv_nsec));
            put32(e + 8, quint64(st.st_mtim.tv_sec));
            put32(e + 12, quint64(st.st_mtim.tv_nsec));
            put32(e + 16, quint64(st.st_dev));
            put32(e + 20, quint64(st.st_ino));
            put32(e + 24, kRegularFile);
            put32(e + 28, quint64(st.st_uid));
            put32(e + 32, quint64(st.st_gid));
            put32(e + 36, quint64(st.st_size));
            memcpy(e + 40, entries.at(which).blobId.constData(), kHashBytes);
            ++matched[size_t(which)];
        } else {
            // Racily clean: changed in the same instant the index was
            // written, so its stat data cannot tell. Once the index is newer
            // that would look clean; a zero size makes git and libgit2
            // compare the content instead (git smudges the same way).
            const qint64 sec = get32(e + 8), nsec = get32(e + 12);
            const qint64 indexSec = quint32(indexStat.st_mtim.tv_sec),
                         indexNsec = indexStat.st_mtim.tv_nsec;
            if (sec > indexSec || (sec == indexSec && nsec >= indexNsec))
                put32(e + 36, 0);
        }
        off += size;
    }
    for (int m : matched)
        if (m != 1)
            return false; // a new path (or twice listed): libgit2 inserts it

    QByteArray out = data.left(off);
    for (qsizetype x = off; x < body;) {
        if (x + 8 > body)
            return false;
        const char *sig = p + x;
        const quint32 size = get32(sig + 4);
        if (qint64(size) > body - x - 8)
            return false;
        // A lower-case signature is one a reader must understand (a split
        // or sparse index): leave those to libgit2.
        if (sig[0] < 'A' || sig[0] > 'Z')
            return false;
        const QByteArray name(sig, 4);
        if (name == "TREE") {
            QByteArray tree;
            const char *t = sig + 8, *end = sig + 8 + size;
            while (t < end)
                if (!copyCachedTree(t, end, {}, paths, tree))
                    return false;
            out += name + be32(quint32(tree.size())) + tree;
        } else if (name == "REUC") {
            out.append(sig, 8 + qsizetype(size)); // resolve-undo: not about these paths' stage 0
        }
        // Other optional extensions are caches keyed to the old bytes (EOIE,
        // IEOT) or to the working tree (UNTR, FSMN): dropping one is always
        // correct, and git rebuilds it when configured to.
        x += 8 + qsizetype(size);
    }
    out += QCryptographicHash::hash(out, QCryptographicHash::Sha1);
    return lock.write(out) && lock.commitTo(target);
}

} // namespace copydesk::git
