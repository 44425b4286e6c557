#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace copydesk
{

struct CommentReply {
    QString author; // email
    QString body;
    QDateTime time;
};

// A review comment anchored to a passage: the quoted text and where it was.
struct Comment {
    QString id;
    QString author;
    QString quote;
    int position = -1; // UTF-16 offset of the quote in the body when made
    QString body;
    QDateTime time;
    bool resolved = false;
    QString resolvedBy;
    QList<CommentReply> replies;
};

// articles/<slug>/comments.json
class CommentList
{
public:
    static CommentList fromJson(const QByteArray &json, const QString &what); // throws Usage
    QByteArray toJson() const;
    // The comments as JSON values, times written by timeText: the stored file
    // and the CLI's --json output share this shape and differ only in how a
    // time is spelled (the CLI writes every time with its offset).
    static QJsonArray toJsonArray(const QList<Comment> &comments,
                                  QString (*timeText)(const QDateTime &));
    QList<Comment> &items() { return m_items; }
    const QList<Comment> &items() const { return m_items; }
    Comment *find(const QString &id);
    int unresolved() const;

private:
    QList<Comment> m_items;
};

} // namespace copydesk
