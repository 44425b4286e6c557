#pragma once

#include "core/Error.h"
#include "newsroom/Newsroom.h"

#include <QFileSystemWatcher>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace copydesk::editor
{

// What a background newsroom task produced: a value, or the message of the
// copydesk::Error it threw (shown to the user at the UI boundary).
template <class T> struct Outcome {
    T value{};
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The open newsroom as the editor sees it: its root and the acting person.
// Every git operation runs on one worker thread (a pool of one, so commits
// never race) with its own Newsroom object opened there; the GUI thread only
// receives copied results. libgit2 objects never cross threads.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(const QString &root, const Identity &actor, QObject *parent = nullptr);
    ~Session() override;

    QString root() const { return m_root; }
    QString name() const { return m_name; }
    Identity actor() const { return m_actor; }

    // Runs `work` on the git thread; `done` runs on `context`'s thread with
    // the outcome unless `context` is gone by then.
    template <class T>
    void run(QObject *context, std::function<T(Newsroom &)> work,
             std::function<void(const Outcome<T> &)> done)
    {
        const QString root = m_root;
        const Identity actor = m_actor;
        QFuture<Outcome<T>> f = QtConcurrent::run(&m_pool, [root, actor, work]() {
            Outcome<T> out;
            try {
                Newsroom n = Newsroom::open(root);
                if (actor.isValid())
                    n.setActor(actor);
                out.value = work(n);
            } catch (const Error &e) {
                out.error = e.message();
            } catch (const std::exception &e) {
                out.error = QString::fromUtf8(e.what());
            }
            return out;
        });
        QPointer<QObject> guard(context);
        f.then(context, [guard, done](const Outcome<T> &out) {
            if (guard)
                done(out);
        });
    }

    // Blocks until every queued task has finished (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    // A task committed something: views re-read what they show.
    void changed();

public:
    void notifyChanged() { Q_EMIT changed(); }

private:
    // Commits from outside the editor (git commit, git pull, another
    // Copydesk on the same folder) move a ref file: watched, debounced, and
    // reported as changed() when the head really moved.
    void watchHead();
    void checkHead();
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_gitDir;
    QString m_head;

    QString m_root;
    QString m_name;
    Identity m_actor;
    QThreadPool m_pool;
};

} // namespace copydesk::editor
