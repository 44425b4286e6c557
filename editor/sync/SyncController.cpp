#include "sync/SyncController.h"

#include "Session.h"
#include "core/Url.h"
#include "git/Repository.h"

#include <QCoreApplication>
#include <QSettings>

namespace copydesk::editor
{

namespace
{

SyncStatus readStatus(Newsroom &n)
{
    SyncStatus s;
    git::Repository &repo = n.repository();
    // Shown in the settings and the status bar: a token that plain git put
    // in the address shows as "***" (Apply then stores the address without
    // it; the token field carries tokens).
    s.remoteUrl = repo.remotes().contains(SyncController::remoteName())
                      ? redactedUrl(repo.remoteUrl(SyncController::remoteName()))
                      : QString();
    const QString head = repo.headId();
    // Without a server nothing shows the count, and counting a never-synced
    // history (100,000 commits) would hold the git thread for a second.
    if (head.isEmpty() || s.remoteUrl.isEmpty())
        return s;
    QString tracking;
    try {
        tracking = repo.resolve(QStringLiteral("refs/remotes/%1/%2")
                                    .arg(SyncController::remoteName(), repo.headBranch()));
    } catch (const Error &) {
        s.neverSynced = true;
    }
    s.unsynced = repo.countCommits(head, tracking);
    return s;
}

} // namespace

QString SyncOutcome::plainWords() const
{
    return SyncController::describe(*this);
}

QString SyncController::describe(const SyncOutcome &o)
{
    const SyncResult &result = o.result;
    if (!o.ok())
        return tr("Sync failed: %1").arg(o.error);
    QStringList parts;
    if (o.hasConflicts()) {
        parts << tr("A colleague changed the same articles as you: %1. Nothing was overwritten; "
                    "merge them to finish the sync.")
                     .arg(result.conflictingArticles.join(QStringLiteral(", ")));
    } else if (result.upToDate && result.sent == 0) {
        parts << tr("Everything is up to date.");
    } else {
        if (result.received > 0)
            parts << tr("Received %n revisions from colleagues.", nullptr, result.received);
        if (result.sent > 0)
            parts << tr("Sent %n revisions to the server.", nullptr, result.sent);
        if (parts.isEmpty())
            parts << tr("Synced.");
    }
    const QString server = result.remoteMessage.trimmed();
    if (!server.isEmpty())
        parts << tr("The server said: %1").arg(server);
    return parts.join(u' ');
}

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    const QString t = token();
    if (!t.isEmpty())
        qputenv("COPYDESK_GIT_TOKEN", t.toUtf8());
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_syncing && m_session && !m_status.remoteUrl.isEmpty())
            syncNow();
    });
    applyTimer();
}

void SyncController::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_status = {};
    if (m_session) {
        connect(m_session, &Session::changed, this, &SyncController::refreshStatus);
        refreshStatus();
    } else {
        Q_EMIT statusChanged(m_status);
    }
}

void SyncController::refreshStatus()
{
    if (!m_session)
        return;
    m_session->run<SyncStatus>(
        this, [](Newsroom &n) { return readStatus(n); },
        [this](const Outcome<SyncStatus> &out) {
            m_status = out.value;
            m_status.error = out.error;
            Q_EMIT statusChanged(m_status);
        });
}

void SyncController::setRemoteUrl(const QString &url)
{
    if (!m_session)
        return;
    const QString u = url.trimmed();
    m_session->run<SyncStatus>(
        this,
        [u](Newsroom &n) {
            n.repository().setRemote(remoteName(), u);
            return readStatus(n);
        },
        [this](const Outcome<SyncStatus> &out) {
            m_status = out.value;
            m_status.error = out.error;
            Q_EMIT statusChanged(m_status);
        });
}

void SyncController::syncNow()
{
    if (!m_session || m_syncing)
        return;
    m_syncing = true;
    Q_EMIT syncStarted();
    m_session->run<SyncOutcome>(
        this,
        [](Newsroom &n) {
            SyncOutcome o;
            o.result = n.sync(remoteName(), SyncKeep::Nothing);
            return o;
        },
        [this](const Outcome<SyncOutcome> &out) {
            m_syncing = false;
            m_last = out.value;
            m_last.error = out.error;
            Q_EMIT syncFinished(m_last);
            if (m_last.ok() && m_last.hasConflicts())
                Q_EMIT conflictsFound(m_last.result.conflictingArticles, m_last.result.theirsRef);
            if (m_session && m_last.ok() && m_last.result.received > 0)
                m_session
                    ->notifyChanged(); // the board and open articles re-read (and refreshStatus)
            else
                refreshStatus();
        });
}

QString SyncController::token()
{
    return QSettings().value(QStringLiteral("sync/token")).toString();
}

void SyncController::setToken(const QString &token)
{
    QSettings().setValue(QStringLiteral("sync/token"), token);
    if (token.isEmpty())
        qunsetenv("COPYDESK_GIT_TOKEN");
    else
        qputenv("COPYDESK_GIT_TOKEN", token.toUtf8());
}

bool SyncController::autoSyncEnabled()
{
    return QSettings().value(QStringLiteral("sync/auto"), false).toBool();
}

int SyncController::autoSyncMinutes()
{
    return std::clamp(QSettings().value(QStringLiteral("sync/minutes"), 10).toInt(), 1, 24 * 60);
}

void SyncController::setAutoSync(bool enabled, int minutes)
{
    QSettings s;
    s.setValue(QStringLiteral("sync/auto"), enabled);
    s.setValue(QStringLiteral("sync/minutes"), std::clamp(minutes, 1, 24 * 60));
    applyTimer();
}

void SyncController::applyTimer()
{
    if (autoSyncEnabled())
        m_timer.start(autoSyncMinutes() * 60 * 1000);
    else
        m_timer.stop();
}

} // namespace copydesk::editor
