#include "audit/AuditReport.h"

#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <cstring>

namespace copydesk::editor
{

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString period(const AuditQuery &q)
{
    if (q.since.isValid() && q.until.isValid())
        return AuditReport::tr("%1 to %2").arg(Language::date(q.since), Language::date(q.until));
    if (q.since.isValid())
        return AuditReport::tr("from %1").arg(Language::date(q.since));
    if (q.until.isValid())
        return AuditReport::tr("up to %1").arg(Language::date(q.until));
    return AuditReport::tr("the whole history");
}

} // namespace

QString AuditReport::html(const AuditData &data, const QList<AuditEvent> &events,
                          const AuditQuery &query)
{
    const QLocale l;
    const AuditSummary s = AuditSummary::of(events);
    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "body { font-family: 'DejaVu Sans', 'Noto Sans CJK KR', sans-serif; font-size: 8pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
        "td, th { padding: 2px 4px; } th { background-color: #e4e4e4; text-align: left; }"
        ".violation { color: #8a0000; font-weight: bold; }"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Audit report: %1").arg(data.newsroomName)));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("Period: %1").arg(period(query))),
                  esc(tr("Filters: %1")
                          .arg(query.describe().isEmpty()
                                   ? tr("none")
                                   : query.describe().join(QStringLiteral("; ")))),
                  esc(tr("Produced on %1 from %2")
                          .arg(Language::dateTime(QDateTime::currentDateTime()), data.root)));

    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Summary")));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("Events: %1").arg(l.toString(s.events))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(tr("Articles published: %1").arg(l.toString(s.articlesPublished))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(tr("Claims verified: %1").arg(l.toString(s.claimsVerified))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(tr("Claims disputed: %1").arg(l.toString(s.claimsDisputed))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(tr("Waivers: %1").arg(l.toString(int(s.waivers.size())))));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(
                 tr("Violations of the rules: %1").arg(l.toString(int(data.violations.size())))));
    h += QStringLiteral("</ul>");

    if (!s.waivers.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" "
                            "width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Waivers and who granted them")), esc(tr("Granted by")),
                      esc(tr("Article")), esc(tr("When")), esc(tr("Reason")));
        for (const auto &w : s.waivers) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(w.by), esc(w.article), esc(Language::dateTime(w.at)), esc(w.reason));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Violations")));
    if (data.violations.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("The verifier found no violation in %1 revisions.")
                              .arg(l.toString(data.commitsChecked))));
    } else {
        h += QStringLiteral("<ul>");
        for (const Violation &v : data.violations)
            h += QStringLiteral("<li class=\"violation\">%1</li>").arg(esc(v.toText()));
        h += QStringLiteral("</ul>");
    }
    for (const QString &w : data.warnings)
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(w));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Events")));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr>");
    for (int c = AuditTableModel::WhenColumn; c <= AuditTableModel::ReasonColumn; ++c)
        h += QStringLiteral("<th>%1</th>").arg(esc(AuditTableModel::columnName(c)));
    h += QStringLiteral("</tr>");
    for (const AuditEvent &e : events) {
        const QString stage = (!e.from.isEmpty() || !e.to.isEmpty())
                                  ? QStringLiteral("%1 → %2").arg(e.from, e.to)
                                  : e.stage;
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(esc(Language::dateTime(e.time)), esc(e.actor), esc(e.article), esc(e.event),
                      esc(stage), esc(e.reason.isEmpty() ? e.summary : e.reason));
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

void AuditReport::writePdf(const QString &file, const QString &html)
{
    QPdfWriter writer(file);
    if (!QFileInfo(QFileInfo(file).absolutePath()).isWritable())
        throw Error(tr("Cannot write %1").arg(file));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Audit report"));
    writer.setCreator(QStringLiteral("Copydesk"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
}

bool AuditReport::requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export-audit") == 0 ||
            std::strncmp(argv[i], "--export-audit=", 15) == 0)
            return true;
    }
    return false;
}

int AuditReport::runFromCommandLine(int argc, char **argv)
{
    // A scheduled report has no display: never open a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Copydesk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Copydesk"));
    Language::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the newsroom's audit report as PDF."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NEWSROOM-DIR"), tr("The newsroom."));
    const QCommandLineOption exportAudit(QStringLiteral("export-audit"),
                                         tr("Write the audit report to FILE (PDF)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption since(QStringLiteral("since"), tr("From this day on (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   tr("Up to this day, inclusive (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({exportAudit, since, until});
    parser.process(app);
    const QString file = parser.value(exportAudit);
    const QString dir = parser.positionalArguments().value(0);
    if (file.isEmpty() || dir.isEmpty() || parser.positionalArguments().size() > 1) {
        fprintf(stderr, "%s\n",
                qPrintable(tr("usage: copydesk --export-audit FILE.pdf [--since DATE] [--until "
                              "DATE] NEWSROOM-DIR")));
        return 2;
    }
    try {
        AuditQuery query;
        AuditFilter filter;
        if (parser.isSet(since)) {
            filter.since = AuditFilter::parseBound(parser.value(since), false);
            query.since = filter.since.date();
        }
        if (parser.isSet(until)) {
            filter.until = AuditFilter::parseBound(parser.value(until), true);
            query.until = filter.until.date();
        }
        const AuditData data = AuditData::collect(dir);
        QList<AuditEvent> events;
        for (const AuditEvent &e : data.events) {
            if (filter.accepts(e))
                events.append(e);
        }
        writePdf(file, html(data, events, query));
        fprintf(stdout, "%s\n",
                qPrintable(tr("Wrote %1 (%2 events, %3 violations).")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(events.size())
                               .arg(data.violations.size())));
        return 0;
    } catch (const Error &e) {
        fprintf(stderr, "copydesk: %s\n", e.what());
        return e.exitCode();
    }
}

} // namespace copydesk::editor
