// bench_spelling [--lang TAG] [--no-hunspell] [--top N] DIR: how loud the
// spelling check is on published copy, and what it costs. Over every article
// of DIR it counts the inline spelling warnings (severity warning or error:
// what the editor underlines) and the second tier (info, "unrecognised
// words", never underlined) per 1,000 words; times all checks on all cores
// beside `hunspell -l` over the same text; and measures the peak memory of
// `copydesk-cli check` over the same files. --lang sets the newsroom's
// default language (a scratch newsroom whose copydesk/newsroom.json lists it),
// which is how a newsroom of British copy says so. See docs/spelling.md.
#include "check/Check.h"
#include "core/ArticleText.h"
#include "core/Error.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/MarkdownProse.h"
#include "spelling/WordTokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent>
#include <cstdio>
#include <sys/resource.h>

using namespace copydesk;

namespace
{

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

QStringList articleFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        // The corpora's README.TXT and SOURCE.txt describe them; not articles.
        if (!(name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".txt"))) ||
            name.startsWith(QLatin1String("README"), Qt::CaseInsensitive) ||
            name.startsWith(QLatin1String("SOURCE"), Qt::CaseInsensitive))
            continue;
        files.append(path);
    }
    files.sort();
    return files;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// What the checks see of an article: its body and language. The baram
// corpus' front matter is not valid YAML (tabs in `author:`), which
// ArticleText rightly refuses; the body after its closing `---` is what a
// newsroom would have published, so that is what is checked.
CheckInput inputOf(const QString &text, bool *frontMatterRefused)
{
    CheckInput input;
    try {
        const ArticleText article = ArticleText::parse(text);
        input.body = article.body();
        input.lang = article.value(QStringLiteral("lang"));
    } catch (const Error &) {
        *frontMatterRefused = true;
        const qsizetype close = text.indexOf(QLatin1String("\n---\n"), 3);
        input.body = close >= 0 ? text.mid(close + 5) : text;
    }
    return input;
}

// Seconds `hunspell ARGS` takes over all files concatenated on stdin.
double hunspellSeconds(const QStringList &files, const QStringList &args)
{
    QTemporaryFile all;
    if (!all.open())
        return -1;
    for (const QString &path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            all.write(f.readAll());
            all.write("\n");
        }
    }
    all.close();
    QProcess p;
    p.setStandardInputFile(all.fileName());
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("hunspell"), args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

// Wall seconds and peak RSS (MB) of `copydesk-cli -C newsroom check` over
// the files, measured by /usr/bin/time as a user would.
std::pair<double, long> cliCheck(const QString &cli, const QString &newsroom,
                                 const QStringList &files, const QStringList &only)
{
    QTemporaryFile report;
    if (!report.open())
        return {-1, -1};
    QStringList args{QStringLiteral("-f"),
                     QStringLiteral("%e %M"),
                     QStringLiteral("-o"),
                     report.fileName(),
                     cli,
                     QStringLiteral("-C"),
                     newsroom,
                     QStringLiteral("check"),
                     QStringLiteral("--no-fail"),
                     QStringLiteral("--format"),
                     QStringLiteral("json")};
    if (!only.isEmpty())
        args << QStringLiteral("--only") << only.join(u',');
    args += files;
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(QStringLiteral("/usr/bin/time"), args);
    if (!p.waitForFinished(-1))
        return {-1, -1};
    // The last line: time says "Command exited with non-zero status" first.
    const QStringList parts =
        QString::fromUtf8(report.readAll()).trimmed().split(u'\n').last().split(u' ');
    if (parts.size() != 2)
        return {-1, -1};
    return {parts[0].toDouble(), parts[1].toLong() / 1024};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QStringList args = app.arguments().mid(1);
    const QString command = QStringLiteral("build/bin/bench_spelling ") + args.join(u' ');
    QString lang;
    int top = 0;
    bool skipHunspell = false;
    QStringList dirs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[++i];
        else if (args[i] == QLatin1String("--top") && i + 1 < args.size())
            top = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-hunspell"))
            skipHunspell = true;
        else
            dirs.append(args[i]);
    }
    if (dirs.size() != 1) {
        std::fprintf(stderr, "usage: bench_spelling [--lang TAG] [--top N] [--no-hunspell] DIR\n");
        return 2;
    }
    QStringList files = articleFiles(dirs[0]);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_spelling: no articles in %s\n", qPrintable(dirs[0]));
        return 2;
    }

    // A scratch newsroom that only says which language its copy is in.
    QTemporaryDir newsroom;
    QDir().mkpath(newsroom.filePath(QStringLiteral("copydesk")));
    {
        QFile f(newsroom.filePath(QStringLiteral("copydesk/newsroom.json")));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QString langs =
            lang.isEmpty() ? QStringLiteral("\"en\", \"ko\"") : QStringLiteral("\"%1\"").arg(lang);
        f.write(QStringLiteral("{\"format\": 1, \"name\": \"bench\", \"languages\": [%1]}\n")
                    .arg(langs)
                    .toUtf8());
    }

    std::printf("reproduce: %s\n", qPrintable(command));
    for (QString &f : files)
        f = QFileInfo(f).absoluteFilePath(); // `check` runs in the scratch newsroom
    std::printf("threads: %d\n", QThreadPool::globalInstance()->maxThreadCount());
    QList<CheckInput> inputs;
    int refused = 0;
    for (const QString &path : files) {
        bool bad = false;
        inputs.append(inputOf(readText(path), &bad));
        refused += bad;
    }
    if (refused)
        std::printf("%d articles have front matter ArticleText refuses; their body is checked\n",
                    refused);

    QElapsedTimer t;
    t.start();
    QStringList warnings;
    const CheckSuite suite = CheckSuite::standard({{}, newsroom.path()}, &warnings);
    const double loadS = t.nsecsElapsed() / 1e9;
    for (const QString &w : warnings)
        std::printf("warning: %s\n", qPrintable(w));
    std::printf("checks: %s; built in %.3f s (dictionaries load on first use)\n",
                qPrintable(suite.names().join(u',')), loadS);

    // All checks, all cores, as the editor and `check` run them.
    t.restart();
    const QList<Findings> results = QtConcurrent::blockingMapped(
        inputs, [&](const CheckInput &input) { return suite.checkBody(input); });
    const double allS = t.nsecsElapsed() / 1e9;

    qsizetype words = 0, inlineWarnings = 0, secondTier = 0, styleContext = 0;
    QHash<QString, int> inlineByText, tierByText;
    QMap<QString, int> byRule;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        words += WordTokenizer::words(MarkdownProse::parse(inputs[i].body).text()).size();
        for (const Finding &f : results[i]) {
            if (f.kind == QLatin1String("style") && f.rule.startsWith(QLatin1String("ko.context")))
                ++styleContext;
            if (f.kind != QLatin1String("spelling"))
                continue;
            if (f.severity == Severity::Info) {
                ++secondTier;
                ++tierByText[f.text];
            } else {
                ++inlineWarnings;
                ++inlineByText[f.text + QStringLiteral(" -> ") + f.suggestions.join(u'|')];
                ++byRule[f.rule];
            }
        }
    }
    std::printf("\n== %s: %lld articles, %lld words%s\n", qPrintable(dirs[0]),
                qlonglong(files.size()), qlonglong(words),
                lang.isEmpty() ? "" : qPrintable(QStringLiteral(", newsroom language ") + lang));
    std::printf("inline spelling warnings: %lld = %.2f per 1,000 words\n",
                qlonglong(inlineWarnings), 1000.0 * inlineWarnings / std::max<qsizetype>(1, words));
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        std::printf("  %-8s %d\n", qPrintable(it.key()), it.value());
    std::printf("second tier (info, not underlined): %lld = %.2f per 1,000 words\n",
                qlonglong(secondTier), 1000.0 * secondTier / std::max<qsizetype>(1, words));
    if (styleContext)
        std::printf("Korean context rule findings (style): %lld\n", qlonglong(styleContext));
    std::printf("all checks: %.3f s wall, peak RSS of this process %ld MB\n", allS, peakRssMb());
    // The dictionaries this run loaded (the registry shares them): how many
    // lookups reached Hunspell, and the time spent inside it.
    for (const char *name : {"en_US", "en_GB", "ko_KR"}) {
        const auto dict = DictionaryRegistry::find(QString::fromLatin1(name),
                                                   DictionaryRegistry::defaultSearchPath());
        const HunspellDictionary::Stats st = dict ? dict->stats() : HunspellDictionary::Stats{};
        if (st.lookups > 0)
            std::printf("  %s: %lld lookups, %lld reached Hunspell, %.3f s inside Hunspell\n", name,
                        qlonglong(st.lookups), qlonglong(st.misses), st.hunspellNs / 1e9);
    }

    auto printTop = [&](const char *title, const QHash<QString, int> &counts) {
        QList<QPair<int, QString>> sorted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        std::printf("  %s:\n", title);
        for (qsizetype i = 0; i < std::min<qsizetype>(top, sorted.size()); ++i)
            std::printf("    %5d %s\n", sorted[i].first, qPrintable(sorted[i].second));
    };
    if (top > 0) {
        printTop("most frequent inline warnings", inlineByText);
        printTop("most frequent second-tier words", tierByText);
    }

    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/copydesk-cli");
    // `check` refuses files whose front matter is not YAML: measured where
    // it reads them all.
    if (QFile::exists(cli) && QFile::exists(QStringLiteral("/usr/bin/time")) && !refused) {
        const auto [s, mb] = cliCheck(cli, newsroom.path(), files, {});
        std::printf("copydesk-cli check (all checks, one process, one thread): %.2f s, peak RSS "
                    "%ld MB\n",
                    s, mb);
    }
    if (!skipHunspell) {
        const bool korean = lang.isEmpty() || lang.startsWith(QLatin1String("ko"));
        QString dict = QStringLiteral("en_US");
        if (!lang.isEmpty() && !korean)
            dict = lang.replace(u'-', u'_');
        // Without --lang the corpus is taken as Korean (the baram corpus).
        const QStringList hargs = korean ? QStringList{"-i", "utf-8", "-d", "ko_KR", "-l"}
                                         : QStringList{"-d", dict, "-l"};
        const double h = hunspellSeconds(files, hargs);
        std::printf("hunspell %s: %.3f s\n", qPrintable(hargs.join(u' ')), h);
        std::printf("ratio: all checks take 1/%.1f of hunspell -l\n", h / allS);
    }
    return 0;
}
