#pragma once

#include "core/Finding.h"

#include <functional>

namespace copydesk
{

// The seam between claim detection and the claims ledger. Detection marks
// every claim "unverified"; a ledger (or anything else that knows) maps a
// claim id to its recorded status — "verified", "disputed", "waived" or
// "unverified" — and an empty string when it knows nothing about the claim.
using ClaimStatusLookup = std::function<QString(const Finding &claim)>;

// Sets Finding::status of each claim in `findings` from `lookup`; findings
// the lookup does not know keep their status.
void applyClaimStatuses(Findings &findings, const ClaimStatusLookup &lookup);

// True when a finding should stop a pipeline (CI, hooks): an error-severity
// finding or a claim still unverified (disputed claims block too).
bool blocksPublication(const Finding &finding);
bool anyBlocking(const Findings &findings);

} // namespace copydesk
