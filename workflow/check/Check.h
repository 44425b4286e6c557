#pragma once

#include "core/Finding.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <memory>

namespace copydesk
{

// What a check looks at: the Markdown body of one article, or one prose
// field of its front matter (title, standfirst: CheckSuite::checkFile runs
// each separately), plus what the front matter says about it.
struct CheckInput {
    QString body;
    QString lang; // "en", "ko", or empty when unknown
    QDate date;   // the article's `date`, for dates written without a year
};

// One family of findings (claims, spelling, style). Implementations are
// immutable after construction and safe to call from several threads.
// Findings carry `offset`/`length` into CheckInput::body; CheckSuite turns
// them into file lines and columns.
class Check
{
public:
    virtual ~Check() = default;
    virtual QString name() const = 0; // "claims", "spelling", "style"
    virtual Findings run(const CheckInput &input) const = 0;
};

// Where checks find their data: the shipped dictionaries/ folder and, when
// checking inside a newsroom, the newsroom's own configuration which extends
// or overrides it.
struct CheckEnvironment {
    QString shippedDictionaries; // defaults to shippedDictionariesDir()
    QString newsroomRoot;        // empty outside a newsroom
};

class CheckSuite
{
public:
    CheckSuite() = default;
    explicit CheckSuite(QList<std::shared_ptr<const Check>> checks) : m_checks(std::move(checks)) {}

    // Every check registered in DefaultChecks.cpp, built for `env`. A check
    // whose data is missing reports it through `warnings` and is left out;
    // the others still run.
    // `only` limits which checks are built (all when empty).
    static CheckSuite standard(const CheckEnvironment &env, QStringList *warnings = nullptr,
                               const QSet<QString> &only = {});

    QStringList names() const;
    // Identifies the detector code and shipped data of this build: the same
    // text gets the same findings under the same fingerprint.
    static QString fingerprint();
    // Runs the selected checks (all when `only` is empty) over a whole
    // article file and returns findings positioned in that file, sorted.
    Findings checkFile(const QString &wholeText, const QSet<QString> &only = {}) const;
    Findings checkBody(const CheckInput &input, const QSet<QString> &only = {}) const;

private:
    QList<std::shared_ptr<const Check>> m_checks;
};

} // namespace copydesk
