#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace copydesk
{

// Git-style trailers ("Key: value" lines in the last paragraph of a commit
// message). Copydesk's own keys start with "Copydesk-"; see
// docs/repository-format.md for the list.
class Trailers
{
public:
    void add(const QString &key, const QString &value);
    // Keys compare case-insensitively, as git's do. A Copydesk key given
    // twice refuses the commit (repeatedKeys(), checked by verify and the
    // hook); every reader still reads the same value of it: the first.
    QString value(const QString &key) const; // first value, or empty
    QStringList values(const QString &key) const;
    // Copydesk-* keys present more than once, except the one key an event
    // legitimately repeats (Copydesk-Finding: one per waived finding).
    // Named as first written, in order of first appearance.
    QStringList repeatedKeys() const;
    // The Copydesk-* trailers keyed without the "Copydesk-" prefix, each
    // with value() (the first), for readers that want them all at once.
    QMap<QString, QString> copydeskFields() const;
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    // The trailer block of a commit message (the last paragraph, when every
    // line in it is a trailer). Values are single-line; nothing is executed
    // or interpreted beyond splitting on the first ": ".
    static Trailers parse(const QString &message);
    // "summary\n\nbody\n\nKey: value\n…". Newlines in values become spaces so a
    // value can never forge another trailer.
    static QString compose(const QString &summary, const QString &body, const Trailers &trailers);
    // A value as add() stores it: newlines and control characters become
    // spaces, ends trimmed.
    static QString oneLine(QString value);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace copydesk
