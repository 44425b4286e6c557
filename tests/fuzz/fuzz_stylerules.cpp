// Style rule files (style/RuleSet.cpp) from arbitrary bytes, then the rules
// that parse run over a text by StyleCheck. The input is a rule file,
// optionally followed by a line "%%%" and the article body to check (else a
// short English and Korean body). Any rule file parses or throws
// copydesk::Error; every finding lies inside the body and is not empty.
#include "core/Error.h"
#include "style/StyleCheck.h"
#include "style/StyleRule.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

[[noreturn]] void fail(const char *what, const copydesk::Finding &f)
{
    fprintf(stderr, "fuzz_stylerules: %s: rule %s offset %lld length %lld text '%s'\n", what,
            qPrintable(f.rule), static_cast<long long>(f.offset), static_cast<long long>(f.length),
            qPrintable(f.text));
    abort();
}

void check(const copydesk::StyleCheck &style, const QString &body, const QString &lang)
{
    copydesk::CheckInput input;
    input.body = body;
    input.lang = lang;
    for (const copydesk::Finding &f : style.run(input)) {
        if (f.offset < 0 || f.length <= 0 || f.offset + f.length > body.size())
            fail("finding outside the body or empty", f);
        if (f.text.size() != f.length)
            fail("finding text is not as long as the finding", f);
        if (f.rule.isEmpty() || f.id.isEmpty())
            fail("finding without a rule or an id", f);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf(QLatin1String("\n%%%\n"));
    const QString rulesText = split < 0 ? input : input.left(split);
    const QString body =
        split < 0
            ? QStringLiteral("In order to commence, the the council said the e-mail "
                             "was on-line. 정부는 3% 포인트 올렸다고 밝혔다. 그 그 사람은.\n\n"
                             "# Heading\n\nUtilise <!-- copydesk off --> utilise "
                             "<!-- copydesk on --> `code utilise` whilst.")
            : input.mid(split + 5);
    QList<copydesk::StyleRule> rules;
    try {
        rules = copydesk::RuleSet::parse(rulesText, QStringLiteral("fuzz.rules"));
    } catch (const copydesk::Error &) {
        return 0;
    }
    // A newsroom's rules replace shipped ones by id: merging a set into
    // itself must leave one rule per id.
    copydesk::RuleSet set;
    set.merge(rules);
    set.merge(rules);
    if (set.rules().size() != rules.size())
        abort();
    const copydesk::StyleCheck style(set.enabledRules());
    check(style, body, QStringLiteral("en"));
    check(style, body, QStringLiteral("ko"));
    check(style, body, QString());
    return 0;
}
