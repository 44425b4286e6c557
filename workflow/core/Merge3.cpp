#include "core/Merge3.h"

#include "core/Myers.h"

#include <QHash>
#include <vector>

namespace copydesk
{

namespace
{

QStringList splitLines(const QString &text)
{
    // Keep the newline on each line so joining gives the text back exactly.
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            lines.append(text.mid(start, i - start + 1));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

// For every line of `base`, the index of the matching line in `other`, or -1.
std::vector<int> matchLines(const QStringList &base, const QStringList &other,
                            QHash<QString, int> &ids)
{
    auto idsOf = [&](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &l : lines)
            out.push_back(ids.insert(l, ids.value(l, int(ids.size()))).value());
        return out;
    };
    std::vector<int> match(size_t(base.size()), -1);
    for (const auto &[i, j] : longestCommonSubsequence(idsOf(base), idsOf(other)))
        match[size_t(i)] = j;
    return match;
}

QString joined(const QStringList &lines, int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i)
        out += lines.at(i);
    return out;
}

} // namespace

QString MergeChunk::result() const
{
    switch (kind) {
    case Unchanged:
        return base;
    case Theirs:
        return theirs;
    case Mine:
    case Same:
    case Conflict:
        break;
    }
    return mine;
}

QString MergeResult::text() const
{
    QString out;
    for (const MergeChunk &c : chunks)
        out += c.result();
    return out;
}

QString MergeResult::textWithMarkers() const
{
    QString out;
    auto withNewline = [](QString s) {
        if (!s.isEmpty() && !s.endsWith(u'\n'))
            s += u'\n';
        return s;
    };
    for (const MergeChunk &c : chunks) {
        if (c.kind != MergeChunk::Conflict) {
            out += c.result();
            continue;
        }
        out += QStringLiteral("<<<<<<< mine\n") + withNewline(c.mine) +
               QStringLiteral("=======\n") + withNewline(c.theirs) +
               QStringLiteral(">>>>>>> theirs\n");
    }
    return out;
}

MergeResult mergeThreeWay(const QString &base, const QString &mine, const QString &theirs)
{
    const QStringList b = splitLines(base), m = splitLines(mine), t = splitLines(theirs);
    QHash<QString, int> ids;
    const std::vector<int> toMine = matchLines(b, m, ids), toTheirs = matchLines(b, t, ids);

    MergeResult result;
    auto addChunk = [&](int b0, int b1, int m0, int m1, int t0, int t1) {
        MergeChunk c;
        c.base = joined(b, b0, b1);
        c.mine = joined(m, m0, m1);
        c.theirs = joined(t, t0, t1);
        if (c.base.isEmpty() && c.mine.isEmpty() && c.theirs.isEmpty())
            return;
        if (c.mine == c.base && c.theirs == c.base)
            c.kind = MergeChunk::Unchanged;
        else if (c.mine == c.base)
            c.kind = MergeChunk::Theirs;
        else if (c.theirs == c.base)
            c.kind = MergeChunk::Mine;
        else if (c.mine == c.theirs)
            c.kind = MergeChunk::Same;
        else
            c.kind = MergeChunk::Conflict;
        result.conflicts += c.kind == MergeChunk::Conflict ? 1 : 0;
        // Neighbouring unchanged lines read better as one chunk.
        if (c.kind == MergeChunk::Unchanged && !result.chunks.isEmpty() &&
            result.chunks.last().kind == MergeChunk::Unchanged) {
            MergeChunk &last = result.chunks.last();
            last.base += c.base, last.mine += c.mine, last.theirs += c.theirs;
            return;
        }
        result.chunks.append(c);
    };

    // diff3: walk the base; a line matched on both sides (in order) is a
    // stable point, and whatever lies between stable points is one chunk.
    int i = 0, a = 0, c = 0;
    const int nb = int(b.size());
    while (i <= nb) {
        int next = i;
        while (next < nb && !(toMine[size_t(next)] >= a && toTheirs[size_t(next)] >= c))
            ++next;
        const int ma = next < nb ? toMine[size_t(next)] : int(m.size());
        const int tc = next < nb ? toTheirs[size_t(next)] : int(t.size());
        addChunk(i, next, a, ma, c, tc);
        if (next >= nb)
            break;
        addChunk(next, next + 1, ma, ma + 1, tc, tc + 1);
        i = next + 1, a = ma + 1, c = tc + 1;
    }
    return result;
}

} // namespace copydesk
