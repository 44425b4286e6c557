#include "cli/Support.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk::cli
{

Newsroom openNewsroom(const Context &ctx)
{
    return Newsroom::open(ctx.dir);
}

QString readTextInput(const QString &path, qsizetype maxBytes)
{
    QFile f;
    const bool stdinInput = path.isEmpty() || path == QLatin1String("-");
    if (stdinInput) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw Error(QStringLiteral("cannot read standard input"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()),
                        Error::Kind::NotFound);
    }
    // One read() of a pipe returns what is in it so far (64 KB), not all
    // that is coming: read until end of input, or until it is too large.
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = f.read(maxBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxBytes)
            break;
    }
    if (f.error() != QFileDevice::NoError)
        throw Error(QStringLiteral("cannot read %1: %2")
                        .arg(stdinInput ? QStringLiteral("the input") : path, f.errorString()));
    if (bytes.size() > maxBytes)
        throw Error(QStringLiteral("%1 is larger than %2 MB; nothing was saved")
                        .arg(stdinInput ? QStringLiteral("the input") : path)
                        .arg(maxBytes / (1024 * 1024)),
                    Error::Kind::Usage);
    return decodeUtf8Strict(bytes, stdinInput ? QStringLiteral("the input") : path);
}

QString requirePositional(const QCommandLineParser &parser, int index, const QString &what)
{
    const QStringList pos = parser.positionalArguments();
    if (index >= pos.size())
        throw Error(QStringLiteral("missing %1").arg(what), Error::Kind::Usage);
    return pos.at(index);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            out += u > 0xFF ? QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'))
                            : QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace copydesk::cli
