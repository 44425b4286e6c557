#include "core/FileBytes.h"

#include <QFile>

namespace copydesk
{

std::optional<QByteArray> readFileBytes(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || f.size() > maxBytes)
        return std::nullopt;
    QByteArray bytes(f.size(), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = f.read(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            break; // shrank while read (replaced by another process): what there was
        done += n;
    }
    bytes.truncate(done);
    return bytes;
}

} // namespace copydesk
