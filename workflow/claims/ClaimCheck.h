#pragma once

#include "check/Check.h"
#include "claims/ClaimDetector.h"

namespace copydesk
{

// The "claims" check: every checkable claim in the article body, each with
// status "unverified" (the ledger, when there is one, says otherwise).
class ClaimCheck : public Check
{
public:
    explicit ClaimCheck(const CheckEnvironment &env);
    QString name() const override { return QStringLiteral("claims"); }
    Findings run(const CheckInput &input) const override;

    const ClaimDetector &detector() const { return m_detector; }

private:
    ClaimDetector m_detector;
};

std::shared_ptr<const Check> makeClaimCheck(const CheckEnvironment &env);

} // namespace copydesk
