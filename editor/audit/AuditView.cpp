#include "audit/AuditView.h"
#include "i18n/Language.h"

#include "audit/AuditReport.h"
#include "core/SystemError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

namespace
{
struct Collected {
    AuditData data;
    QString error;
};
} // namespace

AuditView::AuditView(const QString &newsroomDir, QWidget *parent)
    : QWidget(parent), m_dir(newsroomDir)
{
    setObjectName(QStringLiteral("auditView"));
    m_model = new AuditTableModel(this);
    m_proxy = new AuditFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_personLabel = new QLabel(this);
    m_articleLabel = new QLabel(this);
    m_stageLabel = new QLabel(this);
    m_eventLabel = new QLabel(this);
    m_person = new QComboBox(this);
    m_article = new QComboBox(this);
    m_stage = new QComboBox(this);
    m_event = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_article->setObjectName(QStringLiteral("auditArticle"));
    m_stage->setObjectName(QStringLiteral("auditStage"));
    m_event->setObjectName(QStringLiteral("auditEvent"));
    m_useSince = new QCheckBox(this);
    m_useUntil = new QCheckBox(this);
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_until = new QDateEdit(QDate::currentDate(), this);
    m_since->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_until->setEnabled(false);
    for (QComboBox *c : {m_person, m_article, m_stage, m_event}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    }
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &AuditView::applyFilters);
    connect(m_useUntil, &QCheckBox::toggled, this, &AuditView::applyFilters);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditView::applyFilters);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditView::applyFilters);

    m_violationsLabel = new QLabel(this);
    m_violationsLabel->setObjectName(QStringLiteral("violationsLabel"));
    m_violations = new QListWidget(this);
    m_violations->setObjectName(QStringLiteral("violationList"));
    m_violations->setMaximumHeight(90);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTableModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_counts = new QLabel(this);
    m_csv = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_reload = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(m_csv, &QPushButton::clicked, this, &AuditView::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &AuditView::choosePdf);
    connect(m_reload, &QPushButton::clicked, this, &AuditView::reload);

    auto *filters = new QGridLayout;
    filters->addWidget(m_personLabel, 0, 0);
    filters->addWidget(m_person, 0, 1);
    filters->addWidget(m_articleLabel, 0, 2);
    filters->addWidget(m_article, 0, 3);
    filters->addWidget(m_stageLabel, 0, 4);
    filters->addWidget(m_stage, 0, 5);
    filters->addWidget(m_eventLabel, 0, 6);
    filters->addWidget(m_event, 0, 7);
    filters->addWidget(m_useSince, 1, 0);
    filters->addWidget(m_since, 1, 1);
    filters->addWidget(m_useUntil, 1, 2);
    filters->addWidget(m_until, 1, 3);
    filters->setColumnStretch(8, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_reload);
    bottom->addWidget(m_csv);
    bottom->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_violationsLabel);
    layout->addWidget(m_violations);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    retranslate();
    reload();
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
        updateCounts();
    }
    QWidget::changeEvent(event);
}

void AuditView::retranslate()
{
    m_title->setText(m_model->auditData().newsroomName.isEmpty()
                         ? tr("Audit")
                         : tr("Audit of %1").arg(m_model->auditData().newsroomName));
    m_personLabel->setText(tr("Person:"));
    m_articleLabel->setText(tr("Article:"));
    m_stageLabel->setText(tr("Stage:"));
    m_eventLabel->setText(tr("Event:"));
    m_useSince->setText(tr("From"));
    m_useUntil->setText(tr("To"));
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF report…"));
    m_reload->setText(tr("Reload"));
    m_since->setDisplayFormat(Language::dateFormat());
    m_until->setDisplayFormat(Language::dateFormat());
}

void AuditView::reload()
{
    m_counts->setText(tr("Reading the history and checking it…"));
    const QString dir = m_dir;
    auto *watcher = new QFutureWatcher<Collected>(this);
    connect(watcher, &QFutureWatcher<Collected>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Collected c = watcher->result();
        if (!c.error.isEmpty()) {
            m_counts->setText(c.error);
            Q_EMIT failed(c.error);
            return;
        }
        m_model->setAuditData(c.data);
        m_loaded = true;
        retranslate();
        fillChoices();
        applyFilters();
        m_table->resizeColumnsToContents();
        // Long rules and names are elided; the tooltip has them whole.
        m_table->setColumnWidth(
            AuditTableModel::ViolationColumn,
            std::min(m_table->columnWidth(AuditTableModel::ViolationColumn), 260));
        m_table->setColumnWidth(AuditTableModel::PersonColumn,
                                std::min(m_table->columnWidth(AuditTableModel::PersonColumn), 240));
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([dir]() {
        Collected c;
        try {
            c.data = AuditData::collect(dir);
        } catch (const Error &e) {
            c.error = e.message();
        }
        return c;
    }));
}

void AuditView::fillChoices()
{
    m_updatingWidgets = true;
    const AuditQuery q = m_proxy->query();
    QSet<QString> people, articles, stages, events;
    for (const AuditEvent &e : m_model->auditData().events) {
        people.insert(e.actor);
        if (!e.article.isEmpty())
            articles.insert(e.article);
        for (const QString &s : {e.stage, e.from, e.to}) {
            if (!s.isEmpty())
                stages.insert(s);
        }
        events.insert(e.event);
    }
    auto fill = [](QComboBox *box, const QString &all, QSet<QString> values, const QString &current,
                   const auto &label) {
        QStringList sorted(values.begin(), values.end());
        sorted.sort();
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : sorted) {
            box->addItem(label(v), v);
            box->setItemData(box->count() - 1, v, Qt::ToolTipRole);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    const auto same = [](const QString &v) { return v; };
    // People by name (the email is the item's data and tooltip).
    const auto name = [this](const QString &email) {
        AuditEvent e;
        e.actor = email;
        return m_model->auditData().displayName(e);
    };
    fill(m_person, tr("Everyone"), people, q.actor, name);
    fill(m_article, tr("All articles"), articles, q.article, same);
    fill(m_stage, tr("All stages"), stages, q.stage, same);
    fill(m_event, tr("All events"), events, q.event, same);
    m_updatingWidgets = false;
}

void AuditView::setQuery(const AuditQuery &query)
{
    m_updatingWidgets = true;
    m_person->setCurrentIndex(std::max(0, m_person->findData(query.actor)));
    m_article->setCurrentIndex(std::max(0, m_article->findData(query.article)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(query.stage)));
    m_event->setCurrentIndex(std::max(0, m_event->findData(query.event)));
    m_useSince->setChecked(query.since.isValid());
    m_useUntil->setChecked(query.until.isValid());
    if (query.since.isValid())
        m_since->setDate(query.since);
    if (query.until.isValid())
        m_until->setDate(query.until);
    m_updatingWidgets = false;
    m_proxy->setQuery(query);
    updateCounts();
}

void AuditView::applyFilters()
{
    if (m_updatingWidgets)
        return;
    AuditQuery q;
    q.actor = m_person->currentData().toString();
    q.article = m_article->currentData().toString();
    q.stage = m_stage->currentData().toString();
    q.event = m_event->currentData().toString();
    if (m_useSince->isChecked())
        q.since = m_since->date();
    if (m_useUntil->isChecked())
        q.until = m_until->date();
    m_proxy->setQuery(q);
    updateCounts();
}

void AuditView::updateCounts()
{
    const AuditData &d = m_model->auditData();
    const QLocale l;
    m_violations->clear();
    for (const Violation &v : d.violations) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + v.toText(), m_violations);
        item->setForeground(QColor(0x9a, 0x08, 0x08));
    }
    for (const QString &w : d.warnings)
        new QListWidgetItem(w, m_violations);
    m_violations->setVisible(m_violations->count() > 0);
    m_violationsLabel->setText(
        d.violations.isEmpty()
            ? tr("The verifier found no violation in %1 revisions.")
                  .arg(l.toString(d.commitsChecked))
            : tr("%n violations of the newsroom's rules (marked in red, listed first):", nullptr,
                 int(d.violations.size())));
    if (m_loaded) {
        const AuditSummary s = AuditSummary::of(m_proxy->visibleEvents());
        m_counts->setText(
            tr("%1 of %2 events shown · %3 articles published · %4 claims verified · %5 waivers")
                .arg(l.toString(m_proxy->rowCount()), l.toString(m_model->rowCount()),
                     l.toString(s.articlesPublished), l.toString(s.claimsVerified),
                     l.toString(int(s.waivers.size()))));
    }
}

void AuditView::exportCsv(const QString &file) const
{
    // A full disk is named as such, and the old export stays whole.
    saveFileAtomically(file, auditCsv(*m_proxy).toUtf8(), tr("nothing was exported"));
}

void AuditView::exportPdf(const QString &file) const
{
    QList<AuditEvent> events;
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const auto &row = m_proxy->rowAt(i);
        if (row.event.time.isValid())
            events.append(row.event);
    }
    std::sort(events.begin(), events.end(),
              [](const AuditEvent &a, const AuditEvent &b) { return a.time < b.time; });
    AuditReport::writePdf(file, AuditReport::html(m_model->auditData(), events, m_proxy->query()));
}

void AuditView::chooseCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the audit as CSV"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    try {
        exportCsv(file);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

void AuditView::choosePdf()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the audit report as PDF"),
                                     QStringLiteral("audit.pdf"), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    try {
        exportPdf(file);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

} // namespace copydesk::editor
