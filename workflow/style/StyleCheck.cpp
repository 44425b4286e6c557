#include "style/StyleCheck.h"

#include "core/Error.h"
#include "core/Paths.h"
#include "spelling/WordTokenizer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace copydesk
{

namespace
{

QString matchCase(const QString &suggestion, QStringView matched)
{
    // "Utilise" → "Use": keep a capital at the start of a replaced phrase.
    if (!matched.isEmpty() && matched.front().isUpper() && !suggestion.isEmpty() &&
        suggestion.front().isLower()) {
        QString s = suggestion;
        s[0] = s[0].toUpper();
        return s;
    }
    return suggestion;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002';
}

} // namespace

StyleCheck::StyleCheck(QList<StyleRule> rules) : m_rules(std::move(rules))
{
    using T = StyleRule::Type;
    for (int r = 0; r < m_rules.size(); ++r) {
        const StyleRule &rule = m_rules[r];
        switch (rule.type) {
        case T::Existence:
        case T::Capitalization:
            for (const QString &t : rule.tokens) {
                m_matcher.add(t, rule.attached);
                m_patterns.append({r, t, {}, -1, -1});
            }
            break;
        case T::Substitution:
            for (const auto &[from, to] : rule.swaps) {
                m_matcher.add(from, rule.attached);
                m_patterns.append({r, from, to, -1, -1});
            }
            break;
        case T::Consistency:
            for (int g = 0; g < rule.groups.size(); ++g) {
                for (int v = 0; v < rule.groups[g].size(); ++v) {
                    m_matcher.add(rule.groups[g][v], rule.attached);
                    m_patterns.append({r, rule.groups[g][v], {}, g, v});
                }
            }
            break;
        case T::Context:
            for (const auto &[pattern, replacement] : rule.swaps)
                m_context.append({r, StyleRule::contextPattern(pattern), replacement});
            break;
        case T::Repetition:
        case T::SentenceLength:
            break;
        }
    }
    m_matcher.build();
}

QString StyleCheck::languageOf(const CheckInput &input, const QString &prose)
{
    return languageOfText(input.lang, prose);
}

Finding StyleCheck::makeFinding(const StyleRule &rule, qsizetype offset, qsizetype length,
                                const QString &text, const QString &suggestion) const
{
    Finding f;
    f.kind = QStringLiteral("style");
    f.severity = rule.severity;
    f.rule = rule.id;
    f.offset = offset;
    f.length = length;
    f.text = text;
    f.link = rule.link;
    QString message = rule.message;
    message.replace(QLatin1String("{match}"), text);
    message.replace(QLatin1String("{suggestion}"), suggestion);
    f.message = message;
    const bool fix =
        rule.type == StyleRule::Type::Substitution || rule.type == StyleRule::Type::Context ||
        rule.type == StyleRule::Type::Capitalization || rule.type == StyleRule::Type::Consistency ||
        rule.type == StyleRule::Type::Repetition;
    if (fix && !suggestion.isEmpty())
        f.suggestions = {suggestion};
    return f;
}

void StyleCheck::findPhrases(const QString &text, const QString &lang, const MarkdownProse &prose,
                             Findings &out) const
{
    using T = StyleRule::Type;
    if (m_matcher.isEmpty())
        return;
    QHash<QPair<int, int>, int> chosen; // consistency: (rule, group) → variant first used
    QHash<int, qsizetype> lastEnd;      // per rule, so overlapping phrases report once
    for (const PhraseMatcher::Match &m : m_matcher.find(text)) {
        const Pattern &p = m_patterns[m.pattern];
        const StyleRule &rule = m_rules[p.rule];
        if (!rule.appliesTo(lang))
            continue;
        const QString found = text.mid(m.offset, m.length);
        if (rule.caseSensitive && rule.type != T::Capitalization && found != p.phrase)
            continue;
        if (rule.type == T::Capitalization && found == p.phrase)
            continue;
        if (lastEnd.value(p.rule, -1) > m.offset)
            continue;
        QString suggestion;
        switch (rule.type) {
        case T::Existence:
            break;
        case T::Substitution:
            suggestion = matchCase(p.suggestion, found);
            break;
        case T::Capitalization:
            suggestion = p.phrase;
            break;
        case T::Consistency: {
            const auto key = qMakePair(p.rule, p.group);
            const auto it = chosen.constFind(key);
            if (it == chosen.constEnd()) {
                chosen.insert(key, p.variant);
                continue;
            }
            if (it.value() == p.variant)
                continue;
            suggestion = rule.groups[p.group][it.value()];
            break;
        }
        case T::Repetition:
        case T::SentenceLength:
        case T::Context:
            continue;
        }
        if (!prose.silences().isEmpty() && prose.isSilenced(m.offset, rule.id))
            continue;
        lastEnd[p.rule] = m.offset + m.length;
        out.append(makeFinding(rule, m.offset, m.length, found, suggestion));
    }
}

void StyleCheck::findRepetitions(const QString &text, const QString &lang,
                                 const MarkdownProse &prose, Findings &out) const
{
    QList<const StyleRule *> rules;
    for (const StyleRule &r : m_rules) {
        if (r.type == StyleRule::Type::Repetition && r.appliesTo(lang))
            rules.append(&r);
    }
    if (rules.isEmpty())
        return;
    const QList<WordSpan> words = WordTokenizer::words(text);
    for (qsizetype i = 1; i < words.size(); ++i) {
        const WordSpan a = words[i - 1], b = words[i];
        if (a.length != b.length)
            continue;
        // Only spaces between the two, on the same line: "the the", "그 그".
        bool onlySpaces = b.offset > a.offset + a.length;
        for (qsizetype k = a.offset + a.length; onlySpaces && k < b.offset; ++k)
            onlySpaces = text[k] == u' ' || text[k] == u'\t' || text[k] == u'\u00A0';
        if (!onlySpaces)
            continue;
        const QStringView wa = QStringView(text).mid(a.offset, a.length);
        const QStringView wb = QStringView(text).mid(b.offset, b.length);
        if (wa.compare(wb, Qt::CaseInsensitive) != 0)
            continue;
        const QString folded = wa.toString().toCaseFolded();
        for (const StyleRule *r : rules) {
            if (r->exceptions.contains(folded))
                continue;
            if (!prose.silences().isEmpty() && prose.isSilenced(a.offset, r->id))
                continue;
            const qsizetype len = b.offset + b.length - a.offset;
            out.append(makeFinding(*r, a.offset, len, text.mid(a.offset, len), wa.toString()));
        }
    }
}

// Korean real-word errors and spacing (안/않, 되/돼, 로서/로써, 결제/결재,
// bound nouns): each pattern is a regular expression over the prose whose
// surroundings decide, since the word itself is a real word.
void StyleCheck::findContext(const QString &text, const QString &lang, const MarkdownProse &prose,
                             Findings &out) const
{
    for (const ContextPattern &p : m_context) {
        const StyleRule &rule = m_rules[p.rule];
        if (!rule.appliesTo(lang))
            continue;
        QRegularExpressionMatchIterator it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            if (!prose.silences().isEmpty() && prose.isSilenced(m.capturedStart(), rule.id))
                continue;
            out.append(makeFinding(rule, m.capturedStart(), m.capturedLength(), m.captured(),
                                   StyleRule::contextReplacement(p.replacement, m)));
        }
    }
}

void StyleCheck::findLongSentences(const QString &text, const QString &lang,
                                   const MarkdownProse &prose, Findings &out) const
{
    QList<const StyleRule *> rules;
    for (const StyleRule &r : m_rules) {
        if (r.type == StyleRule::Type::SentenceLength && r.appliesTo(lang))
            rules.append(&r);
    }
    if (rules.isEmpty())
        return;
    const qsizetype n = text.size();
    qsizetype start = -1, lastWordEnd = 0;
    int words = 0;
    auto close = [&] {
        if (start >= 0) {
            for (const StyleRule *r : rules) {
                if (words > r->max &&
                    !(!prose.silences().isEmpty() && prose.isSilenced(start, r->id)))
                    out.append(makeFinding(*r, start, lastWordEnd - start,
                                           text.mid(start, lastWordEnd - start),
                                           QString::number(words)));
            }
        }
        start = -1;
        words = 0;
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n') {
            // A blank line or a heading ends a sentence; a wrapped line does not.
            qsizetype j = i + 1;
            while (j < n && (text[j] == u' ' || text[j] == u'\t'))
                ++j;
            if (j >= n || text[j] == u'\n' || text[j] == u'#' || text[j] == u'-' ||
                text[j] == u'*' || text[j] == u'>' || text[j] == u'|')
                close();
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // A chunk of non-space: a word when it has a letter or a digit.
        qsizetype j = i;
        bool word = false, end = false;
        while (j < n && !text[j].isSpace()) {
            word = word || text[j].isLetterOrNumber();
            if (isSentenceEnd(text[j]))
                end = true;
            else if (text[j].isLetterOrNumber())
                end = false;
            ++j;
        }
        if (word) {
            if (start < 0)
                start = i;
            ++words;
            lastWordEnd = j;
        }
        if (end)
            close();
        i = j;
    }
    close();
}

Findings StyleCheck::run(const CheckInput &input) const
{
    return run(input, MarkdownProse::parse(input.body));
}

Findings StyleCheck::run(const CheckInput &input, const MarkdownProse &prose) const
{
    Findings out;
    const QString &text = prose.text();
    const QString lang = languageOf(input, text);
    findPhrases(text, lang, prose, out);
    findRepetitions(text, lang, prose, out);
    if (!m_context.isEmpty())
        findContext(text, lang, prose, out);
    findLongSentences(text, lang, prose, out);
    QHash<QString, int> seen;
    for (Finding &f : out)
        f.id = QStringLiteral("style:%1:%2:%3").arg(f.rule, f.text).arg(seen[f.rule + f.text]++);
    return out;
}

std::shared_ptr<const Check> makeStyleCheck(const CheckEnvironment &env)
{
    const QString shipped =
        env.shippedDictionaries.isEmpty() ? shippedDictionariesDir() : env.shippedDictionaries;
    if (!QFileInfo(QDir(shipped).filePath(QStringLiteral("style"))).isDir() &&
        env.newsroomRoot.isEmpty())
        throw Error(QStringLiteral("Style rules not found: %1/style is missing").arg(shipped));
    return std::make_shared<StyleCheck>(RuleSet::load(shipped, env.newsroomRoot).enabledRules());
}

} // namespace copydesk
