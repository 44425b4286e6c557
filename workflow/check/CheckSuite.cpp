#include "check/Check.h"

#include "core/ArticleText.h"

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
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return findings;
}

} // namespace copydesk
