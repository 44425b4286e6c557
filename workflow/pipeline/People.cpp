#include "pipeline/People.h"

#include "core/Error.h"
#include "core/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk
{

People People::fromJson(const QByteArray &json, const QString &what)
{
    const QJsonObject root = parseJsonObject(json, what);
    People p;
    const QJsonObject all = root.value(QStringLiteral("people")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Person person{it.key().trimmed().toLower(), o.value(QStringLiteral("name")).toString(), {}};
        for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
            person.roles.append(r.toString());
        p.m_people.insert(person.email, person);
    }
    return p;
}

QByteArray People::toJson() const
{
    QJsonObject all;
    for (const Person &p : m_people)
        all.insert(p.email,
                   QJsonObject{{QStringLiteral("name"), p.name},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("people"), all}})
        .toJson(QJsonDocument::Indented);
}

const Person *People::find(const QString &email) const
{
    auto it = m_people.constFind(email.trimmed().toLower());
    return it == m_people.constEnd() ? nullptr : &*it;
}

bool People::hasRole(const QString &email, const QString &role) const
{
    const Person *p = find(email);
    return p && p->hasRole(role);
}

QList<Person> People::withRole(const QString &role) const
{
    QList<Person> out;
    for (const Person &p : m_people) {
        if (p.hasRole(role))
            out.append(p);
    }
    return out;
}

void People::upsert(const Person &person)
{
    Person p = person;
    p.email = p.email.trimmed().toLower();
    m_people.insert(p.email, p);
}

} // namespace copydesk
