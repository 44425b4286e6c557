// bench_claims DIR...: claim detection alone, one core. Reads every file of
// each folder first (front matter stripped), then times ClaimDetector::detect
// over all of them and prints MB/s (UTF-8 bytes of the bodies) and findings
// per article by kind, with the machine's load average. See
// docs/benchmarks.md, "Claim detection".
#include "claims/ClaimDetector.h"
#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/Paths.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <cstdio>
#include <ctime>

using namespace copydesk;

namespace
{
// CPU time of this thread: what counts on a shared machine, where wall time
// also includes other processes' turns on the core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList dirs = app.arguments().mid(1);
    if (dirs.isEmpty()) {
        std::fprintf(stderr, "usage: bench_claims DIR...\n");
        return 2;
    }
    const ClaimDetector detector(shippedDictionariesDir(), QString());
    // The machine is shared: print its load so figures can be read in context.
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            std::printf("load average: %s", load.readLine().constData());
    }
    for (const QString &dir : dirs) {
        struct Doc {
            QString body;
            QDate date;
        };
        QList<Doc> docs;
        qint64 bytes = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = it.fileName();
            if (name == QLatin1String("SOURCE.txt") || name == QLatin1String("README.TXT"))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            Doc d{text, {}};
            try {
                const ArticleText a = ArticleText::parse(text);
                d.body = a.body();
                QString date = a.value(QStringLiteral("date"));
                if (date.isEmpty())
                    date = a.value(QStringLiteral("published_at"));
                d.date = QDate::fromString(date.left(10), Qt::ISODate);
            } catch (const Error &) {
            }
            bytes += d.body.toUtf8().size();
            docs.append(std::move(d));
        }
        if (docs.isEmpty()) {
            std::fprintf(stderr, "%s: no files\n", qPrintable(dir));
            continue;
        }
        QMap<QString, qint64> byKind;
        qint64 total = 0;
        qint64 best = std::numeric_limits<qint64>::max();
        qint64 bestCpu = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            const qint64 cpu0 = threadCpuNs();
            qint64 count = 0;
            QMap<QString, qint64> kinds;
            for (const Doc &d : std::as_const(docs)) {
                const Findings fs = detector.detect(d.body, d.date);
                count += fs.size();
                if (round == 0)
                    for (const Finding &f : fs)
                        ++kinds[f.kind];
            }
            best = std::min(best, t.nsecsElapsed());
            bestCpu = std::min(bestCpu, threadCpuNs() - cpu0);
            if (round == 0) {
                byKind = kinds;
                total = count;
            }
        }
        const double secs = best / 1e9, cpu = bestCpu / 1e9;
        std::printf("%s: %lld articles, %.2f MB; best of 3: wall %.3f s (%.1f MB/s), "
                    "CPU %.3f s (%.1f MB/s); %.2f findings/article\n",
                    qPrintable(dir), qlonglong(docs.size()), bytes / 1e6, secs, bytes / 1e6 / secs,
                    cpu, bytes / 1e6 / cpu, double(total) / docs.size());
        for (auto k = byKind.cbegin(); k != byKind.cend(); ++k)
            std::printf("  %-18s %8lld  (%.2f per article)\n", qPrintable(k.key()),
                        qlonglong(k.value()), double(k.value()) / docs.size());
    }
    return 0;
}
