#include "IncrementalChecker.h"

#include "BlockData.h"
#include "CheckService.h"
#include "MarkdownHighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

namespace
{

// One worker batch: enough to keep the worker busy for a few tens of ms,
// small enough that results for the visible page come back quickly.
constexpr qsizetype kBatchChars = 64 * 1024;
constexpr int kNotifyMs = 300;
constexpr int kMaxCache = 50000;

bool sameFindings(const Findings &a, const Findings &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].offset != b[i].offset || a[i].length != b[i].length || a[i].kind != b[i].kind ||
            a[i].message != b[i].message)
            return false;
    }
    return true;
}

} // namespace

IncrementalChecker::IncrementalChecker(QPlainTextEdit *edit, MarkdownHighlighter *highlighter,
                                       CheckService *service, QObject *parent)
    : QObject(parent), m_edit(edit), m_doc(edit->document()), m_highlighter(highlighter),
      m_service(service)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &IncrementalChecker::process);
    m_notify.setSingleShot(true);
    m_notify.setInterval(kNotifyMs);
    connect(&m_notify, &QTimer::timeout, this, &IncrementalChecker::findingsChanged);
    connect(m_doc, &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (!m_highlighting && (removed || added))
            schedule();
    });
    connect(&m_watcher, &QFutureWatcher<QList<Result>>::finished, this,
            &IncrementalChecker::finished);
    connect(m_service, &CheckService::ready, this, &IncrementalChecker::schedule);
    connect(m_edit->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &IncrementalChecker::schedule);
    schedule();
}

IncrementalChecker::~IncrementalChecker()
{
    m_watcher.waitForFinished();
}

void IncrementalChecker::setContext(const QString &lang, const QDate &date)
{
    m_lang = lang;
    m_date = date;
    m_cache.clear();
    schedule();
}

void IncrementalChecker::schedule()
{
    m_debounce.start();
}

bool IncrementalChecker::isIdle() const
{
    return !m_running && !m_debounce.isActive() && !m_again && m_service->isReady();
}

void IncrementalChecker::process()
{
    if (!m_service->isReady())
        return; // CheckService::ready schedules again
    if (m_running) {
        m_again = true;
        return;
    }
    m_again = false;
    if (m_cacheGeneration != m_service->generation()) {
        m_cache.clear();
        m_cacheGeneration = m_service->generation();
    }
    QList<Job> jobs;
    int changedBlocks = 0;
    collect(jobs, changedBlocks);
    if (changedBlocks)
        m_notify.start();
    if (!jobs.isEmpty())
        launch(std::move(jobs));
}

// Applies cached results to blocks whose text is known and gathers the texts
// that need a check, the visible ones first.
void IncrementalChecker::collect(QList<Job> &jobs, int &changedBlocks)
{
    const int generation = m_service->generation();
    qsizetype batch = 0;
    QSet<size_t> queued;
    auto visit = [&](QTextBlock block) {
        BlockData *data = BlockData::of(block);
        if (data && data->checked && data->revision == block.revision() &&
            data->generation == generation)
            return; // untouched since its last check: not even hashed
        const QString text = block.text();
        const size_t hash = qHash(text);
        if (data && data->checked && data->checkedHash == hash && data->generation == generation) {
            data->revision = block.revision();
            return;
        }
        const auto cached = m_cache.constFind(hash);
        if (cached != m_cache.constEnd()) {
            data = BlockData::ensure(block);
            const bool differs = !data->checked || !sameFindings(data->findings, *cached);
            data->checked = true;
            data->checkedHash = hash;
            data->generation = generation;
            data->findings = *cached;
            data->revision = block.revision();
            if (differs) {
                ++changedBlocks;
                m_highlighting = true;
                m_highlighter->rehighlightBlock(block);
                m_highlighting = false;
            }
            return;
        }
        if (batch >= kBatchChars) {
            m_again = true;
            return;
        }
        if (queued.contains(hash))
            return;
        queued.insert(hash);
        batch += text.size() + 64;
        jobs.append({hash, text});
    };

    // The visible page first.
    const QTextBlock first = m_edit->cursorForPosition(QPoint(0, 0)).block();
    const int last =
        m_edit->cursorForPosition(QPoint(0, m_edit->viewport()->height())).block().blockNumber();
    QTextBlock b = first;
    for (int i = 0; b.isValid() && i < 400 && b.blockNumber() <= last; ++i, b = b.next())
        visit(b);
    for (b = m_doc->firstBlock(); b.isValid(); b = b.next())
        visit(b);
}

void IncrementalChecker::launch(QList<Job> jobs)
{
    m_running = true;
    const std::shared_ptr<const CheckSuite> suite = m_service->suite();
    CheckInput base;
    base.lang = m_lang;
    base.date = m_date;
    m_watcher.setFuture(QtConcurrent::run([suite, base, jobs = std::move(jobs)]() {
        QList<Result> out;
        out.reserve(jobs.size());
        for (const Job &job : jobs) {
            CheckInput input = base;
            input.body = job.text;
            Result r{job.hash, {}};
            if (!job.text.trimmed().isEmpty()) {
                try {
                    r.findings = suite->checkBody(input);
                } catch (const std::exception &) {
                    // A check failing on one paragraph must not stop the others.
                }
            }
            std::sort(r.findings.begin(), r.findings.end(),
                      [](const Finding &a, const Finding &b) { return a.offset < b.offset; });
            out.append(std::move(r));
        }
        return out;
    }));
}

void IncrementalChecker::finished()
{
    m_running = false;
    if (m_cache.size() > kMaxCache)
        m_cache.clear();
    if (m_cacheGeneration == m_service->generation()) {
        for (const Result &r : m_watcher.result())
            m_cache.insert(r.hash, r.findings);
    }
    process();
}

Findings IncrementalChecker::findings() const
{
    Findings all;
    for (QTextBlock b = m_doc->firstBlock(); b.isValid(); b = b.next()) {
        const BlockData *data = BlockData::of(b);
        if (!data || data->findings.isEmpty())
            continue;
        for (Finding f : data->findings) {
            f.offset += b.position();
            f.line = b.blockNumber() + 1;
            all.append(std::move(f));
        }
    }
    return all;
}

void IncrementalChecker::flush()
{
    for (int i = 0; i < 100000; ++i) {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            process();
        }
        if (m_running)
            m_watcher.waitForFinished();
        QCoreApplication::processEvents();
        if (!m_running && !m_again && !m_debounce.isActive() && m_service->isReady())
            break;
        if (m_again && !m_running)
            process();
        QThread::msleep(1);
    }
    if (m_notify.isActive()) {
        m_notify.stop();
        Q_EMIT findingsChanged();
    }
}

} // namespace copydesk::editor
