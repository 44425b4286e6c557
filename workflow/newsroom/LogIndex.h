#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace copydesk
{

namespace git
{
class Repository;
}

// A derived index of which commits touched which article, kept in
// .git/copydesk/log/ (one small file per slug plus the commit it was built
// up to). It is never the source of truth: it is brought up to date from
// git on every use (only the commits since it was last used are read), is
// rebuilt from scratch when history was rewritten or an update was
// interrupted, and can be deleted at any time. See docs/benchmarks.md.
class LogIndex
{
public:
    struct Touch {
        QString commit;
        bool textChanged = false;
    };

    explicit LogIndex(const git::Repository &repo) : m_repo(repo) {}

    // The commits reachable from `head` that touched articles/<slug>/ (as
    // `git log -- articles/<slug>` simplifies history), newest first.
    // nullopt when the index cannot be used here (read-only .git, another
    // process updating it): the caller then walks the history itself.
    std::optional<QList<Touch>> touches(const QString &slug, const QString &head);

    // Brings the index up to `head`; false when it cannot be written.
    bool update(const QString &head);

    QString folder() const;

private:
    const git::Repository &m_repo;
};

} // namespace copydesk
