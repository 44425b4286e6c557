#pragma once
// Shared by the pipeline tests: a scripted newsroom history through the real
// CLI, and plain-git forgeries of it.

#include "common/Fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace copydesk::test
{

inline const QString kEd = QStringLiteral("ed@example.com");
inline const QString kWr = QStringLiteral("wr@example.com");
inline const QString kRv = QStringLiteral("rv@example.com");

// An article body with exactly one claim (money) and no spelling or style
// error, so the style gate is open and the facts gate needs one verification.
QByteArray cleanStory();

// Runs the CLI and fails the test (returns false) on a non-zero exit.
bool ok(const CliResult &r, const char *what);

QString headOf(const QString &dir); // git rev-parse HEAD
CliResult git(const QString &dir, const QStringList &args,
              const QString &email = QStringLiteral("ed@example.com"),
              const QByteArray &input = {});
QJsonDocument jsonOf(const CliResult &r);

// new → assign → save → submit → approve → advance → verify claim → advance
// → publish, each by the right person. Stops at `untilStage` (after the
// event that reaches it; "assign" and "verified" stop after those events)
// when given. Returns false on any failure.
bool scriptStory(const QString &dir, const QString &slug, const QString &untilStage = {});
// The id of the article's first claim (claims --json).
QString firstClaim(const QString &dir, const QString &slug);

// Commits, with plain git as `email`, the working-tree file `path` with
// `content` and a message (trailers included) — a forgery when it says it
// is an event.
bool forgeCommit(const QString &dir, const QString &email, const QMap<QString, QByteArray> &files,
                 const QString &message);

// The server side: a bare repository with Copydesk's pre-receive hook (the
// real copydesk-cli, by absolute path), and plain-git pushes to it.
QByteArray readFile(const QString &path);
bool installHook(const QString &bare);
// What the server's `ref` points to (empty when absent).
QString serverHead(const QString &bare, const QString &ref = QStringLiteral("main"));
// The article's state.json in `dir` with some fields changed, as a hand
// edit would: a forgery's content. The second form changes the stage.
QByteArray editedState(const QString &dir, const QString &slug, const QJsonObject &changes);
QByteArray editedState(const QString &dir, const QString &slug, const QString &stage);
// A stage-moving event's message with its trailers.
QString eventMessage(const QString &event, const QString &slug, const QString &actor,
                     const QString &from, const QString &to);
CliResult push(const QString &dir, const QStringList &refspecs = {QStringLiteral("main")});
// Back to what the server has, forgetting a rejected local commit.
void resetToServer(const QString &dir);
CliResult runCliWithKey(const QString &dir, const QStringList &args, const QString &email,
                        const QString &key);
// A new ed25519 key pair `dir/name` (no passphrase); returns its path.
QString makeKey(const QString &dir, const QString &name, const QString &email);

} // namespace copydesk::test
