#include "core/Trailers.h"

#include <QStringList>

namespace copydesk
{

namespace
{
bool isTrailerKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QString Trailers::oneLine(QString v)
{
    for (QChar &c : v) {
        if (c == u'\n' || c == u'\r' || c.category() == QChar::Other_Control)
            c = u' ';
    }
    return v.trimmed();
}

void Trailers::add(const QString &key, const QString &value)
{
    m_items.append({key, oneLine(value)});
}

QString Trailers::value(const QString &key) const
{
    for (const auto &kv : m_items) {
        if (kv.first.compare(key, Qt::CaseInsensitive) == 0)
            return kv.second;
    }
    return {};
}

QStringList Trailers::values(const QString &key) const
{
    QStringList out;
    for (const auto &kv : m_items) {
        if (kv.first.compare(key, Qt::CaseInsensitive) == 0)
            out.append(kv.second);
    }
    return out;
}

namespace
{
const QString kPrefix = QStringLiteral("Copydesk-");

bool isCopydeskKey(const QString &key)
{
    return key.startsWith(kPrefix, Qt::CaseInsensitive);
}
} // namespace

QStringList Trailers::repeatedKeys() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString &key = m_items.at(i).first;
        if (!isCopydeskKey(key) ||
            key.compare(QStringLiteral("Copydesk-Finding"), Qt::CaseInsensitive) == 0)
            continue;
        bool seenBefore = false;
        for (qsizetype j = 0; j < i && !seenBefore; ++j)
            seenBefore = m_items.at(j).first.compare(key, Qt::CaseInsensitive) == 0;
        if (!seenBefore && values(key).size() > 1)
            out.append(key);
    }
    return out;
}

QMap<QString, QString> Trailers::copydeskFields() const
{
    QMap<QString, QString> out;
    for (const auto &kv : m_items) {
        if (!isCopydeskKey(kv.first))
            continue;
        // Keys compare case-insensitively: "copydesk-actor" is read as
        // "Actor", like value() would find it.
        QString name = kv.first.mid(kPrefix.size()).toLower();
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (i == 0 || name.at(i - 1) == u'-')
                name[i] = name.at(i).toUpper();
        }
        if (!out.contains(name))
            out.insert(name, kv.second);
    }
    return out;
}

Trailers Trailers::parse(const QString &message)
{
    Trailers t;
    QString text = message;
    while (text.endsWith(u'\n') || text.endsWith(u' '))
        text.chop(1);
    const qsizetype blank = text.lastIndexOf(QStringLiteral("\n\n"));
    if (blank < 0)
        return t;
    const QStringList lines = text.mid(blank + 2).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (colon <= 0 || !isTrailerKey(QStringView(line).left(colon)))
            return Trailers(); // not a trailer block
        t.m_items.append({line.left(colon), line.mid(colon + 2).trimmed()});
    }
    return t;
}

QString Trailers::compose(const QString &summary, const QString &body, const Trailers &trailers)
{
    QString out = oneLine(summary);
    if (!body.trimmed().isEmpty())
        out += QStringLiteral("\n\n") + body.trimmed();
    if (!trailers.isEmpty()) {
        out += QStringLiteral("\n\n");
        for (const auto &kv : trailers.m_items) {
            // "Key: " with nothing after it does not parse as a trailer and
            // would make the whole block plain text (found by fuzz_trailers).
            if (!kv.second.isEmpty())
                out += kv.first + QStringLiteral(": ") + kv.second + u'\n';
        }
    } else {
        out += u'\n';
    }
    return out;
}

} // namespace copydesk
