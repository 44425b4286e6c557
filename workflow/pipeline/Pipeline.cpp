#include "pipeline/Pipeline.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/Paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace copydesk
{

Pipeline Pipeline::fromJson(const QByteArray &json, const QString &what)
{
    const QJsonObject root = parseJsonObject(json, what);
    Pipeline p;
    QSet<QString> seen;
    static const QSet<QString> gates{QString(), QStringLiteral("review"), QStringLiteral("style"),
                                     QStringLiteral("facts")};
    for (const QJsonValue &v : root.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject o = v.toObject();
        Stage s{o.value(QStringLiteral("id")).toString(),
                o.value(QStringLiteral("title")).toString(),
                o.value(QStringLiteral("titleKo")).toString(),
                o.value(QStringLiteral("gate")).toString()};
        if (s.id.isEmpty() || seen.contains(s.id))
            throw Error(QStringLiteral("%1: every stage needs a unique \"id\"").arg(what),
                        Error::Kind::Usage);
        if (!gates.contains(s.gate))
            throw Error(
                QStringLiteral("%1: stage '%2' has unknown gate '%3' (use review, style or facts)")
                    .arg(what, s.id, s.gate),
                Error::Kind::Usage);
        if (s.title.isEmpty())
            s.title = s.id;
        seen.insert(s.id);
        p.m_stages.append(s);
    }
    if (p.m_stages.size() < 3)
        throw Error(QStringLiteral("%1: a pipeline needs at least three stages").arg(what),
                    Error::Kind::Usage);
    return p;
}

Pipeline Pipeline::defaults()
{
    QFile f(shippedDictionariesDir() + QStringLiteral("/newsroom/pipeline.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("the default pipeline %1 is missing").arg(f.fileName()));
    return fromJson(f.readAll(), f.fileName());
}

int Pipeline::indexOf(const QString &stageId) const
{
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).id == stageId)
            return int(i);
    }
    return -1;
}

const Stage *Pipeline::stage(const QString &stageId) const
{
    const int i = indexOf(stageId);
    return i < 0 ? nullptr : &m_stages.at(i);
}

QString Pipeline::next(const QString &stageId) const
{
    const int i = indexOf(stageId);
    return i < 0 || i + 1 >= m_stages.size() ? QString() : m_stages.at(i + 1).id;
}

QString Pipeline::first() const
{
    return m_stages.first().id;
}

QString Pipeline::last() const
{
    return m_stages.last().id;
}

QString Pipeline::stageWithGate(const QString &gate) const
{
    for (const Stage &s : m_stages) {
        if (s.gate == gate)
            return s.id;
    }
    return {};
}

} // namespace copydesk
