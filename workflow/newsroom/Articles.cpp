#include "newsroom/Articles.h"

#include "core/ArticleText.h"
#include "core/IdKeyedCache.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "newsroom/ContentPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace copydesk
{

void validateLanguage(const QString &lang)
{
    // English and Korean, with or without a region (en-GB, en-US, ko-KR):
    // the tag also chooses the spelling dictionary (spelling/Languages).
    static const QRegularExpression tag(QStringLiteral("^(en|ko)(-[A-Z]{2})?$"));
    if (!tag.match(lang).hasMatch())
        throw Error(QCoreApplication::translate(
                        "copydesk::Articles",
                        "language '%1' is not supported: use en or ko (en-GB, en-US, ko-KR)")
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
    ContentPolicy::validateNewSlug(slug, [&] { return m_newsroom.slugs(); });
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
    const QByteArray file = text.toString().toUtf8();
    ContentPolicy::validateArticleText(file, Newsroom::articlePath(slug));
    return commitEvent(slug, QStringLiteral("new"),
                       QStringLiteral("New article: %1").arg(title.trimmed()), ArticleState{},
                       state, {{Newsroom::articlePath(slug), file}}, Trailers());
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
    // What the server hook and verify will demand of the stored file (NUL
    // bytes, front matter…), judged by the same definition before a save or
    // a restore commits anything.
    try {
        ContentPolicy::validateArticleText(file, QStringLiteral("the new text"));
    } catch (const Error &e) {
        throw Error(e.message() + QStringLiteral("; nothing was saved"), Error::Kind::Usage);
    }
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

// What the board needs from an article folder (title, lang and date from the
// text's front matter, and the state file), kept in .git/copydesk/summaries
// by the folder's tree id (IdKeyedCache): a hit costs no tree or blob read.
// A line is "<text summary JSON>\t<compact state.json>".
QByteArray summaryLine(const QJsonObject &text, const QByteArray &stateJson)
{
    const QJsonDocument state = QJsonDocument::fromJson(stateJson);
    return QJsonDocument(text).toJson(QJsonDocument::Compact) + '\t' +
           (state.isObject() ? state.toJson(QJsonDocument::Compact) : QByteArray());
}

void applyText(ArticleSummary &s, const QJsonObject &text)
{
    if (!text.contains(QStringLiteral("title")))
        return;
    s.title = text.value(QStringLiteral("title")).toString();
    s.lang = text.value(QStringLiteral("lang")).toString();
    s.date = QDate::fromString(text.value(QStringLiteral("date")).toString(), Qt::ISODate);
}

void applyState(ArticleSummary &s, const QByteArray &json)
{
    try {
        if (!json.isEmpty())
            s.state = ArticleState::fromJson(json, statePath(s.slug));
    } catch (const Error &) {
        s.state.stage = QStringLiteral("unknown");
    }
    s.updated = QDateTime::fromString(s.state.extra.value(QStringLiteral("updated")).toString(),
                                      Qt::ISODate);
}

// nullopt when the line does not parse (then the folder is read again).
std::optional<ArticleSummary> summaryFromLine(const QString &slug, QByteArrayView line)
{
    const qsizetype tab = line.indexOf('\t');
    if (tab < 0)
        return std::nullopt;
    const QJsonDocument text = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), tab));
    if (!text.isObject())
        return std::nullopt;
    ArticleSummary s;
    s.slug = slug;
    s.title = slug;
    applyText(s, text.object());
    applyState(s, line.sliced(tab + 1).toByteArray());
    return s;
}

struct FolderRead {
    ArticleSummary summary;
    QByteArray cacheLine; // empty for a folder that did not read cleanly
};

// Reads one article folder of `head` (a cache miss of Articles::list).
FolderRead readFolder(const git::Repository &repo, const QString &head, const QString &slug,
                      const QString &folderId)
{
    ArticleSummary s;
    s.slug = slug;
    s.title = slug; // unreadable text or broken front matter: still listed
    QJsonObject text;
    QByteArray stateJson;
    bool cacheable = true;
    for (const git::TreeListing &e : repo.listTree(folderId)) {
        if (e.isTree)
            continue;
        try {
            // One hostile article (a link, a 1 GB blob) must not hide the
            // others: it is listed under its slug; opening it says why.
            if (e.name == QLatin1String("index.md")) {
                if (const auto bytes = repo.readFile(head, Newsroom::articlePath(slug))) {
                    const ArticleText t = ArticleText::parse(QString::fromUtf8(*bytes));
                    text = QJsonObject{
                        {QStringLiteral("title"), t.value(QStringLiteral("title"))},
                        {QStringLiteral("lang"), t.value(QStringLiteral("lang"))},
                        {QStringLiteral("date"), t.value(QStringLiteral("date")).left(10)}};
                }
            } else if (e.name == QLatin1String("state.json")) {
                if (const auto bytes = repo.readFile(head, statePath(slug)))
                    stateJson = *bytes;
            }
        } catch (const Error &) {
            cacheable = false;
        }
    }
    applyText(s, text);
    applyState(s, stateJson);
    const bool clean = cacheable && s.state.stage != QLatin1String("unknown");
    return {s, clean ? summaryLine(text, stateJson) : QByteArray()};
}

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
    IdKeyedCache cache(repo.gitDir() + QStringLiteral("copydesk/summaries"));
    // The articles/ folder is listed once; each folder is read only when the
    // cache does not know its tree id. Listed in slug order (git's tree order
    // puts "ab-c" before "ab").
    QList<git::TreeListing> folders = repo.listDirectory(head, QStringLiteral("articles"));
    std::sort(folders.begin(), folders.end(),
              [](const git::TreeListing &a, const git::TreeListing &b) { return a.name < b.name; });
    out.reserve(folders.size());
    for (const git::TreeListing &e : std::as_const(folders)) {
        if (!e.isTree)
            continue;
        const QByteArray key = e.id.toLatin1();
        if (const auto line = cache.get(key)) {
            if (auto s = summaryFromLine(e.name, *line)) {
                out.append(std::move(*s));
                continue;
            }
        }
        FolderRead read = readFolder(repo, head, e.name, e.id);
        if (!read.cacheLine.isEmpty())
            cache.put(key, std::move(read.cacheLine));
        out.append(std::move(read.summary));
    }
    cache.compactToUsed();
    return out;
}

} // namespace copydesk
