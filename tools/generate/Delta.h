#pragma once
// Git's delta format (the payload of an OFS_DELTA pack entry): the base's
// size, the result's size, then "copy this range of the base" and "insert
// these bytes" instructions. The generator knows exactly what changed
// between two versions of a file or tree, so it writes deltas directly
// instead of searching for them as git's diff-delta does.

#include <QByteArray>

namespace copydesk::generate
{

class DeltaEncoder
{
public:
    DeltaEncoder(qint64 baseSize, qint64 resultSize);

    void copy(qint64 offset, qint64 size); // from the base
    void insert(const char *data, qint64 size);

    // The delta; throws if the instructions do not make a result of the
    // announced size (a bug in the caller, which git would reject later).
    const QByteArray &finish();

private:
    static void appendSize(QByteArray &out, quint64 n);

    QByteArray m_out;
    qint64 m_baseSize;
    qint64 m_resultSize;
    qint64 m_written = 0;
};

// A delta that keeps the common prefix and suffix of base and target and
// inserts what lies between: exact for one edited region, as in a state
// file or an article revised in one place.
QByteArray spliceDelta(const QByteArray &base, const QByteArray &target);

} // namespace copydesk::generate
