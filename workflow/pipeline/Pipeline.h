#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk
{

// copydesk/pipeline.json: the ordered stages and the gate guarding the exit
// of each. Gates: "review" (a reviewer who is not an author approves),
// "style" (no unwaived error-severity spelling/style findings), "facts" (no
// unverified claims; leaving it is an editor's sign-off).
struct Stage {
    QString id;
    QString title;
    QString titleKo;
    QString gate; // empty, "review", "style" or "facts"

    // The name to show in an interface in `language` ("en", "ko").
    QString titleFor(const QString &language) const
    {
        if (language == QLatin1String("ko") && !titleKo.isEmpty())
            return titleKo;
        return title.isEmpty() ? id : title;
    }
};

class Pipeline
{
public:
    static Pipeline fromJson(const QByteArray &json, const QString &what); // throws Usage
    static Pipeline defaults();

    const QList<Stage> &stages() const { return m_stages; }
    int indexOf(const QString &stageId) const; // -1 when unknown
    const Stage *stage(const QString &stageId) const;
    QString next(const QString &stageId) const; // empty at the end
    QString first() const;
    QString last() const;
    // The stage whose gate is `gate`, or empty.
    QString stageWithGate(const QString &gate) const;

private:
    QList<Stage> m_stages;
};

} // namespace copydesk
