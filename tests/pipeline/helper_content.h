#pragma once
// Content attacks (issue 13): commits a writer can build with plain git
// plumbing that the CLI would never write — invalid or twin slugs, links,
// gitlinks, executables, invalid UTF-8, NUL bytes, empty or 70 MB texts,
// JSON with duplicate keys, repeated trailers. tst_server pushes each to a
// real git daemon with the hook; tst_content runs verify over each.

#include "common/Fixtures.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk::test
{

// One index entry to commit: `mode` as git writes it ("100644", "100755",
// "120000" for a link whose target is `content`, "160000" for a gitlink
// whose `content` is a commit id).
struct ForgedEntry {
    QString path;
    QString mode;
    QByteArray content;
};

// Commits, on HEAD as `email`, exactly these entries (added or replaced in
// the index with git hash-object and git update-index --cacheinfo, then
// git commit): whatever the working tree holds.
bool forgeEntries(const QString &dir, const QString &email, const QList<ForgedEntry> &entries,
                  const QString &message);

// A newsroom to attack: the editor's articles "서울-예산" (just created)
// and "draft" (created and saved by the editor: in drafting).
bool prepareContentDesk(const QString &dir);

struct ContentAttack {
    QString email;
    QList<ForgedEntry> entries;
    QString message;
    QString expected; // what the refusal must say (the rule, the path)
};

QStringList contentAttackNames();
// The attack `name` against a desk made by prepareContentDesk(dir).
ContentAttack contentAttack(const QString &name, const QString &dir);

} // namespace copydesk::test
