#include "sync/MergeView.h"

#include "Session.h"
#include "newsroom/Articles.h"
#include "pipeline/RecordMerge.h"
#include "pipeline/Workflow.h"
#include "sync/SyncController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace copydesk::editor
{

namespace
{

const QColor kConflict(0xff, 0xd8, 0x9b);
const QColor kCurrent(0xff, 0xb0, 0x5c);
const QColor kDecided(0xd4, 0xec, 0xd4);

QTextEdit::ExtraSelection mark(QPlainTextEdit *edit, int start, int length, const QColor &colour)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(edit->document());
    s.cursor.setPosition(start);
    s.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    s.format.setBackground(colour);
    if (length == 0) {
        // An empty side (a paragraph deleted): mark the line where it was.
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
    }
    return s;
}

QPlainTextEdit *pane(QWidget *parent, const QString &name, bool readOnly)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setReadOnly(readOnly);
    e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return e;
}

} // namespace

MergeView::MergeView(const QString &slug, const QString &base, const QString &mine,
                     const QString &theirs, QWidget *parent)
    : QWidget(parent), m_slug(slug), m_merge(mergeThreeWay(base, mine, theirs))
{
    setObjectName(QStringLiteral("mergeView"));
    m_theirs = pane(this, QStringLiteral("mergeTheirs"), true);
    m_mine = pane(this, QStringLiteral("mergeMine"), true);
    m_result = pane(this, QStringLiteral("mergeResult"), false);
    m_theirsLabel = new QLabel(this);
    m_mineLabel = new QLabel(this);
    m_resultLabel = new QLabel(this);
    m_position = new QLabel(this);
    m_prev = new QPushButton(this);
    m_next = new QPushButton(this);
    m_useMine = new QPushButton(this);
    m_useTheirs = new QPushButton(this);
    m_useBoth = new QPushButton(this);
    m_useMine->setObjectName(QStringLiteral("useMine"));
    m_useTheirs->setObjectName(QStringLiteral("useTheirs"));
    m_useBoth->setObjectName(QStringLiteral("useBoth"));

    // Fill the three panes chunk by chunk, remembering where conflicts are.
    QString theirsText, mineText, resultText;
    QList<int> resultStarts, resultLengths;
    for (const MergeChunk &c : m_merge.chunks) {
        if (c.kind == MergeChunk::Conflict) {
            Conflict k;
            k.theirsStart = int(theirsText.size());
            k.theirsLength = int(c.theirs.size());
            k.mineStart = int(mineText.size());
            k.mineLength = int(c.mine.size());
            k.mine = c.mine;
            k.theirs = c.theirs;
            resultStarts.append(int(resultText.size()));
            resultLengths.append(int(c.result().size()));
            m_conflicts.append(k);
        }
        theirsText += c.theirs;
        mineText += c.mine;
        resultText += c.result();
    }
    m_theirs->setPlainText(theirsText);
    m_mine->setPlainText(mineText);
    m_result->setPlainText(resultText);
    for (int i = 0; i < m_conflicts.size(); ++i) {
        QTextCursor c(m_result->document());
        c.setPosition(resultStarts[i]);
        c.setPosition(resultStarts[i] + resultLengths[i], QTextCursor::KeepAnchor);
        m_conflicts[i].result = c;
    }
    m_result->document()->setModified(false);
    connect(m_result, &QPlainTextEdit::textChanged, this, &MergeView::highlight);

    connect(m_prev, &QPushButton::clicked, this, [this] { showConflict(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showConflict(m_current + 1); });
    connect(m_useMine, &QPushButton::clicked, this, [this] { resolve(m_current, Choice::Mine); });
    connect(m_useTheirs, &QPushButton::clicked, this,
            [this] { resolve(m_current, Choice::Theirs); });
    connect(m_useBoth, &QPushButton::clicked, this, [this] { resolve(m_current, Choice::Both); });

    auto *column = [](QWidget *parent, QLabel *label, QPlainTextEdit *edit) {
        auto *w = new QWidget(parent);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(label);
        l->addWidget(edit, 1);
        return w;
    }(this, m_theirsLabel, m_theirs);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(column);
    auto *mineColumn = new QWidget(this);
    auto *ml = new QVBoxLayout(mineColumn);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addWidget(m_mineLabel);
    ml->addWidget(m_mine, 1);
    split->addWidget(mineColumn);
    auto *resultColumn = new QWidget(this);
    auto *rl = new QVBoxLayout(resultColumn);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_resultLabel);
    rl->addWidget(m_result, 1);
    split->addWidget(resultColumn);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_position, 1);
    bar->addWidget(m_prev);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_useMine);
    bar->addWidget(m_useTheirs);
    bar->addWidget(m_useBoth);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    retranslate();
    showConflict(m_conflicts.isEmpty() ? -1 : 0);
}

void MergeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MergeView::retranslate()
{
    m_theirsLabel->setText(tr("<b>Theirs</b> — on the server"));
    m_mineLabel->setText(tr("<b>Mine</b> — on this computer"));
    m_resultLabel->setText(tr("<b>Result</b> — edit freely; this is what will be saved"));
    m_prev->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_useMine->setText(tr("Use mine"));
    m_useTheirs->setText(tr("Use theirs"));
    m_useBoth->setText(tr("Use both"));
    m_useBoth->setToolTip(tr("Theirs, then mine"));
    showConflict(m_current);
}

QString MergeView::resultText() const
{
    return m_result->toPlainText();
}

int MergeView::undecidedCount() const
{
    return int(std::count_if(m_conflicts.begin(), m_conflicts.end(),
                             [](const Conflict &c) { return !c.decided; }));
}

void MergeView::showConflict(int index)
{
    const bool any = !m_conflicts.isEmpty();
    if (any)
        m_current = std::clamp(index, 0, int(m_conflicts.size()) - 1);
    if (!any) {
        m_position->setText(tr("No conflict: the changes were merged. Check the result and save."));
    } else {
        m_position->setText(tr("Conflict %1 of %2 (%3 undecided)")
                                .arg(m_current + 1)
                                .arg(m_conflicts.size())
                                .arg(undecidedCount()));
    }
    for (QPushButton *b : {m_prev, m_next, m_useMine, m_useTheirs, m_useBoth})
        b->setEnabled(any);
    if (any) {
        m_prev->setEnabled(m_current > 0);
        m_next->setEnabled(m_current + 1 < m_conflicts.size());
        const Conflict &c = m_conflicts[m_current];
        QTextCursor t(m_theirs->document());
        t.setPosition(c.theirsStart);
        m_theirs->setTextCursor(t);
        m_theirs->ensureCursorVisible();
        QTextCursor m(m_mine->document());
        m.setPosition(c.mineStart);
        m_mine->setTextCursor(m);
        m_mine->ensureCursorVisible();
        QTextCursor r(m_result->document());
        r.setPosition(c.result.selectionStart());
        m_result->setTextCursor(r);
        m_result->ensureCursorVisible();
    }
    highlight();
}

void MergeView::resolve(int index, Choice choice)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    Conflict &c = m_conflicts[index];
    QString text;
    switch (choice) {
    case Choice::Mine:
        text = c.mine;
        break;
    case Choice::Theirs:
        text = c.theirs;
        break;
    case Choice::Both:
        text = c.theirs;
        if (!text.isEmpty() && !text.endsWith(u'\n') && !c.mine.isEmpty())
            text += u'\n';
        text += c.mine;
        break;
    }
    const int start = c.result.selectionStart();
    c.result.beginEditBlock();
    c.result.insertText(text);
    c.result.endEditBlock();
    c.result.setPosition(start);
    c.result.setPosition(start + int(text.size()), QTextCursor::KeepAnchor);
    c.decided = true;
    showConflict(index + 1 < m_conflicts.size() ? index + 1 : index);
    Q_EMIT decided();
}

void MergeView::highlight()
{
    QList<QTextEdit::ExtraSelection> theirs, mine, result;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const Conflict &c = m_conflicts[i];
        const QColor colour = i == m_current ? kCurrent : c.decided ? kDecided : kConflict;
        theirs.append(mark(m_theirs, c.theirsStart, c.theirsLength, colour));
        mine.append(mark(m_mine, c.mineStart, c.mineLength, colour));
        result.append(mark(m_result, c.result.selectionStart(),
                           c.result.selectionEnd() - c.result.selectionStart(), colour));
    }
    m_theirs->setExtraSelections(theirs);
    m_mine->setExtraSelections(mine);
    m_result->setExtraSelections(result);
}

MergeDialog::MergeDialog(Session *session, const QStringList &slugs, const QString &theirsRef,
                         QWidget *parent)
    : QDialog(parent), m_session(session), m_slugs(slugs), m_theirsRef(theirsRef)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge a colleague's changes"));
    m_intro = new QLabel(
        tr("A colleague changed the same article on the server while you worked on it. "
           "Nothing was overwritten. Put the two versions together in the result, then save: "
           "the result becomes a new revision and is sent to the server."),
        this);
    m_intro->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_status = new QLabel(tr("Loading the three versions…"), this);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save merge"), this);
    m_save->setObjectName(QStringLiteral("saveMerge"));
    m_save->setEnabled(false);
    auto *cancel = new QPushButton(tr("Later"), this);
    cancel->setToolTip(tr("Leave the sync unfinished; your work stays here and nothing is sent."));
    connect(m_save, &QPushButton::clicked, this, &MergeDialog::askSave);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(1200, 700);

    using Versions = QList<Newsroom::ConflictVersions>;
    const QStringList list = m_slugs;
    const QString ref = m_theirsRef;
    m_session->run<Versions>(
        this,
        [list, ref](Newsroom &n) {
            Versions out;
            for (const QString &slug : list)
                out.append(n.conflictVersions(slug, ref));
            return out;
        },
        [this](const Outcome<Versions> &out) {
            if (!out.ok()) {
                m_error = out.error;
                m_status->setText(out.error);
                Q_EMIT failed(out.error);
                return;
            }
            for (int i = 0; i < m_slugs.size(); ++i) {
                const auto &v = out.value[i];
                auto *view = new MergeView(m_slugs[i], v.base, v.mine, v.theirs, m_tabs);
                m_tabs->addTab(view, m_slugs[i]);
            }
            int conflicts = 0;
            for (MergeView *v : views())
                conflicts += v->conflictCount();
            m_status->setText(tr("%n conflicting passages marked in orange.", nullptr, conflicts));
            m_save->setEnabled(true);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

QList<MergeView *> MergeDialog::views() const
{
    QList<MergeView *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *v = qobject_cast<MergeView *>(m_tabs->widget(i)))
            out.append(v);
    }
    return out;
}

MergeView *MergeDialog::view(const QString &slug) const
{
    for (MergeView *v : views()) {
        if (v->slug() == slug)
            return v;
    }
    return nullptr;
}

void MergeDialog::askSave()
{
    int undecided = 0;
    for (MergeView *v : views())
        undecided += v->undecidedCount();
    if (undecided > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Undecided conflicts"),
            tr("%n conflicting passages still read as in your version. Save the result as it is?",
               nullptr, undecided));
        if (answer != QMessageBox::Yes)
            return;
    }
    saveMerge();
}

void MergeDialog::saveMerge()
{
    if (!m_loaded || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving the merge and syncing…"));
    QList<QPair<QString, QString>> results;
    for (MergeView *v : views())
        results.append({v->slug(), v->resultText()});
    struct Merged {
        SyncOutcome sync;
        QList<RecordMergeReport> records;
    };
    const QString ref = m_theirsRef;
    m_session->run<Merged>(
        this,
        [results, ref](Newsroom &n) {
            Merged m;
            // What of my own work on these articles must be recorded again
            // (refused here, with nothing done, when the workflow states
            // moved apart)…
            QList<RecordMerge::Plan> plans;
            for (const auto &[slug, text] : results)
                plans.append(RecordMerge::plan(n, slug, ref));
            // …join the server's history, keeping the server's folder of
            // these articles: the colleague's ledger and comments as they
            // wrote them (mine stays in history)…
            SyncOutcome &o = m.sync;
            SyncResult joined = n.sync(SyncController::remoteName(), SyncKeep::Theirs);
            if (!joined.conflictingArticles.isEmpty()) {
                o.result = joined;
                return m;
            }
            // …then the person's merged text as a new revision of each…
            Workflow workflow(n);
            for (const auto &[slug, text] : results) {
                if (Articles(n).mergedText(slug, text) != n.readFile(Newsroom::articlePath(slug)))
                    workflow.save(slug, text,
                                  QStringLiteral("Merge the server's changes to %1").arg(slug));
            }
            // …my verifications, comments and waivers again, as my events…
            for (const RecordMerge::Plan &plan : std::as_const(plans))
                m.records.append(RecordMerge::replay(n, plan));
            // …and send it all.
            o.result = n.sync(SyncController::remoteName(), SyncKeep::Nothing);
            o.result.received += joined.received;
            o.result.remoteMessage = joined.remoteMessage + o.result.remoteMessage;
            return m;
        },
        [this](const Outcome<Merged> &out) {
            m_saving = false;
            SyncOutcome o = out.value.sync;
            o.error = out.error;
            if (!o.ok() || o.hasConflicts()) {
                m_error = o.ok() ? o.plainWords() : o.error;
                m_status->setText(o.ok() ? o.plainWords() : o.error);
                m_save->setEnabled(true);
                Q_EMIT failed(m_error);
                return;
            }
            m_records = out.value.records;
            m_session->notifyChanged();
            QString summary = tr("Merged and saved. %1").arg(o.plainWords());
            for (const RecordMergeReport &r : std::as_const(m_records)) {
                if (r.recordedAgain() > 0)
                    summary +=
                        u' ' + tr("%n of your claim checks, comments or waivers on %1 recorded "
                                  "again on the merged article.",
                                  nullptr, r.recordedAgain())
                                   .arg(r.slug);
                if (!r.claimsBothChanged.isEmpty())
                    summary +=
                        u' ' + tr("Claims recorded on both sides, the later event stands: %1.")
                                   .arg(r.claimsBothChanged.join(QStringLiteral(", ")));
                const QStringList left = r.claimsGone + r.notRecorded;
                if (!left.isEmpty())
                    summary += u' ' + tr("Not recorded again, kept in the history: %1.")
                                          .arg(left.join(QStringLiteral(", ")));
            }
            m_status->setText(summary);
            Q_EMIT saved(summary);
            accept();
        });
}

} // namespace copydesk::editor
