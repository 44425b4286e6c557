#pragma once

#include "core/Finding.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QStringView>
#include <QVarLengthArray>
#include <vector>

namespace copydesk
{

// Gives the findings of one article their claim ids, in offset order
// (docs/fact-check.md, "Claim IDs"):
//   KIND "-" first 12 hex digits of SHA-1(KIND ␟ VALUE ␟ CONTEXT [␟ #N]).
// The key is built in a stack buffer and repeats are counted in a flat
// table keyed by the key's SHA-1, so an id costs one SHA-1 (two for a
// repeat) and one allocation (the id string).
// The id of a claim found in a front-matter field (title, standfirst):
//   KIND "-" first 12 hex digits of SHA-1(BODY-STYLE ID ␟ FIELD),
// so a headline figure never takes the id of the same figure in the body,
// and body ids stay what they were before headlines were checked.
QString fieldClaimId(const QString &kind, const QString &id, const QString &field);

class ClaimIdAssigner
{
public:
    explicit ClaimIdAssigner(QStringView body, qsizetype expectedFindings = 0);

    // `compactValue`: VALUE when the caller already has it (the compact
    // JSON of f.value); a null view derives it from the finding.
    void assign(Finding &f, QByteArrayView compactValue = {});

private:
    // How often `key` (hash `h`) has been seen, this time included.
    int countRepeat(const char *key, qsizetype len, size_t h);

    QStringView m_body;
    QCryptographicHash m_sha{QCryptographicHash::Sha1};
    QVarLengthArray<char, 512> m_key;
    // Repeat counter: open addressing over the keys seen so far, each
    // stored once in m_arena.
    struct Slot {
        size_t hash = 0;
        qsizetype pos = 0;
        qsizetype len = 0;
        int count = 0; // 0: empty
    };
    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    qsizetype m_used = 0;
};

} // namespace copydesk
