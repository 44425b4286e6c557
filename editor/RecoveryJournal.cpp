#include "RecoveryJournal.h"

#include "core/Error.h"
#include "core/SystemError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

RecoveryJournal::RecoveryJournal(const QString &newsroomRoot, const QString &slug, QObject *parent)
    : QObject(parent)
{
    const QByteArray key = QCryptographicHash::hash(QDir(newsroomRoot).canonicalPath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    m_path =
        QDir(folder()).filePath(QString::fromLatin1(key) + u'-' + slug + QStringLiteral(".json"));
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryJournal::write);
}

RecoveryJournal::~RecoveryJournal()
{
    m_pool.waitForDone();
}

QString RecoveryJournal::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal"));
}

std::optional<RecoveryJournal::Entry> RecoveryJournal::read() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.contains(QLatin1String("text")))
        return std::nullopt;
    return Entry{
        o.value(QLatin1String("text")).toString(),
        QDateTime::fromString(o.value(QLatin1String("written")).toString(), Qt::ISODateWithMs),
        o.value(QLatin1String("base")).toString()};
}

void RecoveryJournal::markDirty(std::function<QString()> text)
{
    m_text = std::move(text);
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void RecoveryJournal::write()
{
    if (!m_dirty || !m_text) {
        m_timer.stop();
        return;
    }
    m_dirty = false;
    const QString text = m_text(); // implicitly shared copy; the worker owns it
    const QString path = m_path;
    QtConcurrent::run(&m_pool, [text, path]() -> QString {
        QJsonObject o;
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("written"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        try {
            saveFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Compact),
                               QStringLiteral("your unsaved text is not backed up: save it, or "
                                              "make room"));
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }).then(this, [this](const QString &error) {
        // Said once when backing up starts failing (a full disk would
        // otherwise repeat it every second), again after it recovered.
        if (!error.isEmpty() && !m_failing)
            Q_EMIT failed(error);
        m_failing = !error.isEmpty();
        Q_EMIT written();
    });
}

void RecoveryJournal::flush()
{
    write();
    m_pool.waitForDone();
}

void RecoveryJournal::remove()
{
    m_dirty = false;
    m_timer.stop();
    m_pool.waitForDone();
    QFile::remove(m_path);
}

} // namespace copydesk::editor
