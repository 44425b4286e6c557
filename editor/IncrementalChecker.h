#pragma once

#include "check/Check.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

class QPlainTextEdit;
class QTextDocument;

namespace copydesk::editor
{

class CheckService;
class MarkdownHighlighter;

// Runs the checks on the paragraphs that changed, off the GUI thread.
//
// Edits mark nothing themselves: after a 150 ms pause the checker walks the
// blocks, hashes the ones whose text changed since their last check, and
// sends copies of those texts (visible blocks first, a bounded batch at a
// time) to a worker. Results come back keyed by text hash into a cache, are
// attached to the blocks still holding that text, and only those blocks are
// re-highlighted. A block's text that was checked before (undo, paste of a
// known paragraph) is served from the cache without a worker.
//
// Approximation: each paragraph is checked on its own, so whole-document
// rules (name variants across paragraphs, code fences spanning paragraphs)
// see one paragraph at a time.
class IncrementalChecker : public QObject
{
    Q_OBJECT
public:
    IncrementalChecker(QPlainTextEdit *edit, MarkdownHighlighter *highlighter,
                       CheckService *service, QObject *parent = nullptr);
    ~IncrementalChecker() override;

    void setContext(const QString &lang, const QDate &date);
    // Every finding of the document, offsets in document positions, in order.
    Findings findings() const;
    bool isIdle() const;
    // Runs everything now (tests, benchmarks); waits for the worker.
    void flush();
    static constexpr int kDebounceMs = 150;

Q_SIGNALS:
    void findingsChanged();

private:
    struct Job {
        size_t hash;
        QString text;
    };
    struct Result {
        size_t hash;
        Findings findings;
    };
    void schedule();
    void process();
    void collect(QList<Job> &jobs, int &changedBlocks);
    void launch(QList<Job> jobs);
    void finished();

    QPlainTextEdit *m_edit;
    QTextDocument *m_doc;
    MarkdownHighlighter *m_highlighter;
    CheckService *m_service;
    QString m_lang;
    QDate m_date;
    QTimer m_debounce;
    QTimer m_notify;
    QFutureWatcher<QList<Result>> m_watcher;
    QHash<size_t, Findings> m_cache;
    int m_cacheGeneration = -1;
    bool m_running = false;
    bool m_again = false;
    bool m_highlighting = false;
};

} // namespace copydesk::editor
