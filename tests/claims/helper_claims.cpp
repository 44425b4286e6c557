#include "helper_claims.h"

#include <QDir>

const copydesk::ClaimDetector &shippedDetector()
{
    static const copydesk::ClaimDetector d(
        QStringLiteral(COPYDESK_SOURCE_DIR) + QStringLiteral("/dictionaries"), QString());
    return d;
}

QString sharedCorpusDir()
{
    const QString shared = qEnvironmentVariable("COPYDESK_SHARED");
    if (shared.isEmpty())
        return {};
    const QString dir = QDir(shared).filePath(QStringLiteral("corpora"));
    return QDir(dir).exists() ? dir : QString();
}
