#include "style/PhraseMatcher.h"

#include "spelling/WordTokenizer.h"

#include <QQueue>

namespace copydesk
{

namespace
{
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// What may not touch a phrase's edge: a letter of the same script. Latin
// and digits are one class (so "AI" matches in "AI의" but not in "AIs");
// Hangul another. 0: no check (the edge is punctuation or a Hangul end,
// where a particle may follow).
int charClass(QChar c)
{
    if (!isWordChar(c))
        return 0;
    return scriptOf(c) == Script::Hangul ? 2 : 1;
}

int edgeScript(const QString &phrase, bool start)
{
    if (phrase.isEmpty())
        return 0;
    const int cls = charClass(start ? phrase.front() : phrase.back());
    return (!start && cls == 2) ? 0 : cls;
}
} // namespace

QChar PhraseMatcher::fold(QChar c)
{
    if (c.unicode() < 0x80) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            return QChar(u + 32);
        if (u == '\n' || u == '\t' || u == '\r')
            return QChar(u' ');
        return c;
    }
    if (c.isSpace())
        return QChar(u' ');
    if (c == u'\u2019' || c == u'\u2018')
        return QChar(u'\'');
    return c.toCaseFolded();
}

int PhraseMatcher::add(const QString &phrase, bool attached)
{
    int node = 0;
    for (QChar raw : phrase) {
        const char16_t c = fold(raw).unicode();
        int next = child(node, c);
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.append(Node{});
            m_next.insert((quint64(node) << 16) | c, next);
        }
        node = next;
    }
    const int index = int(m_lengths.size());
    m_nodes[node].outputs.append(index);
    m_lengths.append(phrase.size());
    m_startScript.append(attached ? 0 : edgeScript(phrase, true));
    m_endScript.append(edgeScript(phrase, false));
    return index;
}

void PhraseMatcher::build()
{
    // Breadth-first: each node's failure link is the longest proper suffix
    // of its path that is also a path from the root.
    QHash<int, QList<QPair<char16_t, int>>> children;
    for (auto it = m_next.cbegin(); it != m_next.cend(); ++it)
        children[int(it.key() >> 16)].append({char16_t(it.key() & 0xFFFF), it.value()});
    QQueue<int> queue;
    for (const auto &[c, n] : children.value(0)) {
        m_nodes[n].fail = 0;
        queue.enqueue(n);
    }
    while (!queue.isEmpty()) {
        const int node = queue.dequeue();
        for (const auto &[c, n] : children.value(node)) {
            int f = m_nodes[node].fail;
            while (f > 0 && child(f, c) < 0)
                f = m_nodes[f].fail;
            const int target = child(f, c);
            m_nodes[n].fail = (target >= 0 && target != n) ? target : 0;
            m_nodes[n].outputs += m_nodes[m_nodes[n].fail].outputs;
            queue.enqueue(n);
        }
    }
}

QList<PhraseMatcher::Match> PhraseMatcher::find(QStringView text) const
{
    QList<Match> out;
    if (m_lengths.isEmpty())
        return out;
    int node = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = fold(text[i]).unicode();
        int next = child(node, c);
        while (next < 0 && node > 0) {
            node = m_nodes[node].fail;
            next = child(node, c);
        }
        node = next < 0 ? 0 : next;
        for (int p : m_nodes[node].outputs) {
            const qsizetype start = i + 1 - m_lengths[p];
            if (m_startScript[p] && start > 0 && charClass(text[start - 1]) == m_startScript[p])
                continue;
            if (m_endScript[p] && i + 1 < n && charClass(text[i + 1]) == m_endScript[p])
                continue;
            out.append({p, start, m_lengths[p]});
        }
    }
    return out;
}

} // namespace copydesk
