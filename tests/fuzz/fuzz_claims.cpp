// The claim detector on arbitrary text, English and Korean. Every finding
// must point inside the text it came from: offset and length inside the
// body, the finding's text exactly the body at that place, a unique id, and
// (through CheckSuite::checkFile) a line and column that exist in the file.
// A finding outside the text would move the editor's cursor, squiggle or
// ledger entry to the wrong place, or read past the end of the string.
#include "check/Check.h"
#include "claims/ClaimCheck.h"
#include "core/ArticleText.h"

#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

// Built once: the product, too, loads the lexicons once per process.
const std::shared_ptr<const copydesk::Check> &claimCheck()
{
    static const std::shared_ptr<const copydesk::Check> check =
        copydesk::makeClaimCheck(copydesk::CheckEnvironment{});
    return check;
}

[[noreturn]] void fail(const char *what, const copydesk::Finding &f)
{
    fprintf(stderr,
            "fuzz_claims: %s: kind %s offset %lld length %lld line %d column %d text '%s'\n", what,
            qPrintable(f.kind), static_cast<long long>(f.offset), static_cast<long long>(f.length),
            f.line, f.column, qPrintable(f.text));
    abort();
}

void checkInsideBody(const copydesk::Findings &findings, QStringView body)
{
    QSet<QString> ids;
    for (const copydesk::Finding &f : findings) {
        if (f.offset < 0 || f.length <= 0 || f.offset + f.length > body.size())
            fail("finding outside the body", f);
        if (f.text != body.mid(f.offset, f.length))
            fail("finding text is not the body at its offset", f);
        if (f.id.isEmpty() || ids.contains(f.id))
            fail("missing or repeated claim id", f);
        ids.insert(f.id);
    }
}

// Code points on each line of `text`, for the line/column check.
QList<int> lineLengths(const QString &text)
{
    QList<int> lengths{0};
    for (QChar c : text) {
        if (c == u'\n')
            lengths.append(0);
        else if (!c.isLowSurrogate())
            ++lengths.last();
    }
    return lengths;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the article's language and whether it has a date
    // (dates without a year take it from the article; weekdays are checked
    // only then); the rest is the body.
    const bool korean = data[0] & 1;
    const bool dated = data[0] & 2;
    const QString body =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const auto &detector = static_cast<const copydesk::ClaimCheck &>(*claimCheck()).detector();
    const QDate date = dated ? QDate(2024, 11, 14) : QDate();
    checkInsideBody(detector.detect(body, date), body);

    // The same body as a whole article file, positioned by CheckSuite.
    const QString file = QStringLiteral("---\ntitle: Fuzz\nlang: %1\n%2---\n")
                             .arg(korean ? QStringLiteral("ko") : QStringLiteral("en"),
                                  dated ? QStringLiteral("date: 2024-11-14\n") : QString()) +
                         body;
    const copydesk::CheckSuite suite({claimCheck()});
    const QList<int> lengths = lineLengths(file);
    for (const copydesk::Finding &f : suite.checkFile(file)) {
        if (f.line < 1 || f.line > lengths.size() || f.column < 1 ||
            f.column > lengths.at(f.line - 1) + 1)
            fail("line or column outside the file", f);
    }
    return 0;
}
