#include "pipeline/Audit.h"

#include "core/Error.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "pipeline/People.h"
#include "pipeline/Rules.h"

#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

namespace copydesk
{

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("time"), time.toString(Qt::ISODate)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("name"), name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("article"), article},
        {QStringLiteral("event"), event},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("ids"), QJsonArray::fromStringList(findings)},
        {QStringLiteral("signed"), signedCommit},
        {QStringLiteral("commit"), commit},
    };
}

bool AuditFilter::accepts(const AuditEvent &e) const
{
    if (!article.isEmpty() && e.article != article)
        return false;
    if (!actor.isEmpty() && e.actor.compare(actor.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (since.isValid() && e.time < since)
        return false;
    if (until.isValid() && e.time > until)
        return false;
    return true;
}

QDateTime AuditFilter::parseBound(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return endOfDay ? QDateTime(day, QTime(23, 59, 59, 999), QTimeZone::utc())
                        : QDateTime(day, QTime(0, 0), QTimeZone::utc());
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        throw Error(QStringLiteral("'%1' is not a date (YYYY-MM-DD) or an ISO 8601 time").arg(text),
                    Error::Kind::Usage);
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no offset given: UTC, like the dates
    return dt;
}

QList<AuditEvent> Audit::events(const AuditFilter &filter, const QString &head) const
{
    QList<AuditEvent> out;
    QString start = head;
    if (start.isEmpty()) {
        if (m_repo.isUnborn())
            return out;
        start = m_repo.resolve(QStringLiteral("HEAD"));
    }
    QHash<QString, People> peopleByBlob; // people.json blob id -> parsed
    auto rolesOf = [&](const QString &commit, const QString &email) -> QStringList {
        const QString blob = m_repo.entryId(commit, QStringLiteral("copydesk/people.json"));
        if (blob.isEmpty())
            return {};
        auto it = peopleByBlob.find(blob);
        if (it == peopleByBlob.end()) {
            People p;
            try {
                p = People::fromJson(m_repo.readFile(commit, QStringLiteral("copydesk/people.json"))
                                         .value_or(QByteArray()),
                                     QStringLiteral("copydesk/people.json"));
            } catch (const Error &) {
                // a broken people.json: roles unknown (verify reports it)
            }
            it = peopleByBlob.insert(blob, p);
        }
        const Person *person = it->find(email);
        return person ? person->roles : QStringList();
    };
    for (const QString &id : m_repo.commitsBetween(start, {})) {
        const git::CommitInfo c = m_repo.commitInfo(id);
        const Trailers t = Trailers::parse(c.message);
        AuditEvent e;
        e.event = t.value(QStringLiteral("Copydesk-Event"));
        if (e.event.isEmpty() && !t.value(QStringLiteral("Copydesk-Words")).isEmpty())
            e.event = Event::Words;
        if (e.event.isEmpty())
            continue; // a plain commit is not an event
        // A merge records only a sync; event trailers on a merge are not
        // events (verify reports merges that change articles).
        if (c.parents.size() > 1 && e.event != Event::Sync)
            continue;
        e.commit = c.id;
        e.time = c.authorTime;
        e.actor = t.value(QStringLiteral("Copydesk-Actor"));
        if (e.actor.isEmpty())
            e.actor = c.authorEmail;
        e.actor = e.actor.trimmed().toLower();
        e.name = c.authorName;
        e.article = t.value(QStringLiteral("Copydesk-Article"));
        e.from = t.value(QStringLiteral("Copydesk-From"));
        e.to = t.value(QStringLiteral("Copydesk-To"));
        e.stage = t.value(QStringLiteral("Copydesk-Stage"));
        e.summary = c.message.section(u'\n', 0, 0);
        e.reason = t.value(QStringLiteral("Copydesk-Reason"));
        if (e.reason.isEmpty()) {
            // Comments, replies and notes keep their text in the body.
            QString text = c.message.trimmed();
            const qsizetype first = text.indexOf(QStringLiteral("\n\n"));
            const qsizetype last = text.lastIndexOf(QStringLiteral("\n\n"));
            if (first >= 0 && last > first)
                e.reason = text.mid(first + 2, last - first - 2).trimmed();
        }
        for (const char *key : {"Copydesk-Finding", "Copydesk-Claim", "Copydesk-Comment"})
            e.findings += t.values(QLatin1String(key));
        e.signedCommit = m_repo.commitSignature(c.id).has_value();
        if (!filter.accepts(e))
            continue;
        // Roles as they were when acting: the people list before the event
        // (the newsroom's own creation reads its first list).
        e.roles = rolesOf(c.parents.isEmpty() ? c.id : c.parents.first(), e.actor);
        out.append(e);
    }
    return out;
}

QStringList Audit::csvHeader()
{
    return {QStringLiteral("time"),    QStringLiteral("actor"),  QStringLiteral("roles"),
            QStringLiteral("article"), QStringLiteral("event"),  QStringLiteral("from"),
            QStringLiteral("to"),      QStringLiteral("reason"), QStringLiteral("commit")};
}

QStringList Audit::csvRow(const AuditEvent &e)
{
    return {e.time.toString(Qt::ISODate),
            e.actor,
            e.roles.join(u';'),
            e.article,
            e.event,
            e.from,
            e.to,
            e.reason,
            e.commit};
}

QString Audit::csvLine(const QStringList &fields)
{
    QStringList out;
    for (QString f : fields) {
        if (!f.isEmpty() &&
            (f.at(0) == u'=' || f.at(0) == u'+' || f.at(0) == u'-' || f.at(0) == u'@'))
            f.prepend(u'\'');
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            f = u'"' + f + u'"';
        }
        out.append(f);
    }
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace copydesk
