#pragma once

#include "core/Finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace copydesk
{

// What was recorded about one claim.
struct LedgerEntry {
    QString claimId;
    QString status; // verified, disputed, waived
    QString kind;
    QString text; // the claim's text when recorded
    QString source;
    QString note;
    QString by; // email
    QDateTime at;
};

// A waiver of a style/spelling finding or of the whole style gate.
struct Waiver {
    QString findingId; // empty: all error-severity style/spelling findings
    QString reason;
    QString by;
    QDateTime at;
    QString stage;
};

// articles/<slug>/ledger.json: the claims ledger and the waivers.
class Ledger
{
public:
    static Ledger fromJson(const QByteArray &json, const QString &what); // throws Usage
    QByteArray toJson() const;

    const LedgerEntry *entry(const QString &claimId) const;
    void record(const LedgerEntry &e);
    const QMap<QString, LedgerEntry> &entries() const { return m_entries; }
    const QList<Waiver> &waivers() const { return m_waivers; }
    void addWaiver(const Waiver &w);
    bool isWaived(const QString &findingId) const; // one finding, or a blanket waiver
    bool hasBlanketWaiver() const;

    // Sets each finding's status from the ledger: a claim's recorded status
    // (verified, disputed, waived), "waived" for any finding an editor
    // waived; claims the ledger does not know stay "unverified". A verified
    // or waived error no longer blocks (see claims/ClaimStatus.h).
    void apply(Findings &findings) const;

private:
    QMap<QString, LedgerEntry> m_entries;
    QList<Waiver> m_waivers;
};

} // namespace copydesk
