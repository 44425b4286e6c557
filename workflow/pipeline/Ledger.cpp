#include "pipeline/Ledger.h"

#include "core/Error.h"
#include "core/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk
{

namespace
{

// Seconds as always; milliseconds only when a time has them (another tool or
// a hand edit wrote them), so rewriting the ledger keeps every entry's time
// and files without milliseconds stay byte for byte the same.
QString isoTime(const QDateTime &t)
{
    return t.toString(t.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

Ledger Ledger::fromJson(const QByteArray &json, const QString &what)
{
    const QJsonObject root = parseJsonObject(json, what);
    Ledger l;
    const QJsonObject claims = root.value(QStringLiteral("claims")).toObject();
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        LedgerEntry e{it.key(),
                      o.value(QStringLiteral("status")).toString(),
                      o.value(QStringLiteral("kind")).toString(),
                      o.value(QStringLiteral("text")).toString(),
                      o.value(QStringLiteral("source")).toString(),
                      o.value(QStringLiteral("note")).toString(),
                      o.value(QStringLiteral("by")).toString(),
                      QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate)};
        l.m_entries.insert(e.claimId, e);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("waivers")).toArray()) {
        const QJsonObject o = v.toObject();
        l.m_waivers.append(
            {o.value(QStringLiteral("finding")).toString(),
             o.value(QStringLiteral("reason")).toString(), o.value(QStringLiteral("by")).toString(),
             QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate),
             o.value(QStringLiteral("stage")).toString()});
    }
    return l;
}

QByteArray Ledger::toJson() const
{
    QJsonObject claims;
    for (const LedgerEntry &e : m_entries)
        claims.insert(e.claimId, QJsonObject{{QStringLiteral("status"), e.status},
                                             {QStringLiteral("kind"), e.kind},
                                             {QStringLiteral("text"), e.text},
                                             {QStringLiteral("source"), e.source},
                                             {QStringLiteral("note"), e.note},
                                             {QStringLiteral("by"), e.by},
                                             {QStringLiteral("at"), isoTime(e.at)}});
    QJsonArray waivers;
    for (const Waiver &w : m_waivers)
        waivers.append(QJsonObject{{QStringLiteral("finding"), w.findingId},
                                   {QStringLiteral("reason"), w.reason},
                                   {QStringLiteral("by"), w.by},
                                   {QStringLiteral("at"), isoTime(w.at)},
                                   {QStringLiteral("stage"), w.stage}});
    return QJsonDocument(QJsonObject{{QStringLiteral("claims"), claims},
                                     {QStringLiteral("waivers"), waivers}})
        .toJson(QJsonDocument::Indented);
}

const LedgerEntry *Ledger::entry(const QString &claimId) const
{
    auto it = m_entries.constFind(claimId);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

void Ledger::record(const LedgerEntry &e)
{
    m_entries.insert(e.claimId, e);
}

void Ledger::addWaiver(const Waiver &w)
{
    m_waivers.append(w);
}

bool Ledger::isWaived(const QString &findingId) const
{
    for (const Waiver &w : m_waivers) {
        if (w.findingId == findingId)
            return true;
    }
    return false;
}

void Ledger::apply(Findings &findings) const
{
    for (Finding &f : findings) {
        if (const LedgerEntry *e = entry(f.id))
            f.status = e->status;
        else if (isWaived(f.id))
            f.status = QStringLiteral("waived");
        else if (f.isClaim())
            f.status = QStringLiteral("unverified");
    }
}

bool Ledger::hasBlanketWaiver() const
{
    return isWaived(QString());
}

} // namespace copydesk
