// bench_check DIR...: spelling + style (+ every other check CheckSuite::standard
// registers, e.g. claims) over every article of each corpus folder, on all
// cores, against `hunspell -l` over the same files. See docs/benchmarks.md.
#include "check/Check.h"
#include "core/Error.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/MarkdownProse.h"
#include "spelling/WordTokenizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent>
#include <cstdio>
#include <sys/resource.h>

using namespace copydesk;

namespace
{

struct Corpus {
    QString dir;
    QStringList files;
    QList<QString> texts;
    qint64 bytes = 0;
    int hangul = 0;
    int latin = 0;
};

long peakRssMb(int who = RUSAGE_SELF)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss / 1024;
}

Corpus readCorpus(const QString &dir)
{
    Corpus c;
    c.dir = dir;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (!(name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".txt"))) ||
            name.startsWith(QLatin1String("README"), Qt::CaseInsensitive) ||
            name.startsWith(QLatin1String("SOURCE"), Qt::CaseInsensitive))
            continue;
        c.files.append(path);
    }
    c.files.sort();
    for (const QString &path : c.files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        c.bytes += bytes.size();
        c.texts.append(QString::fromUtf8(bytes));
        for (QChar ch : c.texts.last().left(2000)) {
            const Script s = scriptOf(ch);
            c.hangul += s == Script::Hangul;
            c.latin += s == Script::Latin;
        }
    }
    return c;
}

double hunspellSeconds(const Corpus &c, const QStringList &args)
{
    QTemporaryFile all;
    if (!all.open())
        return -1;
    for (const QString &path : c.files) {
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows when piped
    QStringList dirs = app.arguments().mid(1);
    const bool skipHunspell = dirs.removeAll(QStringLiteral("--no-hunspell")) > 0;
    const bool top = dirs.removeAll(QStringLiteral("--top")) > 0; // most frequent findings
    if (dirs.isEmpty()) {
        std::fprintf(stderr, "usage: bench_check [--no-hunspell] DIR...\n");
        return 2;
    }
    std::printf("threads: %d\n", QThreadPool::globalInstance()->maxThreadCount());

    QElapsedTimer t;
    t.start();
    QStringList warnings;
    const CheckSuite suite = CheckSuite::standard({}, &warnings);
    const double loadS = t.nsecsElapsed() / 1e9;
    for (const QString &w : warnings)
        std::printf("warning: %s\n", qPrintable(w));
    std::printf("checks: %s; load (dictionaries, word lists, rules): %.3f s, RSS %ld MB\n",
                qPrintable(suite.names().join(u',')), loadS, peakRssMb());
    auto en =
        DictionaryRegistry::find(QStringLiteral("en_US"), DictionaryRegistry::defaultSearchPath());
    auto ko =
        DictionaryRegistry::find(QStringLiteral("ko_KR"), DictionaryRegistry::defaultSearchPath());

    for (const QString &dir : dirs) {
        const Corpus c = readCorpus(dir);
        const bool korean = c.hangul > c.latin / 2;
        std::printf("\n== %s: %lld files, %.1f MB (%s)\n", qPrintable(dir),
                    qlonglong(c.files.size()), c.bytes / 1e6, korean ? "Korean" : "English");
        const auto enBefore = en ? en->stats() : HunspellDictionary::Stats{};
        const auto koBefore = ko ? ko->stats() : HunspellDictionary::Stats{};

        // All checks, all cores, cold word caches for this corpus' new words.
        t.restart();
        const QList<Findings> results = QtConcurrent::blockingMapped(
            c.texts, [&](const QString &text) { return suite.checkFile(text); });
        const double allS = t.nsecsElapsed() / 1e9;
        QMap<QString, int> byKind;
        QHash<QString, int> byText;
        qsizetype findings = 0;
        for (const Findings &fs : results) {
            findings += fs.size();
            for (const Finding &f : fs) {
                ++byKind[f.kind == QLatin1String("spelling") || f.kind == QLatin1String("style")
                             ? f.kind + u':' + f.rule
                             : QStringLiteral("claims")];
                if (top)
                    ++byText[f.kind + u' ' + f.rule + u' ' + f.text];
            }
        }
        std::printf("all checks: %.3f s wall, %lld findings, peak RSS %ld MB\n", allS,
                    qlonglong(findings), peakRssMb());
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            std::printf("  %-28s %d\n", qPrintable(it.key()), it.value());
        if (top) {
            QList<QPair<int, QString>> sorted;
            for (auto it = byText.cbegin(); it != byText.cend(); ++it)
                sorted.append({it.value(), it.key()});
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            for (qsizetype i = 0; i < std::min<qsizetype>(60, sorted.size()); ++i)
                std::printf("    %5d %s\n", sorted[i].first, qPrintable(sorted[i].second));
        }
        const auto enAfter = en ? en->stats() : HunspellDictionary::Stats{};
        const auto koAfter = ko ? ko->stats() : HunspellDictionary::Stats{};

        // Where the time goes, one check at a time (warm caches), one core.
        for (const QString &name : suite.names()) {
            t.restart();
            for (const QString &text : c.texts)
                suite.checkFile(text, {name});
            std::printf("  %-9s %.3f s (one thread, warm)\n", qPrintable(name),
                        t.nsecsElapsed() / 1e9);
        }
        t.restart();
        qsizetype words = 0;
        for (const QString &text : c.texts)
            words += WordTokenizer::words(MarkdownProse::parse(text).text()).size();
        std::printf("  tokenising (prose mask + words): %.3f s, %lld words\n",
                    t.nsecsElapsed() / 1e9, qlonglong(words));
        for (const auto &[dict, before, s] :
             {std::tuple{en.get(), enBefore, enAfter}, std::tuple{ko.get(), koBefore, koAfter}}) {
            if (!dict)
                continue;
            std::printf("  %s lookups: %lld in the all-checks run, %lld reached Hunspell, %.3f s "
                        "inside Hunspell\n",
                        qPrintable(dict->name()), qlonglong(s.lookups - before.lookups),
                        qlonglong(s.misses - before.misses),
                        (s.hunspellNs - before.hunspellNs) / 1e9);
        }
        if (!skipHunspell) {
            const QStringList args = korean ? QStringList{"-i", "utf-8", "-d", "ko_KR", "-l"}
                                            : QStringList{"-d", "en_US", "-l"};
            const double h = hunspellSeconds(c, args);
            std::printf("hunspell %s: %.3f s (children peak RSS %ld MB)\n",
                        qPrintable(args.join(u' ')), h, peakRssMb(RUSAGE_CHILDREN));
            std::printf("ratio: all checks take 1/%.1f of hunspell -l\n", h / allS);
        }
    }
    return 0;
}
