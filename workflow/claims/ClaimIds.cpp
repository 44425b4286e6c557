#include "claims/ClaimIds.h"

#include "claims/ClaimDetector.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringBuilder>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace copydesk
{

QString fieldClaimId(const QString &kind, const QString &id, const QString &field)
{
    const QByteArray key = id.toUtf8() + '\x1f' + field.toUtf8();
    return kind + u'-' +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
}

namespace
{

inline bool isHangulSyllable(char16_t u)
{
    return u >= 0xAC00 && u <= 0xD7A3;
}

// UTF-8 of one BMP character that is not a surrogate.
inline char *putUtf8(char *d, char16_t u)
{
    if (u < 0x80) {
        *d++ = char(u);
    } else if (u < 0x800) {
        *d++ = char(0xC0 | (u >> 6));
        *d++ = char(0x80 | (u & 0x3F));
    } else {
        *d++ = char(0xE0 | (u >> 12));
        *d++ = char(0x80 | ((u >> 6) & 0x3F));
        *d++ = char(0x80 | (u & 0x3F));
    }
    return d;
}

template <class Buffer> void appendBytes(Buffer &key, const QByteArray &bytes)
{
    key.append(bytes.constData(), bytes.size());
}

// CONTEXT: the word before the claim, lower-cased, UTF-8. ASCII and Hangul
// (which has no case) are written directly; anything else goes through
// QString::toLower, which knows every script's case rules.
template <class Buffer> void appendPrecedingWord(Buffer &key, QStringView body, qsizetype offset)
{
    qsizetype k = offset;
    while (k > 0 && !body.at(k - 1).isLetterOrNumber() && offset - k < 8)
        --k;
    const qsizetype end = k;
    bool simple = true;
    while (k > 0 && body.at(k - 1).isLetter() && end - k < 24) {
        const char16_t u = body.at(k - 1).unicode();
        simple = simple && (u < 0x80 || isHangulSyllable(u));
        --k;
    }
    if (!simple) {
        appendBytes(key, body.mid(k, end - k).toString().toLower().toUtf8());
        return;
    }
    const qsizetype base = key.size();
    key.resize(base + 3 * (end - k));
    char *d = key.data() + base;
    for (qsizetype i = k; i < end; ++i) {
        const char16_t u = body.at(i).unicode();
        d = putUtf8(d, u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
    }
    key.resize(d - key.data());
}

// The quotation with whitespace collapsed, as QString::simplified() and
// toUtf8() would give it, without the two temporaries.
template <class Buffer> void appendSimplifiedUtf8(Buffer &key, QStringView text)
{
    const qsizetype base = key.size();
    key.resize(base + 3 * text.size());
    char *d = key.data() + base;
    bool space = false, any = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (c.isSurrogate()) { // rare: let Qt encode pairs (and lone halves)
            key.resize(base);
            appendBytes(key, text.toString().simplified().toUtf8());
            return;
        }
        if (space && any)
            *d++ = ' ';
        space = false;
        any = true;
        d = putUtf8(d, c.unicode());
    }
    key.resize(d - key.data());
}

} // namespace

ClaimIdAssigner::ClaimIdAssigner(QStringView body, qsizetype expectedFindings) : m_body(body)
{
    size_t cap = 16;
    while (cap < size_t(expectedFindings) * 2)
        cap <<= 1;
    m_slots.resize(cap);
}

int ClaimIdAssigner::countRepeat(const char *key, qsizetype len, size_t h)
{
    if (size_t(m_used + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.count == 0)
                continue;
            size_t i = s.hash & (m_slots.size() - 1);
            while (m_slots[i].count != 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }
    size_t i = h & (m_slots.size() - 1);
    while (m_slots[i].count != 0) {
        Slot &s = m_slots[i];
        if (s.hash == h && s.len == len && std::equal(key, key + len, m_arena.data() + s.pos))
            return ++s.count;
        i = (i + 1) & (m_slots.size() - 1);
    }
    Slot &s = m_slots[i];
    s.hash = h;
    s.pos = qsizetype(m_arena.size());
    s.len = len;
    s.count = 1;
    m_arena.insert(m_arena.end(), key, key + len);
    ++m_used;
    return 1;
}

void ClaimIdAssigner::assign(Finding &f, QByteArrayView compactValue)
{
    m_key.clear();
    if (std::all_of(f.kind.begin(), f.kind.end(), [](QChar c) { return c.unicode() < 0x80; }))
        for (QChar c : f.kind)
            m_key.append(char(c.unicode()));
    else
        appendBytes(m_key, f.kind.toUtf8());
    m_key.append('\x1f');
    if (compactValue.data())
        m_key.append(compactValue.data(), compactValue.size());
    else if (!f.value.isEmpty() && f.kind != QLatin1String("quote"))
        appendBytes(m_key, compactJson(f.value));
    else
        appendSimplifiedUtf8(m_key, f.text);
    m_key.append('\x1f');
    appendPrecedingWord(m_key, m_body, f.offset);
    // The key's own SHA-1 is the id unless the key is a repeat; its first
    // bytes also serve as the repeat table's hash.
    m_sha.reset();
    m_sha.addData(QByteArrayView(m_key.constData(), m_key.size()));
    QByteArrayView digest = m_sha.resultView();
    size_t h = 0;
    std::memcpy(&h, digest.data(), sizeof h);
    if (const int n = countRepeat(m_key.constData(), m_key.size(), h); n > 1) {
        m_key.append("\x1f#", 2);
        appendBytes(m_key, QByteArray::number(n));
        m_sha.reset();
        m_sha.addData(QByteArrayView(m_key.constData(), m_key.size()));
        digest = m_sha.resultView();
    }
    static const char hex[] = "0123456789abcdef";
    char digits[12];
    for (int b = 0; b < 6; ++b) {
        const uchar byte = uchar(digest[b]);
        digits[2 * b] = hex[byte >> 4];
        digits[2 * b + 1] = hex[byte & 15];
    }
    f.id = f.kind % u'-' % QLatin1StringView(digits, 12); // one allocation
}

QByteArray compactJson(const QJsonObject &value)
{
    // Same bytes as QJsonDocument(value).toJson(Compact) for the values the
    // detector builds (strings and numbers; keys come out sorted); anything
    // else falls back to QJsonDocument. tst_detector checks the equivalence.
    QByteArray out;
    out.reserve(64);
    out += '{';
    bool first = true;
    auto plain = [](QStringView s) {
        for (QChar c : s)
            if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.unicode() == 0x7f ||
                c.isSurrogate())
                return false;
        return true;
    };
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString key = it.key();
        if (!plain(key))
            return QJsonDocument(value).toJson(QJsonDocument::Compact);
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += key.toUtf8();
        out += "\":";
        if (v.isString()) {
            const QString str = v.toString();
            if (!plain(str))
                return QJsonDocument(value).toJson(QJsonDocument::Compact);
            out += '"';
            out += str.toUtf8();
            out += '"';
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            if (!std::isfinite(d))
                return QJsonDocument(value).toJson(QJsonDocument::Compact);
            if (d == std::round(d) && std::fabs(d) < 9007199254740992.0)
                out += QByteArray::number(qint64(d));
            else
                out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        } else {
            return QJsonDocument(value).toJson(QJsonDocument::Compact);
        }
    }
    out += '}';
    return out;
}

void assignClaimIds(Findings &findings, QStringView body)
{
    ClaimIdAssigner ids(body, findings.size());
    for (Finding &f : findings)
        ids.assign(f);
}

} // namespace copydesk
