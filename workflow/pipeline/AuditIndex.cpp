#include "pipeline/AuditIndex.h"

#include "core/FileBytes.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace copydesk
{

namespace
{

// Bump when the layout or what an event holds changes: an old file is then
// simply rebuilt.
constexpr char kMagic[] = "copydesk-audit-index 1\n";
constexpr auto kHash = QCryptographicHash::Sha1;
constexpr qsizetype kHashBytes = 20;

// Actors, roles, stages, event names and slugs repeat across thousands of
// events: each distinct string is stored once and events refer to it.
class StringTable
{
public:
    quint32 id(const QString &s)
    {
        const auto it = m_ids.constFind(s);
        if (it != m_ids.constEnd())
            return *it;
        const quint32 n = quint32(m_strings.size());
        m_ids.insert(s, n);
        m_strings.append(s);
        return n;
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_ids;
    QStringList m_strings;
};

} // namespace

std::optional<AuditIndex::Snapshot> AuditIndex::load() const
{
    const auto file = readFileBytes(m_path, kMaxBytes);
    if (!file)
        return std::nullopt;
    const QByteArray &all = *file;
    const qsizetype magic = qsizetype(sizeof(kMagic) - 1);
    if (all.size() < magic + kHashBytes || !all.startsWith(kMagic))
        return std::nullopt;
    // A view into `all`, not a copy of megabytes.
    const QByteArray payload =
        QByteArray::fromRawData(all.constData() + magic, all.size() - magic - kHashBytes);
    if (QCryptographicHash::hash(payload, kHash) != all.right(kHashBytes))
        return std::nullopt; // torn or corrupted: rebuilt from git

    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    Snapshot s;
    QByteArray tip;
    quint32 nStrings = 0;
    in >> tip >> nStrings;
    if (in.status() != QDataStream::Ok || nStrings > quint32(payload.size()))
        return std::nullopt;
    s.tip = QString::fromLatin1(tip);
    QStringList strings;
    strings.reserve(nStrings);
    for (quint32 i = 0; i < nStrings && in.status() == QDataStream::Ok; ++i) {
        QByteArray b;
        in >> b;
        strings.append(QString::fromUtf8(b));
    }
    quint32 nEvents = 0;
    in >> nEvents;
    if (in.status() != QDataStream::Ok || nEvents > quint32(payload.size()))
        return std::nullopt;
    bool ok = true;
    auto str = [&](quint32 i) {
        if (i >= quint32(strings.size())) {
            ok = false;
            return QString();
        }
        return strings.at(i);
    };
    auto list = [&] {
        quint32 n = 0;
        in >> n;
        QStringList out;
        if (n > 4096) {
            ok = false;
            return out;
        }
        for (quint32 i = 0; i < n; ++i) {
            quint32 k = 0;
            in >> k;
            out.append(str(k));
        }
        return out;
    };
    QHash<qint32, QTimeZone> zones; // a handful of UTC offsets, shared
    s.events.reserve(nEvents);
    for (quint32 i = 0; i < nEvents && ok && in.status() == QDataStream::Ok; ++i) {
        AuditEvent e;
        QByteArray id(20, Qt::Uninitialized);
        if (in.readRawData(id.data(), 20) != 20)
            return std::nullopt;
        qint64 secs = 0;
        qint32 offset = 0;
        quint8 isSigned = 0;
        quint32 actor, name, article, event, from, to, stage, reason, summary;
        in >> secs >> offset >> isSigned >> actor >> name >> article >> event >> from >> to >>
            stage >> reason >> summary;
        e.commit = QString::fromLatin1(id.toHex());
        auto zone = zones.find(offset);
        if (zone == zones.end())
            zone = zones.insert(offset, QTimeZone(offset));
        // As git::Repository builds commit times, so text output is the same.
        e.time = QDateTime::fromSecsSinceEpoch(secs, *zone);
        e.signedCommit = isSigned != 0;
        e.actor = str(actor);
        e.name = str(name);
        e.article = str(article);
        e.event = str(event);
        e.from = str(from);
        e.to = str(to);
        e.stage = str(stage);
        e.reason = str(reason);
        e.summary = str(summary);
        e.roles = list();
        e.findings = list();
        s.events.append(std::move(e));
    }
    if (!ok || in.status() != QDataStream::Ok || !in.atEnd() ||
        s.events.size() != qsizetype(nEvents))
        return std::nullopt;
    return s;
}

bool AuditIndex::store(const Snapshot &snapshot) const
{
    StringTable table;
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(snapshot.events.size());
        auto list = [&](const QStringList &l) {
            out << quint32(l.size());
            for (const QString &s : l)
                out << table.id(s);
        };
        for (const AuditEvent &e : snapshot.events) {
            const QByteArray id = QByteArray::fromHex(e.commit.toLatin1());
            if (id.size() != 20)
                return false;
            out.writeRawData(id.constData(), 20);
            out << qint64(e.time.toSecsSinceEpoch()) << qint32(e.time.offsetFromUtc())
                << quint8(e.signedCommit ? 1 : 0) << table.id(e.actor) << table.id(e.name)
                << table.id(e.article) << table.id(e.event) << table.id(e.from) << table.id(e.to)
                << table.id(e.stage) << table.id(e.reason) << table.id(e.summary);
            list(e.roles);
            list(e.findings);
        }
    }
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << snapshot.tip.toLatin1() << quint32(table.strings().size());
        for (const QString &s : table.strings())
            out << s.toUtf8();
    }
    payload += body;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(kMagic);
    f.write(payload);
    f.write(QCryptographicHash::hash(payload, kHash));
    return f.commit();
}

} // namespace copydesk
