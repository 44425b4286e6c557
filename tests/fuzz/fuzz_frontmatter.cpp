// Front matter (core/ArticleText) and strict UTF-8 decoding: any bytes must
// parse or throw copydesk::Error, and a parsed file must survive a round trip.
#include "core/ArticleText.h"
#include "core/Error.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QString text = copydesk::decodeUtf8Strict(bytes, QStringLiteral("fuzz"));
        const copydesk::ArticleText a = copydesk::ArticleText::parse(text);
        const copydesk::ArticleText b = copydesk::ArticleText::parse(a.toString());
        if (a.body() != b.body() || a.keys() != b.keys())
            abort(); // a round trip changed the article
        copydesk::LineIndex index(text);
        index.lineColumn(text.size() / 2);
    } catch (const copydesk::Error &) {
    }
    return 0;
}
