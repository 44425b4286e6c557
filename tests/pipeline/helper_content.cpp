#include "helper_content.h"

#include "helper_pipeline.h"

#include <QFile>

namespace copydesk::test
{

namespace
{

const QString kKorean = QStringLiteral("서울-예산");

QByteArray fileOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray goodText(const QString &title)
{
    return QStringLiteral("---\ntitle: %1\nlang: en\n---\n\nThe council met on Monday.\n")
        .arg(title)
        .toUtf8();
}

QString newMessage(const QString &slug)
{
    return QStringLiteral("New article\n\nCopydesk-Event: new\nCopydesk-Article: %1\n"
                          "Copydesk-Actor: ed@example.com\nCopydesk-To: assigned\n"
                          "Copydesk-Stage: assigned\n")
        .arg(slug);
}

QString saveMessage(const QString &extraTrailers = {})
{
    return QStringLiteral("Save draft\n\nCopydesk-Event: save\nCopydesk-Article: draft\n"
                          "Copydesk-Actor: ed@example.com\n%1Copydesk-Stage: drafting\n")
        .arg(extraTrailers);
}

} // namespace

bool forgeEntries(const QString &dir, const QString &email, const QList<ForgedEntry> &entries,
                  const QString &message)
{
    for (const ForgedEntry &e : entries) {
        QString id = QString::fromLatin1(e.content);
        if (e.mode != QLatin1String("160000")) {
            const CliResult h = git(
                dir,
                {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")},
                email, e.content);
            if (!ok(h, "git hash-object"))
                return false;
            id = h.out.trimmed();
        }
        if (!ok(git(dir,
                    {QStringLiteral("update-index"), QStringLiteral("--add"),
                     QStringLiteral("--cacheinfo"), e.mode + u',' + id + u',' + e.path},
                    email),
                "git update-index"))
            return false;
    }
    return ok(git(dir,
                  {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message},
                  email),
              "git commit");
}

bool prepareContentDesk(const QString &dir)
{
    return ok(runCli(dir, {QStringLiteral("new"), kKorean, QStringLiteral("--title"),
                           QStringLiteral("서울 예산")}),
              "new 서울-예산") &&
           ok(runCli(dir, {QStringLiteral("new"), QStringLiteral("draft"),
                           QStringLiteral("--title"), QStringLiteral("Draft")}),
              "new draft") &&
           ok(runCli(dir, {QStringLiteral("save"), QStringLiteral("draft")}, kEd,
                     "The council met on Monday.\n"),
              "save draft");
}

QStringList contentAttackNames()
{
    return {QStringLiteral("slug Evil"),
            QStringLiteral("slug .evil"),
            QStringLiteral("slug with a space"),
            QStringLiteral("slug of 200 characters"),
            QStringLiteral("NFD twin of a Korean slug"),
            QStringLiteral("new: index.md links to /etc/passwd"),
            QStringLiteral("new: index.md is a gitlink"),
            QStringLiteral("new: index.md is executable"),
            QStringLiteral("new: state.json with a duplicate key"),
            QStringLiteral("new: an unexpected file"),
            QStringLiteral("new: a subfolder"),
            QStringLiteral("articles/ entry is a file"),
            QStringLiteral("save: invalid UTF-8"),
            QStringLiteral("save: NUL bytes"),
            QStringLiteral("save: empty text"),
            QStringLiteral("save: a link"),
            QStringLiteral("save: 70 MB"),
            QStringLiteral("save: front matter never closed"),
            QStringLiteral("duplicate Copydesk-Actor"),
            QStringLiteral("duplicate Copydesk-Event"),
            QStringLiteral("config: a linked word list"),
            QStringLiteral("config: people.json with a duplicate key"),
            QStringLiteral("config: an unexpected folder")};
}

ContentAttack contentAttack(const QString &name, const QString &dir)
{
    const QByteArray newState =
        fileOf(dir + u'/' + QStringLiteral("articles/") + kKorean + QStringLiteral("/state.json"));
    auto createAs = [&](const QString &slug, const QString &expected) {
        return ContentAttack{kEd,
                             {{QStringLiteral("articles/%1/index.md").arg(slug),
                               QStringLiteral("100644"), goodText(QStringLiteral("Evil"))},
                              {QStringLiteral("articles/%1/state.json").arg(slug),
                               QStringLiteral("100644"), newState}},
                             newMessage(slug),
                             expected};
    };
    // A `new` of articles/evil whose index.md is `mode` with `content`.
    auto createEvil = [&](const QString &mode, const QByteArray &content, const QString &expected) {
        ContentAttack a = createAs(QStringLiteral("evil"), expected);
        a.entries[0].mode = mode;
        a.entries[0].content = content;
        return a;
    };
    auto save = [&](const QString &mode, const QByteArray &content, const QString &expected) {
        return ContentAttack{kEd,
                             {{QStringLiteral("articles/draft/index.md"), mode, content}},
                             saveMessage(),
                             expected};
    };

    if (name == QLatin1String("slug Evil"))
        return createAs(QStringLiteral("Evil"),
                        QStringLiteral("'Evil' is not a valid article slug"));
    if (name == QLatin1String("slug .evil"))
        return createAs(QStringLiteral(".evil"),
                        QStringLiteral("'.evil' is not a valid article slug"));
    if (name == QLatin1String("slug with a space"))
        return createAs(QStringLiteral("evil slug"),
                        QStringLiteral("'evil slug' is not a valid article slug"));
    if (name == QLatin1String("slug of 200 characters"))
        return createAs(QString(200, u'a'), QStringLiteral("longer than 80 characters"));
    if (name == QLatin1String("NFD twin of a Korean slug"))
        return createAs(kKorean.normalized(QString::NormalizationForm_D),
                        QStringLiteral("is a twin of the existing article '") + kKorean);
    if (name == QLatin1String("new: index.md links to /etc/passwd"))
        return createEvil(QStringLiteral("120000"), "/etc/passwd",
                          QStringLiteral("a symbolic link is not allowed: articles/evil/index.md"));
    if (name == QLatin1String("new: index.md is a gitlink"))
        return createEvil(QStringLiteral("160000"), headOf(dir).toLatin1(),
                          QStringLiteral("a gitlink (submodule) is not allowed: "
                                         "articles/evil/index.md"));
    if (name == QLatin1String("new: index.md is executable"))
        return createEvil(QStringLiteral("100755"), goodText(QStringLiteral("Evil")),
                          QStringLiteral("an executable file is not allowed: "
                                         "articles/evil/index.md"));
    if (name == QLatin1String("new: state.json with a duplicate key")) {
        ContentAttack a = createAs(QStringLiteral("evil"), QStringLiteral("duplicate key 'stage'"));
        // QJsonDocument keeps the last "stage": a lenient reader sees "assigned".
        QByteArray twice = newState;
        twice.replace("{", "{\n    \"stage\": \"published\",");
        a.entries[1].content = twice;
        return a;
    }
    if (name == QLatin1String("new: an unexpected file")) {
        ContentAttack a =
            createAs(QStringLiteral("evil"), QStringLiteral("an unexpected file in an article: "
                                                            "articles/evil/run.sh"));
        a.entries.append(
            {QStringLiteral("articles/evil/run.sh"), QStringLiteral("100644"), "echo hi\n"});
        return a;
    }
    if (name == QLatin1String("new: a subfolder")) {
        ContentAttack a =
            createAs(QStringLiteral("evil"),
                     QStringLiteral("a folder is not allowed here: articles/evil/images"));
        a.entries.append(
            {QStringLiteral("articles/evil/images/x.md"), QStringLiteral("100644"), "x\n"});
        return a;
    }
    if (name == QLatin1String("articles/ entry is a file"))
        return ContentAttack{kEd,
                             {{QStringLiteral("articles/evil"), QStringLiteral("100644"),
                               goodText(QStringLiteral("Evil"))}},
                             newMessage(QStringLiteral("evil")),
                             QStringLiteral("articles/evil is a file")};
    if (name == QLatin1String("save: invalid UTF-8"))
        return save(QStringLiteral("100644"), "---\ntitle: Draft\n---\n\ncaf\xe9 au lait\n",
                    QStringLiteral("invalid UTF-8 in articles/draft/index.md"));
    if (name == QLatin1String("save: NUL bytes")) {
        static const char withNul[] = "---\ntitle: Draft\n---\n\nThe council\0 met.\n";
        return save(QStringLiteral("100644"), QByteArray(withNul, sizeof withNul - 1),
                    QStringLiteral("a NUL byte in articles/draft/index.md"));
    }
    if (name == QLatin1String("save: empty text"))
        return save(QStringLiteral("100644"), QByteArray(),
                    QStringLiteral("articles/draft/index.md is empty"));
    if (name == QLatin1String("save: a link"))
        return save(QStringLiteral("120000"), "/etc/passwd",
                    QStringLiteral("a symbolic link is not allowed: articles/draft/index.md"));
    if (name == QLatin1String("save: 70 MB"))
        return save(QStringLiteral("100644"),
                    "---\ntitle: Draft\n---\n\n" + QByteArray(70 * 1024 * 1024, 'a'),
                    QStringLiteral("articles/draft/index.md is larger than 16 MB"));
    if (name == QLatin1String("save: front matter never closed"))
        return save(QStringLiteral("100644"), "---\ntitle: Draft\n\nThe council met.\n",
                    QStringLiteral("the front matter of articles/draft/index.md does not parse"));
    if (name == QLatin1String("duplicate Copydesk-Actor")) {
        ContentAttack a = save(QStringLiteral("100644"), goodText(QStringLiteral("Draft")),
                               QStringLiteral("the trailer Copydesk-Actor appears more than once"));
        a.message = saveMessage(QStringLiteral("Copydesk-Actor: wr@example.com\n"));
        return a;
    }
    if (name == QLatin1String("duplicate Copydesk-Event")) {
        ContentAttack a = save(QStringLiteral("100644"), goodText(QStringLiteral("Draft")),
                               QStringLiteral("the trailer Copydesk-Event appears more than once"));
        a.message = saveMessage(QStringLiteral("Copydesk-Event: publish\n"));
        return a;
    }
    if (name == QLatin1String("config: a linked word list"))
        return ContentAttack{
            kEd,
            {{QStringLiteral("copydesk/words/extra.txt"), QStringLiteral("120000"), "/etc/passwd"}},
            QStringLiteral("More words"),
            QStringLiteral("a symbolic link is not allowed: copydesk/words/extra.txt")};
    if (name == QLatin1String("config: people.json with a duplicate key")) {
        QByteArray people = fileOf(dir + QStringLiteral("/copydesk/people.json"));
        people.replace("{", "{\n    \"people\": {},");
        return ContentAttack{
            kEd,
            {{QStringLiteral("copydesk/people.json"), QStringLiteral("100644"), people}},
            QStringLiteral("Tidy people"),
            QStringLiteral("duplicate key 'people'")};
    }
    if (name == QLatin1String("config: an unexpected folder"))
        return ContentAttack{kEd,
                             {{QStringLiteral("copydesk/hooks/post-merge"),
                               QStringLiteral("100644"), "#!/bin/sh\n"}},
                             QStringLiteral("Add hooks"),
                             QStringLiteral("an unexpected folder in the configuration: "
                                            "copydesk/hooks")};
    qFatal("unknown content attack %s", qPrintable(name));
}

} // namespace copydesk::test
