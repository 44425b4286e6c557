#pragma once

#include "audit/AuditData.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::editor
{

// The printable audit report: newsroom name, period, filters, a summary
// (articles published, claims verified, waivers and who granted them), the
// violations the verifier found and the events themselves. Written as PDF
// with Qt's PDF writer from a QTextDocument, so the text stays text.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::editor::AuditReport)
public:
    // `events` are the ones to list (already filtered); `query` describes
    // the filters and the period.
    static QString html(const AuditData &data, const QList<AuditEvent> &events,
                        const AuditQuery &query);
    // Throws copydesk::Error when the file cannot be written.
    static void writePdf(const QString &file, const QString &html);

    // `copydesk --export-audit FILE.pdf [--since DATE] [--until DATE] DIR`:
    // true when argv asks for it (checked before any window exists).
    static bool requested(int argc, char **argv);
    // Runs the export without a window (offscreen); returns the exit code.
    static int runFromCommandLine(int argc, char **argv);
};

} // namespace copydesk::editor
