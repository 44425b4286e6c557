#pragma once
// In-memory git trees for the generator. A SmallTree (the root, one
// article's folder) is rewritten whole for each commit and stored as a delta
// against its previous version. The LargeTree is articles/: one entry per
// article, 450 KB for 10,000 articles, rewritten by every commit. It is
// patched in place and stored as a "skip delta" (version n against version
// n with its lowest set bit cleared), so no version is more than log2(n)
// deltas deep and no full copy has to be compressed again every 50 commits,
// which is what made `git fast-import` spend minutes on it.

#include "PackWriter.h"

#include <QByteArray>
#include <map>
#include <vector>

namespace copydesk::generate
{

// Git's order of tree entries: by bytes, with a folder's name compared as if
// it ended in '/'.
bool treeOrderLess(const QByteArray &a, bool aIsTree, const QByteArray &b, bool bIsTree);

class SmallTree
{
public:
    SmallTree() = default;
    // From a tree object's content (as `git cat-file tree` prints it).
    static SmallTree parse(const QByteArray &raw);

    void set(const QByteArray &name, bool isTree, const ObjectId &id);
    bool contains(const QByteArray &name) const;
    QByteArray serialize() const;
    // Writes the current content; a delta against the previous write.
    PackedObject write(PackWriter &pack);

private:
    struct Entry {
        QByteArray name;
        bool isTree;
        ObjectId id;
    };
    std::vector<Entry> m_entries;
    QByteArray m_lastContent;
    PackedObject m_last;
    bool m_written = false;
};

class LargeTree
{
public:
    // Sets the subtree `name` to id, adding it if new. (Only folders: that is
    // all articles/ holds.)
    void set(const QByteArray &name, const ObjectId &id);
    bool empty() const { return m_names.empty(); }
    const QByteArray &content() const { return m_raw; }
    // Writes the current content as the next version.
    PackedObject write(PackWriter &pack);

private:
    struct NameLess {
        bool operator()(const QByteArray &a, const QByteArray &b) const
        {
            return treeOrderLess(a, true, b, true);
        }
    };
    // An earlier version that later versions are stored against: its size
    // and the entries changed since (true: added since).
    struct Version {
        qint64 number;
        PackedObject object;
        qint64 size;
        std::map<QByteArray, bool, NameLess> changed;
    };

    qint64 entrySize(size_t i) const;

    QByteArray m_raw;                // the tree object's content
    std::vector<QByteArray> m_names; // in tree order
    std::vector<qint64> m_offsets;   // of each entry in m_raw
    std::vector<Version> m_bases;    // versions that later ones are stored against
    qint64 m_versions = 0;
};

} // namespace copydesk::generate
