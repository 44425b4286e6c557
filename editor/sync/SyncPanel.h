#pragma once

#include "sync/SyncController.h"

#include <QToolButton>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace copydesk::editor
{

// Settings ▸ Sync: the server's address, the token, sync now with a
// progress bar and the result in plain words, sync on a timer.
class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPanel(SyncController *controller, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *syncButton() const { return m_sync; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus(const SyncStatus &status);
    void showOutcome(const SyncOutcome &outcome);

    SyncController *m_controller;
    QLabel *m_urlLabel, *m_tokenLabel, *m_help, *m_unsynced, *m_result;
    QLineEdit *m_url, *m_token;
    QPushButton *m_apply, *m_sync;
    QProgressBar *m_progress;
    QPlainTextEdit *m_server;
    QCheckBox *m_auto;
    QSpinBox *m_minutes;
};

// The status bar's indicator: unsynced revisions, and a spinner-like label
// while syncing. Clicking it syncs.
class SyncIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncIndicator(SyncController *controller, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    SyncController *m_controller;
};

} // namespace copydesk::editor
