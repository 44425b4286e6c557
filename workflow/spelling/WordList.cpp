#include "spelling/WordList.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QFile>
#include <QRegularExpression>

namespace copydesk
{

WordEntry WordList::parseLine(const QString &raw, int number, const QString &fileName)
{
    QString line = raw;
    const qsizetype hash = line.indexOf(u'#');
    if (hash >= 0)
        line.truncate(hash);
    const QStringList parts = line.simplified().split(u' ', Qt::SkipEmptyParts);
    WordEntry e;
    e.line = number;
    if (parts.isEmpty())
        return e;
    e.word = parts.first().normalized(QString::NormalizationForm_C);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].startsWith(QLatin1String("like=")) && parts[i].size() > 5) {
            e.model = parts[i].mid(5).normalized(QString::NormalizationForm_C);
        } else {
            throw Error(QStringLiteral("%1:%2: expected one word, optionally followed by "
                                       "like=NOUN, not '%3'")
                            .arg(fileName)
                            .arg(number)
                            .arg(raw.trimmed()),
                        Error::Kind::Usage);
        }
    }
    return e;
}

WordList WordList::parse(const QByteArray &bytes, const QString &fileName)
{
    WordList list;
    list.m_fileName = fileName;
    const QString text = decodeUtf8Strict(bytes, fileName);
    if (text.isEmpty())
        return list;
    list.m_lines = text.split(u'\n');
    if (list.m_lines.last().isEmpty())
        list.m_lines.removeLast();
    for (qsizetype i = 0; i < list.m_lines.size(); ++i) {
        QString &l = list.m_lines[i];
        if (l.endsWith(u'\r'))
            l.chop(1);
        WordEntry e = parseLine(l, int(i + 1), fileName);
        if (!e.word.isEmpty())
            list.m_entries.append(e);
    }
    return list;
}

WordList WordList::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("Cannot read the word list %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

bool WordList::contains(const QString &word) const
{
    for (const WordEntry &e : m_entries) {
        if (e.word == word)
            return true;
    }
    return false;
}

bool WordList::add(const QString &wordIn, const QString &modelIn)
{
    const QString word = wordIn.normalized(QString::NormalizationForm_C);
    const QString model = modelIn.normalized(QString::NormalizationForm_C);
    if (word.isEmpty() || word.contains(u'#') ||
        word.contains(QRegularExpression(QStringLiteral("\\s"))))
        throw Error(QStringLiteral("'%1' is not one word").arg(wordIn), Error::Kind::Usage);
    for (const WordEntry &e : m_entries) {
        if (e.word == word && e.model == model)
            return false;
    }
    remove(word); // a new model replaces the old one
    const QString line = model.isEmpty() ? word : word + QStringLiteral(" like=") + model;
    m_lines.append(line);
    m_entries.append({word, model, int(m_lines.size())});
    return true;
}

bool WordList::remove(const QString &wordIn)
{
    const QString word = wordIn.normalized(QString::NormalizationForm_C);
    bool removed = false;
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (parseLine(m_lines[i], int(i + 1), m_fileName).word == word) {
            m_lines.removeAt(i);
            removed = true;
        }
    }
    if (removed) {
        m_entries.clear();
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            WordEntry e = parseLine(m_lines[i], int(i + 1), m_fileName);
            if (!e.word.isEmpty())
                m_entries.append(e);
        }
    }
    return removed;
}

QByteArray WordList::toBytes() const
{
    QByteArray out;
    for (const QString &l : m_lines) {
        out += l.toUtf8();
        out += '\n';
    }
    return out;
}

} // namespace copydesk
