#include "history/ArticleHistory.h"

#include "check/Check.h"
#include "pipeline/Ledger.h"

#include <QHash>
#include <QMap>

namespace copydesk::editor
{

namespace
{

// The free text of a commit message: what follows the summary, without
// the Copydesk-* trailers.
QString messageBody(const QString &message)
{
    QStringList lines = message.split(u'\n');
    if (!lines.isEmpty())
        lines.removeFirst();
    QStringList kept;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Copydesk-")))
            continue;
        kept.append(line);
    }
    return kept.join(u'\n').trimmed();
}

Findings claimsOf(const CheckSuite &suite, const QString &text, const Ledger &ledger)
{
    if (text.isEmpty())
        return {};
    Findings found = suite.checkFile(text, {QStringLiteral("claims")});
    ledger.apply(found);
    return found;
}

} // namespace

bool ClaimChange::verificationLost() const
{
    return kind != Added && beforeStatus == QLatin1String("verified") &&
           afterStatus != QLatin1String("verified");
}

QString ClaimChange::describe() const
{
    QString text;
    switch (kind) {
    case Changed:
        text = QStringLiteral("%1 → %2").arg(before, after);
        break;
    case Added:
        text = ArticleHistory::tr("%1 added").arg(after);
        break;
    case Removed:
        text = ArticleHistory::tr("%1 removed").arg(before);
        break;
    }
    if (verificationLost())
        return ArticleHistory::tr("%1: verification lost").arg(text);
    if (kind == Changed && afterStatus == QLatin1String("verified"))
        return ArticleHistory::tr("%1: verified").arg(text);
    if (kind != Removed && afterStatus != QLatin1String("verified"))
        return ArticleHistory::tr("%1: needs verification").arg(text);
    return text;
}

QList<ClaimChange> compareClaims(const Findings &before, const Findings &after)
{
    QHash<QString, int> afterIds;
    for (const Finding &f : after)
        afterIds.insert(f.id, 1);
    QHash<QString, int> beforeIds;
    for (const Finding &f : before)
        beforeIds.insert(f.id, 1);
    // Claims only on one side, per kind, in order of appearance.
    QMap<QString, QList<const Finding *>> gone, come;
    QStringList kinds;
    for (const Finding &f : before) {
        if (!afterIds.contains(f.id)) {
            gone[f.kind].append(&f);
            if (!kinds.contains(f.kind))
                kinds.append(f.kind);
        }
    }
    for (const Finding &f : after) {
        if (!beforeIds.contains(f.id)) {
            come[f.kind].append(&f);
            if (!kinds.contains(f.kind))
                kinds.append(f.kind);
        }
    }
    QList<ClaimChange> changes;
    for (const QString &kind : kinds) {
        const auto &g = gone.value(kind);
        const auto &c = come.value(kind);
        const qsizetype paired = std::min(g.size(), c.size());
        for (qsizetype i = 0; i < std::max(g.size(), c.size()); ++i) {
            ClaimChange ch;
            ch.claimKind = kind;
            if (i < g.size()) {
                ch.before = g[i]->text;
                ch.beforeStatus = g[i]->status;
            }
            if (i < c.size()) {
                ch.after = c[i]->text;
                ch.afterStatus = c[i]->status;
            }
            ch.kind = i < paired     ? ClaimChange::Changed
                      : i < g.size() ? ClaimChange::Removed
                                     : ClaimChange::Added;
            changes.append(ch);
        }
    }
    return changes;
}

QList<HistoryEntry> ArticleHistory::load(Newsroom &newsroom, const QString &slug)
{
    QList<HistoryEntry> entries;
    for (const Revision &r : newsroom.log(slug)) {
        HistoryEntry e;
        e.revision = r;
        e.event = r.trailers.value(QStringLiteral("Event"));
        e.actor = r.trailers.value(QStringLiteral("Actor"), r.email);
        e.stage = r.trailers.value(QStringLiteral("Stage"));
        e.reason = r.trailers.value(QStringLiteral("Reason"));
        if (e.reason.isEmpty())
            e.reason = messageBody(r.message);
        entries.append(e);
    }
    return entries;
}

QString ArticleHistory::textAt(Newsroom &newsroom, const QString &slug, const QString &rev)
{
    const auto bytes = newsroom.tryReadFile(Newsroom::articlePath(slug), rev);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

RevisionComparison ArticleHistory::compare(Newsroom &newsroom, const CheckSuite &claims,
                                           const QString &slug, const QString &from,
                                           const QString &to)
{
    RevisionComparison c;
    c.from = newsroom.resolveRevision(from);
    c.to = newsroom.resolveRevision(to);
    c.fromText = textAt(newsroom, slug, c.from);
    c.toText = textAt(newsroom, slug, c.to);
    c.pieces = wordDiff(c.fromText, c.toText);
    Ledger ledger;
    if (const auto json =
            newsroom.tryReadFile(Newsroom::articleDir(slug) + QStringLiteral("/ledger.json")))
        ledger = Ledger::fromJson(*json, QStringLiteral("ledger.json"));
    c.claims =
        compareClaims(claimsOf(claims, c.fromText, ledger), claimsOf(claims, c.toText, ledger));
    return c;
}

QString ArticleHistory::eventLabel(const QString &event)
{
    static const struct {
        const char *id;
        const char *label;
    } labels[] = {
        {"init", QT_TR_NOOP("Newsroom created")},
        {"people", QT_TR_NOOP("People changed")},
        {"new", QT_TR_NOOP("Created")},
        {"save", QT_TR_NOOP("Text saved")},
        {"assign", QT_TR_NOOP("Assigned")},
        {"submit", QT_TR_NOOP("Submitted for review")},
        {"approve", QT_TR_NOOP("Approved")},
        {"request-changes", QT_TR_NOOP("Changes requested")},
        {"advance", QT_TR_NOOP("Moved on")},
        {"publish", QT_TR_NOOP("Published")},
        {"reopen", QT_TR_NOOP("Reopened")},
        {"waive", QT_TR_NOOP("Waiver granted")},
        {"comment", QT_TR_NOOP("Comment")},
        {"reply", QT_TR_NOOP("Reply")},
        {"resolve", QT_TR_NOOP("Comment resolved")},
        {"verify-claim", QT_TR_NOOP("Claim verified")},
        {"dispute", QT_TR_NOOP("Claim disputed")},
        {"words", QT_TR_NOOP("House dictionary changed")},
        {"sync", QT_TR_NOOP("Synchronised")},
    };
    for (const auto &l : labels) {
        if (event == QLatin1String(l.id))
            return tr(l.label);
    }
    return event.isEmpty() ? tr("Plain commit") : event;
}

namespace diffhtml
{

namespace
{

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

const char *kDeleted =
    "<span style=\"background-color:#f8d0d0; color:#8a1010; text-decoration:line-through;\">";
const char *kInserted = "<span style=\"background-color:#c8f0c8; color:#0a5a0a;\">";

QString render(const QList<DiffPiece> &pieces, bool showDeleted, bool showInserted)
{
    QString html = QStringLiteral("<div style=\"white-space:pre-wrap;\">");
    for (const DiffPiece &p : pieces) {
        switch (p.kind) {
        case DiffPiece::Equal:
            html += escaped(p.text);
            break;
        case DiffPiece::Deleted:
            if (showDeleted)
                html += QLatin1String(kDeleted) + escaped(p.text) + QStringLiteral("</span>");
            break;
        case DiffPiece::Inserted:
            if (showInserted)
                html += QLatin1String(kInserted) + escaped(p.text) + QStringLiteral("</span>");
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

} // namespace

QString inlineHtml(const QList<DiffPiece> &pieces)
{
    return render(pieces, true, true);
}
QString beforeHtml(const QList<DiffPiece> &pieces)
{
    return render(pieces, true, false);
}
QString afterHtml(const QList<DiffPiece> &pieces)
{
    return render(pieces, false, true);
}

} // namespace diffhtml

} // namespace copydesk::editor
