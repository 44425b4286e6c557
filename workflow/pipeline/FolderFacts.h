#pragma once

#include "core/IdKeyedCache.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace copydesk
{

// What the board needs of one article folder: a pure function of the
// folder's files (state.json, comments.json and the ids of index.md and
// ledger.json), so it is keyed by the folder's tree id and can never be
// stale.
struct FolderFacts {
    QString stage;
    QString reviewer;
    bool reviewerWrote = false; // the reviewer is one of the authors (four-eyes)
    QDate due;
    int unresolvedComments = 0;
    QString textId;   // blob id of index.md; empty when absent
    QString ledgerId; // blob id of ledger.json; empty when absent
};

// .git/copydesk/folders: FolderFacts by folder tree id, so the board does
// not read and parse the state and comments of 10,000 articles on every
// run. Derived data only (see IdKeyedCache).
class FolderFactsCache
{
public:
    explicit FolderFactsCache(QString path) : m_lines(std::move(path)) {}

    std::optional<FolderFacts> get(const QString &folderId) const;
    void put(const QString &folderId, const FolderFacts &facts);
    // After every live folder was asked for: see IdKeyedCache::compactToUsed.
    void compactToUsed() { m_lines.compactToUsed(); }

private:
    IdKeyedCache m_lines;
};

} // namespace copydesk
