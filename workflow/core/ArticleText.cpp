#include "core/ArticleText.h"

#include "core/Error.h"

#include <algorithm>

namespace copydesk
{

namespace
{

QString unquote(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"')) {
        QString out;
        out.reserve(v.size());
        for (qsizetype i = 1; i + 1 < v.size(); ++i) {
            QChar c = v.at(i);
            if (c == u'\\' && i + 2 < v.size()) {
                const QChar n = v.at(++i);
                if (n == u'n')
                    c = u'\n';
                else if (n == u't')
                    c = u'\t';
                else
                    c = n;
            }
            out.append(c);
        }
        return out;
    }
    if (v.size() >= 2 && v.startsWith(u'\'') && v.endsWith(u'\''))
        return v.mid(1, v.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return v;
}

bool needsQuotes(const QString &value)
{
    if (value.isEmpty())
        return true;
    static const QString special = QStringLiteral(":#[]{}&*!|>'\"%@`,");
    if (value.front().isSpace() || value.back().isSpace())
        return true;
    for (QChar c : value) {
        if (special.contains(c) || c == u'\n' || c == u'\t')
            return true;
    }
    return false;
}

QString quote(const QString &value)
{
    if (!needsQuotes(value))
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\').append(c);
        else if (c == u'\n')
            out.append(QStringLiteral("\\n"));
        else if (c == u'\t')
            out.append(QStringLiteral("\\t"));
        else
            out.append(c);
    }
    out.append(u'"');
    return out;
}

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

} // namespace

ArticleText ArticleText::parse(const QString &whole)
{
    ArticleText t;
    QStringView text(whole);
    if (text.startsWith(u'\xFEFF'))
        text = text.mid(1);
    const qsizetype skipped = whole.size() - text.size();
    if (!(text.startsWith(QLatin1String("---\n")) || text.startsWith(QLatin1String("---\r\n")) ||
          text == QLatin1String("---"))) {
        t.m_body = text.toString();
        t.m_bodyOffset = skipped;
        return t;
    }
    t.m_hasFrontMatter = true;
    qsizetype pos = text.indexOf(u'\n') + 1;
    int line = 2;
    bool closed = false;
    while (pos > 0 && pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        QStringView l = text.mid(pos, end - pos);
        if (l.endsWith(u'\r'))
            l.chop(1);
        pos = end + 1;
        if (l == QLatin1String("---") || l == QLatin1String("...")) {
            closed = true;
            break;
        }
        ++line;
        Line entry;
        qsizetype colon = 0;
        while (colon < l.size() && isKeyChar(l.at(colon)))
            ++colon;
        if (colon > 0 && colon < l.size() && l.at(colon) == u':' &&
            (colon + 1 == l.size() || l.at(colon + 1) == u' ')) {
            const QString rest = l.mid(colon + 1).toString();
            const QString trimmed = rest.trimmed();
            // A key whose value continues on indented lines (list, map,
            // block scalar) is kept verbatim.
            if (!trimmed.isEmpty() && !trimmed.startsWith(u'|') && !trimmed.startsWith(u'>')) {
                entry.key = l.left(colon).toString();
                entry.value = unquote(rest);
            }
        }
        if (entry.key.isEmpty())
            entry.raw = l.toString();
        t.m_lines.append(entry);
        if (last)
            break;
    }
    if (!closed)
        throw Error(QStringLiteral("the front matter opened with '---' on line 1 is never closed "
                                   "(add a line '---' after the last field)"),
                    Error::Kind::Usage);
    pos = std::min(pos, text.size());
    t.m_bodyOffset = skipped + pos;
    t.m_bodyLine = line + 1;
    t.m_body = text.mid(pos).toString();
    return t;
}

QString ArticleText::value(const QString &key) const
{
    for (const Line &l : m_lines) {
        if (l.key == key)
            return l.value;
    }
    return {};
}

void ArticleText::setValue(const QString &key, const QString &value)
{
    m_hasFrontMatter = true;
    for (Line &l : m_lines) {
        if (l.key == key) {
            l.value = value;
            return;
        }
    }
    m_lines.append(Line{key, value, {}});
}

QStringList ArticleText::keys() const
{
    QStringList out;
    for (const Line &l : m_lines) {
        if (!l.key.isEmpty())
            out.append(l.key);
    }
    return out;
}

QString ArticleText::toString() const
{
    if (!m_hasFrontMatter)
        return m_body;
    QString out = QStringLiteral("---\n");
    for (const Line &l : m_lines) {
        if (l.key.isEmpty())
            out += l.raw;
        else
            out += l.key + QStringLiteral(": ") + quote(l.value);
        out += u'\n';
    }
    out += QStringLiteral("---\n");
    out += m_body;
    return out;
}

LineIndex::LineIndex(const QString &text) : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            m_lineStarts.append(i + 1);
    }
}

QPair<int, int> LineIndex::lineColumn(qsizetype offset) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype lineIdx = (it - m_lineStarts.begin()) - 1;
    const qsizetype start = m_lineStarts.at(lineIdx);
    int column = 1;
    for (qsizetype i = start; i < offset && i < m_text.size(); ++i) {
        // A surrogate pair is one code point: count only its high half.
        if (!m_text.at(i).isLowSurrogate())
            ++column;
    }
    return {int(lineIdx) + 1, column};
}

QString decodeUtf8Strict(const QByteArray &bytes, const QString &what)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        if (c < 0x80)
            len = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok && len == 3) {
            const unsigned char c1 = p[i + 1];
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
        } else if (ok && len == 4) {
            const unsigned char c1 = p[i + 1];
            ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (!ok)
            throw Error(
                QStringLiteral("%1 is not valid UTF-8 (invalid byte 0x%2 at byte offset %3); "
                               "convert it to UTF-8 first, e.g. with iconv")
                    .arg(what)
                    .arg(c, 2, 16, QLatin1Char('0'))
                    .arg(i),
                Error::Kind::Usage);
        i += len;
    }
    QString s = QString::fromUtf8(bytes);
    if (s.startsWith(u'\xFEFF'))
        s.remove(0, 1);
    return s;
}

} // namespace copydesk
