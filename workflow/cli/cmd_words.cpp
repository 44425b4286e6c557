// words: the house dictionary, shared through the newsroom's repository.
#include "cli/Support.h"
#include "core/Error.h"
#include "spelling/HouseDictionary.h"

namespace copydesk::cli
{
namespace
{

int runWords(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add, remove or list"));
    p.addPositionalArgument(QStringLiteral("WORD"), QStringLiteral("The word (add, remove)."));
    const QCommandLineOption like(
        QStringLiteral("like"),
        QStringLiteral(
            "Korean nouns: the dictionary noun whose particles WORD takes (default 사람)."),
        QStringLiteral("NOUN"));
    p.addOption(like);
    int rc = 0;
    if (!parseArguments(ctx, p,
                        QStringLiteral("Edit the house dictionary (copydesk/words/house.txt). Each "
                                       "change is a commit, shared with colleagues at the next "
                                       "sync."),
                        rc))
        return rc;
    const QString action =
        requirePositional(p, 0, QStringLiteral("an action: add, remove or list"));
    Newsroom n = openNewsroom(ctx);
    HouseDictionary house(n);
    if (action == QLatin1String("list")) {
        const WordList list = house.load();
        for (const WordEntry &e : list.entries())
            ctx.out << e.word
                    << (e.model.isEmpty() ? QString() : QStringLiteral(" like=") + e.model) << "\n";
        return 0;
    }
    const QString word = requirePositional(p, 1, QStringLiteral("the word"));
    if (p.positionalArguments().size() > 2)
        throw Error(QStringLiteral("one word at a time"), Error::Kind::Usage);
    if (action == QLatin1String("add")) {
        const QString id = house.add(word, p.value(like));
        if (id.isEmpty())
            ctx.out << "'" << word << "' is already in the house dictionary.\n";
        else
            ctx.out << "Added '" << word << "' to the house dictionary (" << id.left(10)
                    << "). Colleagues get it at their next sync.\n";
        return 0;
    }
    if (action == QLatin1String("remove")) {
        const QString id = house.remove(word);
        ctx.out << "Removed '" << word << "' from the house dictionary (" << id.left(10)
                << "). Colleagues get it at their next sync.\n";
        return 0;
    }
    throw Error(QStringLiteral("unknown action '%1': add, remove or list").arg(action),
                Error::Kind::Usage);
}

const Registration reg{{QStringLiteral("words"),
                        QStringLiteral("Add, remove or list house dictionary words"), &runWords}};

} // namespace
} // namespace copydesk::cli
