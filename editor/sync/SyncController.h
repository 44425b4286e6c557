#pragma once

#include "Session.h"
#include "newsroom/Newsroom.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace copydesk::editor
{

// Where the newsroom stands against its server.
struct SyncStatus {
    QString remoteUrl;        // empty: no remote set
    int unsynced = 0;         // revisions here the remote-tracking branch lacks
    bool neverSynced = false; // no remote-tracking branch yet
    QString error;
};

// What one sync did, in plain words for the person.
struct SyncOutcome {
    SyncResult result;
    QString error; // the core library's message (e.g. the server hook's refusal)
    bool ok() const { return error.isEmpty(); }
    bool hasConflicts() const { return !result.conflictingArticles.isEmpty(); }
    QString plainWords() const;
};

// Syncs the open newsroom with its server ("origin") on the session's git
// thread, so it never races a save: sets the remote, runs sync, counts
// unsynced revisions, and syncs on a timer when the person turned it on.
// The token for HTTPS servers is stored with QSettings and handed to
// libgit2 through COPYDESK_GIT_TOKEN; SSH uses the system's agent.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(QObject *parent = nullptr);

    static QString remoteName() { return QStringLiteral("origin"); }
    static QString describe(const SyncOutcome &outcome); // SyncOutcome::plainWords()

    void setSession(Session *session);
    Session *session() const { return m_session; }
    bool isSyncing() const { return m_syncing; }
    const SyncStatus &status() const { return m_status; }
    const SyncOutcome &lastOutcome() const { return m_last; }

    void refreshStatus();
    void setRemoteUrl(const QString &url);
    void syncNow();

    static QString token();
    static void setToken(const QString &token);
    static bool autoSyncEnabled();
    static int autoSyncMinutes();
    void setAutoSync(bool enabled, int minutes);

Q_SIGNALS:
    void statusChanged(const copydesk::editor::SyncStatus &status);
    void syncStarted();
    void syncFinished(const copydesk::editor::SyncOutcome &outcome);
    // A colleague changed the same articles: the merge view takes over.
    void conflictsFound(const QStringList &slugs, const QString &theirsRef);

private:
    void applyTimer();

    QPointer<Session> m_session;
    SyncStatus m_status;
    SyncOutcome m_last;
    bool m_syncing = false;
    QTimer m_timer;
};

} // namespace copydesk::editor
