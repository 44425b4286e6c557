#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <optional>

namespace copydesk::editor
{

// Unsaved text of one article, written atomically (QSaveFile) to the app
// data folder at most every second while the text is dirty, on a worker so
// typing never waits for the disk. Removed after a successful save. Keyed by
// newsroom root and slug, so two newsrooms never restore each other's text.
class RecoveryJournal : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        QString text;
        QDateTime written;
        QString baseText; // hash of the saved text it started from
    };
    static constexpr int kIntervalMs = 1000;

    RecoveryJournal(const QString &newsroomRoot, const QString &slug, QObject *parent = nullptr);
    ~RecoveryJournal() override;

    static QString folder();
    QString path() const { return m_path; }
    std::optional<Entry> read() const;

    // The text changed; `text` is pulled when the next write is due.
    void markDirty(std::function<QString()> text);
    // Writes now if dirty (before closing, tests).
    void flush();
    void remove();

Q_SIGNALS:
    void written();
    // Backing up failed (a full disk, a read-only home): the message names
    // the condition and the file (core/SystemError).
    void failed(const QString &message);

private:
    void write();
    QString m_path;
    std::function<QString()> m_text;
    bool m_dirty = false;
    bool m_failing = false;
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace copydesk::editor
