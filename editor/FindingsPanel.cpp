#include "FindingsPanel.h"

#include "FindingText.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace copydesk::editor
{

namespace
{

constexpr int kIndexRole = Qt::UserRole + 1;
constexpr int kMaxPerGroup = 300; // a runaway paste must not freeze the list

QString suggestionKey(qsizetype offset, const QString &text)
{
    return QString::number(offset) + u':' + text;
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 300);
    m_tree->setColumnWidth(1, 200);
    m_tree->setColumnWidth(2, 80);
    m_claims = new QTreeWidgetItem(m_tree);
    m_spelling = new QTreeWidgetItem(m_tree);
    m_style = new QTreeWidgetItem(m_tree);
    for (auto *group : {m_claims, m_spelling, m_style}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        group->setExpanded(true);
    }
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_dispute = new QPushButton(this);
    m_dispute->setObjectName(QStringLiteral("disputeButton"));
    m_waive = new QPushButton(this);
    m_suggest = new QPushButton(this);
    m_addWord = new QPushButton(this);
    m_addWord->setObjectName(QStringLiteral("addWordButton"));
    for (auto *b : {m_verify, m_dispute, m_waive, m_suggest, m_addWord})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (const Finding *f = selected(); f && !m_selecting)
            Q_EMIT activated(*f);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *) {
        if (const Finding *f = selected())
            Q_EMIT activated(*f);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FindingsPanel::showMenu);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (const Finding *f = selected())
            Q_EMIT verifyRequested(*f);
    });
    connect(m_dispute, &QPushButton::clicked, this, [this] {
        if (const Finding *f = selected())
            Q_EMIT disputeRequested(*f);
    });
    connect(m_waive, &QPushButton::clicked, this, [this] {
        if (const Finding *f = selected())
            Q_EMIT waiveRequested(*f);
    });
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        if (const Finding *f = selected())
            Q_EMIT suggestRequested(*f);
    });
    connect(m_addWord, &QPushButton::clicked, this, [this] {
        if (const Finding *f = selected())
            Q_EMIT addWordRequested(f->text);
    });
    retranslateUi();
    updateButtons();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Finding"), tr("Value / message"), tr("Status"), tr("Source")});
    m_verify->setText(tr("Verify…"));
    m_dispute->setText(tr("Dispute…"));
    m_waive->setText(tr("Waive…"));
    m_suggest->setText(tr("Suggest"));
    m_addWord->setText(tr("Add to house dictionary"));
    // Rows carry translated kind, status and message: build them again.
    setFindings(m_findings, m_sources);
}

void FindingsPanel::setFindings(const Findings &findings, const QHash<QString, QString> &sources)
{
    const Finding *was = selected();
    const QString wasKey = was ? suggestionKey(was->offset, was->text) : QString();
    m_findings = findings;
    m_sources = sources;
    m_selecting = true;
    m_items.clear();
    for (auto *group : {m_claims, m_spelling, m_style})
        qDeleteAll(group->takeChildren());
    int claims = 0, unverified = 0, spelling = 0, style = 0;
    QTreeWidgetItem *reselect = nullptr;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings[i];
        QTreeWidgetItem *group = f.kind == QLatin1String("spelling") ? m_spelling
                                 : f.kind == QLatin1String("style")  ? m_style
                                                                     : m_claims;
        int &count = group == m_spelling ? spelling : group == m_style ? style : claims;
        ++count;
        if (group == m_claims && f.status == QLatin1String("unverified"))
            ++unverified;
        if (group->childCount() >= kMaxPerGroup)
            continue;
        QString detail;
        const QString message = FindingText::message(f);
        if (group == m_claims)
            detail = FindingText::value(f);
        else if (group == m_style)
            detail =
                message + (f.suggestions.isEmpty()
                               ? QString()
                               : QStringLiteral(" → ") + f.suggestions.join(QStringLiteral(" / ")));
        else
            detail =
                m_suggestions.value(suggestionKey(f.offset, f.text)).join(QStringLiteral(", "));
        auto *item = new QTreeWidgetItem(
            group,
            {group == m_claims ? tr("%1: %2").arg(FindingText::kindName(f.kind), f.text) : f.text,
             detail, FindingText::statusName(f.status), sources.value(f.id)});
        item->setData(0, kIndexRole, int(i));
        m_items.insert(int(i), item);
        item->setToolTip(0, message);
        item->setToolTip(1, detail);
        if (group == m_claims)
            item->setForeground(0, Theme::forKind(f.kind));
        if (f.status == QLatin1String("verified"))
            item->setForeground(2, QColor(0x2e, 0x9d, 0x32));
        else if (f.status == QLatin1String("disputed"))
            item->setForeground(2, Theme::overdue());
        if (!wasKey.isEmpty() && suggestionKey(f.offset, f.text) == wasKey)
            reselect = item;
    }
    m_claims->setText(0, tr("Claims (%1, %2 unverified)").arg(claims).arg(unverified));
    m_spelling->setText(0, tr("Spelling (%1)").arg(spelling));
    m_style->setText(0, tr("Style (%1)").arg(style));
    m_summary->setText(m_findings.size() > kMaxPerGroup
                           ? tr("%n finding(s); the first %1 of each kind are listed", nullptr,
                                int(m_findings.size()))
                                 .arg(kMaxPerGroup)
                           : tr("%n finding(s)", nullptr, int(m_findings.size())));
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_selecting = false;
    updateButtons();
}

const Finding *FindingsPanel::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const QVariant index = item->data(0, kIndexRole);
    if (!index.isValid() || index.toInt() >= m_findings.size())
        return nullptr;
    return &m_findings[index.toInt()];
}

// Findings are in document order: a binary search, then the few findings
// that start at or before `pos` (called on every cursor move).
QTreeWidgetItem *FindingsPanel::itemFor(qsizetype pos) const
{
    auto it = std::upper_bound(m_findings.cbegin(), m_findings.cend(), pos,
                               [](qsizetype p, const Finding &f) { return p < f.offset; });
    for (int steps = 0; it != m_findings.cbegin() && steps < 8; ++steps) {
        --it;
        if (pos >= it->offset && pos <= it->offset + it->length)
            return m_items.value(int(it - m_findings.cbegin()));
    }
    return nullptr;
}

void FindingsPanel::selectAt(int pos)
{
    QTreeWidgetItem *item = itemFor(pos);
    if (!item || item == m_tree->currentItem())
        return;
    m_selecting = true;
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    m_selecting = false;
}

void FindingsPanel::setSuggestions(const QString &, qsizetype offset,
                                   const QStringList &suggestions)
{
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.offset == offset) {
            m_suggestions.insert(suggestionKey(f.offset, f.text), suggestions);
            if (QTreeWidgetItem *item = itemFor(offset))
                item->setText(1, suggestions.isEmpty() ? tr("(no suggestions)")
                                                       : suggestions.join(QStringLiteral(", ")));
            return;
        }
    }
}

void FindingsPanel::updateButtons()
{
    const Finding *f = selected();
    const bool claim = f && f->isClaim();
    const bool spelling = f && f->kind == QLatin1String("spelling");
    m_verify->setEnabled(claim);
    m_dispute->setEnabled(claim);
    m_waive->setEnabled(f != nullptr);
    m_suggest->setEnabled(spelling);
    m_addWord->setEnabled(spelling);
}

void FindingsPanel::showMenu(const QPoint &pos)
{
    const Finding *f = selected();
    if (!f)
        return;
    const Finding finding = *f;
    QMenu menu(this);
    if (finding.isClaim()) {
        menu.addAction(tr("Verify…"), this, [this, finding] { Q_EMIT verifyRequested(finding); });
        menu.addAction(tr("Dispute…"), this, [this, finding] { Q_EMIT disputeRequested(finding); });
    } else {
        // The check's own correction first (misspelling list, confusion
        // gate), then the dictionary's, as `copydesk-cli suggest` lists them.
        QStringList fixes = finding.suggestions;
        if (finding.kind == QLatin1String("spelling")) {
            for (const QString &s :
                 m_suggestions.value(suggestionKey(finding.offset, finding.text))) {
                if (!fixes.contains(s))
                    fixes.append(s);
            }
        }
        for (const QString &s : fixes.mid(0, 8))
            menu.addAction(tr("Replace with “%1”").arg(s), this,
                           [this, finding, s] { Q_EMIT replaceRequested(finding, s); });
        if (finding.kind == QLatin1String("spelling")) {
            if (fixes.isEmpty())
                menu.addAction(tr("Suggest spellings"), this,
                               [this, finding] { Q_EMIT suggestRequested(finding); });
            menu.addAction(tr("Add “%1” to house dictionary").arg(finding.text), this,
                           [this, finding] { Q_EMIT addWordRequested(finding.text); });
        }
    }
    menu.addAction(tr("Waive…"), this, [this, finding] { Q_EMIT waiveRequested(finding); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace copydesk::editor
