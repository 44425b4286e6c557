#include "core/Paths.h"

#include <QCoreApplication>
#include <QDir>
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

} // namespace copydesk
