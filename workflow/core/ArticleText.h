#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace copydesk
{

// An article file: YAML front matter between `---` lines, then the Markdown
// body, as Hugo, Jekyll and Decap CMS write it. Only flat `key: value` pairs
// are interpreted; any other front-matter line (lists, nested maps, comments)
// is kept verbatim so that a site generator's own fields survive a round trip.
class ArticleText
{
public:
    // Throws Error(Usage) when a front matter block is opened and never closed.
    static ArticleText parse(const QString &whole);

    bool hasFrontMatter() const { return m_hasFrontMatter; }
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    QStringList keys() const;

    const QString &body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }

    // Where the body starts in the whole file: UTF-16 offset and 1-based line.
    qsizetype bodyOffset() const { return m_bodyOffset; }
    int bodyLine() const { return m_bodyLine; }

    QString toString() const;

private:
    struct Line {
        QString key;   // empty for a verbatim line
        QString value; // unquoted value
        QString raw;   // verbatim text when key is empty
    };
    QList<Line> m_lines;
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
