#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace copydesk
{

struct Person {
    QString email;
    QString name;
    QStringList roles; // writer, reviewer, editor
    bool hasRole(const QString &role) const { return roles.contains(role); }
};

// copydesk/people.json: {"people": {"email": {"name": "…", "roles": [...]}}}
class People
{
public:
    static People fromJson(const QByteArray &json, const QString &what); // throws Usage
    QByteArray toJson() const;

    const Person *find(const QString &email) const;
    bool hasRole(const QString &email, const QString &role) const;
    QList<Person> all() const { return m_people.values(); }
    QList<Person> withRole(const QString &role) const;
    void upsert(const Person &person);

private:
    QMap<QString, Person> m_people;
};

} // namespace copydesk
