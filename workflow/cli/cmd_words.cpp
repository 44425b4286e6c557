// words: the house dictionary, shared through the newsroom's repository.
#include "cli/Support.h"
#include "core/Error.h"
#include "spelling/HouseVocabulary.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/WordList.h"

#include <QDir>
#include <QFile>

namespace copydesk::cli
{
namespace
{

const QString kHousePath = QStringLiteral("copydesk/words/house.txt");

// The list as it is in the working tree (what the editor and the checks
// see); HEAD when the file is not there. Invalid UTF-8 throws before
// anything is written, so a damaged file is never rewritten.
WordList readHouseList(const Newsroom &n, QByteArray *bytes)
{
    const QString path = QDir(n.root()).filePath(kHousePath);
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
        *bytes = f.readAll();
    } else {
        *bytes = n.tryReadFile(kHousePath).value_or(QByteArray());
    }
    return WordList::parse(*bytes, path);
}

bool hasHangul(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

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
    QByteArray before;
    WordList list = readHouseList(n, &before);

    if (action == QLatin1String("list")) {
        for (const WordEntry &e : list.entries())
            ctx.out << e.word
                    << (e.model.isEmpty() ? QString() : QStringLiteral(" like=") + e.model) << "\n";
        return 0;
    }
    const QString word = requirePositional(p, 1, QStringLiteral("the word"));
    if (p.positionalArguments().size() > 2)
        throw Error(QStringLiteral("one word at a time"), Error::Kind::Usage);

    QString message;
    if (action == QLatin1String("add")) {
        const QString model = p.value(like);
        if (!model.isEmpty()) {
            if (!hasHangul(word))
                throw Error(QStringLiteral("--like is for Korean nouns"), Error::Kind::Usage);
            auto korean = DictionaryRegistry::find(QStringLiteral("ko_KR"),
                                                   DictionaryRegistry::defaultSearchPath());
            if (!korean)
                throw Error(QStringLiteral("--like needs the Korean dictionary: install the "
                                           "Debian package hunspell-ko"),
                            Error::Kind::NotFound);
            if (!korean->check(model))
                throw Error(QStringLiteral("'%1' is not in the Korean dictionary; choose a noun "
                                           "it knows, such as 사람")
                                .arg(model),
                            Error::Kind::Usage);
        }
        if (!list.add(word, model)) {
            ctx.out << "'" << word << "' is already in the house dictionary.\n";
            return 0;
        }
        message = QStringLiteral("Add '%1' to the house dictionary").arg(word);
        if (!model.isEmpty())
            message += QStringLiteral(" (particles like %1)").arg(model);
    } else if (action == QLatin1String("remove")) {
        if (!list.remove(word))
            throw Error(QStringLiteral("'%1' is not in the house dictionary").arg(word),
                        Error::Kind::NotFound);
        message = QStringLiteral("Remove '%1' from the house dictionary").arg(word);
    } else {
        throw Error(QStringLiteral("unknown action '%1': add, remove or list").arg(action),
                    Error::Kind::Usage);
    }
    const QString id = n.commit({FileChange{kHousePath, list.toBytes()}},
                                message + QStringLiteral("\n\nCopydesk-Words: ") + action);
    ctx.out << message << " (" << id.left(10) << "). Colleagues get it at their next sync.\n";
    return 0;
}

const Registration reg{{QStringLiteral("words"),
                        QStringLiteral("Add, remove or list house dictionary words"), &runWords}};

} // namespace
} // namespace copydesk::cli
