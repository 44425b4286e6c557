#include "helper_pipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace copydesk::test
{

QByteArray cleanStory()
{
    return QByteArrayLiteral("The city council approved the bridge repairs on Monday.\n\n"
                             "The repairs will cost $4.2 million, the council said.\n");
}

bool ok(const CliResult &r, const char *what)
{
    if (r.exitCode != 0) {
        qWarning("%s failed (%d): %s%s", what, r.exitCode, qPrintable(r.out), qPrintable(r.err));
        return false;
    }
    return true;
}

CliResult git(const QString &dir, const QStringList &args, const QString &email,
              const QByteArray &input)
{
    return runProgram(QStringLiteral("git"), args, dir, input, actorEnvironment(email));
}

QString headOf(const QString &dir)
{
    return git(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out.trimmed();
}

QJsonDocument jsonOf(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8());
}

QString firstClaim(const QString &dir, const QString &slug)
{
    const CliResult r = runCli(dir, {QStringLiteral("claims"), slug, QStringLiteral("--json")});
    return jsonOf(r).array().first().toObject().value(QStringLiteral("id")).toString();
}

bool scriptStory(const QString &dir, const QString &slug, const QString &untilStage)
{
    struct Step {
        QString email;
        QStringList args;
        QString reaches;
        QByteArray input;
    };
    const QList<Step> steps{
        {kEd,
         {QStringLiteral("new"), slug, QStringLiteral("--title"), QStringLiteral("Bridge repairs")},
         QStringLiteral("assigned"),
         {}},
        {kEd,
         {QStringLiteral("assign"), slug, QStringLiteral("--writer"), kWr,
          QStringLiteral("--reviewer"), kRv, QStringLiteral("--due"), QStringLiteral("2030-01-15"),
          QStringLiteral("--brief"), QStringLiteral("The bridge, costs")},
         QStringLiteral("assign"),
         {}},
        {kWr, {QStringLiteral("save"), slug}, QStringLiteral("drafting"), cleanStory()},
        {kWr, {QStringLiteral("submit"), slug}, QStringLiteral("review"), {}},
        {kRv, {QStringLiteral("approve"), slug}, QStringLiteral("style-check"), {}},
        {kWr, {QStringLiteral("advance"), slug}, QStringLiteral("fact-check"), {}},
        {kRv,
         {QStringLiteral("verify-claim"), slug, QStringLiteral("CLAIM"), QStringLiteral("--source"),
          QStringLiteral("council minutes, p. 3")},
         QStringLiteral("verified"),
         {}},
        {kEd, {QStringLiteral("advance"), slug}, QStringLiteral("approved"), {}},
        {kEd, {QStringLiteral("publish"), slug}, QStringLiteral("published"), {}},
    };
    for (Step s : steps) {
        if (s.args.contains(QStringLiteral("CLAIM")))
            s.args.replace(s.args.indexOf(QStringLiteral("CLAIM")), firstClaim(dir, slug));
        const CliResult r = runCli(dir, s.args, s.email, s.input);
        if (!ok(r, qPrintable(s.args.join(u' '))))
            return false;
        if (!untilStage.isEmpty() && s.reaches == untilStage)
            return true;
    }
    return true;
}

bool forgeCommit(const QString &dir, const QString &email, const QMap<QString, QByteArray> &files,
                 const QString &message)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = dir + u'/' + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
                return false;
        } // flushed and closed before git reads it
        if (!ok(git(dir, {QStringLiteral("add"), it.key()}, email), "git add"))
            return false;
    }
    return ok(git(dir,
                  {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                   QStringLiteral("-m"), message},
                  email),
              "git commit");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool installHook(const QString &bare)
{
    const QString path = bare + QStringLiteral("/hooks/pre-receive");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("#!/bin/sh\nexec '%1/copydesk-cli' hook pre-receive\n")
                .arg(QStringLiteral(COPYDESK_BIN_DIR))
                .toUtf8());
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                            QFile::ReadGroup | QFile::ExeGroup);
}

QString serverHead(const QString &bare, const QString &ref)
{
    return runProgram(QStringLiteral("git"),
                      {QStringLiteral("--git-dir=") + bare, QStringLiteral("rev-parse"),
                       QStringLiteral("-q"), QStringLiteral("--verify"), ref})
        .out.trimmed();
}

QByteArray editedState(const QString &dir, const QString &slug, const QJsonObject &changes)
{
    QJsonObject o = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/articles/") + slug +
                                                     QStringLiteral("/state.json")))
                        .object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QByteArray editedState(const QString &dir, const QString &slug, const QString &stage)
{
    return editedState(dir, slug, QJsonObject{{QStringLiteral("stage"), stage}});
}

QString eventMessage(const QString &event, const QString &slug, const QString &actor,
                     const QString &from, const QString &to)
{
    return QStringLiteral("%1 %2\n\nCopydesk-Event: %1\nCopydesk-Article: %2\nCopydesk-Actor: "
                          "%3\nCopydesk-From: %4\n"
                          "Copydesk-To: %5\nCopydesk-Stage: %5\n")
        .arg(event, slug, actor, from, to);
}

CliResult push(const QString &dir, const QStringList &refspecs)
{
    return git(dir, QStringList{QStringLiteral("push"), QStringLiteral("origin")} + refspecs);
}

void resetToServer(const QString &dir)
{
    git(dir, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
    git(dir, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
              QStringLiteral("origin/main")});
}

CliResult runCliWithKey(const QString &dir, const QStringList &args, const QString &email,
                        const QString &key)
{
    QProcessEnvironment env = actorEnvironment(email);
    env.insert(QStringLiteral("COPYDESK_SIGNING_KEY"), key);
    return runProgram(QStringLiteral(COPYDESK_BIN_DIR "/copydesk-cli"), args, dir, {}, env);
}

QString makeKey(const QString &dir, const QString &name, const QString &email)
{
    const QString path = dir + u'/' + name;
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), QString(), QStringLiteral("-C"), email, QStringLiteral("-f"),
                path});
    return path;
}

} // namespace copydesk::test
