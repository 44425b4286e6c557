#include "core/IdKeyedCache.h"

#include "core/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace copydesk
{

namespace
{

constexpr qsizetype kKeyLength = 40;

bool isHexKey(QByteArrayView key)
{
    if (key.size() != kKeyLength)
        return false;
    for (const char c : key) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

IdKeyedCache::IdKeyedCache(QString path) : m_path(std::move(path)) {}

IdKeyedCache::~IdKeyedCache()
{
    // Best effort: a cache that cannot be written is only a slower next run.
    if (!m_compact && m_added.isEmpty())
        return; // only read: nothing to write, not even the folder
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_compact) {
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly))
            return;
        for (const QByteArrayView key : std::as_const(m_used)) {
            const QByteArrayView payload = m_index.value(key);
            out.write(key.data(), key.size());
            out.write("\t", 1);
            out.write(payload.data(), payload.size());
            out.write("\n", 1);
        }
        out.commit();
        return;
    }
    QFile f(m_path);
    if (m_oversized)
        f.remove(); // never loaded, so only slowed everyone down: start again
    if (f.open(QIODevice::ReadWrite | QIODevice::Append)) {
        QByteArray all;
        // A line a crash cut short is ended first, or the next line would
        // join it and be lost with it.
        if (f.size() > 0 && f.seek(f.size() - 1) && f.peek(1) != "\n")
            all += '\n';
        for (const QByteArray &line : std::as_const(m_added))
            all += line;
        f.write(all);
    }
}

void IdKeyedCache::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    auto bytes = readFileBytes(m_path, kMaxBytes);
    if (!bytes) {
        m_oversized = QFileInfo(m_path).size() > kMaxBytes;
        return;
    }
    m_file = std::move(*bytes);
    const QByteArrayView all(m_file);
    qsizetype start = 0;
    while (start < all.size()) {
        const qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            break; // cut short by a crash
        const QByteArrayView line = all.sliced(start, end - start);
        if (line.size() > kKeyLength + 1 && line.at(kKeyLength) == '\t' &&
            isHexKey(line.first(kKeyLength)))
            m_index.insert(line.first(kKeyLength), line.sliced(kKeyLength + 1));
        start = end + 1;
    }
    m_index.squeeze();
}

std::optional<QByteArrayView> IdKeyedCache::get(QByteArrayView id) const
{
    load();
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return std::nullopt;
    m_used.insert(it.key());
    return *it;
}

void IdKeyedCache::put(QByteArrayView id, QByteArray payload)
{
    load();
    if (!isHexKey(id) || payload.contains('\n'))
        return;
    QByteArray line;
    line.reserve(id.size() + payload.size() + 2);
    line.append(id).append('\t').append(payload).append('\n');
    m_added.append(line);
    const QByteArray &stored = m_added.constLast();
    const QByteArrayView key = QByteArrayView(stored).first(kKeyLength);
    const QByteArrayView value = QByteArrayView(stored).sliced(kKeyLength + 1, payload.size());
    m_index.insert(key, value);
    m_used.insert(key);
}

void IdKeyedCache::compactToUsed()
{
    load();
    qint64 used = 0;
    for (const QByteArrayView key : std::as_const(m_used))
        used += key.size() + m_index.value(key).size() + 2;
    const qint64 total = m_file.size() + [this] {
        qint64 n = 0;
        for (const QByteArray &line : std::as_const(m_added))
            n += line.size();
        return n;
    }();
    // Twice the live size and a floor: rewrites stay rare.
    m_compact = total > 2 * used + (qint64(1) << 20) || m_oversized;
}

} // namespace copydesk
