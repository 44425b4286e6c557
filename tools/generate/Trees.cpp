#include "Trees.h"

#include "Delta.h"
#include "core/Error.h"

#include <algorithm>
#include <cstring>

namespace copydesk::generate
{

namespace
{

const QByteArray kTreeMode = QByteArrayLiteral("40000");
const QByteArray kFileMode = QByteArrayLiteral("100644");

QByteArray entryBytes(const QByteArray &name, bool isTree, const ObjectId &id)
{
    QByteArray out = (isTree ? kTreeMode : kFileMode) + ' ' + name + '\0';
    out.append(reinterpret_cast<const char *>(id.data()), qsizetype(id.size()));
    return out;
}

} // namespace

bool treeOrderLess(const QByteArray &a, bool aIsTree, const QByteArray &b, bool bIsTree)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (const int c = std::memcmp(a.constData(), b.constData(), size_t(n)))
        return c < 0;
    const unsigned char ca = a.size() > n ? uchar(a.at(n)) : aIsTree ? '/' : 0;
    const unsigned char cb = b.size() > n ? uchar(b.at(n)) : bIsTree ? '/' : 0;
    return ca < cb;
}

SmallTree SmallTree::parse(const QByteArray &raw)
{
    SmallTree t;
    for (qsizetype pos = 0; pos < raw.size();) {
        const qsizetype space = raw.indexOf(' ', pos), nul = raw.indexOf('\0', pos);
        if (space < 0 || nul < space || nul + 21 > raw.size())
            throw Error(QStringLiteral("cannot read the newsroom's first tree"));
        const QByteArray mode = raw.mid(pos, space - pos);
        if (mode != kTreeMode && mode != kFileMode)
            throw Error(QStringLiteral("the newsroom's first tree has an entry of mode %1")
                            .arg(QString::fromLatin1(mode)));
        Entry e{raw.mid(space + 1, nul - space - 1), mode == kTreeMode, {}};
        std::memcpy(e.id.data(), raw.constData() + nul + 1, e.id.size());
        t.m_entries.push_back(std::move(e));
        pos = nul + 21;
    }
    return t;
}

void SmallTree::set(const QByteArray &name, bool isTree, const ObjectId &id)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                                     [&](const Entry &e, const QByteArray &n) {
                                         return treeOrderLess(e.name, e.isTree, n, isTree);
                                     });
    if (it != m_entries.end() && it->name == name && it->isTree == isTree)
        it->id = id;
    else
        m_entries.insert(it, {name, isTree, id});
}

bool SmallTree::contains(const QByteArray &name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry &e) { return e.name == name; });
}

QByteArray SmallTree::serialize() const
{
    QByteArray out;
    for (const Entry &e : m_entries)
        out += entryBytes(e.name, e.isTree, e.id);
    return out;
}

PackedObject SmallTree::write(PackWriter &pack)
{
    QByteArray content = serialize();
    m_last = m_written
                 ? pack.add(ObjectType::Tree, content, m_last, spliceDelta(m_lastContent, content))
                 : pack.add(ObjectType::Tree, content);
    m_lastContent = std::move(content);
    m_written = true;
    return m_last;
}

qint64 LargeTree::entrySize(size_t i) const
{
    return kTreeMode.size() + 1 + m_names[i].size() + 1 + 20;
}

void LargeTree::set(const QByteArray &name, const ObjectId &id)
{
    const auto it = std::lower_bound(m_names.begin(), m_names.end(), name, NameLess());
    const size_t i = size_t(it - m_names.begin());
    const bool added = it == m_names.end() || *it != name;
    if (added) {
        const qint64 offset = i < m_offsets.size() ? m_offsets[i] : m_raw.size();
        const QByteArray bytes = entryBytes(name, true, id);
        m_raw.insert(offset, bytes);
        m_names.insert(it, name);
        m_offsets.insert(m_offsets.begin() + qsizetype(i), offset);
        for (size_t j = i + 1; j < m_offsets.size(); ++j)
            m_offsets[j] += bytes.size();
    } else {
        std::memcpy(m_raw.data() + m_offsets[i] + entrySize(i) - 20, id.data(), id.size());
    }
    for (Version &v : m_bases)
        v.changed.try_emplace(name, added); // "added" sticks if it was added first
}

PackedObject LargeTree::write(PackWriter &pack)
{
    const qint64 n = m_versions++;
    PackedObject out;
    if (n == 0) {
        out = pack.add(ObjectType::Tree, m_raw);
    } else {
        const qint64 baseNumber = n & (n - 1);
        const auto base = std::find_if(m_bases.begin(), m_bases.end(),
                                       [&](const Version &v) { return v.number == baseNumber; });
        if (base == m_bases.end())
            throw Error(
                QStringLiteral("generator bug: tree version %1 was not kept").arg(baseNumber));
        // Entries the base does not have are inserted, and every later entry
        // sits that many bytes further on in this version than in the base.
        DeltaEncoder delta(base->size, m_raw.size());
        qint64 basePos = 0, shift = 0;
        for (const auto &[name, added] : base->changed) {
            const size_t i =
                size_t(std::lower_bound(m_names.begin(), m_names.end(), name, NameLess()) -
                       m_names.begin());
            const qint64 offset = m_offsets[i], size = entrySize(i), baseOffset = offset - shift;
            delta.copy(basePos, baseOffset - basePos);
            delta.insert(m_raw.constData() + offset, size);
            if (added) {
                shift += size;
                basePos = baseOffset;
            } else {
                basePos = baseOffset + size;
            }
        }
        delta.copy(basePos, base->size - basePos);
        out = pack.add(ObjectType::Tree, m_raw, base->object, delta.finish());
    }
    // Version v is the base of v + 1, v + 2, v + 4, … below v + lowbit(v); 0
    // of every power of two. Keep those still to come, and this one if even.
    std::erase_if(m_bases, [&](const Version &v) {
        return v.number != 0 && v.number + (v.number & -v.number) / 2 <= n;
    });
    if (n % 2 == 0)
        m_bases.push_back({n, out, m_raw.size(), {}});
    return out;
}

} // namespace copydesk::generate
