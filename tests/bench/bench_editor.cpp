// bench_editor [--chars N] [--keys N] [--articles N] [--newsroom DIR]
//
// 1. Keystroke-to-repaint latency while typing into an article of N
//    characters (default 1,000,000) with every check on. Keys arrive on a
//    schedule (one every 35 ms, a fast typist); each latency runs from the
//    moment the key was due to the end of the synchronous repaint of the
//    editor, so time the GUI thread spent on anything else (applying check
//    results, journal, panels) counts against the keystroke it delayed.
// 2. Start-up to first paint of the real `copydesk` process (from the
//    process being started to the window's first paint event) with the demo
//    newsroom and with a generated newsroom of 10,000 articles, or with an
//    existing newsroom (--newsroom, e.g. copydesk-generate's 10,000 articles
//    and 100,000 commits; its derived caches warm after the first run), and
//    the editor's peak resident memory when the board has listed it.
#include "ArticlePage.h"
#include "ArticleTextEdit.h"
#include "CheckService.h"
#include "FindingsPanel.h"
#include "IncrementalChecker.h"
#include "MainWindow.h"
#include "RecoveryJournal.h"

#include "newsroom/Articles.h"
#include "pipeline/Workflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <git2.h>

using namespace copydesk;
using namespace copydesk::editor;

namespace
{

const Identity kWriter{QStringLiteral("Bench Writer"), QStringLiteral("bench@copydesk.example")};

QString paragraph(int i)
{
    static const QStringList templates = {
        QStringLiteral("The council said on Tuesday that it would spend $%1m on new bus lanes, a "
                       "rise of %2 percent on last year, "
                       "and that drivers would earn $%3,000 a year on average."),
        QStringLiteral("\"We have waited long enough,\" said Maria Olsen, who has led the "
                       "transport committee since %4. "
                       "Critics argue the plan recieves too little scrutiny."),
        QStringLiteral("## Section %1\n\nIn a statement, the company reported revenue of €%2 "
                       "million and said about %3 staff "
                       "would move to the new offices in the spring."),
        QStringLiteral("시는 내년 예산으로 %1억 원을 배정했다고 밝혔다. 지원금은 %2% 늘어난다."),
    };
    QString t = templates[i % templates.size()];
    t.replace(QLatin1String("%1"), QString::number(10 + i % 90));
    t.replace(QLatin1String("%2"), QString::number(1 + i % 40));
    t.replace(QLatin1String("%3"), QString::number(30 + i % 60));
    t.replace(QLatin1String("%4"), QString::number(1990 + i % 30));
    return t;
}

QString article(qsizetype chars)
{
    QString body;
    body.reserve(chars + 512);
    for (int i = 0; body.size() < chars; ++i)
        body += paragraph(i) + QStringLiteral("\n\n");
    body.truncate(chars);
    return body;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

void keystrokeLatency(qsizetype chars, int keys)
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    const QString dir = home.filePath(QStringLiteral("newsroom"));
    {
        Newsroom n = Newsroom::init(dir, kWriter, QStringLiteral("Bench"));
        n.setActor(kWriter);
        Workflow w(n);
        w.create(QStringLiteral("big"), QStringLiteral("A very long article"),
                 QStringLiteral("en"));
        w.save(QStringLiteral("big"), article(chars), QStringLiteral("Bench text"));
    }
    MainWindow window(kWriter);
    window.resize(1280, 800);
    window.show();
    if (!window.openNewsroom(dir))
        qFatal("cannot open %s", qPrintable(window.lastError()));
    QElapsedTimer load;
    load.start();
    ArticlePage *page = window.openArticle(QStringLiteral("big"));
    while (!page->isLoaded())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const qint64 loaded = load.elapsed();
    window.checks()->waitUntilReady();
    page->checker()->flush();
    while (page->isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const qint64 checked = load.elapsed();
    QElapsedTimer copy;
    copy.start();
    const qsizetype copied = page->editor()->toPlainText().size();
    std::printf("(a copy of the whole text for the journal: %lld chars in %.1f ms)\n",
                (long long)copied, copy.nsecsElapsed() / 1e6);
    const int blocks = page->editor()->document()->blockCount();
    std::printf("article: %lld chars, %d blocks; loaded in %lld ms, every block checked after %lld "
                "ms; %lld findings\n",
                (long long)page->editor()->document()->characterCount(), blocks, loaded, checked,
                (long long)page->findingsPanel()->findings().size());

    ArticleTextEdit *edit = page->editor();
    QTextCursor c(edit->document()->findBlockByNumber(blocks / 2));
    c.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(c);
    edit->centerCursor();
    edit->setFocus();
    const QString typed =
        QStringLiteral(" The new director will earn $185,000 a year, the counsil said.\n");

    constexpr qint64 kIntervalNs = 35'000'000;
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    qint64 due = clock.nsecsElapsed() + kIntervalNs;
    int sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (clock.nsecsElapsed() < due)
            return;
        const QChar ch = typed[sent % typed.size()];
        const bool newline = ch == u'\n';
        QKeyEvent press(QEvent::KeyPress, newline ? Qt::Key_Return : 0, Qt::NoModifier,
                        newline ? QStringLiteral("\r") : QString(ch));
        QCoreApplication::sendEvent(edit, &press);
        edit->viewport()->repaint();
        latencies.append((clock.nsecsElapsed() - due) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_EDITOR_TRACE") && latencies.last() > 16)
            std::printf("  key %d: %.1f ms\n", sent, latencies.last());
        due += kIntervalNs;
        ++sent;
    });
    tick.start();
    while (sent < keys)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    tick.stop();
    page->checker()->flush();
    std::printf("keystroke-to-repaint (%d keys, one per 35 ms, checks on): p50 %.2f ms, p99 %.2f "
                "ms, max %.2f ms\n",
                int(latencies.size()), percentile(latencies, 0.5), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    page->journal()->remove();
    page->editor()->document()->setModified(false);
}

QString generateNewsroom(const QString &dir, int count)
{
    Newsroom n = Newsroom::init(dir, kWriter, QStringLiteral("Ten thousand"));
    n.setActor(kWriter);
    Workflow w(n);
    w.create(QStringLiteral("seed"), QStringLiteral("Seed"), QStringLiteral("en"));
    const QByteArray state =
        n.readFile(Newsroom::articleDir(QStringLiteral("seed")) + QStringLiteral("/state.json"));
    QList<FileChange> files;
    for (int i = 0; i < count; ++i) {
        const QString slug = QStringLiteral("story-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString text =
            QStringLiteral("---\ntitle: Story %1\nlang: en\ndate: 2026-03-04\n---\n\n").arg(i) +
            paragraph(i) + u'\n';
        files.append({Newsroom::articlePath(slug), text.toUtf8()});
        files.append({Newsroom::articleDir(slug) + QStringLiteral("/state.json"), state});
    }
    n.commit(files, QStringLiteral("Generate %1 articles").arg(count));
    return dir;
}

void startup(const QString &label, const QString &newsroom, int runs)
{
    QList<double> paint, board, blockers, memory;
    int articles = 0;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) &&
            !env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/copydesk"),
                {newsroom, QStringLiteral("--startup-report"), QStringLiteral("--as"),
                 QStringLiteral("%1 <%2>").arg(kWriter.name, kWriter.email)});
        QByteArray out;
        double painted = -1, listed = -1;
        while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
            if (painted < 0 && out.contains("paint "))
                painted = t.nsecsElapsed() / 1e6;
            if (listed < 0 && out.contains("board ")) {
                listed = t.nsecsElapsed() / 1e6;
                const QByteArray line = out.mid(out.indexOf("board ")).split('\n').value(0);
                articles = line.split(' ').value(2).toInt();
            }
            if (t.elapsed() > 120000)
                p.kill();
        }
        paint.append(painted);
        board.append(listed);
        if (const qsizetype at = out.indexOf("blockers "); at >= 0)
            blockers.append(out.mid(at + 9).split('\n').value(0).toDouble());
        if (const qsizetype at = out.indexOf("memory "); at >= 0)
            memory.append(out.mid(at + 7).split('\n').value(0).toDouble() / 1024);
    }
    std::printf("start-up, %s (%d articles, %d runs): first paint p50 %.0f ms (max %.0f), board "
                "listed p50 %.0f ms (max %.0f), every blocker in p50 %.0f ms, peak memory "
                "p50 %.0f MB\n",
                qPrintable(label), articles, runs, percentile(paint, 0.5), percentile(paint, 1.0),
                percentile(board, 0.5), percentile(board, 1.0),
                blockers.isEmpty() ? -1.0 : percentile(blockers, 0.5),
                memory.isEmpty() ? -1.0 : percentile(memory, 0.5));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Copydesk"));
    QApplication::setOrganizationName(QStringLiteral("Copydesk"));
    git_libgit2_init();
    QCommandLineParser parser;
    const QCommandLineOption chars(QStringLiteral("chars"), QStringLiteral("Article size."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption keys(QStringLiteral("keys"), QStringLiteral("Keys to type."),
                                  QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Generated newsroom size."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Start-up runs."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption latencyOnly(QStringLiteral("latency-only"),
                                         QStringLiteral("Skip the start-up part."));
    const QCommandLineOption existing(
        QStringLiteral("newsroom"),
        QStringLiteral("Only start-up, on this existing newsroom (not changed)."),
        QStringLiteral("DIR"));
    parser.addOptions({chars, keys, articles, runs, latencyOnly, existing});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir tmp;
    qputenv("XDG_DATA_HOME", tmp.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", tmp.filePath(QStringLiteral("config")).toUtf8());
    if (parser.isSet(existing)) {
        const QString dir = QDir(parser.value(existing)).absolutePath();
        startup(QStringLiteral("newsroom ") + dir, dir, parser.value(runs).toInt());
        return 0;
    }

    keystrokeLatency(parser.value(chars).toLongLong(), parser.value(keys).toInt());
    if (parser.isSet(latencyOnly))
        return 0;

    const QString demo = tmp.filePath(QStringLiteral("demo"));
    QProcess cli;
    cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/copydesk-cli"),
              {QStringLiteral("demo"), demo});
    cli.waitForFinished(120000);
    startup(QStringLiteral("demo newsroom"), demo, parser.value(runs).toInt());
    QElapsedTimer gen;
    gen.start();
    const QString big =
        generateNewsroom(tmp.filePath(QStringLiteral("big")), parser.value(articles).toInt());
    std::printf("(generated %d articles in %lld ms)\n", parser.value(articles).toInt(),
                gen.elapsed());
    startup(QStringLiteral("generated newsroom"), big, parser.value(runs).toInt());
    git_libgit2_shutdown();
    return 0;
}
