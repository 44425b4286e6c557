#pragma once

#include "core/Error.h"
#include "pipeline/Audit.h"
#include "pipeline/People.h"
#include "pipeline/Verifier.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QSortFilterProxyModel>

namespace copydesk::editor
{

// The newsroom's whole event log and what the verifier says about it, read
// once (off the GUI thread) and then filtered in memory.
struct AuditData {
    QString newsroomName;
    QString root;
    QList<AuditEvent> events; // oldest first
    QList<Violation> violations;
    QStringList warnings; // what the verifier could not check fully
    int commitsChecked = 0;
    People people; // copydesk/people.json at HEAD: names for the emails

    // How a person is shown: the name people.json gives, else the commit's
    // author name, else the email (which the tooltip always shows).
    QString displayName(const AuditEvent &e) const;

    // Opens its own Newsroom: call from any thread. Throws copydesk::Error.
    static AuditData collect(const QString &newsroomDir, const AuditFilter &filter = {});
};

// What the table shows besides person/article/dates, which AuditFilter has.
struct AuditQuery {
    Q_DECLARE_TR_FUNCTIONS(copydesk::editor::AuditQuery)
public:
    QString actor;   // email, case-insensitive; empty: everyone
    QString article; // slug
    QString stage;   // matches the stage after, before or reached
    QString event;   // Copydesk-Event
    QDate since;     // inclusive, local dates; invalid: no bound
    QDate until;
    bool accepts(const AuditEvent &e) const;
    bool isEmpty() const;
    // "Person: …; Article: …" in the interface language, for reports.
    QStringList describe() const;
};

// Counts for the report's summary.
struct AuditSummary {
    struct Grant {
        QString by;
        QString article;
        QString reason;
        QDateTime at;
    };
    int events = 0;
    int articlesPublished = 0; // distinct articles with a publish event
    int claimsVerified = 0;    // verify-claim events
    int claimsDisputed = 0;
    QList<Grant> waivers;
    QMap<QString, int> waiversBy; // email → count
    static AuditSummary of(const QList<AuditEvent> &events);
};

// One row per event, plus a row for each violation whose commit is no
// event (a plain commit). Violations are kept on their event's row.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ViolationColumn,
        WhenColumn,
        PersonColumn,
        ArticleColumn,
        EventColumn,
        StageColumn,
        ReasonColumn,
        CommitColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ViolationRole = Qt::UserRole + 2;

    explicit AuditTableModel(QObject *parent = nullptr);
    void setAuditData(const AuditData &data);
    const AuditData &auditData() const { return m_data; }

    struct Row {
        AuditEvent event;
        QStringList violations; // the rules broken, plain English (from the verifier)
    };
    const Row &row(int i) const { return m_rows[i]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The header's names (translated), for CSV and reports.
    static QString columnName(int column);

private:
    AuditData m_data;
    QList<Row> m_rows;
};

// Filters by AuditQuery; sorts by any column, violations always first.
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    QList<AuditEvent> visibleEvents() const;
    const AuditTableModel::Row &rowAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AuditQuery m_query;
};

// CSV of what the table shows (in its order): the CLI's columns
// (Audit::csvHeader) plus "violation".
QString auditCsv(const AuditFilterModel &model);

} // namespace copydesk::editor
