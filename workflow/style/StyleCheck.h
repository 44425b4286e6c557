#pragma once

#include "check/Check.h"
#include "spelling/MarkdownProse.h"
#include "style/PhraseMatcher.h"
#include "style/StyleRule.h"

namespace copydesk
{

// House style: the rules of a RuleSet applied to the prose of an article.
// Every phrase of every rule is found in a single pass (PhraseMatcher);
// repetition and sentence length walk the words once.
class StyleCheck : public Check
{
public:
    explicit StyleCheck(QList<StyleRule> rules);

    QString name() const override { return QStringLiteral("style"); }
    Findings run(const CheckInput &input) const override;
    Findings run(const CheckInput &input, const MarkdownProse &prose) const;

    const QList<StyleRule> &rules() const { return m_rules; }
    // "en" or "ko": the article's `lang`, else the script most of it is in.
    static QString languageOf(const CheckInput &input, const QString &prose);

private:
    // What a phrase found by the matcher stands for.
    struct Pattern {
        int rule = 0;
        QString phrase;     // as written in the rule
        QString suggestion; // substitution: the replacement
        int group = -1;     // consistency: which `either =` line
        int variant = -1;   // consistency: which spelling in it
    };

    void findPhrases(const QString &text, const QString &lang, const MarkdownProse &prose,
                     Findings &out) const;
    void findRepetitions(const QString &text, const QString &lang, const MarkdownProse &prose,
                         Findings &out) const;
    void findContext(const QString &text, const QString &lang, const MarkdownProse &prose,
                     Findings &out) const;
    void findLongSentences(const QString &text, const QString &lang, const MarkdownProse &prose,
                           Findings &out) const;
    Finding makeFinding(const StyleRule &rule, qsizetype offset, qsizetype length,
                        const QString &text, const QString &suggestion) const;

    QList<StyleRule> m_rules;
    QList<Pattern> m_patterns;
    PhraseMatcher m_matcher;
    struct ContextPattern {
        int rule = 0;
        QRegularExpression regex;
        QString replacement;
    };
    QList<ContextPattern> m_context;
};

std::shared_ptr<const Check> makeStyleCheck(const CheckEnvironment &env);

} // namespace copydesk
