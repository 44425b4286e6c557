#include "spelling/HouseDictionary.h"

#include "core/Error.h"
#include "core/Paths.h"
#include "core/Trailers.h"
#include "newsroom/Newsroom.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"
#include "pipeline/Rules.h"
#include "spelling/HunspellDictionary.h"

#include <QDir>
#include <QFile>

namespace copydesk
{

const QString HouseDictionary::path = QStringLiteral("copydesk/words/house.txt");

namespace
{
bool hasHangul(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}
} // namespace

WordList HouseDictionary::load() const
{
    const QString file = QDir(m_newsroom.root()).filePath(path);
    refuseSymLink(m_newsroom.root(), path);
    QFile f(file);
    QByteArray bytes;
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("Cannot read %1: %2").arg(file, f.errorString()));
        bytes = f.readAll();
    } else {
        bytes = m_newsroom.tryReadFile(path).value_or(QByteArray());
    }
    return WordList::parse(bytes, file);
}

QString HouseDictionary::add(const QString &wordIn, const QString &modelIn)
{
    const QString word = wordIn.trimmed();
    if (word.isEmpty() || word.contains(u' ') || word.contains(u'\n'))
        throw Error(QStringLiteral("'%1' is not a single word").arg(wordIn), Error::Kind::Usage);
    QString model = modelIn.trimmed();
    if (!model.isEmpty() && !hasHangul(word))
        throw Error(QStringLiteral("--like is for Korean nouns"), Error::Kind::Usage);
    if (hasHangul(word)) {
        if (model.isEmpty())
            model = QStringLiteral("사람");
        auto korean = DictionaryRegistry::find(QStringLiteral("ko_KR"),
                                               DictionaryRegistry::defaultSearchPath());
        if (!korean)
            throw Error(QStringLiteral(
                            "adding a Korean noun needs the Korean dictionary: install the Debian "
                            "package hunspell-ko"),
                        Error::Kind::NotFound);
        if (!korean->check(model))
            throw Error(
                QStringLiteral(
                    "'%1' is not in the Korean dictionary; choose a noun it knows, such as 사람")
                    .arg(model),
                Error::Kind::Usage);
    }
    WordList list = load();
    if (!list.add(word, model))
        return {};
    QString summary = QStringLiteral("Add '%1' to the house dictionary").arg(word);
    if (!model.isEmpty())
        summary += QStringLiteral(" (particles like %1)").arg(model);
    return commitList(list, QStringLiteral("add"), word, summary);
}

QString HouseDictionary::remove(const QString &word)
{
    WordList list = load();
    if (!list.remove(word.trimmed()))
        throw Error(QStringLiteral("'%1' is not in the house dictionary").arg(word),
                    Error::Kind::NotFound);
    return commitList(list, QStringLiteral("remove"), word.trimmed(),
                      QStringLiteral("Remove '%1' from the house dictionary").arg(word.trimmed()));
}

QString HouseDictionary::commitList(const WordList &list, const QString &action,
                                    const QString &word, const QString &summary)
{
    // Any member may change the house dictionary; the rules say so, as for
    // every other event.
    const QString actor = m_newsroom.identity().email.trimmed().toLower();
    const auto pipeline = m_newsroom.tryReadFile(QStringLiteral("copydesk/pipeline.json"));
    RuleInput in;
    in.event = Event::Words;
    in.actor = actor;
    const Decision decision =
        decide(in,
               pipeline ? Pipeline::fromJson(*pipeline, QStringLiteral("copydesk/pipeline.json"))
                        : Pipeline::defaults(),
               People::fromJson(m_newsroom.readFile(QStringLiteral("copydesk/people.json")),
                                QStringLiteral("copydesk/people.json")));
    if (!decision.allowed)
        throw Error(decision.reason, Error::Kind::Refused);
    Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), Event::Words);
    t.add(QStringLiteral("Copydesk-Actor"), m_newsroom.identity().email);
    t.add(QStringLiteral("Copydesk-Words"), action);
    t.add(QStringLiteral("Copydesk-Word"), word);
    return m_newsroom.commit({FileChange{path, list.toBytes()}}, Trailers::compose(summary, {}, t));
}

} // namespace copydesk
