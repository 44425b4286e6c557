#pragma once

#include "check/Check.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace copydesk
{
class SpellingCheck;
}

namespace copydesk::editor
{

// The check suite of the open newsroom, built on a worker thread at start
// (Hunspell dictionaries take hundreds of milliseconds to load) so the window
// appears at once. The suite is immutable and thread-safe; it is handed to
// checkers as a shared pointer and replaced as a whole on reload (after the
// house dictionary changed).
class CheckService : public QObject
{
    Q_OBJECT
public:
    explicit CheckService(const QString &newsroomRoot, QObject *parent = nullptr);
    ~CheckService() override;

    void load();
    bool isReady() const { return m_suite != nullptr; }
    std::shared_ptr<const CheckSuite> suite() const { return m_suite; }
    std::shared_ptr<const SpellingCheck> spelling() const { return m_spelling; }
    QStringList warnings() const { return m_warnings; }
    int generation() const { return m_generation; }
    // Blocks until the suite has loaded (tests, benchmarks).
    void waitUntilReady();

Q_SIGNALS:
    void ready();

private:
    struct Loaded {
        std::shared_ptr<const CheckSuite> suite;
        std::shared_ptr<const SpellingCheck> spelling;
        QStringList warnings;
    };
    void adopt(const Loaded &loaded);

    QString m_root;
    std::shared_ptr<const CheckSuite> m_suite;
    std::shared_ptr<const SpellingCheck> m_spelling;
    QStringList m_warnings;
    int m_generation = 0;
    bool m_loading = false;
    bool m_reloadQueued = false;
};

} // namespace copydesk::editor
