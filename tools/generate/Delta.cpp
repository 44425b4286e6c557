#include "Delta.h"

#include "core/Error.h"

#include <algorithm>

namespace copydesk::generate
{

DeltaEncoder::DeltaEncoder(qint64 baseSize, qint64 resultSize)
    : m_baseSize(baseSize), m_resultSize(resultSize)
{
    appendSize(m_out, quint64(baseSize));
    appendSize(m_out, quint64(resultSize));
}

void DeltaEncoder::appendSize(QByteArray &out, quint64 n)
{
    do {
        const char byte = char(n & 0x7f);
        n >>= 7;
        out += n ? char(byte | 0x80) : byte;
    } while (n);
}

void DeltaEncoder::copy(qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || offset + size > m_baseSize)
        throw Error(QStringLiteral("generator bug: delta copies outside its base"));
    // Chunks of at most 64 KiB, as git's own encoder writes them, so every
    // reader of pack version 2 accepts them.
    while (size > 0) {
        const qint64 n = std::min<qint64>(size, 0x10000);
        char cmd = char(0x80);
        QByteArray args;
        for (int i = 0; i < 4; ++i) {
            if (const char b = char((offset >> (8 * i)) & 0xff)) {
                cmd = char(cmd | (1 << i));
                args += b;
            }
        }
        if (n != 0x10000) { // a size of 0x10000 is written as no size bytes at all
            for (int i = 0; i < 3; ++i) {
                if (const char b = char((n >> (8 * i)) & 0xff)) {
                    cmd = char(cmd | (0x10 << i));
                    args += b;
                }
            }
        }
        m_out += cmd;
        m_out += args;
        offset += n;
        size -= n;
        m_written += n;
    }
}

void DeltaEncoder::insert(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 n = std::min<qint64>(size, 0x7f);
        m_out += char(n);
        m_out.append(data, n);
        data += n;
        size -= n;
        m_written += n;
    }
}

const QByteArray &DeltaEncoder::finish()
{
    if (m_written != m_resultSize)
        throw Error(QStringLiteral("generator bug: delta makes %1 bytes, not %2")
                        .arg(m_written)
                        .arg(m_resultSize));
    return m_out;
}

QByteArray spliceDelta(const QByteArray &base, const QByteArray &target)
{
    const qint64 common = std::min(base.size(), target.size());
    const auto firstDiff = std::mismatch(base.cbegin(), base.cbegin() + common, target.cbegin());
    const qint64 prefix = firstDiff.first - base.cbegin();
    qint64 suffix = 0;
    while (suffix < common - prefix &&
           base.at(base.size() - 1 - suffix) == target.at(target.size() - 1 - suffix))
        ++suffix;
    DeltaEncoder d(base.size(), target.size());
    d.copy(0, prefix);
    d.insert(target.constData() + prefix, target.size() - prefix - suffix);
    d.copy(base.size() - suffix, suffix);
    return d.finish();
}

} // namespace copydesk::generate
