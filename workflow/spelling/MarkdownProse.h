#pragma once

#include <QList>
#include <QString>

namespace copydesk
{

// A passage silenced by an inline switch:
//   <!-- copydesk off RULE --> … <!-- copydesk on -->
// `rule` empty means every style rule; "spelling" silences the spelling check.
struct Silence {
    qsizetype begin = 0;
    qsizetype end = 0; // exclusive; the end of the body when never switched on
    QString rule;
};

// The prose of a Markdown body: the same text with everything that is not
// prose (code spans and fences, HTML comments and tags, link targets, URLs,
// e-mail addresses) replaced by spaces, so that offsets stay those of the
// body. Newlines are kept, so paragraphs and lines still separate sentences.
// Built once per article and shared by the spelling and style checks.
class MarkdownProse
{
public:
    static MarkdownProse parse(const QString &body);

    const QString &text() const { return m_text; }
    const QList<Silence> &silences() const { return m_silences; }
    // Whether the text at `offset` is silenced for `rule` (a style rule id,
    // or "spelling"). Switches without a rule silence style rules only.
    bool isSilenced(qsizetype offset, const QString &rule) const;

private:
    QString m_text;
    QList<Silence> m_silences;
};

} // namespace copydesk
