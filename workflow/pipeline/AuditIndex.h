#pragma once

#include "pipeline/Audit.h"

#include <QList>
#include <QString>
#include <optional>

namespace copydesk
{

// Every event of a history up to one tip, as Audit computed them, kept in
// .git/copydesk/audit so `audit` need not read 100,000 commits, their
// signatures and people files again. Derived data only: an event is a pure
// function of its commit (a commit never changes), the file carries a
// checksum and is dropped when it does not match, it is rebuilt when
// history was rewritten, and it can be deleted at any time. Writing is best
// effort (a read-only .git just means no cache). See docs/benchmarks.md.
class AuditIndex
{
public:
    struct Snapshot {
        QString tip;              // commit the events were read up to
        QList<AuditEvent> events; // every event reachable from tip, oldest first, roles filled
    };

    explicit AuditIndex(QString path) : m_path(std::move(path)) {}

    // nullopt when the file is missing, from another format, or corrupt.
    std::optional<Snapshot> load() const;
    // Atomic replace; false when it could not be written.
    bool store(const Snapshot &snapshot) const;

    static constexpr qint64 kMaxBytes = qint64(512) << 20;

private:
    QString m_path;
};

} // namespace copydesk
