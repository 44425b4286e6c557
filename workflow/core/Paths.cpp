#include "core/Paths.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace copydesk
{

QString shippedDictionariesDir()
{
    const QString env = qEnvironmentVariable("COPYDESK_DICTIONARIES");
    if (!env.isEmpty())
        return env;
    QStringList candidates{QStringLiteral(COPYDESK_SOURCE_DICTIONARIES),
                           QStringLiteral(COPYDESK_INSTALLED_DICTIONARIES)};
    if (QCoreApplication::instance())
        candidates.append(QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../share/copydesk/dictionaries"));
    for (const QString &c : candidates) {
        if (QFileInfo(c).isDir())
            return QDir(c).absolutePath();
    }
    return candidates.first();
}

QString firstSymLink(const QString &root, const QString &relative)
{
    QString prefix = root;
    for (const QString &part : relative.split(u'/', Qt::SkipEmptyParts)) {
        prefix += u'/' + part;
        if (QFileInfo(prefix).isSymLink())
            return prefix;
    }
    return {};
}

QString symLinkWithin(const QString &root, const QString &relative)
{
    if (const QString link = firstSymLink(root, relative); !link.isEmpty())
        return link;
    // QDirIterator does not descend into linked folders without
    // FollowSymlinks; System lists links whose target is missing.
    QDirIterator it(root + u'/' + relative,
                    QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().isSymLink())
            return it.filePath();
    }
    return {};
}

void refuseSymLink(const QString &root, const QString &relative)
{
    const QString link = firstSymLink(root, relative);
    if (link.isEmpty())
        return;
    throw Error(QStringLiteral("%1 is a symbolic link; Copydesk never reads through links in a "
                               "newsroom (one could point anywhere, e.g. /etc/passwd): replace it "
                               "with a regular file or folder")
                    .arg(QDir(root).relativeFilePath(link)),
                Error::Kind::Refused);
}

} // namespace copydesk
