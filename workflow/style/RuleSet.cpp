#include "style/StyleRule.h"

#include "core/ArticleText.h"
#include "core/Error.h"

#include <QDir>
#include <QFile>

namespace copydesk
{

namespace
{

[[noreturn]] void fail(const QString &file, int line, const QString &what)
{
    throw Error(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what), Error::Kind::Usage);
}

std::optional<StyleRule::Type> typeFromName(const QString &name)
{
    using T = StyleRule::Type;
    static const QList<QPair<QString, T>> names = {
        {QStringLiteral("existence"), T::Existence},
        {QStringLiteral("substitution"), T::Substitution},
        {QStringLiteral("consistency"), T::Consistency},
        {QStringLiteral("repetition"), T::Repetition},
        {QStringLiteral("capitalization"), T::Capitalization},
        {QStringLiteral("sentence-length"), T::SentenceLength},
        {QStringLiteral("context"), T::Context},
    };
    for (const auto &[n, t] : names) {
        if (n == name)
            return t;
    }
    return std::nullopt;
}

bool parseBool(const QString &v, bool *ok)
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("on")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("false"),
                                QStringLiteral("off")};
    *ok = yes.contains(v) || no.contains(v);
    return yes.contains(v);
}

void validate(const StyleRule &r)
{
    using T = StyleRule::Type;
    auto need = [&](bool ok, const char *what) {
        if (!ok && r.enabled)
            fail(r.file, r.line,
                 QStringLiteral("rule [%1] (%2) needs %3")
                     .arg(r.id, StyleRule::typeName(r.type), QLatin1String(what)));
    };
    switch (r.type) {
    case T::Existence:
    case T::Capitalization:
        need(!r.tokens.isEmpty(), "at least one 'token ='");
        break;
    case T::Substitution:
        need(!r.swaps.isEmpty(), "at least one 'swap = WRONG => RIGHT'");
        break;
    case T::Consistency:
        need(!r.groups.isEmpty(), "at least one 'either = A | B'");
        break;
    case T::SentenceLength:
        need(r.max > 0, "'max =' (words per sentence)");
        break;
    case T::Context:
        need(!r.swaps.isEmpty(), "at least one 'pattern = REGEX => REPLACEMENT'");
        break;
    case T::Repetition:
        break;
    }
    if (r.message.isEmpty() && r.enabled)
        fail(r.file, r.line, QStringLiteral("rule [%1] has no 'message ='").arg(r.id));
}

} // namespace

QString StyleRule::typeName(Type type)
{
    switch (type) {
    case Type::Existence:
        return QStringLiteral("existence");
    case Type::Substitution:
        return QStringLiteral("substitution");
    case Type::Consistency:
        return QStringLiteral("consistency");
    case Type::Repetition:
        return QStringLiteral("repetition");
    case Type::Capitalization:
        return QStringLiteral("capitalization");
    case Type::SentenceLength:
        return QStringLiteral("sentence-length");
    case Type::Context:
        return QStringLiteral("context");
    }
    return {};
}

QRegularExpression StyleRule::contextPattern(const QString &pattern)
{
    // Final consonants in Unicode's order (index + 1 is the syllable's T).
    static const QString finals =
        QStringLiteral("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ");
    QString expanded;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'{' && i + 2 < pattern.size() && pattern[i + 2] == u'}') {
            const QChar c = pattern[i + 1];
            const qsizetype t = finals.indexOf(c);
            if (c == u'H') {
                expanded += QStringLiteral("[\\x{AC00}-\\x{D7A3}]");
                i += 2;
                continue;
            }
            if (t >= 0) {
                // Every syllable whose final is T: 399 of them, listed.
                expanded += u'[';
                for (int s = 0; s < 19 * 21; ++s)
                    expanded += QChar(char16_t(0xAC00 + s * 28 + int(t) + 1));
                expanded += u']';
                i += 2;
                continue;
            }
        }
        expanded += pattern[i];
    }
    QRegularExpression re(expanded, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        throw Error(QStringLiteral("the pattern '%1' is not a valid regular expression: %2")
                        .arg(pattern, re.errorString()),
                    Error::Kind::Usage);
    re.optimize();
    return re;
}

QString StyleRule::contextReplacement(const QString &replacement,
                                      const QRegularExpressionMatch &match)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        if (replacement[i] == u'\\' && i + 1 < replacement.size() && replacement[i + 1].isDigit()) {
            out += match.captured(replacement[i + 1].digitValue());
            ++i;
        } else {
            out += replacement[i];
        }
    }
    return out;
}

QList<StyleRule> RuleSet::parse(const QString &text, const QString &file)
{
    QList<StyleRule> rules;
    StyleRule *current = nullptr;
    bool typeSeen = false;
    const QStringList lines = text.split(u'\n');
    auto finish = [&] {
        if (!current)
            return;
        if (!typeSeen && current->enabled)
            fail(file, current->line, QStringLiteral("rule [%1] has no 'type ='").arg(current->id));
        validate(*current);
    };
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3)
                fail(file, lineNo, QStringLiteral("a rule starts with [rule-id]"));
            finish();
            const QString id = line.mid(1, line.size() - 2).trimmed();
            for (QChar c : id) {
                if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
                    fail(file, lineNo,
                         QStringLiteral("rule id '%1': use letters, digits, '-', "
                                        "'_' and '.'")
                             .arg(id));
            }
            for (const StyleRule &r : rules) {
                if (r.id == id)
                    fail(file, lineNo,
                         QStringLiteral("rule [%1] is defined twice (first on "
                                        "line %2)")
                             .arg(id)
                             .arg(r.line));
            }
            rules.append(StyleRule{});
            current = &rules.last();
            current->id = id;
            current->file = file;
            current->line = lineNo;
            typeSeen = false;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            fail(file, lineNo,
                 QStringLiteral("expected 'key = value' or [rule-id], not '%1'").arg(line));
        if (!current)
            fail(file, lineNo, QStringLiteral("'%1' before the first [rule-id]").arg(line));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        StyleRule &r = *current;
        bool ok = true;
        if (key == QLatin1String("type")) {
            const auto t = typeFromName(value);
            if (!t)
                fail(file, lineNo,
                     QStringLiteral("unknown rule type '%1' (existence, "
                                    "substitution, consistency, repetition, "
                                    "capitalization, sentence-length, context)")
                         .arg(value));
            r.type = *t;
            typeSeen = true;
        } else if (key == QLatin1String("severity")) {
            if (value != QLatin1String("info") && value != QLatin1String("warning") &&
                value != QLatin1String("error"))
                fail(file, lineNo, QStringLiteral("severity is info, warning or error"));
            r.severity = severityFromName(value);
        } else if (key == QLatin1String("message")) {
            r.message = value;
        } else if (key == QLatin1String("link")) {
            r.link = value;
        } else if (key == QLatin1String("lang")) {
            if (value != QLatin1String("en") && value != QLatin1String("ko") &&
                value != QLatin1String("any"))
                fail(file, lineNo, QStringLiteral("lang is en, ko or any"));
            r.lang = value;
        } else if (key == QLatin1String("case")) {
            if (value != QLatin1String("sensitive") && value != QLatin1String("insensitive"))
                fail(file, lineNo, QStringLiteral("case is sensitive or insensitive"));
            r.caseSensitive = value == QLatin1String("sensitive");
        } else if (key == QLatin1String("attached")) {
            r.attached = parseBool(value, &ok);
        } else if (key == QLatin1String("enabled")) {
            r.enabled = parseBool(value, &ok);
        } else if (key == QLatin1String("token")) {
            ok = !value.isEmpty();
            r.tokens.append(value);
        } else if (key == QLatin1String("swap")) {
            const qsizetype arrow = value.indexOf(QLatin1String("=>"));
            ok = arrow > 0 && !value.mid(arrow + 2).trimmed().isEmpty();
            if (ok)
                r.swaps.append({value.left(arrow).trimmed(), value.mid(arrow + 2).trimmed()});
        } else if (key == QLatin1String("pattern")) {
            // REGEX => REPLACEMENT; the last "=>" splits, so a pattern may
            // hold one.
            const qsizetype arrow = value.lastIndexOf(QLatin1String("=>"));
            ok = arrow > 0 && !value.mid(arrow + 2).trimmed().isEmpty();
            if (ok) {
                const QString regex = value.left(arrow).trimmed();
                try {
                    StyleRule::contextPattern(regex);
                } catch (const Error &e) {
                    fail(file, lineNo, e.message());
                }
                r.swaps.append({regex, value.mid(arrow + 2).trimmed()});
            }
        } else if (key == QLatin1String("either")) {
            QStringList variants = value.split(u'|', Qt::SkipEmptyParts);
            for (QString &v : variants)
                v = v.trimmed();
            // A blank variant ("a | | b") would match everywhere and mark nothing.
            ok = variants.size() >= 2 && !variants.contains(QString());
            r.groups.append(variants);
        } else if (key == QLatin1String("except")) {
            for (const QString &v : value.split(u'|', Qt::SkipEmptyParts))
                r.exceptions.append(v.trimmed().toCaseFolded());
        } else if (key == QLatin1String("max")) {
            r.max = value.toInt(&ok);
            ok = ok && r.max > 0;
        } else {
            fail(file, lineNo, QStringLiteral("unknown key '%1'").arg(key));
        }
        if (!ok)
            fail(file, lineNo, QStringLiteral("bad value for '%1': '%2'").arg(key, value));
    }
    finish();
    return rules;
}

QList<StyleRule> RuleSet::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QStringLiteral("Cannot read the style rules %1: %2").arg(path, f.errorString()));
    return parse(decodeUtf8Strict(f.readAll(), path), path);
}

void RuleSet::merge(const QList<StyleRule> &rules)
{
    for (const StyleRule &r : rules) {
        auto it = std::find_if(m_rules.begin(), m_rules.end(),
                               [&](const StyleRule &old) { return old.id == r.id; });
        if (it != m_rules.end())
            *it = r;
        else
            m_rules.append(r);
    }
}

QList<StyleRule> RuleSet::enabledRules() const
{
    QList<StyleRule> out;
    for (const StyleRule &r : m_rules) {
        if (r.enabled)
            out.append(r);
    }
    return out;
}

RuleSet RuleSet::load(const QString &shippedDictionaries, const QString &newsroomRoot)
{
    RuleSet set;
    QStringList dirs{QDir(shippedDictionaries).filePath(QStringLiteral("style"))};
    if (!newsroomRoot.isEmpty())
        dirs.append(QDir(newsroomRoot).filePath(QStringLiteral("copydesk/style")));
    for (const QString &d : dirs) {
        const QDir dir(d);
        for (const QString &f : dir.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name))
            set.merge(parseFile(dir.filePath(f)));
    }
    return set;
}

} // namespace copydesk
