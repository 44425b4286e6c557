#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk
{

// One entry of a word list: a word, and for a Korean noun the dictionary
// noun whose particles it takes (`like=`, default 사람).
struct WordEntry {
    QString word;
    QString model; // empty: no model given
    int line = 0;
};

// A word list file (dictionaries/words/*.txt, copydesk/words/house.txt,
// copydesk/words/accepted.txt), one entry a line:
//
//   # a comment
//   OpenAI
//   머스크 like=사람
//
// Parsing is strict: invalid UTF-8 or a malformed line throws Error naming
// the file and the byte offset or line. Editing keeps every other line,
// comment and blank line as it was.
class WordList
{
public:
    static WordList parse(const QByteArray &bytes, const QString &fileName);
    // Reads a file; a missing file is an empty list.
    static WordList load(const QString &path);

    const QList<WordEntry> &entries() const { return m_entries; }
    bool contains(const QString &word) const;

    // Returns false when the word is already there (with the same model).
    bool add(const QString &word, const QString &model = {});
    // Returns false when the word was not there.
    bool remove(const QString &word);
    QByteArray toBytes() const;

private:
    static WordEntry parseLine(const QString &line, int number, const QString &fileName);
    QStringList m_lines; // verbatim, for rewriting
    QList<WordEntry> m_entries;
    QString m_fileName;
};

} // namespace copydesk
