#pragma once

#include "claims/ClaimLexicon.h"
#include "core/Finding.h"

#include <QDate>
#include <QStringView>
#include <memory>

namespace copydesk
{

class ClaimValueTemplates;

// Finds checkable claims (money, salary, percent, date, weekday-mismatch,
// quote, name-variant, count) in the Markdown body of an article in one
// left-to-right pass over the text. Linear time: every lookahead is bounded
// or memoised. Immutable after construction; safe from several threads.
class ClaimDetector
{
public:
    explicit ClaimDetector(ClaimLexicon lexicon);
    // Loads the lexicons (see ClaimLexicon::load); throws Error.
    ClaimDetector(const QString &shippedDictionaries, const QString &newsroomRoot);

    // `articleDate` supplies the year of dates written without one; when it
    // is invalid such dates keep no year and no weekday mismatch is claimed.
    Findings detect(QStringView body, QDate articleDate = {}) const;

    const ClaimLexicon &lexicon() const { return *m_lex; }

private:
    std::shared_ptr<const ClaimLexicon> m_lex;
    std::shared_ptr<const ClaimValueTemplates> m_values; // built from the lexicon's codes
};

// Stable claim identity (docs/fact-check.md): kind, normalised value and the
// word before the claim, hashed; a repeat of the same triple gets a counter.
// Fills Finding::id for every finding in `findings` (sorted by offset).
void assignClaimIds(Findings &findings, QStringView body);

// The VALUE part of a claim id: the compact JSON of `value` with sorted keys,
// byte for byte as QJsonDocument::toJson(Compact) writes it (a faster path
// for the strings and numbers the detector builds; exposed for the test).
QByteArray compactJson(const QJsonObject &value);

} // namespace copydesk
