// suggest: spelling suggestions for one word, on request only (Korean ones
// take hundreds of milliseconds, so checks never compute them).
#include "cli/Support.h"
#include "core/Error.h"
#include "spelling/SpellingCheck.h"

namespace copydesk::cli
{
namespace
{

int runSuggest(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("WORD"), QStringLiteral("The word to correct."));
    int rc = 0;
    if (!parseArguments(ctx, p,
                        QStringLiteral("Suggest spellings for WORD: the correction the check "
                                       "itself finds first, then the dictionary's (Hangul: "
                                       "ko_KR, Latin: the newsroom's English, en_GB or en_US)."),
                        rc))
        return rc;
    const QString word = requirePositional(p, 0, QStringLiteral("the word"));
    SpellingCheck::Options options;
    try {
        options.newsroomRoot = Newsroom::open(ctx.dir).root(); // its house words count
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::NotFound)
            throw;
    }
    const SpellingCheck check(options);
    if (check.isCorrect(word)) {
        ctx.out << "'" << word << "' is spelled correctly.\n";
        return 0;
    }
    const QStringList suggestions = check.suggest(word);
    if (suggestions.isEmpty()) {
        ctx.err << "No suggestions for '" << word << "'.\n";
        return 1;
    }
    for (const QString &s : suggestions)
        ctx.out << s << "\n";
    return 0;
}

const Registration reg{
    {QStringLiteral("suggest"), QStringLiteral("Suggest spellings for a word"), &runSuggest}};

} // namespace
} // namespace copydesk::cli
