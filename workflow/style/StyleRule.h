#pragma once

#include "core/Finding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace copydesk
{

// One house style rule, as read from a .rules file (docs/style-rules.md).
// The rule types follow Vale's.
struct StyleRule {
    enum class Type {
        Existence,
        Substitution,
        Consistency,
        Repetition,
        Capitalization,
        SentenceLength,
        Context
    };

    QString id;
    Type type = Type::Existence;
    Severity severity = Severity::Warning;
    QString message; // {match} and {suggestion} are replaced
    QString link;
    QString lang = QStringLiteral("any"); // en, ko or any
    bool caseSensitive = false;
    bool enabled = true;
    bool attached = false; // phrases may end a word (Korean particles: 사람을를)

    QStringList tokens;                   // existence, capitalization (correct form)
    QList<QPair<QString, QString>> swaps; // substitution: wrong → right;
                                          // context: pattern → replacement
    QList<QStringList> groups;            // consistency: variants of one word
    QStringList exceptions;               // repetition: words that may double
    int max = 0;                          // sentence-length: words per sentence
    QString file;                         // where it was defined, for messages
    int line = 0;

    static QString typeName(Type type);
    // A context pattern as a regular expression: `{ㄹ}` (any final
    // consonant) stands for every Hangul syllable ending in it, `{H}` for any
    // Hangul syllable. Throws Error(Usage) when it does not compile.
    static QRegularExpression contextPattern(const QString &pattern);
    // The replacement with \1…\9 filled in from `match`.
    static QString contextReplacement(const QString &replacement,
                                      const QRegularExpressionMatch &match);
    bool appliesTo(const QString &language) const
    {
        return lang == QLatin1String("any") || lang == language;
    }
};

// Rule files: the shipped dictionaries/style/*.rules, then the newsroom's
// copydesk/style/*.rules, which add rules and replace shipped ones by id
// (`enabled = no` turns a shipped rule off).
class RuleSet
{
public:
    // Throws Error(Usage) naming file and line for a malformed file.
    static QList<StyleRule> parse(const QString &text, const QString &fileName);
    static QList<StyleRule> parseFile(const QString &path);
    static RuleSet load(const QString &shippedDictionaries, const QString &newsroomRoot);

    void merge(const QList<StyleRule> &rules); // later ids replace earlier ones
    QList<StyleRule> enabledRules() const;
    const QList<StyleRule> &rules() const { return m_rules; }

private:
    QList<StyleRule> m_rules;
};

} // namespace copydesk
