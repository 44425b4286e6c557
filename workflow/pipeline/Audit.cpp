#include "pipeline/Audit.h"

#include "core/Error.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "pipeline/AuditIndex.h"
#include "pipeline/People.h"
#include "pipeline/Rules.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <optional>

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

namespace
{

// An event is a pure function of its commit: its trailers, author, signature
// and the people file of its first parent. That is what lets AuditIndex keep
// them by commit.
class EventReader
{
public:
    explicit EventReader(const git::Repository &repo) : m_repo(repo) {}

    // nullopt for a commit that records no event.
    std::optional<AuditEvent> read(const git::CommitInfo &c)
    {
        const Trailers t = Trailers::parse(c.message);
        AuditEvent e;
        e.event = t.value(QStringLiteral("Copydesk-Event"));
        if (e.event.isEmpty() && !t.value(QStringLiteral("Copydesk-Words")).isEmpty())
            e.event = Event::Words;
        if (e.event.isEmpty())
            return std::nullopt; // a plain commit is not an event
        // A merge records only a sync; event trailers on a merge are not
        // events (verify reports merges that change articles).
        if (c.parents.size() > 1 && e.event != Event::Sync)
            return std::nullopt;
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
        // Roles as they were when acting: the people list before the event
        // (the newsroom's own creation reads its first list).
        e.roles = rolesOf(c.parents.isEmpty() ? c.id : c.parents.first(), e.actor);
        return e;
    }

private:
    QStringList rolesOf(const QString &commit, const QString &email)
    {
        const QString blob = m_repo.entryId(commit, QStringLiteral("copydesk/people.json"));
        if (blob.isEmpty())
            return {};
        auto it = m_peopleByBlob.find(blob);
        if (it == m_peopleByBlob.end()) {
            People p;
            try {
                p = People::fromJson(m_repo.readFile(commit, QStringLiteral("copydesk/people.json"))
                                         .value_or(QByteArray()),
                                     QStringLiteral("copydesk/people.json"));
            } catch (const Error &) {
                // a broken people.json: roles unknown (verify reports it)
            }
            it = m_peopleByBlob.insert(blob, p);
        }
        const Person *person = it->find(email);
        return person ? person->roles : QStringList();
    }

    const git::Repository &m_repo;
    QHash<QString, People> m_peopleByBlob; // people.json blob id -> parsed
};

} // namespace

QString Audit::indexPath() const
{
    return m_repo.gitDir() + QStringLiteral("copydesk/audit");
}

QList<AuditEvent> Audit::allEvents(const QString &tip) const
{
    EventReader reader(m_repo);
    const AuditIndex index(indexPath());
    std::optional<AuditIndex::Snapshot> cached = m_useIndex ? index.load() : std::nullopt;
    if (cached && cached->tip == tip)
        return cached->events;

    QList<AuditEvent> events;
    bool appended = false;
    if (cached) {
        // Only new commits on top of the indexed tip: every one descends
        // from it (parents among themselves or the tip itself). Then a cold
        // walk lists exactly the indexed events followed by these, in this
        // order, so they are appended.
        const QStringList fresh = m_repo.commitsBetween(tip, {cached->tip});
        QSet<QString> known(fresh.begin(), fresh.end());
        known.insert(cached->tip);
        QList<git::CommitInfo> infos;
        bool linear = !fresh.isEmpty();
        bool fromTip = false;
        for (const QString &id : fresh) {
            if (!linear)
                break;
            infos.append(m_repo.commitInfo(id));
            for (const QString &p : infos.last().parents) {
                linear = linear && known.contains(p);
                fromTip = fromTip || p == cached->tip;
            }
        }
        if (linear && fromTip) {
            events = cached->events;
            for (const git::CommitInfo &c : infos)
                if (auto e = reader.read(c))
                    events.append(*e);
            appended = true;
        }
    }
    if (!appended) {
        // Rewritten history, another branch, or no index: walk it all, but
        // an event already read for a commit is still right for it.
        QHash<QString, qsizetype> byCommit;
        if (cached)
            for (qsizetype i = 0; i < cached->events.size(); ++i)
                byCommit.insert(cached->events.at(i).commit, i);
        for (const QString &id : m_repo.commitsBetween(tip, {})) {
            const auto it = byCommit.constFind(id);
            if (it != byCommit.constEnd())
                events.append(cached->events.at(*it));
            else if (auto e = reader.read(m_repo.commitInfo(id)))
                events.append(*e);
        }
    }
    if (m_useIndex)
        index.store({tip, events});
    return events;
}

QList<AuditEvent> Audit::events(const AuditFilter &filter, const QString &head) const
{
    QString start = head;
    if (start.isEmpty()) {
        if (m_repo.isUnborn())
            return {};
        start = m_repo.resolve(QStringLiteral("HEAD"));
    }
    QList<AuditEvent> out = allEvents(start);
    out.removeIf([&](const AuditEvent &e) { return !filter.accepts(e); });
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
