#pragma once

#include "spelling/WordList.h"

#include <QString>

namespace copydesk
{

class Newsroom;

// The newsroom's house dictionary (copydesk/words/house.txt) as a shared,
// versioned list: every change is a `words` event commit, so colleagues get
// it at their next sync and the audit shows who added what. The CLI's
// `words` command and the editor's "Add to house dictionary" both use this.
class HouseDictionary
{
public:
    static const QString path; // "copydesk/words/house.txt"

    explicit HouseDictionary(Newsroom &newsroom) : m_newsroom(newsroom) {}

    // The list as it is in the working tree (what the checks see), HEAD when
    // the file is absent. Invalid UTF-8 throws before anything is written.
    WordList load() const;

    // Adds `word` (a Korean noun takes the particles of `model`, by default
    // 사람, which must be in the Korean dictionary). Returns the commit id,
    // or an empty string when the word is already there.
    QString add(const QString &word, const QString &model = {});
    // Removes `word`; throws NotFound when it is not there.
    QString remove(const QString &word);

private:
    QString commitList(const WordList &list, const QString &action, const QString &word,
                       const QString &summary);
    Newsroom &m_newsroom;
};

} // namespace copydesk
