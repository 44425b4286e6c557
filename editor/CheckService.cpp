#include "CheckService.h"

#include "core/Error.h"
#include "core/Paths.h"
#include "spelling/SpellingCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk::editor
{

CheckService::CheckService(const QString &newsroomRoot, QObject *parent)
    : QObject(parent), m_root(newsroomRoot)
{
}

CheckService::~CheckService() = default;

void CheckService::load()
{
    if (m_loading) {
        m_reloadQueued = true;
        return;
    }
    m_loading = true;
    const QString root = m_root;
    QtConcurrent::run([root]() {
        Loaded out;
        CheckEnvironment env;
        env.newsroomRoot = root;
        out.suite = std::make_shared<const CheckSuite>(CheckSuite::standard(env, &out.warnings));
        try {
            SpellingCheck::Options options;
            options.shippedDictionaries = shippedDictionariesDir();
            options.newsroomRoot = root;
            out.spelling = std::make_shared<const SpellingCheck>(options);
        } catch (const Error &) {
            // Already reported by the suite's warnings.
        }
        return out;
    }).then(this, [this](const Loaded &loaded) { adopt(loaded); });
}

void CheckService::adopt(const Loaded &loaded)
{
    m_loading = false;
    m_suite = loaded.suite;
    m_spelling = loaded.spelling;
    m_warnings = loaded.warnings;
    ++m_generation;
    Q_EMIT ready();
    if (m_reloadQueued) {
        m_reloadQueued = false;
        load();
    }
}

void CheckService::waitUntilReady()
{
    QElapsedTimer t;
    t.start();
    while ((!m_suite || m_loading) && t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
}

} // namespace copydesk::editor
