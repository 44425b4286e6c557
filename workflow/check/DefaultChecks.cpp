#include "check/Check.h"

#include "core/Error.h"
#include "core/Paths.h"

namespace copydesk {

// The checks `copydesk-cli check` and the editor run. Each entry builds its
// check from the environment; a check that cannot load its data throws and
// is reported as a warning, so the others still run.
CheckSuite CheckSuite::standard(const CheckEnvironment &envIn, QStringList *warnings)
{
    CheckEnvironment env = envIn;
    if (env.shippedDictionaries.isEmpty())
        env.shippedDictionaries = shippedDictionariesDir();

    using Factory = std::shared_ptr<const Check> (*)(const CheckEnvironment &);
    const QList<Factory> factories = {
        // Registered checks go here (claims, spelling, style).
        [](const CheckEnvironment &e) -> std::shared_ptr<const Check> { std::shared_ptr<const Check> makeClaimCheck(const CheckEnvironment &); return makeClaimCheck(e); },
        [](const CheckEnvironment &e) -> std::shared_ptr<const Check> { std::shared_ptr<const Check> makeSpellingCheck(const CheckEnvironment &); return makeSpellingCheck(e); },
        [](const CheckEnvironment &e) -> std::shared_ptr<const Check> { std::shared_ptr<const Check> makeStyleCheck(const CheckEnvironment &); return makeStyleCheck(e); },
    };
    QList<std::shared_ptr<const Check>> checks;
    for (Factory make : factories) {
        try {
            checks.append(make(env));
        } catch (const Error &e) {
            if (warnings)
                warnings->append(e.message());
        }
    }
    return CheckSuite(std::move(checks));
}

} // namespace copydesk
