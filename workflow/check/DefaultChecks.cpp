#include "check/Check.h"

#include "claims/ClaimCheck.h"
#include "core/Error.h"
#include "core/Paths.h"
#include "spelling/SpellingCheck.h"
#include "style/StyleCheck.h"

namespace copydesk
{

// The checks `copydesk-cli check` and the editor run. Each entry builds its
// check from the environment; a check that cannot load its data throws and
// is reported as a warning, so the others still run. Only the selected
// checks are built: a claims-only run never loads a Hunspell dictionary.
CheckSuite CheckSuite::standard(const CheckEnvironment &envIn, QStringList *warnings,
                                const QSet<QString> &only)
{
    CheckEnvironment env = envIn;
    if (env.shippedDictionaries.isEmpty())
        env.shippedDictionaries = shippedDictionariesDir();
    // The newsroom's own words, rules and lexicons are read from its
    // copydesk/ folder on disk: never through a link (a pushed link could
    // make a word list of /etc/passwd). With one there, they are left out.
    if (!env.newsroomRoot.isEmpty()) {
        const QString link = symLinkWithin(env.newsroomRoot, QStringLiteral("copydesk"));
        if (!link.isEmpty()) {
            if (warnings)
                warnings->append(
                    QStringLiteral("%1 is a symbolic link; Copydesk does not read through links, "
                                   "so the newsroom's own words, style rules and claim lexicons "
                                   "are not used: replace the link with a regular file")
                        .arg(link));
            env.newsroomRoot.clear();
        }
    }

    struct Entry {
        const char *name;
        std::shared_ptr<const Check> (*make)(const CheckEnvironment &);
    };
    static const Entry factories[] = {
        {"claims", &makeClaimCheck},
        {"spelling", &makeSpellingCheck},
        {"style", &makeStyleCheck},
    };
    QList<std::shared_ptr<const Check>> checks;
    for (const Entry &entry : factories) {
        if (!only.isEmpty() && !only.contains(QLatin1String(entry.name)))
            continue;
        try {
            checks.append(entry.make(env));
        } catch (const Error &e) {
            if (warnings)
                warnings->append(e.message());
        }
    }
    return CheckSuite(std::move(checks));
}

} // namespace copydesk
