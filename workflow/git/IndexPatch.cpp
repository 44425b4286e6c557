// The index format is git's Documentation/gitformat-index.txt (versions 2
// and 3; version 4 compresses paths, and is left to libgit2).
#include "git/IndexPatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
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
    // Writes `bytes` and adds them to the checksum of what was written.
    bool write(QByteArrayView bytes)
    {
        m_hash.addData(bytes);
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.data() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    // The checksum git ends an index with: of everything written before it.
    bool writeChecksum() { return write(QByteArray(m_hash.result())); }
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
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
};

// The index mapped read-only: its pages are the page cache's, so a 4.5 MB
// index costs no copy and no fresh memory (which is what made reading it
// slow, not parsing it).
class MappedFile
{
public:
    explicit MappedFile(const QByteArray &path)
    {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return;
        struct stat st {
        };
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void *p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                m_data = static_cast<const char *>(p);
                m_size = qsizetype(st.st_size);
                m_mtime = st.st_mtim;
            }
        }
        ::close(fd);
    }
    ~MappedFile()
    {
        if (m_data)
            ::munmap(const_cast<char *>(m_data), size_t(m_size));
    }
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    const timespec &mtime() const { return m_mtime; }

private:
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    timespec m_mtime{};
};

// Bytes of the new index that differ from the old one at the same offset.
struct Patch {
    qsizetype offset;
    QByteArray bytes;
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
    const MappedFile index(target);
    const char *p = index.data();
    const qsizetype body = index.size() - kHashBytes;
    if (!p || body < 12 || memcmp(p, "DIRC", 4) != 0)
        return false;
    const quint32 version = get32(p + 4);
    if (version != 2 && version != 3)
        return false;
    // A damaged index is left for libgit2 to refuse, never re-signed.
    if (QCryptographicHash::hash(QByteArrayView(p, body), QCryptographicHash::Sha1) !=
        QByteArrayView(p + body, kHashBytes))
        return false;

    std::vector<struct stat> stats(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (::lstat(QFile::encodeName(entries.at(i).file).constData(), &stats[size_t(i)]) != 0 ||
            !S_ISREG(stats[size_t(i)].st_mode))
            return false;
    }

    const quint32 count = get32(p + 8);
    std::vector<int> matched(size_t(entries.size()), 0);
    std::vector<Patch> patches; // in offset order
    qsizetype off = 12;
    for (quint32 n = 0; n < count; ++n) {
        if (off + 62 > body)
            return false;
        const char *e = p + off;
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
            QByteArray fields(40 + kHashBytes, Qt::Uninitialized);
            char *f = fields.data();
            put32(f + 0, quint64(st.st_ctim.tv_sec));
            put32(f + 4, quint64(st.st_ctim.tv_nsec));
            put32(f + 8, quint64(st.st_mtim.tv_sec));
            put32(f + 12, quint64(st.st_mtim.tv_nsec));
            put32(f + 16, quint64(st.st_dev));
            put32(f + 20, quint64(st.st_ino));
            put32(f + 24, kRegularFile);
            put32(f + 28, quint64(st.st_uid));
            put32(f + 32, quint64(st.st_gid));
            put32(f + 36, quint64(st.st_size));
            memcpy(f + 40, entries.at(which).blobId.constData(), kHashBytes);
            patches.push_back({off, fields});
            ++matched[size_t(which)];
        } else {
            // Racily clean: changed in the same instant the index was
            // written, so its stat data cannot tell. Once the index is newer
            // that would look clean; a zero size makes git and libgit2
            // compare the content instead (git smudges the same way).
            const qint64 sec = get32(e + 8), nsec = get32(e + 12);
            const qint64 indexSec = quint32(index.mtime().tv_sec),
                         indexNsec = index.mtime().tv_nsec;
            if ((sec > indexSec || (sec == indexSec && nsec >= indexNsec)) && get32(e + 36) != 0)
                patches.push_back({off + 36, QByteArray(4, '\0')});
        }
        off += size;
    }
    for (int m : matched)
        if (m != 1)
            return false; // a new path (or twice listed): libgit2 inserts it

    // The extensions kept, rebuilt before anything is written.
    QByteArray extensions;
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
        const QByteArrayView name(sig, 4);
        if (name == "TREE") {
            QByteArray tree;
            const char *t = sig + 8, *end = sig + 8 + size;
            while (t < end)
                if (!copyCachedTree(t, end, {}, paths, tree))
                    return false;
            char length[4];
            put32(length, quint32(tree.size()));
            extensions.append(sig, 4).append(length, 4).append(tree);
        } else if (name == "REUC") {
            extensions.append(sig, 8 + qsizetype(size)); // resolve-undo: not about stage 0
        }
        // Other optional extensions are caches keyed to the old bytes (EOIE,
        // IEOT) or to the working tree (UNTR, FSMN): dropping one is always
        // correct, and git rebuilds it when configured to.
        x += 8 + qsizetype(size);
    }

    // The entries as they were, with the patches laid over them.
    qsizetype at = 0;
    for (const Patch &patch : patches) {
        if (!lock.write(QByteArrayView(p + at, patch.offset - at)) || !lock.write(patch.bytes))
            return false;
        at = patch.offset + patch.bytes.size();
    }
    return lock.write(QByteArrayView(p + at, off - at)) && lock.write(extensions) &&
           lock.writeChecksum() && lock.commitTo(target);
}

} // namespace copydesk::git
