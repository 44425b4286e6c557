#include "core/ArticleText.h"

#include "core/Error.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace copydesk
{

namespace
{

using Field = ArticleText::Field;

// yaml-cpp's UTF-8 as a QString, keeping a leading U+FEFF that is part of a
// value (QString::fromUtf8 drops it as a byte order mark).
QString fromYaml(const std::string &s)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return utf8.decode(QByteArrayView(s.data(), qsizetype(s.size())));
}

Error frontMatterError(const QString &what, int fileLine = 0)
{
    return Error(fileLine > 0 ? QStringLiteral("front matter, line %1: %2").arg(fileLine).arg(what)
                              : QStringLiteral("front matter: %1").arg(what),
                 Error::Kind::Usage);
}

// The block starts on the file's second line; yaml-cpp counts from 0.
int fileLine(const YAML::Mark &mark)
{
    return mark.line + 2;
}

// Builds the top-level fields from yaml-cpp's events, counting depth and
// nodes (aliases expanded by their anchor's size, without expanding them)
// so a hostile block is refused before anything grows.
class FieldReader : public YAML::EventHandler
{
public:
    QList<Field> fields;
    QList<int> keyLines; // 0-based line of each field's key in the block

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        node(mark, anchor, 1);
        if (m_depth == 0)
            return; // an empty document
        if (m_depth == 1)
            leaf(mark, Field::Kind::Null, {});
        else if (m_depth == 2 && m_list)
            m_listKinds.append(Field::Kind::Null);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto size = m_anchorSizes.find(anchor);
        if (size == m_anchorSizes.end() || *size < 0)
            throw frontMatterError(QStringLiteral("an alias refers to the node it is part of"),
                                   fileLine(mark));
        node(mark, 0, *size);
        if (m_depth == 1)
            leaf(mark, Field::Kind::Other, {});
        else if (m_depth == 2 && m_list)
            m_listKinds.append(Field::Kind::Other);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        node(mark, anchor, 1);
        const QString text = fromYaml(value);
        if (m_depth == 0)
            throw frontMatterError(
                QStringLiteral("the front matter is a single value, not 'key: value' fields"),
                fileLine(mark));
        if (m_depth == 1) {
            leaf(mark, Field::Kind::Scalar, text);
        } else if (m_depth == 2 && m_list) {
            m_listKinds.append(Field::Kind::Scalar);
            fields.last().items.append(text);
        }
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
        if (m_depth == 1)
            throw frontMatterError(QStringLiteral("the front matter is a list, not 'key: value' "
                                                  "fields"),
                                   fileLine(mark));
        if (m_depth == 2 && !m_expectKey) {
            startValue(mark, Field::Kind::List);
            m_list = true;
            m_listKinds.clear();
        } else if (m_depth == 2) {
            startKey(mark, QString());
        } else if (m_depth == 3 && m_list) {
            m_listKinds.append(Field::Kind::Other);
        }
    }
    void OnSequenceEnd() override
    {
        if (m_depth == 2 && m_list) {
            m_list = false;
            for (Field::Kind k : std::as_const(m_listKinds)) {
                if (k != Field::Kind::Scalar)
                    fields.last().kind = Field::Kind::Other;
            }
            if (fields.last().kind != Field::Kind::List)
                fields.last().items.clear();
        }
        close();
    }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, anchor);
        if (m_depth == 1) {
            // Fields are kept and rewritten line by line: a flow mapping
            // ({title: x, lang: en}) has several on one line.
            if (style == YAML::EmitterStyle::Flow)
                throw frontMatterError(QStringLiteral("write one 'key: value' field per line "
                                                      "instead of a { … } mapping"),
                                       fileLine(mark));
            m_expectKey = true;
        } else if (m_depth == 2) {
            if (m_expectKey)
                startKey(mark, QString());
            else
                startValue(mark, Field::Kind::Other);
        } else if (m_depth == 3 && m_list) {
            m_listKinds.append(Field::Kind::Other);
        }
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        qsizetype nodesAtStart;
        YAML::anchor_t anchor;
    };
    int m_depth = 0; // open collections
    bool m_expectKey = true;
    bool m_list = false; // inside a top-level field's list
    QList<Field::Kind> m_listKinds;
    QList<Open> m_open;
    qsizetype m_nodes = 0;
    QHash<YAML::anchor_t, qsizetype> m_anchorSizes; // -1 while the anchored node is open
    QHash<QString, int> m_keyLines;

    void node(const YAML::Mark &mark, YAML::anchor_t anchor, qsizetype size)
    {
        m_nodes += size;
        if (m_nodes > ArticleText::kMaxFrontMatterNodes)
            throw frontMatterError(
                QStringLiteral("more than %1 values (aliases counted as what they repeat); "
                               "Copydesk refuses it rather than expand it")
                    .arg(ArticleText::kMaxFrontMatterNodes),
                fileLine(mark));
        if (anchor)
            m_anchorSizes.insert(anchor, size);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (m_depth >= ArticleText::kMaxFrontMatterDepth)
            throw frontMatterError(QStringLiteral("nested more than %1 levels deep")
                                       .arg(ArticleText::kMaxFrontMatterDepth),
                                   fileLine(mark));
        node(mark, 0, 1);
        if (anchor)
            m_anchorSizes.insert(anchor, -1);
        m_open.append(Open{m_nodes - 1, anchor});
        ++m_depth;
    }
    void close()
    {
        const Open o = m_open.takeLast();
        if (o.anchor)
            m_anchorSizes.insert(o.anchor, m_nodes - o.nodesAtStart);
        --m_depth;
        if (m_depth == 1)
            m_expectKey = !m_expectKey;
    }
    void startKey(const YAML::Mark &mark, const QString &key)
    {
        Field f;
        f.key = key;
        f.kind = Field::Kind::Other;
        fields.append(f);
        keyLines.append(mark.line);
    }
    void startValue(const YAML::Mark &, Field::Kind kind)
    {
        if (fields.last().key.isEmpty())
            kind = Field::Kind::Other; // a key that is not a plain string
        fields.last().kind = kind;
    }
    // A scalar, null or alias directly in the top-level mapping.
    void leaf(const YAML::Mark &mark, Field::Kind kind, const QString &text)
    {
        if (m_expectKey) {
            if (kind == Field::Kind::Scalar) {
                const auto seen = m_keyLines.constFind(text);
                if (seen != m_keyLines.constEnd())
                    throw frontMatterError(QStringLiteral("'%1' is given twice (first on line %2)")
                                               .arg(text)
                                               .arg(*seen + 2),
                                           fileLine(mark));
                m_keyLines.insert(text, mark.line);
            }
            startKey(mark, kind == Field::Kind::Scalar ? text : QString());
        } else {
            startValue(mark, kind);
            fields.last().value = text;
        }
        m_expectKey = !m_expectKey;
    }
};

// Unicode noncharacters: yaml-cpp reads and writes them as U+FFFD.
bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

void requireRepresentable(const QString &key, const QString &value)
{
    for (char32_t c : value.toUcs4()) {
        if (isNoncharacter(c))
            throw Error(QStringLiteral("the front matter field '%1' cannot hold U+%2 (a Unicode "
                                       "noncharacter); remove it")
                            .arg(key, QString::number(uint(c), 16).toUpper()),
                        Error::Kind::Usage);
    }
}

// Fields whose value is a date or time (Hugo's date fields): a value that
// reads as a YAML timestamp stays one, as site generators expect.
bool isTimestampKey(const QString &key)
{
    return key == QLatin1String("date") || key == QLatin1String("publishDate") ||
           key == QLatin1String("lastmod") || key == QLatin1String("expiryDate");
}

// Whether a YAML 1.1 or 1.2 parser would read this plain text as something
// other than a string: null, a boolean (yes, off, y …), a number in any base
// or notation, a date or time, a merge key. Deliberately broad: anything
// that starts like a number is quoted.
bool readsAsNonString(const QString &s)
{
    static const QStringList words{
        QStringLiteral("~"),    QStringLiteral("null"),  QStringLiteral("y"),
        QStringLiteral("yes"),  QStringLiteral("n"),     QStringLiteral("no"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("on"),
        QStringLiteral("off"),  QStringLiteral("<<"),    QStringLiteral("="),
        QStringLiteral(".inf"), QStringLiteral("+.inf"), QStringLiteral("-.inf"),
        QStringLiteral(".nan")};
    if (s.isEmpty() || words.contains(s, Qt::CaseInsensitive))
        return true;
    qsizetype i = 0;
    if (s.at(0) == u'+' || s.at(0) == u'-')
        ++i;
    if (i < s.size() && s.at(i) == u'.')
        ++i;
    return i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 0x80;
}

bool looksLikeDate(const QString &s)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"));
    return date.match(s).hasMatch();
}

enum class Quoting { Auto, Double, DoubleAscii };

Quoting quoting(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return Quoting::Double;
    Quoting q = Quoting::Auto;
    if (readsAsNonString(value) && !(isTimestampKey(key) && looksLikeDate(value)))
        q = Quoting::Double;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        // DEL and the Unicode line separators: yaml-cpp writes them raw even
        // in double quotes, where YAML 1.1 parsers refuse or fold them; only
        // with every non-ASCII character escaped does it escape them.
        if (u == 0x7F || u == 0x2028 || u == 0x2029)
            return Quoting::DoubleAscii;
        if (u < 0x20 || (u >= 0x80 && u <= 0x9F) || u == 0xFEFF)
            q = Quoting::Double;
    }
    if (value.front().isSpace() || value.back().isSpace())
        q = Quoting::Double;
    return q;
}

void emitScalar(YAML::Emitter &e, const QString &key, const QString &value)
{
    switch (quoting(key, value)) {
    case Quoting::DoubleAscii:
        e << YAML::EscapeNonAscii << YAML::DoubleQuoted;
        break;
    case Quoting::Double:
        e << YAML::DoubleQuoted;
        break;
    case Quoting::Auto:
        break;
    }
    e << value.toStdString();
}

// A field as yaml-cpp writes it: "key: value\n" or "key:\n  - item\n".
QString emitField(const Field &f)
{
    YAML::Emitter e;
    e.SetOutputCharset(YAML::EmitNonAscii);
    e << YAML::BeginMap << YAML::Key;
    emitScalar(e, QString(), f.key);
    e << YAML::Value;
    if (f.kind == Field::Kind::List) {
        e << YAML::BeginSeq;
        for (const QString &item : f.items)
            emitScalar(e, QString(), item);
        e << YAML::EndSeq;
    } else {
        emitScalar(e, f.key, f.value);
    }
    e << YAML::EndMap;
    if (!e.good())
        throw Error(QStringLiteral("cannot write the front matter field '%1': %2")
                        .arg(f.key, fromYaml(e.GetLastError())));
    return fromYaml(std::string(e.c_str(), e.size())) + u'\n';
}

bool isCommentOrBlank(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(u'#');
}

// A field about to be rewritten: the comment lines after its value belong
// to what follows, so they stay.
void keepTrailingComments(Field &f)
{
    qsizetype keep = f.lines.size();
    while (keep > 1 && isCommentOrBlank(f.lines.at(keep - 1)))
        --keep;
    f.after += f.lines.mid(keep);
    f.lines.clear();
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
    // The block's lines, up to the closing '---' (or '...').
    QStringList lines;
    const qsizetype blockStart = text.indexOf(u'\n') + 1;
    qsizetype pos = blockStart;
    bool closed = false, tooLarge = false;
    while (pos > 0 && pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        // A UTF-16 unit is at least one UTF-8 byte: a 10 MB line is refused
        // before it is copied anywhere.
        if (end - blockStart > kMaxFrontMatterBytes) {
            tooLarge = true;
            break;
        }
        QStringView l = text.mid(pos, end - pos);
        if (l.endsWith(u'\r'))
            l.chop(1);
        pos = end + 1;
        if (l == QLatin1String("---") || l == QLatin1String("...")) {
            closed = true;
            break;
        }
        lines.append(l.toString());
        if (last)
            break;
    }
    const QByteArray yaml = tooLarge ? QByteArray() : lines.join(u'\n').toUtf8();
    if (tooLarge || yaml.size() > kMaxFrontMatterBytes)
        throw frontMatterError(
            QStringLiteral("larger than %1 KB%2; Copydesk refuses it without reading it")
                .arg(kMaxFrontMatterBytes / 1024)
                .arg(closed ? QString() : QStringLiteral(" (or its closing '---' is missing)")));
    if (!closed)
        throw Error(QStringLiteral("the front matter opened with '---' on line 1 is never closed "
                                   "(add a line '---' after the last field)"),
                    Error::Kind::Usage);

    FieldReader reader;
    try {
        std::istringstream in(yaml.toStdString());
        YAML::Parser parser(in);
        if (parser.HandleNextDocument(reader) && parser.HandleNextDocument(reader))
            throw frontMatterError(QStringLiteral("more than one YAML document"));
    } catch (const YAML::Exception &e) {
        throw frontMatterError(
            QStringLiteral("not valid YAML (%1); a value with ':', '#', quotes or a leading "
                           "'-' needs quotes")
                .arg(fromYaml(e.msg)),
            e.mark.is_null() ? 0 : fileLine(e.mark));
    }
    // Each field owns its lines, from its key to the next field's key;
    // lines before the first field (comments) are kept on their own.
    const int firstKey = reader.keyLines.isEmpty() ? int(lines.size()) : reader.keyLines.first();
    if (firstKey > 0) {
        Field pre;
        pre.lines = lines.mid(0, firstKey);
        t.m_fields.append(pre);
    }
    for (qsizetype i = 0; i < reader.fields.size(); ++i) {
        Field f = reader.fields.at(i);
        const int from = reader.keyLines.at(i);
        const int to = i + 1 < reader.keyLines.size() ? reader.keyLines.at(i + 1) : lines.size();
        if (to <= from)
            throw frontMatterError(QStringLiteral("write one 'key: value' field per line"),
                                   from + 2);
        f.lines = lines.mid(from, to - from);
        t.m_fields.append(f);
    }
    pos = std::min(pos, text.size());
    t.m_bodyOffset = skipped + pos;
    t.m_bodyLine = int(lines.size()) + 3;
    t.m_body = text.mid(pos).toString();
    return t;
}

ArticleText::Field *ArticleText::field(const QString &key)
{
    for (Field &f : m_fields) {
        if (!f.key.isEmpty() && f.key == key)
            return &f;
    }
    return nullptr;
}

const ArticleText::Field *ArticleText::field(const QString &key) const
{
    return const_cast<ArticleText *>(this)->field(key);
}

QString ArticleText::value(const QString &key) const
{
    const Field *f = field(key);
    return f && f->kind == Field::Kind::Scalar ? f->value : QString();
}

QStringList ArticleText::values(const QString &key) const
{
    const Field *f = field(key);
    if (!f)
        return {};
    if (f->kind == Field::Kind::List)
        return f->items;
    if (f->kind == Field::Kind::Scalar)
        return {f->value};
    return {};
}

void ArticleText::setValue(const QString &key, const QString &value)
{
    requireRepresentable(key, value);
    m_hasFrontMatter = true;
    Field *f = field(key);
    if (!f) {
        m_fields.append(Field{key, Field::Kind::Scalar, value, {}, {}, {}});
        return;
    }
    if ((f->kind == Field::Kind::Scalar && f->value == value) ||
        (f->kind == Field::Kind::Null && value.isEmpty()))
        return;
    f->kind = Field::Kind::Scalar;
    f->value = value;
    f->items.clear();
    keepTrailingComments(*f);
}

void ArticleText::setValues(const QString &key, const QStringList &values)
{
    for (const QString &v : values)
        requireRepresentable(key, v);
    m_hasFrontMatter = true;
    Field *f = field(key);
    if (!f) {
        m_fields.append(Field{key, Field::Kind::List, {}, values, {}, {}});
        return;
    }
    if (f->kind == Field::Kind::List && f->items == values)
        return;
    f->kind = Field::Kind::List;
    f->value.clear();
    f->items = values;
    keepTrailingComments(*f);
}

QStringList ArticleText::keys() const
{
    QStringList out;
    for (const Field &f : m_fields) {
        if (!f.key.isEmpty())
            out.append(f.key);
    }
    return out;
}

QString ArticleText::toString() const
{
    if (!m_hasFrontMatter)
        return m_body;
    QString out = QStringLiteral("---\n");
    for (const Field &f : m_fields) {
        if (!f.lines.isEmpty()) {
            for (const QString &l : f.lines)
                out += l + u'\n';
            continue;
        }
        out += emitField(f);
        for (const QString &l : f.after)
            out += l + u'\n';
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
