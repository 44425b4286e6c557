// The JSON files a repository brings: people, pipeline, ledger, comments,
// article state. Any bytes parse or throw copydesk::Error; what parses
// writes back and parses again.
#include "core/Error.h"
#include "newsroom/ArticleState.h"
#include "pipeline/Comments.h"
#include "pipeline/Ledger.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"

#include <cstdint>

template <typename T> void roundTrip(const QByteArray &bytes)
{
    try {
        const T a = T::fromJson(bytes, QStringLiteral("fuzz.json"));
        T::fromJson(a.toJson(), QStringLiteral("fuzz.json"));
    } catch (const copydesk::Error &) {
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip<copydesk::People>(bytes);
    roundTrip<copydesk::Ledger>(bytes);
    roundTrip<copydesk::CommentList>(bytes);
    roundTrip<copydesk::ArticleState>(bytes);
    try {
        copydesk::Pipeline::fromJson(bytes, QStringLiteral("pipeline.json"));
    } catch (const copydesk::Error &) {
    }
    return 0;
}
