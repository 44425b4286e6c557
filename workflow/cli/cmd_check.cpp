// copydesk-cli check: claims, spelling and style findings for articles, as a
// compiler prints diagnostics (or JSON), with an exit status for CI and hooks.
#include "check/Check.h"
#include "claims/ClaimStatus.h"
#include "cli/Command.h"
#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/Paths.h"
#include "pipeline/Ledger.h"

#include "newsroom/Articles.h"
#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk::cli
{

namespace
{

// The nearest folder at or above `dir` holding copydesk/newsroom.json.
QString findNewsroomRoot(const QString &dir)
{
    QDir d(dir);
    for (int guard = 0; guard < 128; ++guard) {
        if (QFileInfo::exists(d.filePath(QStringLiteral("copydesk/newsroom.json"))))
            return d.absolutePath();
        if (!d.cdUp())
            break;
    }
    return {};
}

void validateSlugArgument(const QString &slug)
{
    bool bad = slug.isEmpty() || slug.startsWith(u'.') || slug.contains(u'/') ||
               slug.contains(u'\\') || slug.contains(QStringLiteral(".."));
    for (QChar c : slug)
        bad = bad || c.category() == QChar::Other_Control;
    if (bad)
        throw Error(QStringLiteral("'%1' is neither a file nor a valid article slug").arg(slug),
                    Error::Kind::Usage);
}

struct Target {
    QString display; // as printed
    QString file;    // absolute path
};

// A file named on the command line is read only when it is not a link, nor
// inside the newsroom below a linked folder.
void refuseLinkedFile(const QFileInfo &fi, const QString &root)
{
    if (fi.isSymLink())
        throw Error(QStringLiteral("%1 is a symbolic link; Copydesk does not read through links "
                                   "(name the file it points to if you mean it)")
                        .arg(fi.filePath()),
                    Error::Kind::Refused);
    const QString path = fi.absoluteFilePath();
    if (!root.isEmpty() && path.startsWith(root + u'/'))
        refuseSymLink(root, path.mid(root.size() + 1));
}

Target resolveTarget(const QString &arg, const QString &cwd, const QString &root)
{
    const QFileInfo fi(QDir(cwd), arg);
    if (fi.isSymLink() || fi.isFile()) {
        refuseLinkedFile(fi, root);
        return {arg, fi.absoluteFilePath()};
    }
    if (arg.endsWith(QLatin1String(".md")) || arg.contains(u'/'))
        throw Error(QStringLiteral("%1: no such file").arg(arg), Error::Kind::NotFound);
    validateSlugArgument(arg);
    if (root.isEmpty())
        throw Error(QStringLiteral("%1: no such file, and not inside a newsroom to look up an "
                                   "article by slug")
                        .arg(arg),
                    Error::Kind::NotFound);
    const QString file = QDir(root).filePath(QStringLiteral("articles/%1/index.md").arg(arg));
    // A link planted in a newsroom's articles/ could point anywhere.
    refuseSymLink(root, QStringLiteral("articles/%1/index.md").arg(arg));
    if (!QFileInfo(file).isFile())
        throw Error(QStringLiteral("%1: no article with this slug in %2").arg(arg, root),
                    Error::Kind::NotFound);
    return {QDir(cwd).relativeFilePath(file), file};
}

QString readArticle(const Target &t)
{
    QFile f(t.file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(t.display, f.errorString()));
    if (f.size() > Articles::kMaxArticleBytes)
        throw Error(QStringLiteral("%1 is %2 MB; Copydesk refuses articles larger than %3 MB")
                        .arg(t.display)
                        .arg(f.size() / (1024 * 1024))
                        .arg(Articles::kMaxArticleBytes / (1024 * 1024)),
                    Error::Kind::Refused);
    return decodeUtf8Strict(f.readAll(), t.display);
}

// Inside a newsroom, an article's findings take their status from the
// ledger beside it (verified and disputed claims, waived findings), read from
// the working tree like the text itself.
void applyLedger(const Target &t, const QString &root, Findings &findings)
{
    const QString articles = QDir(root).filePath(QStringLiteral("articles")) + u'/';
    if (root.isEmpty() || !t.file.startsWith(articles) ||
        !t.file.endsWith(QLatin1String("/index.md")))
        return;
    QFile f(QFileInfo(t.file).absolutePath() + QStringLiteral("/ledger.json"));
    refuseSymLink(root, QDir(root).relativeFilePath(f.fileName()));
    if (!f.exists()) {
        Ledger().apply(findings);
        return;
    }
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    Ledger::fromJson(f.readAll(), QDir(root).relativeFilePath(f.fileName())).apply(findings);
}

int runCheck(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these checks, comma-separated: "
                                                 "spelling,style,claims."),
                                  QStringLiteral("CHECKS"));
    const QCommandLineOption noFail(QStringLiteral("no-fail"),
                                    QStringLiteral("Exit 0 even when errors or unverified claims "
                                                   "remain."));
    parser.addOptions({format, only, noFail});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Markdown files or article slugs (default: every "
                                                "article of the newsroom)."),
                                 QStringLiteral("[PATH...]"));
    int exitCode = 0;
    if (!parseArguments(ctx, parser,
                        QStringLiteral("Checks articles for claims to verify, misspellings and "
                                       "style. Exits 1 when an error or an unverified claim "
                                       "remains, 2 when an input could not be checked."),
                        exitCode))
        return exitCode;

    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        ctx.err << "copydesk-cli check: --format must be text or json, not '" << fmt << "'\n";
        return 2;
    }
    const QString root = findNewsroomRoot(ctx.dir);
    CheckEnvironment env;
    env.newsroomRoot = root;
    QSet<QString> selected;
    if (parser.isSet(only)) {
        static const QStringList known{QStringLiteral("spelling"), QStringLiteral("style"),
                                       QStringLiteral("claims")};
        for (const QString &name : parser.value(only).split(u',', Qt::SkipEmptyParts)) {
            const QString n = name.trimmed();
            if (!known.contains(n)) {
                ctx.err << "copydesk-cli check: unknown check '" << n
                        << "' (known: spelling, style, claims)\n";
                return 2;
            }
            selected.insert(n);
        }
    }
    QStringList warnings;
    const CheckSuite suite = CheckSuite::standard(env, &warnings, selected);
    for (const QString &w : warnings)
        ctx.err << "copydesk-cli check: warning: " << w << "\n";

    QStringList args = parser.positionalArguments();
    QList<Target> targets;
    bool inputFailed = false;
    if (args.isEmpty()) {
        if (root.isEmpty()) {
            ctx.err << "copydesk-cli check: name files or slugs to check (not inside a "
                       "newsroom)\n";
            return 2;
        }
        // Every article folder, each checked for links before anything is
        // read: a folder or index.md that is a link (pushed by anyone) is
        // named and skipped, and the others are still checked.
        QDir articles(QDir(root).filePath(QStringLiteral("articles")));
        try {
            refuseSymLink(root, QStringLiteral("articles"));
        } catch (const Error &e) {
            ctx.err << "copydesk-cli check: " << e.message() << "\n";
            return 2;
        }
        for (const QString &slug : articles.entryList(
                 QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString relative = QStringLiteral("articles/%1/index.md").arg(slug);
            try {
                refuseSymLink(root, relative);
            } catch (const Error &e) {
                ctx.err << "copydesk-cli check: " << e.message() << "\n";
                inputFailed = true;
                continue;
            }
            const QString file = QDir(root).filePath(relative);
            if (QFileInfo(file).isFile())
                targets.append({QDir(ctx.dir).relativeFilePath(file), file});
        }
    } else {
        for (const QString &a : args) {
            try {
                targets.append(resolveTarget(a, ctx.dir, root));
            } catch (const Error &e) {
                ctx.err << "copydesk-cli check: " << e.message() << "\n";
                inputFailed = true;
            }
        }
    }

    bool blocking = false;
    QJsonArray files;
    for (const Target &t : std::as_const(targets)) {
        Findings findings;
        try {
            findings = suite.checkFile(readArticle(t), selected);
            applyLedger(t, root, findings);
        } catch (const Error &e) {
            QString m = e.message();
            if (!m.startsWith(t.display))
                m = t.display + QStringLiteral(": ") + m;
            ctx.err << "copydesk-cli check: " << m << "\n";
            inputFailed = true;
            continue;
        }
        blocking = blocking || anyBlocking(findings);
        if (fmt == QLatin1String("json")) {
            QJsonArray list;
            for (const Finding &f : std::as_const(findings))
                list.append(f.toJson());
            files.append(QJsonObject{{QStringLiteral("path"), t.display},
                                     {QStringLiteral("findings"), list}});
        } else {
            for (const Finding &f : std::as_const(findings))
                ctx.out << t.display << ':' << f.line << ':' << f.column << ": "
                        << severityName(f.severity) << ": " << f.kind << ": " << f.message
                        << (f.status.isEmpty() || f.status == QLatin1String("unverified")
                                ? QString()
                                : QStringLiteral(" [%1]").arg(f.status))
                        << "\n";
        }
    }
    if (fmt == QLatin1String("json"))
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("files"), files}})
                       .toJson(QJsonDocument::Indented);
    if (inputFailed)
        return 2;
    if (blocking && !parser.isSet(noFail))
        return 1;
    return 0;
}

const Registration reg{{QStringLiteral("check"),
                        QStringLiteral("Check articles: claims to verify, spelling, style"),
                        &runCheck}};

} // namespace

} // namespace copydesk::cli
