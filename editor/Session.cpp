#include "Session.h"

#include "git/Repository.h"

#include <QDir>

namespace copydesk::editor
{

Session::Session(const QString &root, const Identity &actor, QObject *parent)
    : QObject(parent), m_root(root), m_actor(actor)
{
    m_pool.setMaxThreadCount(1);
    // Reading the name is a small file read; fine on the GUI thread once.
    try {
        Newsroom n = Newsroom::open(root);
        m_root = n.root();
        m_name = n.name();
        m_gitDir = n.repository().gitDir();
        m_head = n.headId();
    } catch (const Error &) {
        m_name = root;
    }
    watchHead();
}

void Session::watchHead()
{
    if (m_gitDir.isEmpty())
        return;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &Session::checkHead);
    const QDir git(m_gitDir);
    // Refs are replaced by rename (ref.lock → ref), which a directory watch
    // sees; HEAD and packed-refs live in the git folder itself.
    QStringList dirs{git.path(), git.filePath(QStringLiteral("refs/heads"))};
    m_watcher.addPaths(dirs);
    auto poke = [this] { m_debounce.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, poke);
}

void Session::checkHead()
{
    run<QString>(
        this, [](Newsroom &n) { return n.headId(); },
        [this](const Outcome<QString> &out) {
            if (!out.ok() || out.value == m_head)
                return;
            m_head = out.value;
            Q_EMIT changed();
        });
}

Session::~Session()
{
    m_pool.waitForDone();
}

void Session::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace copydesk::editor
