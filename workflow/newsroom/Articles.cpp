#include "newsroom/Articles.h"

#include "core/ArticleText.h"
#include "core/Trailers.h"
#include "git/Repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace copydesk
{

void validateLanguage(const QString &lang)
{
    if (lang != QLatin1String("en") && lang != QLatin1String("ko"))
        throw Error(QCoreApplication::translate("copydesk::Articles",
                                                "language '%1' is not supported: use en or ko")
                        .arg(lang),
                    Error::Kind::Usage);
}

namespace
{
QString statePath(const QString &slug)
{
    return Newsroom::articleDir(slug) + QStringLiteral("/state.json");
}
} // namespace

void Articles::requireArticle(const QString &slug) const
{
    Newsroom::validateSlug(slug);
    if (!m_newsroom.hasArticle(slug))
        throw Error(QCoreApplication::translate("copydesk::Articles",
                                                "there is no article '%1' in this newsroom (see "
                                                "'copydesk-cli list')")
                        .arg(slug),
                    Error::Kind::NotFound);
}

QString Articles::text(const QString &slug, const QString &rev) const
{
    requireArticle(slug);
    return QString::fromUtf8(m_newsroom.readFile(Newsroom::articlePath(slug), rev));
}

ArticleState Articles::state(const QString &slug, const QString &rev) const
{
    const auto bytes = m_newsroom.tryReadFile(statePath(slug), rev);
    if (!bytes)
        return ArticleState{};
    return ArticleState::fromJson(*bytes, statePath(slug));
}

QString Articles::commitEvent(const QString &slug, const QString &event, const QString &summary,
                              const ArticleState &before, const ArticleState &after,
                              QList<FileChange> files, const Trailers &extra, const QString &body)
{
    const Identity me = m_newsroom.identity();
    ArticleState next = after;
    next.extra.insert(QStringLiteral("updated"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    files.append({statePath(slug), next.toJson()});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), event);
    t.add(QStringLiteral("Copydesk-Article"), slug);
    t.add(QStringLiteral("Copydesk-Actor"), me.email);
    if (before.stage != after.stage) {
        t.add(QStringLiteral("Copydesk-From"), before.stage);
        t.add(QStringLiteral("Copydesk-To"), after.stage);
    }
    t.add(QStringLiteral("Copydesk-Stage"), after.stage);
    for (const auto &kv : extra.items())
        t.add(kv.first, kv.second);
    return m_newsroom.commit(files, Trailers::compose(summary, body, t));
}

QString Articles::create(const QString &slug, const QString &title, const QString &lang,
                         const ArticleState &state)
{
    Newsroom::validateSlug(slug);
    validateLanguage(lang);
    if (title.trimmed().isEmpty())
        throw Error(
            QCoreApplication::translate("copydesk::Articles", "an article needs a title (--title)"),
            Error::Kind::Usage);
    if (m_newsroom.hasArticle(slug))
        throw Error(
            QCoreApplication::translate("copydesk::Articles", "an article '%1' already exists")
                .arg(slug),
            Error::Kind::Usage);
    const Identity me = m_newsroom.identity();
    ArticleText text = ArticleText::parse(QString());
    text.setValue(QStringLiteral("title"), title.trimmed());
    text.setValue(QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
    text.setValue(QStringLiteral("lang"), lang);
    text.setValue(QStringLiteral("author"), me.name);
    text.setBody(QStringLiteral("\n"));
    return commitEvent(slug, QStringLiteral("new"),
                       QStringLiteral("New article: %1").arg(title.trimmed()), ArticleState{},
                       state, {{Newsroom::articlePath(slug), text.toString().toUtf8()}},
                       Trailers());
}

QByteArray Articles::mergedText(const QString &slug, const QString &input) const
{
    if (input.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("copydesk::Articles",
                                                "the new text is empty; nothing was saved (an "
                                                "article is never blanked by accident)"),
                    Error::Kind::Usage);
    if (input.size() > kMaxArticleBytes)
        throw Error(
            QCoreApplication::translate("copydesk::Articles",
                                        "the new text is larger than %1 MB; nothing was saved")
                .arg(kMaxArticleBytes / (1024 * 1024)),
            Error::Kind::Usage);
    const ArticleText incoming = ArticleText::parse(input);
    ArticleText current = ArticleText::parse(text(slug));
    if (incoming.hasFrontMatter()) {
        for (const QString &key :
             {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("lang")}) {
            const QString v = incoming.value(key);
            if (v.isEmpty())
                continue;
            if (key == QLatin1String("lang"))
                validateLanguage(v);
            if (key == QLatin1String("date") &&
                !QDate::fromString(v.left(10), Qt::ISODate).isValid())
                throw Error(
                    QCoreApplication::translate("copydesk::Articles",
                                                "front matter date '%1' is not a date (YYYY-MM-DD)")
                        .arg(v),
                    Error::Kind::Usage);
            current.setValue(key, v);
        }
    }
    current.setBody(incoming.body());
    const QByteArray out = current.toString().toUtf8();
    if (out.size() > kMaxArticleBytes)
        throw Error(
            QCoreApplication::translate("copydesk::Articles",
                                        "the new text is larger than %1 MB; nothing was saved")
                .arg(kMaxArticleBytes / (1024 * 1024)),
            Error::Kind::Usage);
    return out;
}

QString Articles::save(const QString &slug, const QByteArray &file, const QString &message,
                       const ArticleState &before, const ArticleState &after, const Trailers &extra)
{
    const QString summary =
        message.trimmed().isEmpty() ? QStringLiteral("Save %1").arg(slug) : message.trimmed();
    return commitEvent(slug, QStringLiteral("save"), summary, before, after,
                       {{Newsroom::articlePath(slug), file}}, extra);
}

QByteArray Articles::textAt(const QString &slug, const QString &rev) const
{
    requireArticle(slug);
    const QString id = m_newsroom.resolveRevision(rev);
    const auto old = m_newsroom.tryReadFile(Newsroom::articlePath(slug), id);
    if (!old)
        throw Error(
            QCoreApplication::translate("copydesk::Articles", "article '%1' did not exist at %2")
                .arg(slug, rev),
            Error::Kind::NotFound);
    return *old;
}

namespace
{
// Derived data keyed by blob id, in .git/copydesk/summaries: what the board
// needs from an article's text (title, lang, date) and its state file. A
// blob id names its content, so an entry can never be stale; the file is a
// cache only (deleted: rebuilt on the next list; read-only .git: not kept).
class SummaryCache
{
public:
    explicit SummaryCache(const QString &path) : m_path(path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024)
            return;
        const QByteArray all = f.readAll();
        for (const QByteArray &line : all.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab == 40)
                m_entries.insert(line.left(40), line.mid(41));
        }
    }
    ~SummaryCache()
    {
        if (m_added.isEmpty())
            return;
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile f(m_path);
        if (f.open(QIODevice::Append))
            f.write(m_added);
    }
    std::optional<QJsonObject> get(const QString &blob) const
    {
        const auto bytes = raw(blob);
        if (!bytes)
            return std::nullopt;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
        return doc.isObject() ? std::optional<QJsonObject>(doc.object()) : std::nullopt;
    }
    // The compact JSON as stored (a state.json is parsed straight from it).
    std::optional<QByteArray> raw(const QString &blob) const
    {
        const auto it = m_entries.constFind(blob.toLatin1());
        if (it == m_entries.constEnd())
            return std::nullopt;
        return *it;
    }
    void put(const QString &blob, const QJsonObject &o)
    {
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        m_entries.insert(blob.toLatin1(), json);
        m_added += blob.toLatin1() + '\t' + json + '\n';
    }

private:
    QString m_path;
    QHash<QByteArray, QByteArray> m_entries;
    QByteArray m_added;
};
} // namespace

QList<ArticleSummary> Articles::list() const
{
    QList<ArticleSummary> out;
    // HEAD resolved once: every article is read from the same commit (and
    // 10,000 articles do not read .git/HEAD 20,000 times).
    const QString head = m_newsroom.headId();
    if (head.isEmpty())
        return out;
    const git::Repository &repo = m_newsroom.repository();
    SummaryCache cache(repo.gitDir() + QStringLiteral("copydesk/summaries"));
    // The articles/ folder is listed once and each article's folder read by
    // its id, rather than walking from the root tree twice per article.
    QMap<QString, QString> folders; // slug -> tree id, in slug order
    for (const git::TreeListing &e : repo.listDirectory(head, QStringLiteral("articles")))
        if (e.isTree)
            folders.insert(e.name, e.id);
    for (auto folder = folders.constBegin(); folder != folders.constEnd(); ++folder) {
        const QString &slug = folder.key();
        ArticleSummary s;
        s.slug = slug;
        s.title = slug; // unreadable text or broken front matter: still listed
        QString textId, stateId;
        for (const git::TreeListing &e : repo.listTree(folder.value())) {
            if (e.isTree)
                continue;
            if (e.name == QLatin1String("index.md"))
                textId = e.id;
            else if (e.name == QLatin1String("state.json"))
                stateId = e.id;
        }
        std::optional<QJsonObject> text = textId.isEmpty() ? std::nullopt : cache.get(textId);
        if (!text && !textId.isEmpty()) {
            QJsonObject o;
            try {
                // One hostile article (a link, a 1 GB blob) must not hide
                // the others: it is listed under its slug; opening it says why.
                if (const auto bytes = repo.readFile(head, Newsroom::articlePath(slug))) {
                    const ArticleText t = ArticleText::parse(QString::fromUtf8(*bytes));
                    o = QJsonObject{
                        {QStringLiteral("title"), t.value(QStringLiteral("title"))},
                        {QStringLiteral("lang"), t.value(QStringLiteral("lang"))},
                        {QStringLiteral("date"), t.value(QStringLiteral("date")).left(10)}};
                    cache.put(textId, o);
                }
            } catch (const Error &) {
            }
            text = o;
        }
        if (text && text->contains(QStringLiteral("title"))) {
            s.title = text->value(QStringLiteral("title")).toString();
            s.lang = text->value(QStringLiteral("lang")).toString();
            s.date = QDate::fromString(text->value(QStringLiteral("date")).toString(), Qt::ISODate);
        }
        try {
            if (!stateId.isEmpty()) {
                const auto cached = cache.raw(stateId);
                QByteArray json;
                if (cached) {
                    json = *cached;
                } else if (const auto bytes = repo.readFile(head, statePath(slug))) {
                    json = *bytes;
                    s.state = ArticleState::fromJson(
                        json, statePath(slug)); // throws before caching a broken one
                    cache.put(stateId, QJsonDocument::fromJson(json).object());
                }
                s.state = ArticleState::fromJson(json, statePath(slug));
            }
        } catch (const Error &) {
            s.state.stage = QStringLiteral("unknown");
        }
        s.updated = QDateTime::fromString(s.state.extra.value(QStringLiteral("updated")).toString(),
                                          Qt::ISODate);
        out.append(s);
    }
    return out;
}

} // namespace copydesk
