#include "newsroom/Articles.h"

#include "core/ArticleText.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "pipeline/Pipeline.h"
#include "pipeline/Signing.h"

#include <QDateTime>

namespace copydesk {

void validateLanguage(const QString &lang)
{
    if (lang != QLatin1String("en") && lang != QLatin1String("ko"))
        throw Error(QStringLiteral("language '%1' is not supported: use en or ko").arg(lang), Error::Kind::Usage);
}

namespace {
QString statePath(const QString &slug)
{
    return Newsroom::articleDir(slug) + QStringLiteral("/state.json");
}
} // namespace

void Articles::requireArticle(const QString &slug) const
{
    Newsroom::validateSlug(slug);
    if (!m_newsroom.hasArticle(slug))
        throw Error(QStringLiteral("there is no article '%1' in this newsroom (see 'copydesk-cli list')").arg(slug),
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
                              const ArticleState &before, const ArticleState &after, QList<FileChange> files,
                              const Trailers &extra, const QString &body)
{
    const Identity me = m_newsroom.identity();
    // A newsroom that requires signed events refuses an unsigned approval
    // here rather than at the server, after the fact.
    if (const auto config = m_newsroom.tryReadFile(QStringLiteral("copydesk/newsroom.json"));
        config && Signing::requiredBy(*config) && Signing::signingKey(m_newsroom.repository()).isEmpty()) {
        const auto pipelineJson = m_newsroom.tryReadFile(QStringLiteral("copydesk/pipeline.json"));
        const Pipeline pipeline = pipelineJson ? Pipeline::fromJson(*pipelineJson, QStringLiteral("copydesk/pipeline.json"))
                                               : Pipeline::defaults();
        if (Signing::eventNeedsSignature(event, pipeline.stage(before.stage)))
            throw Error(QStringLiteral("this newsroom requires signed %1 events, and you have no signing key: run "
                                       "'git config gpg.format ssh' and 'git config user.signingkey ~/.ssh/id_ed25519' "
                                       "(an editor lists your public key in %2); nothing was committed")
                            .arg(event, Signing::kAllowedSignersPath),
                        Error::Kind::Refused);
    }
    ArticleState next = after;
    next.extra.insert(QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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

QString Articles::create(const QString &slug, const QString &title, const QString &lang, const ArticleState &state)
{
    Newsroom::validateSlug(slug);
    validateLanguage(lang);
    if (title.trimmed().isEmpty())
        throw Error(QStringLiteral("an article needs a title (--title)"), Error::Kind::Usage);
    if (m_newsroom.hasArticle(slug))
        throw Error(QStringLiteral("an article '%1' already exists").arg(slug), Error::Kind::Usage);
    const Identity me = m_newsroom.identity();
    ArticleText text = ArticleText::parse(QString());
    text.setValue(QStringLiteral("title"), title.trimmed());
    text.setValue(QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
    text.setValue(QStringLiteral("lang"), lang);
    text.setValue(QStringLiteral("author"), me.name);
    text.setBody(QStringLiteral("\n"));
    return commitEvent(slug, QStringLiteral("new"), QStringLiteral("New article: %1").arg(title.trimmed()),
                       ArticleState{}, state, {{Newsroom::articlePath(slug), text.toString().toUtf8()}}, Trailers());
}

QByteArray Articles::mergedText(const QString &slug, const QString &input) const
{
    if (input.trimmed().isEmpty())
        throw Error(QStringLiteral("the new text is empty; nothing was saved (an article is never "
                                   "blanked by accident)"),
                    Error::Kind::Usage);
    if (input.size() > kMaxArticleBytes)
        throw Error(QStringLiteral("the new text is larger than %1 MB; nothing was saved")
                        .arg(kMaxArticleBytes / (1024 * 1024)),
                    Error::Kind::Usage);
    const ArticleText incoming = ArticleText::parse(input);
    ArticleText current = ArticleText::parse(text(slug));
    if (incoming.hasFrontMatter()) {
        for (const QString &key : {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("lang")}) {
            const QString v = incoming.value(key);
            if (v.isEmpty())
                continue;
            if (key == QLatin1String("lang"))
                validateLanguage(v);
            if (key == QLatin1String("date") && !QDate::fromString(v.left(10), Qt::ISODate).isValid())
                throw Error(QStringLiteral("front matter date '%1' is not a date (YYYY-MM-DD)").arg(v),
                            Error::Kind::Usage);
            current.setValue(key, v);
        }
    }
    current.setBody(incoming.body());
    const QByteArray out = current.toString().toUtf8();
    if (out.size() > kMaxArticleBytes)
        throw Error(QStringLiteral("the new text is larger than %1 MB; nothing was saved")
                        .arg(kMaxArticleBytes / (1024 * 1024)),
                    Error::Kind::Usage);
    return out;
}

QString Articles::save(const QString &slug, const QByteArray &file, const QString &message,
                       const ArticleState &before, const ArticleState &after, const Trailers &extra)
{
    const QString summary = message.trimmed().isEmpty() ? QStringLiteral("Save %1").arg(slug) : message.trimmed();
    return commitEvent(slug, QStringLiteral("save"), summary, before, after, {{Newsroom::articlePath(slug), file}},
                       extra);
}

QByteArray Articles::textAt(const QString &slug, const QString &rev) const
{
    requireArticle(slug);
    const QString id = m_newsroom.resolveRevision(rev);
    const auto old = m_newsroom.tryReadFile(Newsroom::articlePath(slug), id);
    if (!old)
        throw Error(QStringLiteral("article '%1' did not exist at %2").arg(slug, rev), Error::Kind::NotFound);
    return *old;
}

QList<ArticleSummary> Articles::list() const
{
    QList<ArticleSummary> out;
    for (const QString &slug : m_newsroom.slugs()) {
        ArticleSummary s;
        s.slug = slug;
        std::optional<QByteArray> bytes;
        try {
            bytes = m_newsroom.tryReadFile(Newsroom::articlePath(slug));
        } catch (const Error &e) {
            // One hostile article (a link, a 1 GB blob) must not hide the
            // others: it is listed under its slug; opening it says why.
            s.title = slug;
        }
        if (bytes) {
            try {
                const ArticleText t = ArticleText::parse(QString::fromUtf8(*bytes));
                s.title = t.value(QStringLiteral("title"));
                s.lang = t.value(QStringLiteral("lang"));
                s.date = QDate::fromString(t.value(QStringLiteral("date")).left(10), Qt::ISODate);
            } catch (const Error &) {
                s.title = slug; // broken front matter: still listed
            }
        }
        try {
            s.state = state(slug);
        } catch (const Error &) {
            s.state.stage = QStringLiteral("unknown");
        }
        s.updated = QDateTime::fromString(s.state.extra.value(QStringLiteral("updated")).toString(), Qt::ISODate);
        out.append(s);
    }
    return out;
}

} // namespace copydesk
