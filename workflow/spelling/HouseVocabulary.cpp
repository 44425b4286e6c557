#include "spelling/HouseVocabulary.h"

#include "spelling/WordList.h"
#include "spelling/WordTokenizer.h"

#include <QDir>

namespace copydesk
{

QStringList HouseVocabulary::filesFor(const QString &shippedDictionaries,
                                      const QString &newsroomRoot)
{
    QStringList files;
    const QDir shipped(QDir(shippedDictionaries).filePath(QStringLiteral("words")));
    for (const QString &f : shipped.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(shipped.filePath(f));
    files.append(shipped.filePath(QStringLiteral("ko/standard.txt")));
    if (!newsroomRoot.isEmpty()) {
        const QDir words(QDir(newsroomRoot).filePath(QStringLiteral("copydesk/words")));
        files.append(words.filePath(QStringLiteral("house.txt")));
        files.append(words.filePath(QStringLiteral("accepted.txt")));
    }
    return files;
}

HouseVocabulary::HouseVocabulary(const QStringList &files)
{
    for (const QString &file : files) {
        const WordList list = WordList::load(file);
        for (const WordEntry &e : list.entries()) {
            bool hangul = false;
            for (QChar c : e.word)
                hangul = hangul || scriptOf(c) == Script::Hangul;
            if (!hangul) {
                m_words.insert(e.word);
                continue;
            }
            m_koreanNouns.insert(e.word);
            m_koreanModels.append({e.word, e.model});
        }
    }
}

void HouseVocabulary::addKoreanNounsTo(HunspellDictionary &korean) const
{
    for (const auto &[word, modelIn] : m_koreanModels) {
        const QString model = modelIn.isEmpty() ? QString::fromUtf16(kDefaultModel) : modelIn;
        if (!korean.addWithAffix(word, model))
            korean.addWithAffix(word, QString::fromUtf16(kDefaultModel));
    }
}

bool HouseVocabulary::containsWord(const QString &word) const
{
    if (m_words.contains(word))
        return true;
    if (!word.isEmpty() && word[0].isUpper()) {
        QString lowered = word;
        lowered[0] = lowered[0].toLower();
        return m_words.contains(lowered);
    }
    return false;
}

} // namespace copydesk
