#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace copydesk
{

// articles/<slug>/state.json: the article's current place in the pipeline,
// written by every event for fast reading. The history (commit trailers) is
// the source of truth; `copydesk-cli verify` checks that the two agree.
struct ArticleState {
    QString stage;    // a stage id from the pipeline
    QString writer;   // email
    QString reviewer; // email, may be empty
    QDate due;
    QString brief;
    QDateTime created;
    QStringList authors; // everyone with a revision in the text since assignment (four-eyes rule)
    QJsonObject extra;   // fields this version does not know, kept on rewrite

    static ArticleState fromJson(const QByteArray &json, const QString &what); // throws Usage
    QByteArray toJson() const;
};

} // namespace copydesk
