#include "Session.h"

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
    } catch (const Error &) {
        m_name = root;
    }
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
