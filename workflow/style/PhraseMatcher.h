#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace copydesk
{

// Finds many phrases in one pass over a text (Aho-Corasick), whatever the
// number of rules: the automaton is built once per rule set and matching is
// linear in the text. Matching ignores case and treats every whitespace
// character as a space; callers check exact case where a rule needs it.
// A phrase must not be preceded or followed by a letter of the script of its
// edge (Latin and digits, or Hangul), except after a Hangul end, where a
// particle may follow (엔비디야가); so "AI" matches in "AI의" but not "AIs".
class PhraseMatcher
{
public:
    struct Match {
        int pattern = 0; // index given to add()
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    // Returns the pattern's index. An `attached` phrase may follow letters
    // (a particle at the end of a word).
    int add(const QString &phrase, bool attached = false);
    void build();
    QList<Match> find(QStringView text) const;
    bool isEmpty() const { return m_lengths.isEmpty(); }

    static QChar fold(QChar c);

private:
    struct Node {
        int fail = 0;
        QList<int> outputs; // pattern indexes ending here, suffixes included
    };
    int child(int node, char16_t c) const { return m_next.value((quint64(node) << 16) | c, -1); }

    QList<Node> m_nodes{Node{}};
    QHash<quint64, int> m_next; // (node << 16 | folded char) → node
    QList<qsizetype> m_lengths;
    QList<int> m_startScript; // character class that may not precede the phrase
    QList<int> m_endScript;   // … nor follow it
};

} // namespace copydesk
