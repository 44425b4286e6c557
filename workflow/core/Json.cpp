#include "core/Json.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace copydesk
{

namespace
{

[[noreturn]] void invalid(const QString &what, const QString &problem, qsizetype offset)
{
    throw Error(
        QStringLiteral(
            "%1 is not valid JSON (%2 at byte %3); fix it by hand, or bring back the last good "
            "version with 'git log -- %1' and 'git checkout REV -- %1', then commit it")
            .arg(what, problem)
            .arg(offset),
        Error::Kind::Usage);
}

// The string token starting at json[i] (a '"'), decoded; `i` ends after the
// closing quote. Escapes are decoded so that "a" and "\u0061" are one key.
// Only called on text QJsonDocument has already accepted.
QString readString(const QByteArray &json, qsizetype &i)
{
    QByteArray raw;
    QString out;
    auto flush = [&] {
        out += QString::fromUtf8(raw);
        raw.clear();
    };
    for (++i; i < json.size() && json.at(i) != '"'; ++i) {
        if (json.at(i) != '\\') {
            raw += json.at(i);
            continue;
        }
        ++i;
        const char c = i < json.size() ? json.at(i) : '\0';
        switch (c) {
        case 'b':
            raw += '\b';
            break;
        case 'f':
            raw += '\f';
            break;
        case 'n':
            raw += '\n';
            break;
        case 'r':
            raw += '\r';
            break;
        case 't':
            raw += '\t';
            break;
        case 'u': {
            flush();
            bool ok = false;
            const ushort unit = json.mid(i + 1, 4).toUShort(&ok, 16);
            out += QChar(unit); // surrogate halves pair up as UTF-16 does
            i += 4;
            break;
        }
        default: // '"', '\\', '/'
            raw += c;
        }
    }
    ++i;
    flush();
    return out;
}

// Reports the first key that appears twice in one object.
void refuseDuplicateKeys(const QByteArray &json, const QString &what)
{
    struct Frame {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i;
            const QString s = readString(json, i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &f = stack.last();
                f.expectKey = false;
                if (f.keys.contains(s))
                    invalid(what, QStringLiteral("duplicate key '%1'").arg(s), start);
                f.keys.insert(s);
            }
            continue;
        }
        if (c == '{' || c == '[')
            stack.append(Frame{c == '{', c == '{', {}});
        else if ((c == '}' || c == ']') && !stack.isEmpty())
            stack.removeLast();
        else if (c == ',' && !stack.isEmpty() && stack.last().object)
            stack.last().expectKey = true;
        ++i;
    }
}

} // namespace

QJsonObject parseJsonObject(const QByteArray &json, const QString &what)
{
    if (json.size() > kMaxJsonBytes)
        invalid(what, QStringLiteral("larger than %1 MB").arg(kMaxJsonBytes / (1024 * 1024)),
                kMaxJsonBytes);
    try {
        decodeUtf8Strict(json, what);
    } catch (const Error &e) {
        throw Error(QStringLiteral("invalid UTF-8 in %1: %2").arg(what, e.message()),
                    Error::Kind::Usage);
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        invalid(what, err.errorString(), err.offset);
    if (!doc.isObject())
        invalid(what, QStringLiteral("not an object"), 0);
    refuseDuplicateKeys(json, what);
    return doc.object();
}

} // namespace copydesk
