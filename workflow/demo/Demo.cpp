#include "demo/Demo.h"

#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/Paths.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Workflow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace copydesk
{

namespace
{

QByteArray readDemoFile(const QString &relative)
{
    QFile f(shippedDictionariesDir() + QStringLiteral("/demo/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QStringLiteral("the demo file %1 is missing: %2").arg(f.fileName(), f.errorString()));
    return f.readAll();
}

// Commit dates come from the script's "day" so the history reads like the
// last two weeks of a desk; restored afterwards.
class ScopedCommitDate
{
public:
    explicit ScopedCommitDate(const QDateTime &when)
    {
        const QByteArray v = QStringLiteral("@%1 +0000").arg(when.toSecsSinceEpoch()).toLatin1();
        qputenv("GIT_AUTHOR_DATE", v);
        qputenv("GIT_COMMITTER_DATE", v);
    }
    ~ScopedCommitDate()
    {
        qunsetenv("GIT_AUTHOR_DATE");
        qunsetenv("GIT_COMMITTER_DATE");
    }
};

Identity identityOf(const People &people, const QString &email)
{
    const Person *p = people.find(email);
    return Identity{p ? p->name : email, email};
}

} // namespace

void createDemoNewsroom(const QString &dir)
{
    if (Newsroom::isNewsroom(dir))
        throw Error(
            QStringLiteral("%1 is already a newsroom; pick an empty folder for the demo").arg(dir),
            Error::Kind::Usage);
    if (QDir(dir).exists() && !QDir(dir).isEmpty())
        throw Error(
            QStringLiteral("%1 is not empty; pick an empty or new folder for the demo").arg(dir),
            Error::Kind::Usage);
    QJsonParseError err{};
    const QJsonObject script =
        QJsonDocument::fromJson(readDemoFile(QStringLiteral("demo.json")), &err).object();
    if (err.error != QJsonParseError::NoError)
        throw Error(QStringLiteral("dictionaries/demo/demo.json is not valid JSON: %1")
                        .arg(err.errorString()));
    const QJsonArray people = script.value(QStringLiteral("people")).toArray();
    const QJsonObject founderJson = people.first().toObject();
    const Identity founder{founderJson.value(QStringLiteral("name")).toString(),
                           founderJson.value(QStringLiteral("email")).toString()};

    const QDateTime morning(QDate::currentDate().addDays(-14), QTime(8, 30), QTimeZone::utc());
    int minute = 0;
    auto at = [&](int day) {
        minute += 7;
        return morning.addDays(14 + day).addSecs(60 * (minute % 480));
    };
    Newsroom newsroom = [&] {
        ScopedCommitDate date(at(-13));
        return Newsroom::init(dir, founder, script.value(QStringLiteral("name")).toString());
    }();
    newsroom.setActor(founder);
    {
        Workflow w(newsroom);
        for (qsizetype i = 1; i < people.size(); ++i) {
            const QJsonObject p = people.at(i).toObject();
            QStringList roles;
            for (const QJsonValue &r : p.value(QStringLiteral("roles")).toArray())
                roles.append(r.toString());
            ScopedCommitDate date(at(-13));
            w.addPerson(p.value(QStringLiteral("email")).toString(),
                        p.value(QStringLiteral("name")).toString(), roles);
        }
    }

    for (const QJsonValue &v : script.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = v.toObject();
        const QString slug = step.value(QStringLiteral("slug")).toString();
        const QString what = step.value(QStringLiteral("do")).toString();
        ScopedCommitDate date(at(step.value(QStringLiteral("day")).toInt()));
        // A fresh Workflow per step: it reads people and state as they are now.
        Workflow probe(newsroom);
        const People &team = probe.people();
        newsroom.setActor(identityOf(team, step.value(QStringLiteral("as")).toString()));
        Workflow w(newsroom);
        try {
            if (what == QLatin1String("new")) {
                w.create(slug, step.value(QStringLiteral("title")).toString(),
                         step.value(QStringLiteral("lang")).toString());
            } else if (what == QLatin1String("assign")) {
                w.assign(slug, step.value(QStringLiteral("writer")).toString(),
                         step.value(QStringLiteral("reviewer")).toString(),
                         QDate::currentDate().addDays(step.value(QStringLiteral("due")).toInt()),
                         step.value(QStringLiteral("brief")).toString());
            } else if (what == QLatin1String("save")) {
                const QString body =
                    QString::fromUtf8(readDemoFile(step.value(QStringLiteral("file")).toString()));
                w.save(slug, body, step.value(QStringLiteral("message")).toString());
            } else if (what == QLatin1String("submit")) {
                w.submit(slug);
            } else if (what == QLatin1String("approve")) {
                w.approve(slug, step.value(QStringLiteral("comment")).toString());
            } else if (what == QLatin1String("request-changes")) {
                w.requestChanges(slug, step.value(QStringLiteral("comment")).toString());
            } else if (what == QLatin1String("comment")) {
                w.comment(slug, step.value(QStringLiteral("quote")).toString(),
                          step.value(QStringLiteral("body")).toString());
            } else if (what == QLatin1String("resolve-comments")) {
                for (const Comment &c : w.comments(slug)) {
                    if (!c.resolved)
                        w.resolve(slug, c.id);
                }
            } else if (what == QLatin1String("verify-claims")) {
                QStringList kinds;
                for (const QJsonValue &k : step.value(QStringLiteral("kinds")).toArray())
                    kinds.append(k.toString());
                for (const Finding &f : w.claims(slug)) {
                    if (f.status == QLatin1String("unverified") &&
                        (kinds.isEmpty() || kinds.contains(f.kind)))
                        w.verifyClaim(slug, f.id, step.value(QStringLiteral("source")).toString(),
                                      {});
                }
            } else if (what == QLatin1String("advance")) {
                // A spelling/style error the desk decided to accept is waived
                // by an editor, with the script's reason, before moving on.
                const QString waiver = step.value(QStringLiteral("waiveAs")).toString();
                if (!waiver.isEmpty() && w.blockers(slug).openFindings > 0) {
                    newsroom.setActor(identityOf(team, waiver));
                    Workflow(newsroom).waive(slug,
                                             step.value(QStringLiteral("waiveReason")).toString());
                    newsroom.setActor(
                        identityOf(team, step.value(QStringLiteral("as")).toString()));
                }
                Workflow(newsroom).advance(slug);
            } else if (what == QLatin1String("publish")) {
                w.publish(slug);
            } else {
                throw Error(QStringLiteral("unknown step '%1'").arg(what));
            }
        } catch (const Error &e) {
            throw Error(QStringLiteral("the demo script failed at '%1 %2': %3")
                            .arg(what, slug, e.message()),
                        e.kind());
        }
    }
}

} // namespace copydesk
