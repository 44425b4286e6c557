#pragma once

#include "core/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::editor
{

// What the interface says about a finding, in the interface language. The
// library keeps stable English ids (kind, status) and English messages,
// because `copydesk-cli check --format json` and the ledger are read by
// tools; the editor maps the ids to labels and rebuilds each message from
// the finding's structured data (text, value, rule) at display time.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::editor::FindingText)
public:
    // "money" → "Money" / "금액"; an unknown kind is shown as it is.
    static QString kindName(const QString &kind);
    // "unverified" → "Unverified" / "미확인"; empty stays empty.
    static QString statusName(const QString &status);
    // The finding's message in the interface language; the library's
    // English message when the kind is not one the editor knows (house
    // style rules carry their own message, written in the newsroom's words).
    static QString message(const Finding &finding);
    // The finding's structured value for a reader, in the interface locale
    // (QLocale's default, which Language::install sets): digit grouping,
    // decimal point, percent sign, min–max ranges and dates in the locale's
    // format ("USD 1,130,000,000", "2025년 3월 5일 수요일"). Keys the editor
    // does not know are shown as "key: value", numbers still formatted.
    static QString value(const Finding &finding);
};

} // namespace copydesk::editor
