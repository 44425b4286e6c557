#include "history/HistoryView.h"

#include "Session.h"
#include "check/Check.h"
#include "core/Paths.h"
#include "i18n/Language.h"
#include "pipeline/Workflow.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

namespace
{

enum Column { WhenColumn, WhoColumn, WhatColumn, StageColumn, MessageColumn };
constexpr int kRevisionRole = Qt::UserRole + 1;

struct Loaded {
    QList<HistoryEntry> entries;
    std::shared_ptr<const CheckSuite> suite;
    QString error;
};

struct Compared {
    RevisionComparison comparison;
    QString error;
};

} // namespace

HistoryView::HistoryView(Session *session, const QString &slug, QWidget *parent)
    : QWidget(parent), m_session(session), m_slug(slug)
{
    setObjectName(QStringLiteral("historyView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("historyHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setColumnCount(5);
    m_timeline->header()->setStretchLastSection(true);
    connect(m_timeline, &QTreeWidget::itemSelectionChanged, this,
            &HistoryView::timelineSelectionChanged);

    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(24);
    m_to->setMinimumContentsLength(24);
    connect(m_from, &QComboBox::activated, this, &HistoryView::compareChosen);
    connect(m_to, &QComboBox::activated, this, &HistoryView::compareChosen);
    m_inlineMode = new QRadioButton(this);
    m_sideMode = new QRadioButton(this);
    m_inlineMode->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_inlineMode);
    modes->addButton(m_sideMode);
    connect(m_sideMode, &QRadioButton::toggled, this, &HistoryView::setSideBySide);

    m_views = new QStackedWidget(this);
    m_inline = new QTextBrowser(this);
    m_inline->setObjectName(QStringLiteral("diffInline"));
    m_before = new QTextBrowser(this);
    m_before->setObjectName(QStringLiteral("diffBefore"));
    m_after = new QTextBrowser(this);
    m_after->setObjectName(QStringLiteral("diffAfter"));
    auto *side = new QSplitter(Qt::Horizontal, this);
    side->addWidget(m_before);
    side->addWidget(m_after);
    m_views->addWidget(m_inline);
    m_views->addWidget(side);

    m_claimsLabel = new QLabel(this);
    m_claims = new QListWidget(this);
    m_claims->setObjectName(QStringLiteral("claimChanges"));
    m_claims->setMaximumHeight(110);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreRevision"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyPassage"));
    connect(m_restore, &QPushButton::clicked, this, &HistoryView::askRestore);
    connect(m_copy, &QPushButton::clicked, this, &HistoryView::copyPassage);

    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_fromLabel);
    compareBar->addWidget(m_from, 1);
    compareBar->addWidget(m_toLabel);
    compareBar->addWidget(m_to, 1);
    compareBar->addSpacing(12);
    compareBar->addWidget(m_inlineMode);
    compareBar->addWidget(m_sideMode);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_copy);
    actions->addWidget(m_restore);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(compareBar);
    rightLayout->addWidget(m_views, 1);
    rightLayout->addWidget(m_claimsLabel);
    rightLayout->addWidget(m_claims);
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);

    retranslate();
    if (m_session)
        connect(m_session, &Session::changed, this, &HistoryView::reload);
    reload();
}

HistoryView::~HistoryView() = default;

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTimeline();
        fillRevisionChoices();
        showComparison();
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    m_heading->setText(tr("History of “%1”").arg(m_slug));
    m_timeline->setHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Stage"), tr("Message or reason")});
    m_fromLabel->setText(tr("Compare"));
    m_toLabel->setText(tr("with"));
    m_inlineMode->setText(tr("Inline"));
    m_sideMode->setText(tr("Side by side"));
    m_claimsLabel->setText(tr("Claims that changed"));
    m_restore->setText(tr("Restore this revision…"));
    m_restore->setToolTip(tr("Brings the older text back as a new revision; nothing is lost."));
    m_copy->setText(tr("Copy passage"));
    m_copy->setToolTip(tr(
        "Copies the passage selected in the older revision (all of it when nothing is selected)."));
}

void HistoryView::reload()
{
    if (!m_session)
        return;
    ++m_pending;
    const QString root = m_session->root();
    const QString slug = m_slug;
    std::shared_ptr<const CheckSuite> suite = m_claimSuite;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        const Loaded out = watcher->result();
        if (!out.error.isEmpty()) {
            Q_EMIT failed(out.error);
            return;
        }
        m_entries = out.entries;
        m_claimSuite = out.suite;
        fillTimeline();
        fillRevisionChoices();
        if (m_timeline->topLevelItemCount() > 0)
            m_timeline->setCurrentItem(m_timeline->topLevelItem(0));
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([root, slug, suite]() {
        Loaded out;
        try {
            Newsroom n = Newsroom::open(root); // this thread's own
            out.entries = ArticleHistory::load(n, slug);
            out.suite = suite;
            if (!out.suite) {
                CheckEnvironment env{shippedDictionariesDir(), n.root()};
                out.suite = std::make_shared<const CheckSuite>(
                    CheckSuite::standard(env, nullptr, {QStringLiteral("claims")}));
            }
        } catch (const Error &e) {
            out.error = e.message();
        }
        return out;
    }));
}

void HistoryView::fillTimeline()
{
    const QString current = m_timeline->currentItem()
                                ? m_timeline->currentItem()->data(0, kRevisionRole).toString()
                                : QString();
    QSignalBlocker block(m_timeline);
    m_timeline->clear();
    const QColor eventColour = palette().color(QPalette::Disabled, QPalette::Text).darker(110);
    for (const HistoryEntry &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setData(0, kRevisionRole, e.revision.id);
        item->setText(WhenColumn, Language::dateTime(e.revision.time));
        item->setText(WhoColumn, e.revision.author.isEmpty() ? e.actor : e.revision.author);
        item->setToolTip(WhoColumn, e.actor);
        const bool restoredFrom = e.revision.trailers.contains(QStringLiteral("Restored-From"));
        QString what =
            restoredFrom ? tr("Restored an older revision") : ArticleHistory::eventLabel(e.event);
        item->setText(StageColumn, e.stage);
        item->setText(MessageColumn, e.reason.isEmpty() ? e.revision.summary : e.reason);
        item->setToolTip(MessageColumn, e.revision.message);
        if (e.isTextRevision()) {
            // Text revisions: bold, with a pen; the ones to compare and restore.
            item->setText(WhatColumn, QStringLiteral("✎ ") + what);
            for (int c = 0; c < 5; ++c) {
                QFont font = item->font(c);
                font.setBold(true);
                item->setFont(c, font);
            }
            item->setToolTip(WhatColumn, tr("A revision of the text"));
        } else {
            // Events: a dot, italic and muted, so they read as annotations.
            item->setText(WhatColumn, QStringLiteral("● ") + what);
            for (int c = 0; c < 5; ++c) {
                QFont font = item->font(c);
                font.setItalic(true);
                item->setFont(c, font);
                item->setForeground(c, eventColour);
            }
            item->setToolTip(WhatColumn, tr("An event: the text did not change"));
        }
        if (e.revision.id == current)
            m_timeline->setCurrentItem(item);
    }
    for (int c = 0; c < 4; ++c)
        m_timeline->resizeColumnToContents(c);
}

void HistoryView::fillRevisionChoices()
{
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    QSignalBlocker b1(m_from), b2(m_to);
    m_from->clear();
    m_to->clear();
    for (const HistoryEntry &e : m_entries) {
        if (!e.isTextRevision())
            continue;
        const QString label =
            QStringLiteral("%1 · %2 · %3")
                .arg(Language::dateTime(e.revision.time), e.revision.author, e.revision.id.left(7));
        m_from->addItem(label, e.revision.id);
        m_to->addItem(label, e.revision.id);
    }
    if (const int i = m_from->findData(from); i >= 0)
        m_from->setCurrentIndex(i);
    if (const int i = m_to->findData(to); i >= 0)
        m_to->setCurrentIndex(i);
}

void HistoryView::timelineSelectionChanged()
{
    QTreeWidgetItem *item = m_timeline->currentItem();
    if (!item)
        return;
    // The selected revision against the text revision before it.
    const int row = m_timeline->indexOfTopLevelItem(item);
    const QString rev = item->data(0, kRevisionRole).toString();
    QString previous;
    for (int i = row + 1; i < m_entries.size(); ++i) {
        if (m_entries[i].isTextRevision()) {
            previous = m_entries[i].revision.id;
            break;
        }
    }
    m_restore->setEnabled(row > 0 || m_entries.value(row).isTextRevision());
    compare(previous.isEmpty() ? rev : previous, rev);
}

void HistoryView::compareChosen()
{
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    if (!from.isEmpty() && !to.isEmpty())
        compare(from, to);
}

void HistoryView::compare(const QString &from, const QString &to)
{
    if (!m_session || !m_claimSuite)
        return;
    ++m_pending;
    const QString root = m_session->root();
    const QString slug = m_slug;
    const std::shared_ptr<const CheckSuite> suite = m_claimSuite;
    auto *watcher = new QFutureWatcher<Compared>(this);
    connect(watcher, &QFutureWatcher<Compared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pending;
        const Compared out = watcher->result();
        if (!out.error.isEmpty()) {
            Q_EMIT failed(out.error);
            return;
        }
        m_comparison = out.comparison;
        showComparison();
        Q_EMIT compared();
    });
    watcher->setFuture(QtConcurrent::run([root, slug, suite, from, to]() {
        Compared out;
        try {
            Newsroom n = Newsroom::open(root);
            out.comparison = ArticleHistory::compare(n, *suite, slug, from, to);
        } catch (const Error &e) {
            out.error = e.message();
        }
        return out;
    }));
}

void HistoryView::showComparison()
{
    const RevisionComparison &c = m_comparison;
    if (const int i = m_from->findData(c.from); i >= 0)
        m_from->setCurrentIndex(i);
    if (const int i = m_to->findData(c.to); i >= 0)
        m_to->setCurrentIndex(i);
    m_inline->setHtml(diffhtml::inlineHtml(c.pieces));
    m_before->setHtml(diffhtml::beforeHtml(c.pieces));
    m_after->setHtml(diffhtml::afterHtml(c.pieces));
    int inserted = 0, deleted = 0;
    for (const DiffPiece &p : c.pieces) {
        if (p.text.trimmed().isEmpty())
            continue;
        if (p.kind == DiffPiece::Inserted)
            ++inserted;
        else if (p.kind == DiffPiece::Deleted)
            ++deleted;
    }
    const QLocale locale;
    m_summary->setText(c.from == c.to
                           ? tr("The same revision on both sides.")
                           : tr("%1 passages added, %2 removed.")
                                 .arg(locale.toString(inserted), locale.toString(deleted)));
    m_claims->clear();
    for (const ClaimChange &ch : c.claims) {
        auto *item = new QListWidgetItem(ch.describe(), m_claims);
        if (ch.verificationLost()) {
            item->setForeground(QColor(0xb0, 0x10, 0x10));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setText(QStringLiteral("⚠ ") + item->text());
        }
    }
    if (c.claims.isEmpty())
        new QListWidgetItem(tr("No claim changed."), m_claims);
}

void HistoryView::setSideBySide(bool sideBySide)
{
    m_views->setCurrentIndex(sideBySide ? 1 : 0);
    if (m_sideMode->isChecked() != sideBySide)
        m_sideMode->setChecked(sideBySide);
}

void HistoryView::askRestore()
{
    QTreeWidgetItem *item = m_timeline->currentItem();
    if (!item)
        return;
    const QString rev = item->data(0, kRevisionRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore revision"),
        tr("Bring back the text as of %1 as a new revision? The current text stays in the history.")
            .arg(item->text(WhenColumn)));
    if (answer == QMessageBox::Yes)
        restoreRevision(rev);
}

void HistoryView::restoreRevision(const QString &rev)
{
    if (!m_session)
        return;
    const QString slug = m_slug;
    ++m_pending;
    m_session->run<QString>(
        this, [slug, rev](Newsroom &n) { return Workflow(n).restore(slug, rev); },
        [this](const Outcome<QString> &out) {
            --m_pending;
            if (!out.ok()) {
                Q_EMIT failed(out.error);
                return;
            }
            Q_EMIT message(tr("Restored as a new revision %1.").arg(out.value.left(7)));
            Q_EMIT restored(out.value);
            m_session->notifyChanged(); // reloads this view too
        });
}

void HistoryView::copyPassage()
{
    QString passage;
    for (QTextBrowser *view : {m_before, m_inline, m_after}) {
        if (view->textCursor().hasSelection()) {
            passage = view->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
            break;
        }
    }
    if (passage.isEmpty())
        passage = m_comparison.fromText;
    QApplication::clipboard()->setText(passage);
    Q_EMIT message(tr("Copied %n characters.", nullptr, int(passage.size())));
}

} // namespace copydesk::editor
