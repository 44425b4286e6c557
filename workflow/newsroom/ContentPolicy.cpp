#include "newsroom/ContentPolicy.h"

#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/Json.h"
#include "git/Repository.h"
#include "newsroom/Articles.h"

#include <QCoreApplication>
#include <QHash>

namespace copydesk::ContentPolicy
{

namespace
{

constexpr int kMaxSlugLength = 80;
constexpr int kModeTree = 040000;
constexpr int kModeFile = 0100644;
constexpr int kModeGroupWritable = 0100664; // old git's plain file
constexpr int kModeExecutable = 0100755;
constexpr int kModeLink = 0120000;
constexpr int kModeGitlink = 0160000;

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// The rule a tree entry's type breaks, or empty for a regular file.
QString typeProblem(int mode, const QString &path)
{
    switch (mode) {
    case kModeFile:
    case kModeGroupWritable:
        return {};
    case kModeLink:
        return QStringLiteral("a symbolic link is not allowed: %1 (Copydesk never follows links)")
            .arg(path);
    case kModeGitlink:
        return QStringLiteral("a gitlink (submodule) is not allowed: %1").arg(path);
    case kModeExecutable:
        return QStringLiteral(
                   "an executable file is not allowed: %1 (mode 100755; store it as 100644)")
            .arg(path);
    case kModeTree:
        return QStringLiteral("a folder is not allowed here: %1").arg(path);
    default:
        return QStringLiteral("an entry of unknown type (mode %1) is not allowed: %2")
            .arg(QString::number(mode, 8), path);
    }
}

// A changed regular file's content: its size from the blob's header first,
// so a 70 MB file is refused without being read.
QString contentProblem(const git::Repository &repo, const QString &path, const QString &blobId)
{
    try {
        const qint64 size = repo.blobSize(blobId);
        const qint64 limit =
            path.endsWith(QLatin1String(".json")) ? kMaxJsonBytes : Articles::kMaxArticleBytes;
        if (size > limit)
            return QStringLiteral("%1 is larger than %2 MB (%3 MB)")
                .arg(path)
                .arg(limit / (1024 * 1024))
                .arg(double(size) / (1024 * 1024), 0, 'f', 1);
        validateFile(path, repo.readBlob(blobId, path));
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QHash<QString, git::TreeListing> byName(const QList<git::TreeListing> &entries)
{
    QHash<QString, git::TreeListing> out;
    for (const git::TreeListing &e : entries)
        out.insert(e.name, e);
    return out;
}

bool unchanged(const QHash<QString, git::TreeListing> &before, const git::TreeListing &e)
{
    const auto it = before.constFind(e.name);
    return it != before.constEnd() && it->id == e.id && it->mode == e.mode;
}

// The files of one folder (`path` in `commit`), judged against the same
// folder in `parent`: `allowed` names (empty: any name) of regular files.
void judgeFiles(const git::Repository &repo, const QString &commit, const QString &parent,
                const QString &path, const QStringList &allowed, const QString &notAllowed,
                QStringList &out)
{
    const QHash<QString, git::TreeListing> before = parent.isEmpty()
                                                        ? QHash<QString, git::TreeListing>()
                                                        : byName(repo.listDirectory(parent, path));
    for (const git::TreeListing &e : repo.listDirectory(commit, path)) {
        if (unchanged(before, e))
            continue;
        const QString file = path + u'/' + e.name;
        if (const QString p = typeProblem(e.mode, file); !p.isEmpty()) {
            out.append(p);
            continue;
        }
        if (!allowed.isEmpty() && !allowed.contains(e.name)) {
            out.append(notAllowed.arg(file));
            continue;
        }
        if (const QString p = contentProblem(repo, file, e.id); !p.isEmpty())
            out.append(p);
    }
}

} // namespace

const QStringList &articleFiles()
{
    static const QStringList files{QStringLiteral("index.md"), QStringLiteral("state.json"),
                                   QStringLiteral("comments.json"), QStringLiteral("ledger.json")};
    return files;
}

const QStringList &configFolders()
{
    static const QStringList folders{QStringLiteral("words"), QStringLiteral("style"),
                                     QStringLiteral("claims")};
    return folders;
}

void validateSlug(const QString &slug)
{
    auto bad = [&](const QString &why) {
        throw Error(QCoreApplication::translate("copydesk::Newsroom",
                                                "'%1' is not a valid article slug: %2")
                        .arg(slug, why),
                    Error::Kind::Usage);
    };
    if (slug.isEmpty())
        bad(QCoreApplication::translate("copydesk::Newsroom", "it is empty"));
    if (slug.size() > kMaxSlugLength)
        bad(QCoreApplication::translate("copydesk::Newsroom", "it is longer than %1 characters")
                .arg(kMaxSlugLength));
    if (slug.contains(u'/') || slug.contains(u'\\') || slug.contains(QStringLiteral("..")))
        bad(QCoreApplication::translate("copydesk::Newsroom",
                                        "it may not contain '/', '\\' or '..'"));
    if (slug.startsWith(u'.') || slug.startsWith(u'-'))
        bad(QCoreApplication::translate("copydesk::Newsroom", "it may not start with '.' or '-'"));
    // One spelling per slug: decomposed Hangul (NFD, as macOS file names
    // have it) looks the same as the composed syllables but is another name.
    if (slug != slug.normalized(QString::NormalizationForm_C))
        bad(QStringLiteral("it is not in Unicode NFC form (write the composed letters)"));
    for (QChar c : slug) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            bad(QCoreApplication::translate("copydesk::Newsroom",
                                            "it contains a space or a control character"));
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' ||
                        isHangulSyllable(c);
        if (!ok)
            bad(QCoreApplication::translate(
                "copydesk::Newsroom", "use lower-case letters a-z, digits, '-' and Hangul only"));
    }
}

QString slugKey(const QString &slug)
{
    return slug.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void validateNewSlug(const QString &slug, const std::function<QStringList()> &existing)
{
    const QString key = slugKey(slug);
    if (key != slug) {
        for (const QString &other : existing()) {
            if (other != slug && slugKey(other) == key)
                throw Error(
                    QStringLiteral("'%1' is a twin of the existing article '%2': the same slug "
                                   "written in another Unicode form or case; open '%2' instead")
                        .arg(slug, other),
                    Error::Kind::Usage);
        }
    }
    validateSlug(slug);
}

void validateArticleText(const QByteArray &file, const QString &what)
{
    if (file.size() > Articles::kMaxArticleBytes)
        throw Error(QStringLiteral("%1 is larger than %2 MB")
                        .arg(what)
                        .arg(Articles::kMaxArticleBytes / (1024 * 1024)),
                    Error::Kind::Usage);
    QString text;
    try {
        text = decodeUtf8Strict(file, what);
    } catch (const Error &e) {
        throw Error(QStringLiteral("invalid UTF-8 in %1: %2").arg(what, e.message()),
                    Error::Kind::Usage);
    }
    if (const qsizetype nul = file.indexOf('\0'); nul >= 0)
        throw Error(
            QStringLiteral("a NUL byte in %1 (at byte %2): an article is text").arg(what).arg(nul),
            Error::Kind::Usage);
    if (text.trimmed().isEmpty())
        throw Error(QStringLiteral("%1 is empty: an article is never blanked").arg(what),
                    Error::Kind::Usage);
    ArticleText parsed;
    try {
        parsed = ArticleText::parse(text);
    } catch (const Error &e) {
        throw Error(
            QStringLiteral("the front matter of %1 does not parse: %2").arg(what, e.message()),
            Error::Kind::Usage);
    }
    // The language tag chooses the checks' dictionaries and rules: one the
    // CLI refuses would switch the style gate's rules off.
    if (const QString lang = parsed.value(QStringLiteral("lang")); !lang.isEmpty()) {
        try {
            validateLanguage(lang);
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1: %2").arg(what, e.message()), Error::Kind::Usage);
        }
    }
}

void validateFile(const QString &path, const QByteArray &bytes)
{
    if (path.startsWith(QLatin1String("articles/")) && path.endsWith(QLatin1String("/index.md"))) {
        validateArticleText(bytes, path);
        return;
    }
    if (path.endsWith(QLatin1String(".json"))) {
        parseJsonObject(bytes, path);
        return;
    }
    // Word lists, style rules, claim lexicons, allowed_signers: text every
    // check reads strictly, so a bad byte is refused where it arrives.
    if (bytes.size() > Articles::kMaxArticleBytes)
        throw Error(QStringLiteral("%1 is larger than %2 MB")
                        .arg(path)
                        .arg(Articles::kMaxArticleBytes / (1024 * 1024)),
                    Error::Kind::Usage);
    try {
        decodeUtf8Strict(bytes, path);
    } catch (const Error &e) {
        throw Error(QStringLiteral("invalid UTF-8 in %1: %2").arg(path, e.message()),
                    Error::Kind::Usage);
    }
    if (bytes.contains('\0'))
        throw Error(QStringLiteral("a NUL byte in %1: configuration files are text").arg(path),
                    Error::Kind::Usage);
}

QStringList articleProblems(const git::Repository &repo, const QString &commit,
                            const QString &parent, const QString &entry)
{
    QStringList out;
    const QString dir = QStringLiteral("articles/") + entry;
    const int mode = repo.entryMode(commit, dir);
    if (mode == 0)
        return out; // removed: the workflow rules say whether that may happen
    const bool isNew = parent.isEmpty() || repo.entryMode(parent, dir) == 0;
    if (isNew) {
        try {
            validateNewSlug(entry, [&] {
                QStringList slugs;
                if (!parent.isEmpty()) {
                    for (const git::TreeListing &e :
                         repo.listDirectory(parent, QStringLiteral("articles")))
                        slugs.append(e.name);
                }
                return slugs;
            });
        } catch (const Error &e) {
            out.append(e.message());
        }
    }
    if (mode != kModeTree) {
        const QString type = typeProblem(mode, dir);
        out.append(
            type.isEmpty()
                ? QStringLiteral("%1 is a file: each entry of articles/ is an article's folder")
                      .arg(dir)
                : type);
        return out;
    }
    judgeFiles(repo, commit, isNew ? QString() : parent, dir, articleFiles(),
               QStringLiteral(
                   "an unexpected file in an article: %1 (an article folder holds only index.md, "
                   "state.json, comments.json and ledger.json)"),
               out);
    return out;
}

QStringList configProblems(const git::Repository &repo, const QString &commit,
                           const QString &parent)
{
    QStringList out;
    const QString root = QStringLiteral("copydesk");
    if (repo.entryMode(commit, root) != kModeTree)
        return out; // absent, or reported by rootProblems()
    const QString base =
        parent.isEmpty() || repo.entryMode(parent, root) != kModeTree ? QString() : parent;
    const QHash<QString, git::TreeListing> before = base.isEmpty()
                                                        ? QHash<QString, git::TreeListing>()
                                                        : byName(repo.listDirectory(base, root));
    for (const git::TreeListing &e : repo.listDirectory(commit, root)) {
        if (unchanged(before, e))
            continue;
        const QString path = root + u'/' + e.name;
        if (e.mode != kModeTree) {
            if (const QString p = typeProblem(e.mode, path); !p.isEmpty())
                out.append(p);
            else if (const QString c = contentProblem(repo, path, e.id); !c.isEmpty())
                out.append(c);
            continue;
        }
        if (!configFolders().contains(e.name)) {
            out.append(QStringLiteral(
                           "an unexpected folder in the configuration: %1 (copydesk/ holds files "
                           "and the folders words/, style/ and claims/)")
                           .arg(path));
            continue;
        }
        const bool folderExisted =
            before.contains(e.name) && before.value(e.name).mode == kModeTree;
        judgeFiles(repo, commit, folderExisted ? base : QString(), path, {}, {}, out);
    }
    return out;
}

QStringList rootProblems(const git::Repository &repo, const QString &commit, const QString &parent)
{
    QStringList out;
    for (const QString &name : {QStringLiteral("articles"), QStringLiteral("copydesk")}) {
        const QString id = repo.entryId(commit, name);
        if (id.isEmpty() || (!parent.isEmpty() && repo.entryId(parent, name) == id &&
                             repo.entryMode(parent, name) == repo.entryMode(commit, name)))
            continue;
        const int mode = repo.entryMode(commit, name);
        if (mode != kModeTree) {
            const QString type = typeProblem(mode, name);
            out.append(type.isEmpty()
                           ? QStringLiteral("%1 is a file; it must be a folder").arg(name)
                           : type);
        }
    }
    return out;
}

} // namespace copydesk::ContentPolicy
