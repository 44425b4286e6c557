#pragma once
// Writes git objects straight into one pack file (format version 2) with
// its index, as `git fast-import` does, but leaves every decision about
// deltas to the caller: the generator knows which versions of a tree or file
// differ by one entry or one region and hands the delta over ready-made.
// Nothing is visible to git until finish() has put the .pack and the .idx
// in place.

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>
#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;
typedef struct z_stream_s z_stream;

namespace copydesk::generate
{

using ObjectId = std::array<unsigned char, 20>;
QByteArray toHex(const ObjectId &id);

enum class ObjectType { Commit = 1, Tree = 2, Blob = 3 };

// An object in the pack: where it is and how many deltas deep.
struct PackedObject {
    ObjectId id{};
    quint64 offset = 0;
    int depth = 0;
};

class PackWriter
{
public:
    // Longest delta chain, as git's pack.depth default.
    static constexpr int kMaxDepth = 50;

    explicit PackWriter(const QString &gitDir);
    ~PackWriter();
    PackWriter(const PackWriter &) = delete;
    PackWriter &operator=(const PackWriter &) = delete;

    // Stores content whole, unless an identical object is already in the pack.
    PackedObject add(ObjectType type, const QByteArray &content);
    // Stores content as `delta` against base (an object of this pack), or
    // whole when the delta would not pay or the chain is already kMaxDepth.
    PackedObject add(ObjectType type, const QByteArray &content, const PackedObject &base,
                     const QByteArray &delta);

    qint64 objectCount() const { return qint64(m_objects.size()); }
    // Moves the pack and its index into objects/pack; returns the pack's path.
    QString finish();

private:
    struct Entry {
        ObjectId id;
        quint64 offset;
        quint32 crc;
    };
    struct IdHash {
        size_t operator()(const ObjectId &id) const;
    };

    ObjectId hash(ObjectType type, const QByteArray &content);
    PackedObject write(int packType, const ObjectId &id, qint64 size, const QByteArray &data,
                       const PackedObject *base);
    void flush();

    QString m_packDir;
    std::unique_ptr<QTemporaryFile> m_body; // the objects, before header and trailer
    QByteArray m_buffer;
    QByteArray m_compressed;
    quint64 m_offset = 12; // after the 12-byte header
    std::vector<Entry> m_objects;
    std::unordered_map<ObjectId, PackedObject, IdHash> m_index;
    EVP_MD_CTX *m_sha = nullptr;
    EVP_MD *m_sha1 = nullptr;
    std::unique_ptr<z_stream> m_zlib;
    bool m_finished = false;
};

} // namespace copydesk::generate
