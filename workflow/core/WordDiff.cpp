#include "core/WordDiff.h"

#include "core/Myers.h"

#include <QHash>
#include <vector>

namespace copydesk
{

namespace
{

enum class TokenClass { Word, Space, Other };

TokenClass classify(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == u'_')
        return TokenClass::Word;
    if (c.isSpace())
        return TokenClass::Space;
    return TokenClass::Other;
}

QList<QStringView> tokenize(const QString &text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const TokenClass cls = classify(text.at(i));
        qsizetype j = i + 1;
        if (cls != TokenClass::Other) {
            // Keep a newline as its own token so lines stay recognisable.
            if (cls == TokenClass::Space && text.at(i) == u'\n') {
                out.append(QStringView(text).mid(i, 1));
                i = j;
                continue;
            }
            while (j < n && classify(text.at(j)) == cls && text.at(j) != u'\n')
                ++j;
        } else if (text.at(i).isHighSurrogate() && j < n) {
            ++j;
        }
        out.append(QStringView(text).mid(i, j - i));
        i = j;
    }
    return out;
}

// The edit script between two token lists, from their longest common
// subsequence: unmatched tokens are deletions and insertions.
QList<DiffPiece> diffTokens(const QList<QStringView> &a, const QList<QStringView> &b)
{
    QHash<QStringView, int> ids;
    std::vector<int> x, y;
    x.reserve(size_t(a.size()));
    y.reserve(size_t(b.size()));
    for (QStringView t : a)
        x.push_back(ids.insert(t, ids.value(t, int(ids.size()))).value());
    for (QStringView t : b)
        y.push_back(ids.insert(t, ids.value(t, int(ids.size()))).value());

    QList<DiffPiece> pieces;
    auto emit = [&](DiffPiece::Kind k, QStringView t) {
        if (!pieces.isEmpty() && pieces.last().kind == k)
            pieces.last().text += t;
        else
            pieces.append({k, t.toString()});
    };
    int i = 0, j = 0;
    for (const auto &[mi, mj] : longestCommonSubsequence(x, y)) {
        for (; i < mi; ++i)
            emit(DiffPiece::Deleted, a.at(i));
        for (; j < mj; ++j)
            emit(DiffPiece::Inserted, b.at(j));
        emit(DiffPiece::Equal, a.at(i));
        ++i, ++j;
    }
    for (; i < a.size(); ++i)
        emit(DiffPiece::Deleted, a.at(i));
    for (; j < b.size(); ++j)
        emit(DiffPiece::Inserted, b.at(j));
    return pieces;
}

} // namespace

QList<DiffPiece> wordDiff(const QString &before, const QString &after)
{
    const QList<QStringView> a = tokenize(before), b = tokenize(after);
    QList<DiffPiece> raw = diffTokens(a, b);
    // A run of white space between two changes reads better inside them:
    // "[-a b-]{+c d+}" rather than "[-a-]{+c+} [-b-]{+d+}".
    QList<DiffPiece> out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const DiffPiece &p = raw.at(i);
        const bool thinSpace =
            p.kind == DiffPiece::Equal && !p.text.contains(u'\n') && p.text.trimmed().isEmpty();
        if (thinSpace && i > 0 && i + 1 < raw.size() && raw.at(i - 1).kind != DiffPiece::Equal &&
            raw.at(i + 1).kind != DiffPiece::Equal) {
            out.append({DiffPiece::Deleted, p.text});
            out.append({DiffPiece::Inserted, p.text});
            continue;
        }
        out.append(p);
    }
    // Group: all deletions of a change before its insertions, merged.
    QList<DiffPiece> grouped;
    for (qsizetype i = 0; i < out.size();) {
        if (out.at(i).kind == DiffPiece::Equal) {
            grouped.append(out.at(i++));
            continue;
        }
        QString del, ins;
        while (i < out.size() && out.at(i).kind != DiffPiece::Equal) {
            (out.at(i).kind == DiffPiece::Deleted ? del : ins) += out.at(i).text;
            ++i;
        }
        if (!del.isEmpty())
            grouped.append({DiffPiece::Deleted, del});
        if (!ins.isEmpty())
            grouped.append({DiffPiece::Inserted, ins});
    }
    return grouped;
}

QString wordDiffText(const QString &before, const QString &after)
{
    const QList<DiffPiece> pieces = wordDiff(before, after);
    // Render into lines of the new text, remembering which carry a change.
    QStringList lines{QString()};
    QList<bool> changed{false};
    int newLine = 1;
    QList<int> lineNumbers{1};
    for (const DiffPiece &p : pieces) {
        const QString open = p.kind == DiffPiece::Deleted    ? QStringLiteral("[-")
                             : p.kind == DiffPiece::Inserted ? QStringLiteral("{+")
                                                             : QString();
        const QString close = p.kind == DiffPiece::Deleted    ? QStringLiteral("-]")
                              : p.kind == DiffPiece::Inserted ? QStringLiteral("+}")
                                                              : QString();
        const QStringList parts = p.text.split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                if (p.kind != DiffPiece::Deleted)
                    ++newLine;
                lines.append(QString());
                changed.append(false);
                lineNumbers.append(newLine);
            }
            if (!parts.at(i).isEmpty()) {
                lines.last() += open + parts.at(i) + close;
                if (p.kind != DiffPiece::Equal)
                    changed.last() = true;
            } else if (p.kind != DiffPiece::Equal && parts.size() > 1) {
                changed.last() = true;
            }
        }
    }
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!changed.at(i))
            continue;
        out += QStringLiteral("@@ line %1 @@\n").arg(lineNumbers.at(i));
        out += lines.at(i) + u'\n';
    }
    return out;
}

} // namespace copydesk
