#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace copydesk
{

// Derived data in a file under .git/copydesk/: one line per git object id,
// "<40 hex digits>\t<payload>\n". A git id names its content, so an entry
// can never be stale; the file is a cache only:
// - deleted, unreadable or not writable (a read-only .git): simply no cache;
// - a line cut short by a crash (no final '\n') or with a bad key is ignored,
//   and callers treat a payload they cannot parse as a miss;
// - new entries are appended as whole lines when the object is destroyed, so
//   processes sharing the file interleave lines, never bytes of lines.
// The file is read once, as one buffer; lookups point into it.
class IdKeyedCache
{
public:
    explicit IdKeyedCache(QString path);
    ~IdKeyedCache();
    IdKeyedCache(const IdKeyedCache &) = delete;
    IdKeyedCache &operator=(const IdKeyedCache &) = delete;

    // The payload stored for `id`, valid while this object lives.
    std::optional<QByteArrayView> get(QByteArrayView id) const;
    void put(QByteArrayView id, QByteArray payload);

    // For a caller that has just looked up every live key (the board over a
    // whole commit): when the file has grown well past what was used, it is
    // rewritten atomically with only the entries used, so it stays the size
    // of the newsroom instead of its history.
    void compactToUsed();

    // Bigger files are not loaded (and are replaced by the next compaction).
    static constexpr qint64 kMaxBytes = qint64(64) << 20;

private:
    void load() const;

    QString m_path;
    mutable bool m_loaded = false;
    mutable bool m_oversized = false;
    mutable QByteArray m_file;                             // the file as read
    mutable QHash<QByteArrayView, QByteArrayView> m_index; // key -> payload
    mutable QSet<QByteArrayView> m_used;
    QList<QByteArray> m_added; // whole lines, owned here; m_index points into them
    bool m_compact = false;
};

} // namespace copydesk
