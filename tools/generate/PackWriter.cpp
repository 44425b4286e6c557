#include "PackWriter.h"

#include "core/Error.h"

#include <QDir>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <openssl/evp.h>
#include <zlib.h>

namespace copydesk::generate
{

namespace
{

const char *typeName(ObjectType type)
{
    switch (type) {
    case ObjectType::Commit:
        return "commit";
    case ObjectType::Tree:
        return "tree";
    case ObjectType::Blob:
        return "blob";
    }
    return "";
}

constexpr int kOfsDelta = 6;

void appendBigEndian(QByteArray &out, quint32 n)
{
    char b[4];
    qToBigEndian(n, b);
    out.append(b, 4);
}

} // namespace

QByteArray toHex(const ObjectId &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.data()), int(id.size())).toHex();
}

size_t PackWriter::IdHash::operator()(const ObjectId &id) const
{
    size_t h;
    std::memcpy(&h, id.data(), sizeof h); // already uniformly distributed
    return h;
}

PackWriter::PackWriter(const QString &gitDir)
    : m_packDir(QDir(gitDir).filePath(QStringLiteral("objects/pack"))),
      m_body(std::make_unique<QTemporaryFile>(m_packDir + QStringLiteral("/tmp_generate_XXXXXX"))),
      m_zlib(std::make_unique<z_stream>())
{
    if (!QDir().mkpath(m_packDir) || !m_body->open())
        throw Error(QStringLiteral("cannot write in %1: %2").arg(m_packDir, m_body->errorString()));
    m_sha = EVP_MD_CTX_new();
    m_sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    if (!m_sha || !m_sha1)
        throw Error(QStringLiteral("OpenSSL has no SHA-1"));
    // One deflate stream reset for every object: initialising one costs
    // more than compressing a typical small object.
    if (deflateInit(m_zlib.get(), Z_DEFAULT_COMPRESSION) != Z_OK)
        throw Error(QStringLiteral("zlib: cannot start compressing"));
}

PackWriter::~PackWriter()
{
    deflateEnd(m_zlib.get());
    EVP_MD_free(m_sha1);
    EVP_MD_CTX_free(m_sha);
}

ObjectId PackWriter::hash(ObjectType type, const QByteArray &content)
{
    const QByteArray header = typeName(type) + (' ' + QByteArray::number(content.size())) + '\0';
    ObjectId id;
    unsigned int n = 0;
    if (!EVP_DigestInit_ex(m_sha, m_sha1, nullptr) ||
        !EVP_DigestUpdate(m_sha, header.constData(), size_t(header.size())) ||
        !EVP_DigestUpdate(m_sha, content.constData(), size_t(content.size())) ||
        !EVP_DigestFinal_ex(m_sha, id.data(), &n))
        throw Error(QStringLiteral("OpenSSL: SHA-1 failed"));
    return id;
}

PackedObject PackWriter::add(ObjectType type, const QByteArray &content)
{
    const ObjectId id = hash(type, content);
    if (const auto it = m_index.find(id); it != m_index.end())
        return it->second;
    return write(int(type), id, content.size(), content, nullptr);
}

PackedObject PackWriter::add(ObjectType type, const QByteArray &content, const PackedObject &base,
                             const QByteArray &delta)
{
    const ObjectId id = hash(type, content);
    if (const auto it = m_index.find(id); it != m_index.end())
        return it->second;
    // A delta nearly as big as the object saves nothing and costs a read of
    // the base every time the object is read.
    if (base.depth >= kMaxDepth || delta.size() >= content.size() / 2)
        return write(int(type), id, content.size(), content, nullptr);
    return write(kOfsDelta, id, delta.size(), delta, &base);
}

PackedObject PackWriter::write(int packType, const ObjectId &id, qint64 size,
                               const QByteArray &data, const PackedObject *base)
{
    if (m_finished)
        throw Error(QStringLiteral("generator bug: object added to a finished pack"));
    const qsizetype start = m_buffer.size();
    // Type and size: 3 bits of type and 4 of size, then 7 bits of size a byte.
    quint64 n = quint64(size);
    char c = char((packType << 4) | (n & 0x0f));
    n >>= 4;
    while (n) {
        m_buffer += char(c | 0x80);
        c = char(n & 0x7f);
        n >>= 7;
    }
    m_buffer += c;
    if (base) {
        // The distance back to the base, big-endian, with git's "minus one
        // per continuation byte" so that every distance has one encoding.
        quint64 distance = m_offset - base->offset;
        char ofs[16];
        int pos = sizeof ofs - 1;
        ofs[pos] = char(distance & 0x7f);
        while (distance >>= 7)
            ofs[--pos] = char(0x80 | (--distance & 0x7f));
        m_buffer.append(ofs + pos, qsizetype(sizeof ofs) - pos);
    }
    z_stream &z = *m_zlib;
    if (deflateReset(&z) != Z_OK)
        throw Error(QStringLiteral("zlib: cannot reset"));
    m_compressed.resize(qsizetype(deflateBound(&z, uLong(data.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(m_compressed.data());
    z.avail_out = uInt(m_compressed.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        throw Error(QStringLiteral("zlib: cannot compress an object"));
    m_buffer.append(m_compressed.constData(), qsizetype(z.total_out));
    const qsizetype length = m_buffer.size() - start;
    const quint32 crc = quint32(
        crc32(0, reinterpret_cast<const Bytef *>(m_buffer.constData() + start), uInt(length)));
    const PackedObject out{id, m_offset, base ? base->depth + 1 : 0};
    m_objects.push_back({id, m_offset, crc});
    m_index.emplace(id, out);
    m_offset += quint64(length);
    if (m_buffer.size() > (4 << 20))
        flush();
    return out;
}

void PackWriter::flush()
{
    if (m_body->write(m_buffer) != m_buffer.size())
        throw Error(QStringLiteral("cannot write the pack: %1").arg(m_body->errorString()));
    m_buffer.clear();
}

QString PackWriter::finish()
{
    flush();
    m_finished = true;
    QByteArray header("PACK");
    appendBigEndian(header, 2);
    appendBigEndian(header, quint32(m_objects.size()));

    // The pack is named after its checksum, so read it once to learn the
    // name and once more to write it under that name.
    auto eachChunk = [&](const std::function<void(const char *, qint64)> &use) {
        use(header.constData(), header.size());
        if (!m_body->seek(0))
            throw Error(QStringLiteral("cannot read the pack back: %1").arg(m_body->errorString()));
        QByteArray chunk(4 << 20, Qt::Uninitialized);
        for (qint64 got; (got = m_body->read(chunk.data(), chunk.size())) > 0;)
            use(chunk.constData(), got);
    };
    ObjectId packSum;
    unsigned int len = 0;
    EVP_DigestInit_ex(m_sha, m_sha1, nullptr);
    eachChunk([&](const char *p, qint64 n) { EVP_DigestUpdate(m_sha, p, size_t(n)); });
    EVP_DigestFinal_ex(m_sha, packSum.data(), &len);
    const QString base = m_packDir + QStringLiteral("/pack-") + QString::fromLatin1(toHex(packSum));

    QSaveFile pack(base + QStringLiteral(".pack"));
    if (!pack.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1: %2").arg(pack.fileName(), pack.errorString()));
    eachChunk([&](const char *p, qint64 n) { pack.write(p, n); });
    pack.write(reinterpret_cast<const char *>(packSum.data()), qint64(packSum.size()));
    if (!pack.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(pack.fileName(), pack.errorString()));

    // Index version 2: fan-out, sorted ids, CRCs, offsets (large ones in a
    // second table), the pack's checksum and the index's own.
    std::sort(m_objects.begin(), m_objects.end(),
              [](const Entry &a, const Entry &b) { return a.id < b.id; });
    QByteArray idx("\377tOc");
    appendBigEndian(idx, 2);
    quint32 fanout[256] = {};
    for (const Entry &e : m_objects)
        ++fanout[e.id[0]];
    for (quint32 i = 0, total = 0; i < 256; ++i)
        appendBigEndian(idx, total += fanout[i]);
    for (const Entry &e : m_objects)
        idx.append(reinterpret_cast<const char *>(e.id.data()), qsizetype(e.id.size()));
    for (const Entry &e : m_objects)
        appendBigEndian(idx, e.crc);
    QByteArray large;
    quint32 nLarge = 0;
    for (const Entry &e : m_objects) {
        if (e.offset < 0x80000000u) {
            appendBigEndian(idx, quint32(e.offset));
        } else {
            appendBigEndian(idx, 0x80000000u | nLarge++);
            appendBigEndian(large, quint32(e.offset >> 32));
            appendBigEndian(large, quint32(e.offset & 0xffffffffu));
        }
    }
    idx += large;
    idx.append(reinterpret_cast<const char *>(packSum.data()), qsizetype(packSum.size()));
    ObjectId idxSum;
    EVP_Digest(idx.constData(), size_t(idx.size()), idxSum.data(), &len, m_sha1, nullptr);
    idx.append(reinterpret_cast<const char *>(idxSum.data()), qsizetype(idxSum.size()));
    QSaveFile index(base + QStringLiteral(".idx"));
    if (!index.open(QIODevice::WriteOnly) || index.write(idx) != idx.size() || !index.commit())
        throw Error(
            QStringLiteral("cannot write %1: %2").arg(index.fileName(), index.errorString()));
    // Read-only, as git leaves its packs: they are never changed in place.
    for (const QString &path : {pack.fileName(), index.fileName()})
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther);
    m_body.reset();
    return pack.fileName();
}

} // namespace copydesk::generate
