// Trailers (core/Trailers): parsing any message never crashes, and composing
// values with newlines never forges an extra trailer.
#include "core/Trailers.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const copydesk::Trailers parsed = copydesk::Trailers::parse(message);
    copydesk::Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), QStringLiteral("save"));
    t.add(QStringLiteral("Copydesk-Reason"), message);
    const copydesk::Trailers back =
        copydesk::Trailers::parse(copydesk::Trailers::compose(QStringLiteral("s"), message, t));
    if (back.values(QStringLiteral("Copydesk-Event")).size() != 1)
        abort(); // a value forged another event trailer
    (void)parsed;
    return 0;
}
