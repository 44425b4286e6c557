#include "claims/ClaimCheck.h"

#include "core/Paths.h"

namespace copydesk
{

ClaimCheck::ClaimCheck(const CheckEnvironment &env)
    : m_detector(env.shippedDictionaries.isEmpty() ? shippedDictionariesDir()
                                                   : env.shippedDictionaries,
                 env.newsroomRoot)
{
}

Findings ClaimCheck::run(const CheckInput &input) const
{
    return m_detector.detect(input.body, input.date);
}

std::shared_ptr<const Check> makeClaimCheck(const CheckEnvironment &env)
{
    return std::make_shared<const ClaimCheck>(env);
}

} // namespace copydesk
