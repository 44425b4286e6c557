#include "HistoryWriter.h"

#include "Delta.h"
#include "core/Error.h"

namespace copydesk::generate
{

HistoryWriter::HistoryWriter(const QString &gitDir, const QByteArray &parent,
                             const QByteArray &rootTree)
    : m_pack(gitDir), m_parent(parent), m_root(SmallTree::parse(rootTree))
{
    // articles/ in the starting tree would have to be read in first; a
    // newsroom fresh from init has none.
    if (m_root.contains(QByteArrayLiteral("articles")))
        throw Error(QStringLiteral("the newsroom to build on already has articles"));
}

PackedObject HistoryWriter::store(Version &last, ObjectType type, const QByteArray &content)
{
    last.object = last.content.isNull()
                      ? m_pack.add(type, content)
                      : m_pack.add(type, content, last.object, spliceDelta(last.content, content));
    last.content = content;
    return last.object;
}

QByteArray HistoryWriter::commit(const QByteArray &signature, const QByteArray &message,
                                 const QList<FileChange> &files)
{
    QByteArray slug;
    SmallTree *folder = nullptr;
    for (const FileChange &f : files) {
        const QStringList parts = f.path.split(u'/');
        if (parts.size() != 3 || parts.at(0) != QLatin1String("articles") || !f.content)
            throw Error(QStringLiteral("generator bug: cannot write %1").arg(f.path));
        if (!folder) {
            slug = parts.at(1).toUtf8();
            folder = &m_folders[slug];
        } else if (parts.at(1).toUtf8() != slug) {
            throw Error(QStringLiteral("generator bug: one commit, two articles (%1)").arg(f.path));
        }
        const PackedObject blob = store(m_files[f.path], ObjectType::Blob, *f.content);
        folder->set(parts.at(2).toUtf8(), false, blob.id);
    }
    if (!folder)
        throw Error(QStringLiteral("generator bug: a commit without files"));
    m_articles.set(slug, folder->write(m_pack).id);
    m_root.set(QByteArrayLiteral("articles"), true, m_articles.write(m_pack).id);
    const PackedObject root = m_root.write(m_pack);

    QByteArray content = "tree " + toHex(root.id) + "\nparent " + m_parent + "\nauthor " +
                         signature + "\ncommitter " + signature + "\n\n" + message;
    // Commits are stored whole: they share little but their headers.
    m_parent = toHex(m_pack.add(ObjectType::Commit, content).id);
    return m_parent;
}

} // namespace copydesk::generate
