#include "newsroom/LogIndex.h"

#include "core/Error.h"
#include "git/Repository.h"
#include "newsroom/Newsroom.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

namespace copydesk
{

namespace
{
const QString kArticles = QStringLiteral("articles");
constexpr char kFormat[] = "copydesk-log-index 1";
} // namespace

QString LogIndex::folder() const
{
    return m_repo.gitDir() + QStringLiteral("copydesk/log");
}

bool LogIndex::update(const QString &head)
{
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return false;
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(5000))
        return false;

    const QString tipPath = dir + QStringLiteral("/TIP");
    const QString dirtyPath = dir + QStringLiteral("/UPDATING");
    QString tip;
    {
        QFile f(tipPath);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            if (lines.value(0) == kFormat)
                tip = QString::fromLatin1(lines.value(1)).trimmed();
        }
    }
    if (tip == head && !QFile::exists(dirtyPath))
        return true;
    bool rebuild = tip.isEmpty() || QFile::exists(dirtyPath);
    if (!rebuild) {
        try {
            rebuild = m_repo.mergeBase(tip, head) != tip; // history rewritten, or another branch
        } catch (const Error &) {
            rebuild = true; // the old tip is gone
        }
    }
    if (rebuild) {
        QDir d(dir);
        for (const QString &name : d.entryList(QDir::Files))
            d.remove(name);
        tip.clear();
    }
    {
        QFile dirty(dirtyPath);
        if (!dirty.open(QIODevice::WriteOnly))
            return false;
    }

    QHash<QString, QByteArray> added; // slug -> lines to append
    const QStringList ids =
        m_repo.commitsBetween(head, tip.isEmpty() ? QStringList() : QStringList{tip});
    for (const QString &id : ids) {
        const QStringList parents = m_repo.commitInfo(id).parents;
        QStringList changed = m_repo.changedEntries(id, parents.value(0), kArticles);
        // As `git log -- PATH`: a merge touches a folder only when it differs
        // from every parent.
        for (qsizetype i = 1; i < parents.size() && !changed.isEmpty(); ++i) {
            const QStringList other = m_repo.changedEntries(id, parents.at(i), kArticles);
            const QSet<QString> keep(other.begin(), other.end());
            changed.removeIf([&](const QString &s) { return !keep.contains(s); });
        }
        for (const QString &slug : changed) {
            const QString text = kArticles + u'/' + slug + QStringLiteral("/index.md");
            const QString mine = m_repo.entryId(id, text);
            const bool textChanged =
                parents.isEmpty() ? !mine.isEmpty() : m_repo.entryId(parents.first(), text) != mine;
            added[slug] += id.toLatin1() + (textChanged ? " 1\n" : " 0\n");
        }
    }
    for (auto it = added.constBegin(); it != added.constEnd(); ++it) {
        QFile f(dir + u'/' + it.key());
        if (!f.open(QIODevice::Append) || f.write(it.value()) != it.value().size())
            return false; // UPDATING stays: the next use rebuilds
    }
    QSaveFile t(tipPath);
    if (!t.open(QIODevice::WriteOnly) ||
        t.write(QByteArray(kFormat) + '\n' + head.toLatin1() + '\n') < 0 || !t.commit())
        return false;
    QFile::remove(dirtyPath);
    return true;
}

std::optional<QList<LogIndex::Touch>> LogIndex::touches(const QString &slug, const QString &head)
{
    try {
        Newsroom::validateSlug(slug);
    } catch (const Error &) {
        return std::nullopt;
    }
    if (!update(head))
        return std::nullopt;
    QList<Touch> out;
    QFile f(folder() + u'/' + slug);
    if (!f.open(QIODevice::ReadOnly))
        return out; // never touched
    QSet<QString> seen;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.size() < 42)
            continue;
        const QString id = QString::fromLatin1(line.left(40));
        if (seen.contains(id))
            continue; // appended twice by an interrupted update
        seen.insert(id);
        out.prepend(Touch{id, line.at(41) == '1'});
    }
    return out;
}

} // namespace copydesk
