// new, save, show, list, log, diff, restore: articles and their revisions.
#include "cli/Support.h"
#include "core/ArticleText.h"
#include "core/WordDiff.h"
#include "git/Repository.h"
#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli
{
namespace
{

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

int runNew(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"),
                            QStringLiteral("The article's folder name (a-z, 0-9, '-', Hangul)."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The headline."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en or ko (default: en)."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({title, lang});
    int rc = 0;
    if (!parseArguments(ctx, p,
                        QStringLiteral("Create an article in stage 'assigned'; its writer is you "
                                       "until an editor assigns it."),
                        rc))
        return rc;
    QString slug = p.positionalArguments().value(0);
    if (!p.isSet(title))
        throw Error(QStringLiteral("a new article needs --title"), Error::Kind::Usage);
    if (slug.isEmpty())
        slug = Newsroom::slugFromTitle(p.value(title));
    Newsroom n = openNewsroom(ctx);
    const QString id = Workflow(n).create(slug, p.value(title), p.value(lang));
    ctx.out << "Created " << slug << " (" << id.left(10) << ")\n";
    return 0;
}

int runSave(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("The new text (default: standard input)."));
    const QCommandLineOption message(QStringLiteral("message"), QStringLiteral("What changed."),
                                     QStringLiteral("TEXT"));
    p.addOption(message);
    const QCommandLineOption base(
        QStringLiteral("base"),
        QStringLiteral("The revision the text was edited from: refuse (exit 4) if the "
                       "article's text changed since."),
        QStringLiteral("REV"));
    p.addOption(base);
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral(
                "Store new text as a revision. The text may be the body alone (the front "
                "matter is kept) or a whole file whose title, date and lang are taken."),
            rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    Articles articles(n);
    articles.requireArticle(slug);
    const QString text =
        readTextInput(p.positionalArguments().value(1), Articles::kMaxArticleBytes);
    const QString id = Workflow(n).save(slug, text, p.value(message), p.value(base));
    ctx.out << "Saved " << slug << " (" << id.left(10) << ")\n";
    return 0;
}

int runShow(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    const QCommandLineOption rev(QStringLiteral("rev"),
                                 QStringLiteral("A revision (commit id, HEAD~2, …)."),
                                 QStringLiteral("REV"));
    p.addOption(rev);
    int rc = 0;
    if (!parseArguments(
            ctx, p, QStringLiteral("Print an article's text, at the head or at a revision."), rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    Articles articles(n);
    articles.requireArticle(slug);
    const QString r = p.value(rev);
    const auto bytes = n.tryReadFile(Newsroom::articlePath(slug), r);
    if (!bytes)
        throw Error(QStringLiteral("article '%1' did not exist at %2").arg(slug, r),
                    Error::Kind::NotFound);
    ctx.out << QString::fromUtf8(*bytes);
    return 0;
}

int runList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption(jsonOption);
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("List the newsroom's articles."), rc))
        return rc;
    Newsroom n = openNewsroom(ctx);
    const QList<ArticleSummary> all = Articles(n).list();
    if (p.isSet(jsonOption)) {
        QJsonArray arr;
        for (const ArticleSummary &s : all) {
            arr.append(QJsonObject{
                {QStringLiteral("slug"), s.slug},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("lang"), s.lang},
                {QStringLiteral("stage"), s.state.stage},
                {QStringLiteral("assignee"), s.state.writer},
                {QStringLiteral("reviewer"), s.state.reviewer},
                {QStringLiteral("due"),
                 s.state.due.isValid() ? s.state.due.toString(Qt::ISODate) : QString()},
                {QStringLiteral("date"),
                 s.date.isValid() ? s.date.toString(Qt::ISODate) : QString()},
                {QStringLiteral("updated"), isoTime(s.updated)},
            });
        }
        printJson(ctx.out, arr);
        return 0;
    }
    for (const ArticleSummary &s : all)
        ctx.out << s.slug << "\t" << s.state.stage << "\t" << s.lang << "\t" << s.title << "\n";
    return 0;
}

int runLog(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    p.addOption(jsonOption);
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("An article's revisions and events, newest first."),
                        rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    Newsroom n = openNewsroom(ctx);
    Articles(n).requireArticle(slug);
    const QList<Revision> revs = n.log(slug);
    if (p.isSet(jsonOption)) {
        QJsonArray arr;
        for (const Revision &r : revs) {
            QJsonObject trailers;
            for (auto it = r.trailers.constBegin(); it != r.trailers.constEnd(); ++it)
                trailers.insert(it.key(), it.value());
            arr.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("author"), r.author},
                {QStringLiteral("email"), r.email},
                {QStringLiteral("time"), isoTime(r.time)},
                {QStringLiteral("message"), r.message.trimmed()},
                {QStringLiteral("summary"), r.summary},
                {QStringLiteral("stage"), r.trailers.value(QStringLiteral("Stage"))},
                {QStringLiteral("event"), r.trailers.value(QStringLiteral("Event"))},
                {QStringLiteral("textChanged"), r.textChanged},
                {QStringLiteral("trailers"), trailers},
            });
        }
        printJson(ctx.out, arr);
        return 0;
    }
    for (const Revision &r : revs) {
        ctx.out << r.id.left(10) << "  " << isoTime(r.time) << "  " << r.author << " <" << r.email
                << ">  [" << r.trailers.value(QStringLiteral("Event")) << " → "
                << r.trailers.value(QStringLiteral("Stage")) << "]  " << r.summary << "\n";
    }
    return 0;
}

int runDiff(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    p.addPositionalArgument(QStringLiteral("REV1"), QStringLiteral("The older revision."));
    p.addPositionalArgument(QStringLiteral("REV2"),
                            QStringLiteral("The newer revision (default: the head)."));
    const QCommandLineOption words(QStringLiteral("words"),
                                   QStringLiteral("Compare by word: [-old-]{+new+}."));
    p.addOption(words);
    int rc = 0;
    if (!parseArguments(ctx, p, QStringLiteral("What changed in an article between two revisions."),
                        rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    const QString rev1 = requirePositional(p, 1, QStringLiteral("REV1"));
    const QString rev2 = p.positionalArguments().value(2, QStringLiteral("HEAD"));
    Newsroom n = openNewsroom(ctx);
    Articles(n).requireArticle(slug);
    const QString path = Newsroom::articlePath(slug);
    const QByteArray a = n.tryReadFile(path, rev1).value_or(QByteArray());
    const QByteArray b = n.tryReadFile(path, rev2).value_or(QByteArray());
    if (p.isSet(words)) {
        ctx.out << wordDiffText(QString::fromUtf8(a), QString::fromUtf8(b));
        return 0;
    }
    ctx.out << n.repository().unifiedDiff(a, b, path, path);
    return 0;
}

int runRestore(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("The article."));
    p.addPositionalArgument(QStringLiteral("REV"),
                            QStringLiteral("The revision whose text comes back."));
    int rc = 0;
    if (!parseArguments(
            ctx, p,
            QStringLiteral("Bring back an old text as a new revision; history keeps everything."),
            rc))
        return rc;
    const QString slug = requirePositional(p, 0, QStringLiteral("SLUG"));
    const QString rev = requirePositional(p, 1, QStringLiteral("REV"));
    Newsroom n = openNewsroom(ctx);
    const QString id = Workflow(n).restore(slug, rev);
    ctx.out << "Restored " << slug << " as of " << rev << " (" << id.left(10) << ")\n";
    return 0;
}

const Registration regNew{{QStringLiteral("new"), QStringLiteral("Create an article"), &runNew}};
const Registration regSave{
    {QStringLiteral("save"), QStringLiteral("Store new text as a revision"), &runSave}};
const Registration regShow{
    {QStringLiteral("show"), QStringLiteral("Print an article's text"), &runShow}};
const Registration regList{{QStringLiteral("list"), QStringLiteral("List the articles"), &runList}};
const Registration regLog{
    {QStringLiteral("log"), QStringLiteral("An article's revisions"), &runLog}};
const Registration regDiff{
    {QStringLiteral("diff"), QStringLiteral("Compare two revisions of an article"), &runDiff}};
const Registration regRestore{
    {QStringLiteral("restore"), QStringLiteral("Bring back an old revision"), &runRestore}};

} // namespace
} // namespace copydesk::cli
