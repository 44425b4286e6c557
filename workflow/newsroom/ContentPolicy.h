#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace copydesk
{

namespace git
{
class Repository;
}

// What a newsroom may hold under articles/ and copydesk/: one definition,
// used by the CLI before it writes (new, save) and by verify and the server
// hook on what arrives (pipeline/Verifier), so a push made with plain git
// meets the same limits as the CLI.
//
//   articles/<slug>/  a folder named by a valid slug (validateSlug), holding
//                     only index.md, state.json, comments.json, ledger.json
//   copydesk/         files, and the folders words/, style/, claims/ of files
//
// Every file is a regular, non-executable file: no symbolic links, gitlinks
// (submodules) or executables anywhere below those two folders. index.md is
// valid UTF-8 text without NUL bytes, not blank, at most
// Articles::kMaxArticleBytes, with front matter that parses; a JSON file
// parses strictly (core/Json: no duplicate keys, no trailing bytes, valid
// UTF-8, at most kMaxJsonBytes); any other configuration file is UTF-8.
namespace ContentPolicy
{

// The files an article folder may hold.
const QStringList &articleFiles();
// The folders copydesk/ may hold.
const QStringList &configFolders();

// Throws Usage for a slug that is empty, too long, not in Unicode NFC form,
// has '/', '\\', '..', a space or a control character, starts with '.' or
// '-', or is not lower-case a-z 0-9 '-' and Hangul syllables.
void validateSlug(const QString &slug);
// The form two slugs that look alike share (NFKC, case-folded).
QString slugKey(const QString &slug);
// For a slug about to be created: validateSlug, and a slug whose slugKey
// equals an existing article's but is another string (an NFD twin of a
// Korean slug) is refused naming that article. `existing` is only called
// when the slug is not its own key, so the common case lists nothing.
void validateNewSlug(const QString &slug, const std::function<QStringList()> &existing);

// An article's index.md as stored; `what` names it. Throws Usage.
void validateArticleText(const QByteArray &file, const QString &what);
// Any file of articles/ or copydesk/, judged by its path relative to the
// newsroom (index.md, *.json, other configuration text). Throws Usage.
void validateFile(const QString &path, const QByteArray &bytes);

// What is wrong with articles/<entry> in `commit`, as messages naming the
// rule and the path ("a symbolic link is not allowed: articles/x/index.md").
// Only what differs from `parent` (empty for a root commit) is judged: the
// parent's files were judged when it arrived. Empty when all is well or the
// entry was removed.
QStringList articleProblems(const git::Repository &repo, const QString &commit,
                            const QString &parent, const QString &entry);
// The same for copydesk/.
QStringList configProblems(const git::Repository &repo, const QString &commit,
                           const QString &parent);
// The root entries articles and copydesk themselves: each, when present
// and changed, must be a folder (a link named articles could point anywhere).
QStringList rootProblems(const git::Repository &repo, const QString &commit, const QString &parent);

} // namespace ContentPolicy
} // namespace copydesk
