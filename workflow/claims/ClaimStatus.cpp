#include "claims/ClaimStatus.h"

namespace copydesk
{

void applyClaimStatuses(Findings &findings, const ClaimStatusLookup &lookup)
{
    if (!lookup)
        return;
    for (Finding &f : findings) {
        if (!f.isClaim())
            continue;
        const QString s = lookup(f);
        if (!s.isEmpty())
            f.status = s;
    }
}

bool blocksPublication(const Finding &f)
{
    if (f.severity == Severity::Error && f.status != QLatin1String("waived") &&
        f.status != QLatin1String("verified"))
        return true;
    return f.isClaim() &&
           (f.status == QLatin1String("unverified") || f.status == QLatin1String("disputed"));
}

bool anyBlocking(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (blocksPublication(f))
            return true;
    }
    return false;
}

} // namespace copydesk
