#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace copydesk
{

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity);
Severity severityFromName(const QString &name, Severity fallback = Severity::Warning);

// One thing a check found in an article: a claim to verify, a misspelling, a
// style rule broken. Positions are in the *file* (front matter included) so
// that `path:line:column` points where an editor would jump; columns count
// Unicode code points, 1-based. `offset`/`length` are UTF-16 positions in the
// checked text, which is what QString and QTextDocument use.
struct Finding {
    QString id;   // stable identity (claims: see docs/fact-check.md)
    QString kind; // money, salary, percent, date, weekday-mismatch, quote,
                  // name-variant, count, spelling, style
    Severity severity = Severity::Warning;
    int line = 0;
    int column = 0;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text; // exact source text
    QString message;
    QString status; // claims: unverified, verified, disputed, waived; else empty
    QJsonObject value;
    QString rule;            // style: rule id; spelling: dictionary used
    QStringList suggestions; // style fix or spelling suggestions when known
    QString link;            // optional link to the style guide
    // Where in the article: empty for the body; "title" or "standfirst" for
    // a front-matter field, and then offset/length are in that field's value.
    QString field;

    bool isClaim() const;
    QJsonObject toJson() const;
};

using Findings = QList<Finding>;

} // namespace copydesk
