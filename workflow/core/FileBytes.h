#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace copydesk
{

// The whole of a derived-data file (a cache under .git/copydesk/), read in
// one call of its known size rather than by readAll()'s growing buffer:
// these files run to megabytes and are read on every board or audit.
// nullopt when the file cannot be opened or is larger than `maxBytes`.
std::optional<QByteArray> readFileBytes(const QString &path, qint64 maxBytes);

} // namespace copydesk
