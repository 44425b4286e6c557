#include "ArticlePage.h"

#include "ArticleTextEdit.h"
#include "BlockData.h"
#include "CheckService.h"
#include "CommentsPanel.h"
#include "FindReplaceBar.h"
#include "FindingText.h"
#include "FindingsPanel.h"
#include "IncrementalChecker.h"
#include "MarkdownHighlighter.h"
#include "RecoveryJournal.h"
#include "Session.h"
#include "StageBar.h"

#include "claims/ClaimDetector.h"
#include "core/ArticleText.h"
#include "newsroom/Articles.h"
#include "spelling/HouseDictionary.h"
#include "spelling/SpellingCheck.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

namespace
{

// The claim `wanted` among the claims of the saved text: by id, else the
// same kind and text at the same occurrence.
QString matchClaimId(const Findings &saved, const Finding &wanted, const Findings &local)
{
    for (const Finding &f : saved) {
        if (f.id == wanted.id)
            return f.id;
    }
    int occurrence = 0;
    for (const Finding &f : local) {
        if (f.offset >= wanted.offset)
            break;
        if (f.kind == wanted.kind && f.text == wanted.text)
            ++occurrence;
    }
    for (const Finding &f : saved) {
        if (f.kind == wanted.kind && f.text == wanted.text && occurrence-- == 0)
            return f.id;
    }
    throw Error(QStringLiteral("the claim “%1” is not in the saved text").arg(wanted.text),
                Error::Kind::NotFound);
}

} // namespace

struct ArticlePage::Loaded {
    QString body;
    QString title;
    QString lang;
    QDate date;
    QDateTime savedAt;
    QString revision; // the head the text was read at
};

struct ArticlePage::WorkflowView {
    QList<Stage> stages;
    QString stage;
    QList<ActionAvailability> actions;
    Blockers blockers;
    QList<Comment> comments;
    QMap<QString, LedgerEntry> ledger;
    QHash<QString, QString> names;
};

ArticlePage::ArticlePage(Session *session, CheckService *checks, const QString &slug,
                         QWidget *parent)
    : QWidget(parent), m_session(session), m_checks(checks), m_slug(slug), m_title(slug)
{
    setObjectName(QStringLiteral("articlePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_stageBar = new StageBar(this);
    layout->addWidget(m_stageBar);

    m_restoreBar = new QFrame(this);
    m_restoreBar->setObjectName(QStringLiteral("restoreBar"));
    m_restoreBar->setFrameShape(QFrame::StyledPanel);
    m_restoreBar->setStyleSheet(
        QStringLiteral("#restoreBar { background: #fff3cd; color: #533f03; }"));
    auto *restoreLayout = new QHBoxLayout(m_restoreBar);
    m_restoreLabel = new QLabel(m_restoreBar);
    auto *restore = m_restoreButton = new QPushButton(m_restoreBar);
    restore->setObjectName(QStringLiteral("restoreButton"));
    auto *discard = m_discardButton = new QPushButton(m_restoreBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    restoreLayout->addWidget(m_restoreLabel, 1);
    restoreLayout->addWidget(restore);
    restoreLayout->addWidget(discard);
    m_restoreBar->hide();
    layout->addWidget(m_restoreBar);
    connect(restore, &QPushButton::clicked, this, &ArticlePage::restoreJournal);
    connect(discard, &QPushButton::clicked, this, &ArticlePage::discardJournal);

    m_outsideBar = new QFrame(this);
    m_outsideBar->setObjectName(QStringLiteral("outsideChangeBar"));
    m_outsideBar->setFrameShape(QFrame::StyledPanel);
    m_outsideBar->setStyleSheet(
        QStringLiteral("#outsideChangeBar { background: #f8d7da; color: #58151c; }"));
    auto *outsideLayout = new QHBoxLayout(m_outsideBar);
    m_outsideLabel = new QLabel(m_outsideBar);
    m_outsideLabel->setWordWrap(true);
    m_keepMineButton = new QPushButton(m_outsideBar);
    m_keepMineButton->setObjectName(QStringLiteral("keepMineButton"));
    m_loadNewerButton = new QPushButton(m_outsideBar);
    m_loadNewerButton->setObjectName(QStringLiteral("loadNewerButton"));
    outsideLayout->addWidget(m_outsideLabel, 1);
    outsideLayout->addWidget(m_keepMineButton);
    outsideLayout->addWidget(m_loadNewerButton);
    m_outsideBar->hide();
    layout->addWidget(m_outsideBar);
    connect(m_keepMineButton, &QPushButton::clicked, this, &ArticlePage::saveOnTop);
    connect(m_loadNewerButton, &QPushButton::clicked, this, &ArticlePage::loadNewer);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    m_header = new QLabel(left);
    m_header->setContentsMargins(8, 6, 8, 6);
    QFont hf = m_header->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_header->setFont(hf);
    leftLayout->addWidget(m_header);
    m_edit = new ArticleTextEdit(left);
    m_edit->setReadOnly(true);
    leftLayout->addWidget(m_edit, 1);
    m_findBar = new FindReplaceBar(m_edit, left);
    leftLayout->addWidget(m_findBar);

    m_side = new QTabWidget(splitter);
    m_findings = new FindingsPanel(m_side);
    m_comments = new CommentsPanel(m_side);
    m_side->addTab(m_findings, QString());
    m_side->addTab(m_comments, QString());
    splitter->addWidget(left);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    retranslateUi();

    m_highlighter = new MarkdownHighlighter(m_edit->document());
    m_checker = new IncrementalChecker(m_edit, m_highlighter, m_checks, this);
    m_journal = new RecoveryJournal(session->root(), slug, this);
    connect(m_journal, &RecoveryJournal::failed, this, [this](const QString &m) { fail(m); });

    connect(m_checker, &IncrementalChecker::findingsChanged, this, &ArticlePage::decorateFindings);
    connect(m_edit, &ArticleTextEdit::typed, this, [this](int pos) {
        m_typingAt = pos;
        m_highlighter->setTypingAt(pos);
    });
    connect(m_edit, &ArticleTextEdit::preeditChanged, this,
            [this] { m_highlighter->rehighlightBlock(m_edit->textCursor().block()); });
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &ArticlePage::onCursorMoved);
    connect(m_edit, &QPlainTextEdit::selectionChanged, this,
            [this] { m_comments->setCanComment(m_edit->textCursor().hasSelection()); });
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (m_loaded && (removed || added))
                    m_journal->markDirty([this] { return m_edit->toPlainText(); });
            });
    connect(m_edit->document(), &QTextDocument::modificationChanged, this,
            &ArticlePage::titleChanged);

    connect(m_findings, &FindingsPanel::activated, this,
            [this](const Finding &f) { jumpTo(f.offset, f.length); });
    connect(m_findings, &FindingsPanel::verifyRequested, this, &ArticlePage::requestVerify);
    connect(m_findings, &FindingsPanel::disputeRequested, this, &ArticlePage::requestDispute);
    connect(m_findings, &FindingsPanel::waiveRequested, this, &ArticlePage::requestWaive);
    connect(m_findings, &FindingsPanel::suggestRequested, this, &ArticlePage::requestSuggestions);
    connect(m_findings, &FindingsPanel::addWordRequested, this, &ArticlePage::addToHouseDictionary);
    connect(m_findings, &FindingsPanel::replaceRequested, this, &ArticlePage::replace);
    // Right-click on an underlined word: its corrections where the word is,
    // the same as the findings panel and `copydesk-cli suggest` give.
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, &ArticlePage::showTextMenu);
    connect(m_stageBar, &StageBar::actionTriggered, this, &ArticlePage::onActionButton);
    connect(m_comments, &CommentsPanel::commentRequested, this, &ArticlePage::requestComment);
    connect(m_comments, &CommentsPanel::replyRequested, this, [this](const QString &id) {
        bool ok = false;
        const QString body =
            QInputDialog::getMultiLineText(this, tr("Reply"), tr("Your reply:"), {}, &ok);
        if (ok && !body.trimmed().isEmpty())
            replyTo(id, body);
    });
    connect(m_comments, &CommentsPanel::resolveRequested, this, &ArticlePage::resolveComment);
    connect(m_comments, &CommentsPanel::jumpRequested, this, [this](const Comment &c) {
        const int at = m_edit->toPlainText().indexOf(c.quote, qMax(0, c.position - 200));
        jumpTo(at >= 0 ? at : qMax(0, c.position), c.quote.size());
    });
    connect(m_session, &Session::changed, this, &ArticlePage::refreshWorkflow);
    connect(m_session, &Session::changed, this, &ArticlePage::checkOutsideChange);
    load();
}

ArticlePage::~ArticlePage()
{
    if (isDirty())
        m_journal->flush();
}

QWidget *ArticlePage::restoreBar() const
{
    return m_restoreBar;
}

QWidget *ArticlePage::outsideChangeBar() const
{
    return m_outsideBar;
}

bool ArticlePage::isDirty() const
{
    return m_loaded && m_edit->document()->isModified();
}

void ArticlePage::begin()
{
    ++m_busy;
}

void ArticlePage::end()
{
    --m_busy;
}

void ArticlePage::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
}

void ArticlePage::load()
{
    begin();
    const QString slug = m_slug;
    m_session->run<Loaded>(
        this, [slug](Newsroom &n) { return readArticle(n, slug); },
        [this](const Outcome<Loaded> &out) {
            end();
            if (!out.ok()) {
                m_edit->setPlaceholderText(out.error);
                fail(out.error);
                return;
            }
            adopt(out.value);
        });
    refreshWorkflow();
}

ArticlePage::Loaded ArticlePage::readArticle(Newsroom &n, const QString &slug)
{
    Articles articles(n);
    articles.requireArticle(slug);
    Loaded out;
    // Head first: a commit landing between the two reads then shows up as
    // an outside change later instead of being taken for this text's base.
    out.revision = n.headId();
    const ArticleText text = ArticleText::parse(articles.text(slug, out.revision));
    out.body = text.body();
    out.title = text.value(QStringLiteral("title"));
    out.lang = text.value(QStringLiteral("lang"));
    out.date = QDate::fromString(text.value(QStringLiteral("date")).left(10), Qt::ISODate);
    const QList<Revision> log = n.log(slug, 1);
    if (!log.isEmpty())
        out.savedAt = log.first().time;
    return out;
}

void ArticlePage::checkOutsideChange()
{
    if (!m_loaded)
        return;
    const QString slug = m_slug;
    m_session->run<Loaded>(
        this, [slug](Newsroom &n) { return readArticle(n, slug); },
        [this](const Outcome<Loaded> &out) {
            if (!out.ok() || !m_loaded)
                return; // a deleted article is the board's business
            if (out.value.body == m_savedBody && out.value.title == m_savedTitle) {
                m_base = out.value.revision; // only the state moved
                return;
            }
            if (!isDirty()) {
                const int at = m_edit->textCursor().position();
                adopt(out.value);
                QTextCursor c(m_edit->document());
                c.setPosition(qMin(at, int(m_edit->document()->characterCount()) - 1));
                m_edit->setTextCursor(c);
                Q_EMIT message(tr("Reloaded “%1”: it changed outside this tab (revision %2).")
                                   .arg(m_title, out.value.revision.left(10)));
                return;
            }
            // Unsaved edits on an older text: keep them, say so, and let
            // Ctrl+S refuse until the writer chooses.
            m_newer = out.value.revision;
            retranslateUi();
            m_outsideBar->show();
        });
}

void ArticlePage::saveOnTop()
{
    if (m_newer.isEmpty())
        return;
    saveFrom(m_newer);
}

void ArticlePage::loadNewer()
{
    // The writer chose to drop the unsaved text: it is not a crash leftover.
    m_journal->remove();
    m_edit->document()->setModified(false);
    m_newer.clear();
    m_outsideBar->hide();
    load();
}

void ArticlePage::adopt(const Loaded &article)
{
    m_title = article.title.isEmpty() ? m_slug : article.title;
    m_lang = article.lang;
    m_date = article.date;
    m_savedBody = article.body;
    m_savedTitle = article.title;
    m_base = article.revision;
    m_newer.clear();
    m_outsideBar->hide();
    m_header->setText(m_title);
    m_checker->setContext(m_lang, m_date);
    m_edit->setPlainText(article.body);
    m_edit->document()->setModified(false);
    m_edit->setReadOnly(false);
    m_loaded = true;
    retranslateUi();
    if (const auto entry = m_journal->read(); entry && entry->text != article.body) {
        m_journalWritten = entry->written;
        retranslateUi();
        m_restoreBar->show();
    } else if (entry) {
        m_journal->remove();
    }
    Q_EMIT titleChanged();
    Q_EMIT loaded();
}

void ArticlePage::restoreJournal()
{
    if (const auto entry = m_journal->read()) {
        QTextCursor c(m_edit->document());
        c.select(QTextCursor::Document);
        c.insertText(entry->text); // one undo step back to the saved text
        m_edit->document()->setModified(true);
    }
    m_restoreBar->hide();
}

void ArticlePage::discardJournal()
{
    m_journal->remove();
    m_restoreBar->hide();
}

void ArticlePage::refreshWorkflow()
{
    begin();
    const QString slug = m_slug;
    m_session->run<WorkflowView>(
        this,
        [slug](Newsroom &n) {
            Workflow w(n);
            WorkflowView v;
            v.stages = w.pipeline().stages();
            v.stage = Articles(n).state(slug).stage;
            v.actions = w.availableActions(slug);
            v.blockers = w.blockers(slug);
            v.comments = w.comments(slug);
            v.ledger = w.ledger(slug).entries();
            for (const Person &p : w.people().all())
                v.names.insert(p.email, p.name);
            return v;
        },
        [this](const Outcome<WorkflowView> &out) {
            end();
            if (!out.ok()) {
                fail(out.error);
                return;
            }
            adoptWorkflow(out.value);
        });
}

void ArticlePage::adoptWorkflow(const WorkflowView &view)
{
    m_stages = view.stages;
    m_stage = view.stage;
    m_actions = view.actions;
    m_ledger = view.ledger;
    m_stageBar->setState(view.stages, view.stage, view.actions, view.blockers);
    m_comments->setComments(view.comments, view.names);
    QList<int> positions;
    for (const Comment &c : view.comments) {
        if (!c.resolved)
            positions.append(c.position);
    }
    m_edit->setCommentPositions(positions);
    decorateFindings();
    Q_EMIT workflowChanged();
}

namespace
{

struct Decorated {
    Findings findings;
    QHash<QString, QString> sources;
};

// Claim ids as the whole-text check gives them (so the ledger matches) and
// each claim's ledger status. Runs on a worker with copies.
Decorated decorate(Findings all, const QString &text, const QMap<QString, LedgerEntry> &ledger)
{
    Decorated out;
    Findings claims;
    QList<qsizetype> where;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].isClaim()) {
            claims.append(all[i]);
            where.append(i);
        }
    }
    if (!claims.isEmpty()) {
        assignClaimIds(claims, text);
        for (qsizetype k = 0; k < claims.size(); ++k) {
            Finding &f = all[where[k]];
            f.id = claims[k].id;
            f.status = QStringLiteral("unverified");
            if (const auto it = ledger.constFind(f.id); it != ledger.constEnd()) {
                f.status = it->status;
                out.sources.insert(f.id, it->source);
            }
        }
    }
    out.findings = std::move(all);
    return out;
}

} // namespace

void ArticlePage::decorateFindings()
{
    const int sequence = ++m_decorateSequence;
    begin();
    QtConcurrent::run(decorate, m_checker->findings(), m_edit->toPlainText(), m_ledger)
        .then(this, [this, sequence](const Decorated &d) {
            end();
            if (sequence != m_decorateSequence)
                return; // a newer pass is on its way
            m_findings->setFindings(d.findings, d.sources);
            m_findings->selectAt(m_edit->textCursor().position());
            m_edit->viewport()->update();
        });
}

void ArticlePage::onCursorMoved()
{
    const int pos = m_edit->textCursor().position();
    if (m_typingAt >= 0 && pos != m_typingAt) {
        // The cursor left the word being typed: show its mark now.
        const QTextBlock block = m_edit->document()->findBlock(m_typingAt);
        m_typingAt = -1;
        m_highlighter->setTypingAt(-1);
        if (block.isValid())
            m_highlighter->rehighlightBlock(block);
    }
    m_findings->selectAt(pos);
}

void ArticlePage::jumpTo(qsizetype offset, qsizetype length)
{
    QTextCursor c(m_edit->document());
    c.setPosition(int(qMin<qsizetype>(offset, m_edit->document()->characterCount() - 1)));
    c.setPosition(int(qMin<qsizetype>(offset + length, m_edit->document()->characterCount() - 1)),
                  QTextCursor::KeepAnchor);
    m_edit->setTextCursor(c);
    m_edit->centerCursor();
    m_edit->setFocus();
}

template <class T>
void ArticlePage::afterSave(std::function<T(Newsroom &)> work, std::function<void(const T &)> done)
{
    const bool dirty = isDirty();
    const QString body = m_edit->toPlainText();
    const QString slug = m_slug;
    const QString base = m_base;
    begin();
    m_session->run<T>(
        this,
        [dirty, body, slug, base, work](Newsroom &n) {
            if (dirty)
                Workflow(n).save(slug, body, QStringLiteral("Edit"), base);
            return work(n);
        },
        [this, dirty, body, done](const Outcome<T> &out) {
            end();
            if (dirty && out.ok() && m_edit->toPlainText() == body) {
                m_edit->document()->setModified(false);
                m_savedBody = body;
                m_journal->remove();
            }
            if (!out.ok()) {
                fail(out.error);
                refreshWorkflow();
                return;
            }
            done(out.value);
            m_session->notifyChanged();
        });
}

void ArticlePage::save()
{
    if (!m_loaded)
        return;
    if (!m_newer.isEmpty()) {
        // Never over a newer revision without the writer choosing to.
        m_outsideBar->show();
        fail(tr("Not saved: “%1” changed outside this tab. Keep your text as a new revision on "
                "top, or load the newer text.")
                 .arg(m_title));
        return;
    }
    saveFrom(m_base);
}

void ArticlePage::saveFrom(const QString &base)
{
    const QString body = m_edit->toPlainText();
    const QString slug = m_slug;
    begin();
    m_session->run<QString>(
        this,
        [body, slug, base](Newsroom &n) {
            return Workflow(n).save(slug, body, QStringLiteral("Edit"), base);
        },
        [this, body](const Outcome<QString> &out) {
            end();
            if (!out.ok()) {
                fail(out.error); // the journal keeps the text
                return;
            }
            m_base = out.value;
            m_newer.clear();
            m_outsideBar->hide();
            m_savedBody = body;
            if (m_edit->toPlainText() == body) {
                m_edit->document()->setModified(false);
                m_journal->remove();
            }
            Q_EMIT message(tr("Saved revision %1").arg(out.value.left(10)));
            Q_EMIT saved(out.value);
            m_session->notifyChanged();
        });
}

void ArticlePage::requestVerify(const Finding &claim)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify claim"));
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(
        tr("<b>%1</b> (%2)")
            .arg(claim.text.toHtmlEscaped(), FindingText::kindName(claim.kind).toHtmlEscaped()),
        dialog));
    auto *source = new QLineEdit(dialog);
    source->setPlaceholderText(tr("URL, document or person"));
    auto *note = new QLineEdit(dialog);
    form->addRow(tr("Source:"), source);
    form->addRow(tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Verify"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(source, &QLineEdit::textChanged, dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
            [this, claim, source, note] { verifyClaim(claim, source->text(), note->text()); });
    dialog->open();
}

void ArticlePage::verifyClaim(const Finding &claim, const QString &source, const QString &note)
{
    const QString slug = m_slug;
    const Findings local = m_findings->findings();
    afterSave<QString>(
        [slug, claim, source, note, local](Newsroom &n) {
            Workflow w(n);
            const QString id = matchClaimId(w.claims(slug), claim, local);
            return w.verifyClaim(slug, id, source, note);
        },
        [this](const QString &rev) {
            Q_EMIT message(tr("Claim verified (%1)").arg(rev.left(10)));
        });
}

void ArticlePage::requestDispute(const Finding &claim)
{
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Dispute claim"), tr("Why is “%1” wrong?").arg(claim.text),
                              QLineEdit::Normal, {}, &ok);
    if (ok && !note.trimmed().isEmpty())
        disputeClaim(claim, note);
}

void ArticlePage::disputeClaim(const Finding &claim, const QString &note)
{
    const QString slug = m_slug;
    const Findings local = m_findings->findings();
    afterSave<QString>(
        [slug, claim, note, local](Newsroom &n) {
            Workflow w(n);
            return w.disputeClaim(slug, matchClaimId(w.claims(slug), claim, local), note);
        },
        [this](const QString &) { Q_EMIT message(tr("Claim disputed")); });
}

void ArticlePage::requestWaive(const Finding &finding)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Waive finding"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        waive(finding.id, reason);
}

void ArticlePage::waive(const QString &findingId, const QString &reason)
{
    const QString slug = m_slug;
    afterSave<QString>([slug, findingId,
                        reason](Newsroom &n) { return Workflow(n).waive(slug, reason, findingId); },
                       [this](const QString &) { Q_EMIT message(tr("Waived")); });
}

void ArticlePage::requestSuggestions(const Finding &finding)
{
    auto spelling = m_checks->spelling();
    if (!spelling)
        return;
    const QString word = finding.text;
    const QString id = finding.id;
    const qsizetype offset = finding.offset;
    // Korean suggestions take hundreds of milliseconds: never on the GUI thread.
    QtConcurrent::run([spelling, word]() {
        return spelling->suggest(word);
    }).then(this, [this, id, offset](const QStringList &s) {
        m_findings->setSuggestions(id, offset, s);
    });
}

void ArticlePage::showTextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu());
    const int at = m_edit->cursorForPosition(pos).position();
    const Finding *word = nullptr;
    for (const Finding &f : m_findings->findings()) {
        if (f.kind == QLatin1String("spelling") && f.severity != Severity::Info && f.offset <= at &&
            at <= f.offset + f.length && f.length > 0)
            word = &f;
    }
    if (word) {
        const Finding finding = *word;
        QAction *first = menu->actions().value(0);
        auto add = [&](const QString &text, auto slot) {
            QAction *a = new QAction(text, menu.get());
            connect(a, &QAction::triggered, this, slot);
            menu->insertAction(first, a);
        };
        for (const QString &s : finding.suggestions.mid(0, 8))
            add(tr("Replace with “%1”").arg(s), [this, finding, s] { replace(finding, s); });
        add(tr("More suggestions"), [this, finding] { requestSuggestions(finding); });
        add(tr("Add “%1” to house dictionary").arg(finding.text),
            [this, finding] { addToHouseDictionary(finding.text); });
        add(tr("Ignore in this article…"), [this, finding] { requestWaive(finding); });
        menu->insertSeparator(first);
    }
    menu->exec(m_edit->mapToGlobal(pos));
}

void ArticlePage::replace(const Finding &finding, const QString &replacement)
{
    QTextCursor c(m_edit->document());
    c.setPosition(int(finding.offset));
    c.setPosition(int(finding.offset + finding.length), QTextCursor::KeepAnchor);
    if (c.selectedText() == finding.text)
        c.insertText(replacement);
}

void ArticlePage::addToHouseDictionary(const QString &word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty())
        return;
    begin();
    m_session->run<QString>(
        this,
        [clean](Newsroom &n) {
            // The same event as 'copydesk-cli words add': rules, trailers,
            // the default model noun for Korean.
            return HouseDictionary(n).add(clean);
        },
        [this, clean](const Outcome<QString> &out) {
            end();
            if (!out.ok()) {
                fail(out.error);
                return;
            }
            Q_EMIT message(tr("“%1” added to the house dictionary").arg(clean));
            m_checks->load(); // every open article is re-checked with the new word
        });
}

void ArticlePage::onActionButton(const QString &action)
{
    if (action == QLatin1String("request-changes")) {
        bool ok = false;
        const QString c = QInputDialog::getMultiLineText(this, tr("Request changes"),
                                                         tr("What needs to change?"), {}, &ok);
        if (ok && !c.trimmed().isEmpty())
            runAction(action, c);
    } else if (action == QLatin1String("waive")) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Waive the style gate"),
                                  tr("Why may this article pass with its style/spelling errors?"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            runAction(action, reason);
    } else if (action == QLatin1String("reopen")) {
        QStringList ids;
        for (const Stage &s : std::as_const(m_stages)) {
            if (s.id == m_stage)
                break;
            ids.append(s.id);
        }
        bool ok = false;
        const QString stage =
            QInputDialog::getItem(this, tr("Reopen"), tr("Back to stage:"), ids, 0, false, &ok);
        if (!ok)
            return;
        const QString reason =
            QInputDialog::getText(this, tr("Reopen"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            runAction(action, reason, stage);
    } else {
        runAction(action);
    }
}

void ArticlePage::runAction(const QString &action, const QString &comment, const QString &stage)
{
    const QString slug = m_slug;
    afterSave<QString>(
        [slug, action, comment, stage](Newsroom &n) {
            Workflow w(n);
            if (action == QLatin1String("submit"))
                return w.submit(slug);
            if (action == QLatin1String("approve"))
                return w.approve(slug, comment);
            if (action == QLatin1String("request-changes"))
                return w.requestChanges(slug, comment);
            if (action == QLatin1String("advance"))
                return w.advance(slug);
            if (action == QLatin1String("publish"))
                return w.publish(slug);
            if (action == QLatin1String("reopen"))
                return w.reopen(slug, stage, comment);
            if (action == QLatin1String("waive"))
                return w.waive(slug, comment);
            throw Error(QStringLiteral("unknown action '%1'").arg(action), Error::Kind::Usage);
        },
        [this, action](const QString &) {
            Q_EMIT message(tr("Done: %1").arg(StageBar::actionLabel(action)));
        });
}

void ArticlePage::requestComment()
{
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(
        this, tr("Comment"), tr("Your comment on the selected passage:"), {}, &ok);
    if (ok && !body.trimmed().isEmpty())
        addComment(body);
}

void ArticlePage::addComment(const QString &body)
{
    const QTextCursor c = m_edit->textCursor();
    const QString quote = c.selectedText().replace(QChar::ParagraphSeparator, u'\n');
    const int position = c.selectionStart();
    const QString slug = m_slug;
    afterSave<QString>(
        [slug, quote, body, position](Newsroom &n) {
            return Workflow(n).comment(slug, quote, body, position);
        },
        [this](const QString &) { Q_EMIT message(tr("Comment added")); });
}

void ArticlePage::replyTo(const QString &commentId, const QString &body)
{
    const QString slug = m_slug;
    afterSave<QString>(
        [slug, commentId, body](Newsroom &n) { return Workflow(n).reply(slug, commentId, body); },
        [this](const QString &) { Q_EMIT message(tr("Reply added")); });
}

void ArticlePage::resolveComment(const QString &commentId)
{
    const QString slug = m_slug;
    afterSave<QString>(
        [slug, commentId](Newsroom &n) { return Workflow(n).resolve(slug, commentId); },
        [this](const QString &) { Q_EMIT message(tr("Comment resolved")); });
}

void ArticlePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Light/dark switched: claim tints and squiggles follow the theme.
        m_highlighter->refreshColours();
        m_highlighter->rehighlight();
        m_findings->setFindings(m_findings->findings(), m_findings->sources());
        decorateFindings();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Refusal reasons and blockers come from the library, translated
        // when they are made: ask for them again in the new language.
        if (m_loaded)
            refreshWorkflow();
    }
}

void ArticlePage::retranslateUi()
{
    m_restoreButton->setText(tr("Restore"));
    m_discardButton->setText(tr("Discard"));
    m_edit->setPlaceholderText(m_loaded ? tr("Write the story…") : tr("Loading…"));
    m_side->setTabText(m_side->indexOf(m_findings), tr("Findings"));
    m_side->setTabText(m_side->indexOf(m_comments), tr("Comments"));
    m_keepMineButton->setText(tr("Keep mine as a new revision"));
    m_loadNewerButton->setText(tr("Load the newer text"));
    if (!m_newer.isEmpty())
        m_outsideLabel->setText(
            tr("“%1” changed outside this tab (revision %2). Your unsaved text is kept here and "
               "will not be saved over it unless you choose.")
                .arg(m_title, m_newer.left(10)));
    if (m_journalWritten.isValid())
        m_restoreLabel->setText(
            tr("Unsaved text from %1 was kept after Copydesk closed unexpectedly.")
                .arg(QLocale().toString(m_journalWritten.toLocalTime(), QLocale::ShortFormat)));
}

void ArticlePage::showFind(bool replace)
{
    m_findBar->open(replace);
}

} // namespace copydesk::editor
