#pragma once
// Turns the generator's events into commits on top of an existing newsroom:
// blobs for the files each event writes, the article's folder, articles/,
// the root tree and the commit, all into one pack (PackWriter). Each object
// is stored as a delta against the previous version of the same path, which
// the writer still holds, so no delta is ever searched for.

#include "PackWriter.h"
#include "Trees.h"

#include "newsroom/Newsroom.h"

#include <QHash>
#include <QList>

namespace copydesk::generate
{

class HistoryWriter
{
public:
    // parent: the commit to build on (hex); rootTree: its tree's content.
    HistoryWriter(const QString &gitDir, const QByteArray &parent, const QByteArray &rootTree);

    // One commit by `signature` ("Name <email> seconds +zone") changing files
    // under articles/<slug>/; returns its id (hex).
    QByteArray commit(const QByteArray &signature, const QByteArray &message,
                      const QList<FileChange> &files);

    // Puts the pack in place (nothing refers to it yet; the caller moves the
    // branch). Returns the pack's path.
    QString finish() { return m_pack.finish(); }
    qint64 objectCount() const { return m_pack.objectCount(); }

private:
    struct Version {
        QByteArray content;
        PackedObject object;
    };
    PackedObject store(Version &last, ObjectType type, const QByteArray &content);

    PackWriter m_pack;
    QByteArray m_parent;
    SmallTree m_root;
    LargeTree m_articles;
    QHash<QByteArray, SmallTree> m_folders; // by slug
    QHash<QString, Version> m_files;        // by path
};

} // namespace copydesk::generate
