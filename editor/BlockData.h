#pragma once

#include "core/Finding.h"

#include <QTextBlock>
#include <QTextBlockUserData>

namespace copydesk::editor
{

// What the incremental checker knows about one paragraph block: the hash of
// the text it last checked and the findings for it, with offsets relative to
// the block. A block whose text hash differs is re-checked; others never are.
class BlockData : public QTextBlockUserData
{
public:
    size_t checkedHash = 0;
    int revision = -1; // QTextBlock::revision() when last matched
    bool checked = false;
    int generation = -1; // CheckService generation the findings came from
    Findings findings;

    static BlockData *of(const QTextBlock &block)
    {
        return static_cast<BlockData *>(block.userData());
    }
    static BlockData *ensure(QTextBlock block)
    {
        auto *d = of(block);
        if (!d) {
            d = new BlockData;
            block.setUserData(d);
        }
        return d;
    }
};

} // namespace copydesk::editor
