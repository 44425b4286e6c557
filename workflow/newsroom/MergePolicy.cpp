#include "newsroom/MergePolicy.h"

#include "core/Trailers.h"
#include "git/Repository.h"

namespace copydesk
{

QStringList colleaguesWorkDropped(const git::Repository &repo, const QString &droppedTip,
                                  const QString &base, const QString &path, const QString &merger)
{
    QStringList out;
    const QString me = merger.trimmed().toLower();
    for (const git::CommitInfo &c : repo.commitsChanging(droppedTip, base, path)) {
        const QString author = c.authorEmail.trimmed().toLower();
        if (author == me)
            continue;
        const QString event = Trailers::parse(c.message).value(QStringLiteral("Copydesk-Event"));
        if (event == QLatin1String("save"))
            continue;
        const QString what = QStringLiteral("%1 (%2)").arg(
            author, event.isEmpty() ? QStringLiteral("commit") : event);
        if (!out.contains(what))
            out.append(what);
    }
    return out;
}

} // namespace copydesk
