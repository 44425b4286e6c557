#include "check/Check.h"

#include "claims/ClaimIds.h"
#include "core/ArticleText.h"

#include <QRegularExpression>
#include <algorithm>

namespace copydesk
{

QString CheckSuite::fingerprint()
{
    return QStringLiteral(COPYDESK_VERSION "-" COPYDESK_CHECKS_FINGERPRINT);
}

QStringList CheckSuite::names() const
{
    QStringList out;
    for (const auto &c : m_checks)
        out.append(c->name());
    return out;
}

Findings CheckSuite::checkBody(const CheckInput &input, const QSet<QString> &only) const
{
    Findings all;
    for (const auto &c : m_checks) {
        if (!only.isEmpty() && !only.contains(c->name()))
            continue;
        all += c->run(input);
    }
    return all;
}

Findings CheckSuite::checkFile(const QString &wholeText, const QSet<QString> &only) const
{
    const ArticleText article = ArticleText::parse(wholeText);
    CheckInput input;
    input.body = article.body();
    input.lang = article.value(QStringLiteral("lang"));
    input.date = QDate::fromString(article.value(QStringLiteral("date")).left(10), Qt::ISODate);
    Findings findings = checkBody(input, only);

    const LineIndex lines(wholeText);
    for (Finding &f : findings) {
        const auto [line, column] = lines.lineColumn(article.bodyOffset() + f.offset);
        f.line = line;
        f.column = column;
    }

    // The headline and standfirst are prose too: a figure there is read
    // first. Each is checked on its own, so body offsets and claim ids are
    // what they were, and findings point into the front matter.
    const QString front = wholeText.left(article.bodyOffset());
    for (const QString &field : {QStringLiteral("title"), QStringLiteral("standfirst")}) {
        CheckInput in = input;
        in.body = article.value(field);
        if (in.body.trimmed().isEmpty())
            continue;
        // The value as written (plain or quoted), after its key's line start.
        const qsizetype key = front.indexOf(QRegularExpression(
            QStringLiteral("(?m)^%1[ \\t]*:").arg(QRegularExpression::escape(field))));
        const qsizetype at = key < 0 ? -1 : front.indexOf(in.body, key);
        for (Finding f : checkBody(in, only)) {
            const qsizetype pos = at >= 0 ? at + f.offset : qMax<qsizetype>(key, 0);
            const auto [line, column] = lines.lineColumn(pos);
            f.line = line;
            f.column = column;
            f.field = field;
            if (f.isClaim())
                f.id = fieldClaimId(f.kind, f.id, field);
            findings.append(f);
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return findings;
}

} // namespace copydesk
