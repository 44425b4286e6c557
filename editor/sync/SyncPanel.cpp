#include "sync/SyncPanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace copydesk::editor
{

SyncPanel::SyncPanel(SyncController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncPanel"));
    m_urlLabel = new QLabel(this);
    m_tokenLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("remoteUrl"));
    m_url->setPlaceholderText(QStringLiteral("ssh://git@example.org/newsroom.git"));
    m_token = new QLineEdit(SyncController::token(), this);
    m_token->setEchoMode(QLineEdit::Password);
    m_apply = new QPushButton(this);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_unsynced = new QLabel(this);
    m_unsynced->setObjectName(QStringLiteral("unsyncedLabel"));
    m_sync = new QPushButton(this);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: libgit2 reports no totals we could trust
    m_progress->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server = new QPlainTextEdit(this);
    m_server->setReadOnly(true);
    m_server->setMaximumHeight(90);
    m_server->setVisible(false);
    m_auto = new QCheckBox(this);
    m_auto->setChecked(SyncController::autoSyncEnabled());
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(SyncController::autoSyncMinutes());

    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_controller->setRemoteUrl(m_url->text());
        SyncController::setToken(m_token->text());
    });
    connect(m_sync, &QPushButton::clicked, m_controller, &SyncController::syncNow);
    auto timer = [this] { m_controller->setAutoSync(m_auto->isChecked(), m_minutes->value()); };
    connect(m_auto, &QCheckBox::toggled, this, timer);
    connect(m_minutes, &QSpinBox::valueChanged, this, timer);
    connect(m_controller, &SyncController::statusChanged, this, &SyncPanel::showStatus);
    connect(m_controller, &SyncController::syncStarted, this, [this] {
        m_progress->setVisible(true);
        m_sync->setEnabled(false);
        m_result->setText(tr("Syncing with the server…"));
    });
    connect(m_controller, &SyncController::syncFinished, this, &SyncPanel::showOutcome);

    auto *form = new QFormLayout;
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_apply);
    form->addRow(m_urlLabel, urlRow);
    form->addRow(m_tokenLabel, m_token);
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_auto);
    timerRow->addWidget(m_minutes);
    timerRow->addStretch(1);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_sync);
    syncRow->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addLayout(timerRow);
    layout->addWidget(m_unsynced);
    layout->addLayout(syncRow);
    layout->addWidget(m_result);
    layout->addWidget(m_server);
    layout->addStretch(1);
    retranslate();
    showStatus(m_controller->status());
    m_controller->refreshStatus();
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showStatus(m_controller->status());
    }
    QWidget::changeEvent(event);
}

void SyncPanel::retranslate()
{
    m_urlLabel->setText(tr("Server address:"));
    m_tokenLabel->setText(tr("Access token:"));
    m_apply->setText(tr("Apply"));
    m_help->setText(
        tr("SSH addresses use the keys of your SSH agent. For HTTPS servers, the token is "
           "stored in this computer's settings for your account."));
    m_sync->setText(tr("Sync now"));
    m_auto->setText(tr("Sync automatically every"));
    m_minutes->setSuffix(tr(" min"));
}

void SyncPanel::showStatus(const SyncStatus &status)
{
    if (!m_url->hasFocus())
        m_url->setText(status.remoteUrl);
    const QLocale l;
    if (!status.error.isEmpty())
        m_unsynced->setText(status.error);
    else if (status.remoteUrl.isEmpty())
        m_unsynced->setText(tr("No server set: your work stays on this computer."));
    else if (status.neverSynced)
        m_unsynced->setText(tr("Never synced: %1 revisions are only on this computer.")
                                .arg(l.toString(status.unsynced)));
    else if (status.unsynced > 0)
        m_unsynced->setText(
            tr("%1 revisions are not on the server yet.").arg(l.toString(status.unsynced)));
    else
        m_unsynced->setText(tr("Everything here is on the server."));
    m_sync->setEnabled(!status.remoteUrl.isEmpty() && !m_controller->isSyncing());
}

void SyncPanel::showOutcome(const SyncOutcome &outcome)
{
    m_progress->setVisible(false);
    m_sync->setEnabled(true);
    m_result->setText(outcome.plainWords());
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, outcome.ok() && !outcome.hasConflicts()
                                         ? palette().color(QPalette::WindowText)
                                         : QColor(0xa0, 0x10, 0x10));
    m_result->setPalette(p);
    const QString server = outcome.result.remoteMessage.trimmed();
    m_server->setPlainText(server);
    m_server->setVisible(!server.isEmpty());
}

SyncIndicator::SyncIndicator(SyncController *controller, QWidget *parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, m_controller, &SyncController::syncNow);
    connect(m_controller, &SyncController::statusChanged, this, &SyncIndicator::refresh);
    connect(m_controller, &SyncController::syncStarted, this, &SyncIndicator::refresh);
    connect(m_controller, &SyncController::syncFinished, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void SyncIndicator::refresh()
{
    const SyncStatus &s = m_controller->status();
    setVisible(m_controller->session() != nullptr);
    if (m_controller->isSyncing()) {
        setText(tr("⟳ Syncing…"));
    } else if (s.remoteUrl.isEmpty()) {
        setText(tr("Not shared"));
        setToolTip(tr("No server set (Newsroom ▸ Sync settings)."));
        return;
    } else if (s.unsynced > 0) {
        setText(tr("↑ %1 unsynced").arg(QLocale().toString(s.unsynced)));
    } else {
        setText(tr("✓ Synced"));
    }
    setToolTip(tr("Click to sync with %1").arg(s.remoteUrl));
}

} // namespace copydesk::editor
