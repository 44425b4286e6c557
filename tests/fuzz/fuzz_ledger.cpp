// The claims ledger (pipeline/Ledger.cpp): any bytes parse or throw
// copydesk::Error. What parses is applied to findings, serialised and
// parsed again, and must come back the same: a ledger that changed on a
// round trip would silently re-open or close fact-check claims on the next
// save.
#include "core/Error.h"
#include "pipeline/Ledger.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_ledger: %s\n", what);
    abort();
}

bool sameEntry(const copydesk::LedgerEntry &a, const copydesk::LedgerEntry &b)
{
    return a.claimId == b.claimId && a.status == b.status && a.kind == b.kind && a.text == b.text &&
           a.source == b.source && a.note == b.note && a.by == b.by && a.at == b.at;
}

bool sameWaiver(const copydesk::Waiver &a, const copydesk::Waiver &b)
{
    return a.findingId == b.findingId && a.reason == b.reason && a.by == b.by && a.at == b.at &&
           a.stage == b.stage;
}

// One finding per ledger entry and waiver, plus claims and a style finding
// the ledger does not know.
copydesk::Findings findingsFor(const copydesk::Ledger &ledger)
{
    copydesk::Findings findings;
    auto add = [&](const QString &id, const QString &kind) {
        copydesk::Finding f;
        f.id = id;
        f.kind = kind;
        findings.append(f);
    };
    for (const copydesk::LedgerEntry &e : ledger.entries())
        add(e.claimId, e.kind.isEmpty() ? QStringLiteral("money") : e.kind);
    for (const copydesk::Waiver &w : ledger.waivers())
        add(w.findingId, QStringLiteral("style"));
    add(QStringLiteral("money-000000000000"), QStringLiteral("money"));
    add(QStringLiteral("style:en.cliches:x:0"), QStringLiteral("style"));
    return findings;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    copydesk::Ledger a;
    try {
        a = copydesk::Ledger::fromJson(bytes, QStringLiteral("ledger.json"));
    } catch (const copydesk::Error &) {
        return 0;
    }

    copydesk::Findings findings = findingsFor(a);
    a.apply(findings);
    for (const copydesk::Finding &f : findings) {
        if (const copydesk::LedgerEntry *e = a.entry(f.id)) {
            if (f.status != e->status)
                fail("apply did not copy a recorded status");
        } else if (a.isWaived(f.id) && f.status != QLatin1String("waived")) {
            fail("apply did not mark a waived finding");
        } else if (!a.isWaived(f.id) && f.isClaim() && f.status != QLatin1String("unverified")) {
            fail("apply gave an unknown claim a status");
        }
    }

    // Serialise, parse again: the same entries and waivers, and the same bytes
    // when written once more.
    const QByteArray once = a.toJson();
    copydesk::Ledger b;
    try {
        b = copydesk::Ledger::fromJson(once, QStringLiteral("ledger.json"));
    } catch (const copydesk::Error &) {
        fail("a serialised ledger does not parse");
    }
    if (a.entries().size() != b.entries().size() || a.waivers().size() != b.waivers().size())
        fail("round trip changed the number of entries or waivers");
    for (auto it = a.entries().cbegin(); it != a.entries().cend(); ++it) {
        const copydesk::LedgerEntry *e = b.entry(it.key());
        if (!e || !sameEntry(*e, it.value()))
            fail("round trip changed an entry");
    }
    for (qsizetype i = 0; i < a.waivers().size(); ++i) {
        if (!sameWaiver(a.waivers().at(i), b.waivers().at(i)))
            fail("round trip changed a waiver");
    }
    if (b.toJson() != once)
        fail("serialising twice gave different bytes");
    return 0;
}
