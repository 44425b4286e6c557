#include "BoardView.h"
#include "i18n/Language.h"

#include "Session.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::editor
{

namespace
{
// Blockers arrive in batches on the git thread: small at first, so the first
// rows fill at once, then sized so a batch takes about kBatchMs (warm caches:
// 10,000 articles in a handful of batches instead of 250, each of which
// opens the derived caches again), and small again when checks must run
// (cold gate counts), so the git thread is never held long from a user's
// action.
constexpr int kBlockerBatch = 40;
constexpr int kMaxBlockerBatch = 5000;
constexpr qint64 kBatchMs = 150;
constexpr int kSlugRole = Qt::UserRole + 1;
enum Column { Title, Writer, Reviewer, Due, Findings, Reason, ColumnCount };
} // namespace

BoardView::BoardView(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("board"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_personLabel = new QLabel(this);
    filters->addWidget(m_personLabel);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_person->addItem(QString(), QString());
    filters->addWidget(m_person);
    m_mine = new QCheckBox(this);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    filters->addWidget(m_mine);
    filters->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    filters->addWidget(m_status);
    layout->addLayout(filters);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("boardTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The columns exist before they are sized: a width set on a column the
    // tree does not have yet is dropped, and the reason column came out
    // ~100 px wide, cutting off what holds an article.
    m_tree->setColumnCount(ColumnCount);
    m_tree->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(Reason, 260);
    layout->addWidget(m_tree, 1);
    connect(m_person, &QComboBox::currentIndexChanged, this, &BoardView::rebuild);
    connect(m_mine, &QCheckBox::toggled, this, &BoardView::rebuild);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString slug = item->data(Title, kSlugRole).toString();
        if (!slug.isEmpty())
            Q_EMIT openRequested(slug);
    });
    connect(m_session, &Session::changed, this, &BoardView::reload);
    retranslateUi();
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded) {
            rebuild(); // stage names and dates at once
            reload();  // blocker reasons come from the library in the new language
        }
    }
    QWidget::changeEvent(event);
}

void BoardView::retranslateUi()
{
    m_personLabel->setText(tr("Person:"));
    m_person->setItemText(0, tr("Everyone"));
    m_mine->setText(tr("Assigned to me"));
    m_tree->setHeaderLabels(
        {tr("Title"), tr("Writer"), tr("Reviewer"), tr("Due"), tr("Open findings"), tr("Held by")});
}

void BoardView::setAssignedToMe(bool on)
{
    m_mine->setChecked(on);
}

void BoardView::reload()
{
    m_status->setText(tr("Loading…"));
    const int generation = ++m_generation;
    m_session->run<Listing>(
        this,
        [](Newsroom &n) {
            Workflow w(n);
            Listing l;
            l.stages = w.pipeline().stages();
            l.articles = Articles(n).list();
            l.people = w.people().all();
            return l;
        },
        [this, generation](const Outcome<Listing> &out) {
            if (generation != m_generation)
                return;
            if (!out.ok()) {
                m_status->setText(out.error);
                return;
            }
            adopt(out.value);
        });
}

void BoardView::adopt(const Listing &listing)
{
    QHash<QString, Row> old;
    for (const Row &r : std::as_const(m_articles))
        old.insert(r.summary.slug, r);
    m_stages = listing.stages;
    m_people = listing.people;
    m_articles.clear();
    for (const ArticleSummary &s : listing.articles) {
        Row row{s, false, {}};
        if (const auto it = old.constFind(s.slug); it != old.constEnd() && it->hasBlockers) {
            row.hasBlockers = true;
            row.blockers = it->blockers;
        }
        m_articles.append(row);
    }
    const QString person = m_person->currentData().toString();
    m_person->blockSignals(true);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const Person &p : std::as_const(m_people))
        m_person->addItem(p.name.isEmpty() ? p.email : p.name, p.email);
    m_person->setCurrentIndex(qMax(0, m_person->findData(person)));
    m_person->blockSignals(false);
    m_loaded = true;
    rebuild();
    Q_EMIT loaded();
    m_blockersPending = int(m_articles.size());
    loadBlockers(0);
}

// Blockers need the article's findings: fetched in batches on the git
// thread, unfinished articles first, the rows updated as they arrive.
void BoardView::loadBlockers(int from)
{
    if (from >= m_articles.size()) {
        m_blockersPending = 0;
        showCount();
        return;
    }
    QStringList slugs;
    const QString last = m_stages.isEmpty() ? QString() : m_stages.last().id;
    if (from == 0)
        m_blockerBatch = kBlockerBatch;
    for (int i = from; i < qMin<qsizetype>(from + m_blockerBatch, m_articles.size()); ++i)
        slugs.append(m_articles[i].summary.state.stage == last ? QString()
                                                               : m_articles[i].summary.slug);
    const int generation = m_generation;
    m_status->setText(tr("Checking %1 of %2…").arg(from).arg(m_articles.size()));
    QElapsedTimer took;
    took.start();
    m_session->run<QList<Blockers>>(
        this,
        [slugs](Newsroom &n) {
            QStringList wanted;
            for (const QString &slug : slugs)
                if (!slug.isEmpty())
                    wanted.append(slug);
            const QList<Blockers> found =
                Workflow(n).blockers(wanted, Workflow::FindingsAt::EveryStage);
            QList<Blockers> out;
            qsizetype next = 0;
            for (const QString &slug : slugs)
                out.append(slug.isEmpty() ? Blockers{} : found.value(next++));
            return out;
        },
        [this, from, generation, took](const Outcome<QList<Blockers>> &out) {
            if (generation != m_generation)
                return;
            const qint64 ms = qMax<qint64>(1, took.elapsed());
            m_blockerBatch =
                int(qBound<qint64>(kBlockerBatch, m_blockerBatch * kBatchMs / ms,
                                   qMin<qint64>(m_blockerBatch * 4, kMaxBlockerBatch)));
            for (int i = 0; i < out.value.size() && from + i < m_articles.size(); ++i) {
                m_articles[from + i].blockers = out.value[i];
                m_articles[from + i].hasBlockers = true;
            }
            m_blockersPending = int(m_articles.size()) - from - int(out.value.size());
            for (int i = 0; i < out.value.size() && from + i < m_articles.size(); ++i) {
                const Row &row = m_articles[from + i];
                if (QTreeWidgetItem *item = m_items.value(row.summary.slug))
                    showBlockers(item, row);
            }
            loadBlockers(from + int(out.value.size()));
        });
}

void BoardView::showBlockers(QTreeWidgetItem *item, const Row &r)
{
    if (!r.hasBlockers) {
        item->setText(Reason, QStringLiteral("…"));
        return;
    }
    item->setText(Findings, r.blockers.openFindings ? QLocale().toString(r.blockers.openFindings)
                                                    : QString());
    // The library writes "overdue since 2025-03-05" (ISO, as the CLI prints
    // it); the board shows dates the way the interface locale writes them,
    // as in the Due column.
    // People by name, as in the Writer and Reviewer columns; the tooltip
    // keeps the emails, which is what the CLI and people.json say.
    QStringList reasons;
    for (const QString &line : r.blockers.reasons)
        reasons.append(Language::localDates(line));
    const QString reason = withNames(reasons.value(0));
    item->setText(Reason, reason);
    item->setToolTip(Reason, reasons.join(u'\n'));
    if (!reason.isEmpty())
        item->setForeground(Reason, Theme::overdue());
}

QString BoardView::nameOf(const QString &email) const
{
    for (const Person &p : m_people) {
        if (p.email == email)
            return p.name.isEmpty() ? email : p.name;
    }
    return email;
}

QString BoardView::withNames(const QString &libraryText) const
{
    QString out = libraryText;
    for (const Person &p : m_people) {
        if (!p.name.isEmpty())
            out.replace(p.email, p.name, Qt::CaseInsensitive);
    }
    return out;
}

// While the blockers load the status says how far they are; then how many
// articles the filters show, out of how many when a filter hides some.
void BoardView::showCount()
{
    if (m_blockersPending > 0)
        return;
    const int total = int(m_articles.size());
    m_status->setText(m_shown == total ? tr("%n article(s)", nullptr, total)
                                       : tr("%1 of %n article(s)", nullptr, total).arg(m_shown));
}

void BoardView::rebuild()
{
    const QString person =
        m_mine->isChecked() ? m_session->actor().email : m_person->currentData().toString();
    const QString selected = m_tree->currentItem()
                                 ? m_tree->currentItem()->data(Title, kSlugRole).toString()
                                 : QString();
    m_tree->setUpdatesEnabled(false);
    QHash<QString, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        expanded.insert(m_tree->topLevelItem(i)->data(Title, kSlugRole + 1).toString(),
                        m_tree->topLevelItem(i)->isExpanded());
    m_tree->clear();
    m_items.clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Stage &s : std::as_const(m_stages)) {
        auto *g = new QTreeWidgetItem(m_tree, {s.titleFor(Language::current())});
        g->setData(Title, kSlugRole + 1, s.id);
        g->setFlags(Qt::ItemIsEnabled);
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        g->setFirstColumnSpanned(true);
        groups.insert(s.id, g);
    }
    const QDate today = QDate::currentDate();
    m_shown = 0;
    for (const Row &r : std::as_const(m_articles)) {
        const ArticleState &st = r.summary.state;
        if (!person.isEmpty() && st.writer != person && st.reviewer != person)
            continue;
        QTreeWidgetItem *group = groups.value(st.stage);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {st.stage});
            group->setData(Title, kSlugRole + 1, st.stage);
            groups.insert(st.stage, group);
        }
        auto *item = new QTreeWidgetItem(group);
        ++m_shown;
        item->setText(Title, r.summary.title.isEmpty() ? r.summary.slug : r.summary.title);
        item->setData(Title, kSlugRole, r.summary.slug);
        item->setToolTip(Title, r.summary.slug);
        item->setText(Writer, nameOf(st.writer));
        item->setToolTip(Writer, st.writer);
        item->setText(Reviewer, st.reviewer.isEmpty() ? QString() : nameOf(st.reviewer));
        item->setToolTip(Reviewer, st.reviewer);
        if (st.due.isValid()) {
            item->setText(Due, Language::date(st.due));
            const bool last = !m_stages.isEmpty() && st.stage == m_stages.last().id;
            if (st.due < today && !last) {
                item->setForeground(Due, Theme::overdue());
                item->setToolTip(Due, tr("Overdue"));
            }
        }
        showBlockers(item, r);
        m_items.insert(r.summary.slug, item);
        if (r.summary.slug == selected)
            m_tree->setCurrentItem(item);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it.value()->setText(Title,
                            QStringLiteral("%1 (%2)")
                                .arg(it.value()->text(Title).section(QStringLiteral(" ("), 0, 0))
                                .arg(it.value()->childCount()));
        it.value()->setExpanded(expanded.value(it.key(), true));
    }
    m_tree->setUpdatesEnabled(true);
    showCount();
}

} // namespace copydesk::editor
