#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace copydesk
{

// An article file: YAML front matter between `---` lines, then the Markdown
// body, as Hugo, Jekyll and Decap CMS write it. The front matter is read and
// written with yaml-cpp: its top-level fields are a mapping; a field Copydesk
// does not change keeps its exact lines (comments, lists, nested maps, a site
// generator's own fields), and a field it sets is written by yaml-cpp, quoted
// whenever a YAML parser would read the plain text as anything but that string.
class ArticleText
{
public:
    // Limits on what parse() reads, so a hostile file (a YAML bomb, a
    // 10 MB line, deep nesting) is refused with a message instead of
    // exhausting memory. Nodes count aliases expanded.
    static constexpr qsizetype kMaxFrontMatterBytes = 256 * 1024;
    static constexpr int kMaxFrontMatterDepth = 32;
    static constexpr qsizetype kMaxFrontMatterNodes = 100000;

    // Throws Error(Usage) naming the line when a front matter block is never
    // closed, is not YAML, is not a mapping, repeats a field or is over a limit.
    static ArticleText parse(const QString &whole);

    bool hasFrontMatter() const { return m_hasFrontMatter; }
    // A scalar field's text ("" for a missing, null, list or map field).
    QString value(const QString &key) const;
    // Throws Error(Usage) for a value YAML cannot hold (a Unicode
    // noncharacter such as U+FFFE). Setting the value a field already has
    // changes nothing, so its lines stay as they were.
    void setValue(const QString &key, const QString &value);
    // A list field's items (a scalar field is a list of one).
    QStringList values(const QString &key) const;
    void setValues(const QString &key, const QStringList &values);
    QStringList keys() const;

    const QString &body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }

    // Where the body starts in the whole file: UTF-16 offset and 1-based line.
    qsizetype bodyOffset() const { return m_bodyOffset; }
    int bodyLine() const { return m_bodyLine; }

    QString toString() const;

    struct Field {
        enum class Kind { Verbatim, Null, Scalar, List, Other };
        QString key; // empty for lines before the first field (comments)
        Kind kind = Kind::Verbatim;
        QString value;     // Kind::Scalar
        QStringList items; // Kind::List
        QStringList lines; // the lines as read; empty once the field is set
        QStringList after; // comment lines that followed a field that was set
    };

private:
    Field *field(const QString &key);
    const Field *field(const QString &key) const;

    QList<Field> m_fields;
    QString m_body;
    bool m_hasFrontMatter = false;
    qsizetype m_bodyOffset = 0;
    int m_bodyLine = 1;
};

// Maps UTF-16 offsets of one text to 1-based line and code-point column.
// Built once per text (O(n)); each lookup is O(log lines + line length).
class LineIndex
{
public:
    explicit LineIndex(const QString &text);
    QPair<int, int> lineColumn(qsizetype offset) const;

private:
    const QString &m_text;
    QList<qsizetype> m_lineStarts;
};

// Decodes UTF-8 strictly: throws Error(Usage) naming `what` and the byte
// offset of the first invalid sequence. A leading BOM is dropped.
QString decodeUtf8Strict(const QByteArray &bytes, const QString &what);

} // namespace copydesk
