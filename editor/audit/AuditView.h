#pragma once

#include "audit/AuditData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace copydesk::editor
{

// Editors' audit: the newsroom's whole event log as a sortable table,
// filtered by person, article, stage, event and dates, with what the
// verifier reports marked as violations at the top; exports CSV and a
// printable PDF report. Reading and verifying run off the GUI thread.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(const QString &newsroomDir, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    void reload();
    void setQuery(const AuditQuery &query); // also sets the filter widgets
    AuditQuery query() const { return m_proxy->query(); }
    AuditFilterModel *model() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QListWidget *violationList() const { return m_violations; }

    // Without asking for a file name (the buttons ask). Throw copydesk::Error.
    void exportCsv(const QString &file) const;
    void exportPdf(const QString &file) const;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void applyFilters();
    void updateCounts();
    void chooseCsv();
    void choosePdf();

    QString m_dir;
    bool m_loaded = false;
    bool m_updatingWidgets = false;
    AuditTableModel *m_model;
    AuditFilterModel *m_proxy;
    QLabel *m_title;
    QLabel *m_personLabel, *m_articleLabel, *m_stageLabel, *m_eventLabel;
    QComboBox *m_person, *m_article, *m_stage, *m_event;
    QCheckBox *m_useSince, *m_useUntil;
    QDateEdit *m_since, *m_until;
    QLabel *m_violationsLabel;
    QListWidget *m_violations;
    QTableView *m_table;
    QLabel *m_counts;
    QPushButton *m_csv, *m_pdf, *m_reload;
};

} // namespace copydesk::editor
