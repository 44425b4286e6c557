#include "audit/AuditData.h"

#include "git/Repository.h"
#include "i18n/Language.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Workflow.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace copydesk::editor
{

AuditData AuditData::collect(const QString &newsroomDir, const AuditFilter &filter)
{
    Newsroom n = Newsroom::open(newsroomDir);
    AuditData d;
    d.newsroomName = n.name();
    d.root = n.root();
    d.people = Workflow(n).people();
    d.events = Audit(n.repository()).events(filter);
    const QString head = n.headId();
    if (!head.isEmpty()) {
        Verifier verifier(n.repository());
        d.violations = verifier.verify(head);
        d.warnings = verifier.warnings();
        d.commitsChecked = verifier.commitsChecked();
    }
    return d;
}

QString AuditData::displayName(const AuditEvent &e) const
{
    if (const Person *p = people.find(e.actor); p && !p->name.isEmpty())
        return p->name;
    return e.name.isEmpty() ? e.actor : e.name;
}

bool AuditQuery::accepts(const AuditEvent &e) const
{
    if (!actor.isEmpty() && e.actor.compare(actor, Qt::CaseInsensitive) != 0)
        return false;
    if (!article.isEmpty() && e.article != article)
        return false;
    if (!stage.isEmpty() && e.stage != stage && e.from != stage && e.to != stage)
        return false;
    if (!event.isEmpty() && e.event != event)
        return false;
    const QDate day = e.time.toLocalTime().date();
    if (since.isValid() && day < since)
        return false;
    if (until.isValid() && day > until)
        return false;
    return true;
}

bool AuditQuery::isEmpty() const
{
    return actor.isEmpty() && article.isEmpty() && stage.isEmpty() && event.isEmpty() &&
           !since.isValid() && !until.isValid();
}

QStringList AuditQuery::describe() const
{
    QStringList out;
    if (!actor.isEmpty())
        out << tr("Person: %1").arg(actor);
    if (!article.isEmpty())
        out << tr("Article: %1").arg(article);
    if (!stage.isEmpty())
        out << tr("Stage: %1").arg(stage);
    if (!event.isEmpty())
        out << tr("Event: %1").arg(event);
    return out;
}

AuditSummary AuditSummary::of(const QList<AuditEvent> &events)
{
    AuditSummary s;
    QSet<QString> published;
    for (const AuditEvent &e : events) {
        ++s.events;
        if (e.event == QLatin1String("publish"))
            published.insert(e.article);
        else if (e.event == QLatin1String("verify-claim"))
            ++s.claimsVerified;
        else if (e.event == QLatin1String("dispute"))
            ++s.claimsDisputed;
        else if (e.event == QLatin1String("waive")) {
            s.waivers.append({e.actor, e.article, e.reason, e.time});
            ++s.waiversBy[e.actor];
        }
    }
    s.articlesPublished = int(published.size());
    return s;
}

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setAuditData(const AuditData &data)
{
    beginResetModel();
    m_data = data;
    m_rows.clear();
    QHash<QString, int> byCommit;
    for (const AuditEvent &e : data.events) {
        byCommit.insert(e.commit, int(m_rows.size()));
        m_rows.append({e, {}});
    }
    for (const Violation &v : data.violations) {
        if (const auto it = byCommit.constFind(v.commit); it != byCommit.constEnd()) {
            m_rows[*it].violations.append(v.rule);
            continue;
        }
        // A plain commit (no event) that broke a rule: a row of its own.
        AuditEvent e;
        e.commit = v.commit;
        e.actor = v.actor;
        e.article = v.article;
        e.event = v.event;
        e.summary = v.summary;
        byCommit.insert(v.commit, int(m_rows.size()));
        m_rows.append({e, {v.rule}});
    }
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::columnName(int column)
{
    switch (column) {
    case ViolationColumn:
        return tr("Violation");
    case WhenColumn:
        return tr("When");
    case PersonColumn:
        return tr("Person");
    case ArticleColumn:
        return tr("Article");
    case EventColumn:
        return tr("Event");
    case StageColumn:
        return tr("Stage");
    case ReasonColumn:
        return tr("Reason or message");
    case CommitColumn:
        return tr("Revision");
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnName(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const AuditEvent &e = r.event;
    const bool violation = !r.violations.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ViolationColumn:
            return violation ? QStringLiteral("⚠ ") + r.violations.join(QStringLiteral("; "))
                             : QString();
        case WhenColumn:
            return Language::dateTime(e.time);
        case PersonColumn:
            return m_data.displayName(e);
        case ArticleColumn:
            return e.article;
        case EventColumn:
            return e.event;
        case StageColumn:
            if (!e.from.isEmpty() || !e.to.isEmpty())
                return QStringLiteral("%1 → %2").arg(e.from, e.to);
            return e.stage;
        case ReasonColumn:
            return e.reason.isEmpty() ? e.summary : e.reason;
        case CommitColumn:
            return e.commit.left(10);
        }
        break;
    case SortRole:
        if (index.column() == WhenColumn)
            return e.time;
        if (index.column() == ViolationColumn)
            return r.violations.join(QStringLiteral("; "));
        return data(index, Qt::DisplayRole);
    case ViolationRole:
        return violation;
    case Qt::ToolTipRole:
        if (violation)
            return r.violations.join(u'\n');
        if (index.column() == CommitColumn)
            return e.commit;
        if (index.column() == PersonColumn)
            return e.actor;
        if (index.column() == ReasonColumn)
            return e.summary;
        break;
    case Qt::BackgroundRole:
        if (violation)
            return QBrush(QColor(0xf8, 0xd7, 0xd7));
        break;
    case Qt::ForegroundRole:
        if (violation)
            return QBrush(QColor(0x7a, 0x08, 0x08));
        break;
    case Qt::FontRole:
        if (violation) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AuditTableModel::SortRole);
}

void AuditFilterModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    invalidateFilter();
}

const AuditTableModel::Row &AuditFilterModel::rowAt(int proxyRow) const
{
    auto *source = static_cast<AuditTableModel *>(sourceModel());
    return source->row(mapToSource(index(proxyRow, 0)).row());
}

QList<AuditEvent> AuditFilterModel::visibleEvents() const
{
    QList<AuditEvent> out;
    for (int i = 0; i < rowCount(); ++i)
        out.append(rowAt(i).event);
    return out;
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    auto *source = static_cast<AuditTableModel *>(sourceModel());
    const auto &row = source->row(sourceRow);
    // Violations stay visible whatever the filter, unless it names something else.
    if (!row.violations.isEmpty() && !row.event.time.isValid())
        return m_query.actor.isEmpty() ||
               row.event.actor.compare(m_query.actor, Qt::CaseInsensitive) == 0;
    return m_query.accepts(row.event);
}

bool AuditFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Violations first, in either sort order.
    const bool lv = left.data(AuditTableModel::ViolationRole).toBool();
    const bool rv = right.data(AuditTableModel::ViolationRole).toBool();
    if (lv != rv)
        return sortOrder() == Qt::AscendingOrder ? lv : rv;
    const QVariant a = left.data(AuditTableModel::SortRole),
                   b = right.data(AuditTableModel::SortRole);
    if (a.userType() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

QString auditCsv(const AuditFilterModel &model)
{
    QStringList header = Audit::csvHeader();
    header << QStringLiteral("violation");
    QString out = Audit::csvLine(header);
    for (int i = 0; i < model.rowCount(); ++i) {
        const auto &row = model.rowAt(i);
        QStringList fields = Audit::csvRow(row.event);
        fields << row.violations.join(QStringLiteral("; "));
        out += Audit::csvLine(fields);
    }
    return out;
}

} // namespace copydesk::editor
