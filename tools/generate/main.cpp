// copydesk-generate DIR --articles N --commits M [--seed S]
//
// Makes a newsroom of N articles and M commits of realistic history for
// benchmarks and stress tests. The newsroom and its people are created
// through the library (Newsroom::init, Workflow::addPerson); the bulk of the
// history is written straight into one pack (HistoryWriter), one commit per
// event, with exactly the files, state.json and trailers Workflow writes
// (the same objects `git fast-import` made of them before, much faster,
// because articles/ is never compressed whole again; see Trees.h): every
// event is judged by the same decide() the CLI and verify use, states and
// ledgers are the library's own types, and the gates are computed with the
// standard check suite. `copydesk-cli verify` accepts the result.
#include "HistoryWriter.h"
#include "TextComposer.h"

#include "check/Check.h"
#include "core/ArticleText.h"
#include "core/Error.h"
#include "core/Trailers.h"
#include "git/Repository.h"
#include "newsroom/ArticleState.h"
#include "newsroom/Newsroom.h"
#include "pipeline/Comments.h"
#include "pipeline/Ledger.h"
#include "pipeline/People.h"
#include "pipeline/Pipeline.h"
#include "pipeline/Rules.h"
#include "pipeline/Verifier.h"
#include "pipeline/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTimeZone>
#include <cstdio>
#include <memory>
#include <random>

using namespace copydesk;
using namespace copydesk::generate;

namespace
{

struct Who {
    QString email;
    QString name;
};

struct Art {
    QString slug;
    QString lang;
    ArticleText text = ArticleText::parse(QString());
    ArticleState state;
    Ledger ledger;
    CommentList comments;
    bool assigned = false;
    int savesSinceSubmit = 0;
    QString claimsFor; // the body the cached claims were found in
    Findings claims;
};

class Generator
{
public:
    Generator(const QString &dir, int articles, int commits, quint64 seed)
        : m_dir(QDir(dir).absolutePath()), m_articles(articles), m_commits(commits), m_rng(seed),
          m_text(m_rng)
    {
    }

    void run();

private:
    void setClock(const Who &who);
    void tick() { m_clock += m_text.uniform(1, 2 * m_step); }
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(m_clock, QTimeZone::utc()); }
    void emitCommit(const Who &who, const QString &message, const QList<FileChange> &files);
    Decision require(RuleInput in, const Who &who);
    void commitEvent(Art &a, const Who &who, const QString &event, const QString &summary,
                     const ArticleState &after, QList<FileChange> files, const Trailers &extra,
                     const QString &body = {});
    void move(Art &a, const Who &who, const QString &event, const QString &reason,
              const QString &target = {});
    QString dirOf(const Art &a) const { return Newsroom::articleDir(a.slug); }
    QByteArray file(const Art &a) const { return a.text.toString().toUtf8(); }
    Findings openStyle(const Art &a);
    Findings openClaims(Art &a);
    const Who &personByEmail(const QString &email) const;
    const Who &editorNotIn(const QStringList &authors);

    void create();
    void step(Art &a);

    QString m_dir;
    int m_articles;
    int m_commits;
    std::mt19937_64 m_rng;
    TextComposer m_text;
    qint64 m_clock = 0;
    int m_step = 900;
    int m_made = 0; // commits so far
    QString m_from;
    QString m_head;
    std::unique_ptr<HistoryWriter> m_history;

    Pipeline m_pipeline = Pipeline::defaults();
    People m_people;
    QList<Who> m_editors, m_reviewers, m_writers;
    CheckSuite m_checks;
    std::vector<Art> m_arts;
    std::vector<int> m_active, m_published;
    QSet<QString> m_slugs;
    QMap<QString, int> m_events;
};

const QList<Who> kEditors{
    {QStringLiteral("jiwon.han@copydesk.example"), QStringLiteral("Han Jiwon")},
    {QStringLiteral("daniel.park@copydesk.example"), QStringLiteral("Daniel Park")},
    {QStringLiteral("helen.cho@copydesk.example"), QStringLiteral("Helen Cho")},
    {QStringLiteral("tom.hargreaves@copydesk.example"), QStringLiteral("Tom Hargreaves")}};

QList<Who> makePeople(const QStringList &given, const QStringList &family, int n)
{
    QList<Who> out;
    for (int i = 0; i < n; ++i) {
        const QString g = given.at(i % given.size()),
                      f = family.at((i / given.size() + i) % family.size());
        const QString romanG = g.section(u'|', 0, 0),
                      nameG = g.section(u'|', 1, 1).isEmpty() ? romanG : g.section(u'|', 1, 1);
        const QString romanF = f.section(u'|', 0, 0),
                      nameF = f.section(u'|', 1, 1).isEmpty() ? romanF : f.section(u'|', 1, 1);
        const bool korean = nameG != romanG;
        out.append({QStringLiteral("%1.%2%3@copydesk.example")
                        .arg(romanG.toLower(), romanF.toLower(),
                             i < given.size() ? QString() : QString::number(i)),
                    korean ? nameF + nameG : nameG + u' ' + nameF});
    }
    return out;
}

// Runs git in `dir` and returns what it printed; throws with its message if
// it failed.
QByteArray runGit(const QString &dir, const QStringList &args)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        throw Error(
            QStringLiteral("git %1 failed: %2")
                .arg(args.first(), QString::fromUtf8(git.readAllStandardError()).trimmed()));
    return git.readAllStandardOutput();
}

void Generator::setClock(const Who &who)
{
    const QByteArray date = QStringLiteral("@%1 +0900").arg(m_clock).toUtf8();
    for (const char *v : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
        qputenv(v, date);
    for (const char *v : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        qputenv(v, who.name.toUtf8());
    for (const char *v : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        qputenv(v, who.email.toUtf8());
}

void Generator::emitCommit(const Who &who, const QString &message, const QList<FileChange> &files)
{
    QByteArray msg = message.toUtf8();
    if (!msg.endsWith('\n'))
        msg += '\n';
    const QByteArray sig = who.name.toUtf8() + " <" + who.email.toUtf8() + "> " +
                           QByteArray::number(m_clock) + " +0900";
    m_head = QString::fromLatin1(m_history->commit(sig, msg, files));
    ++m_made;
}

Decision Generator::require(RuleInput in, const Who &who)
{
    in.actor = who.email;
    const Decision d = decide(in, m_pipeline, m_people);
    if (!d.allowed)
        throw Error(QStringLiteral("generator bug: %1 by %2 refused: %3")
                        .arg(in.event, who.email, d.reason));
    ++m_events[in.event];
    return d;
}

// As Articles::commitEvent: the state file rides along with the trailers.
void Generator::commitEvent(Art &a, const Who &who, const QString &event, const QString &summary,
                            const ArticleState &after, QList<FileChange> files,
                            const Trailers &extra, const QString &body)
{
    const ArticleState &before = a.state;
    ArticleState next = after;
    tick(); // the commit's time, which is also when the state was updated
    next.extra.insert(QStringLiteral("updated"), now().toString(Qt::ISODate));
    files.append({dirOf(a) + QStringLiteral("/state.json"), next.toJson()});
    Trailers t;
    t.add(QStringLiteral("Copydesk-Event"), event);
    t.add(QStringLiteral("Copydesk-Article"), a.slug);
    t.add(QStringLiteral("Copydesk-Actor"), who.email);
    if (before.stage != after.stage) {
        t.add(QStringLiteral("Copydesk-From"), before.stage);
        t.add(QStringLiteral("Copydesk-To"), after.stage);
    }
    t.add(QStringLiteral("Copydesk-Stage"), after.stage);
    for (const auto &kv : extra.items())
        t.add(kv.first, kv.second);
    emitCommit(who, Trailers::compose(summary, body, t), files);
    a.state = next;
}

// As Workflow::move: submit, approve, request-changes, advance, publish, reopen.
void Generator::move(Art &a, const Who &who, const QString &event, const QString &reason,
                     const QString &target)
{
    RuleInput in;
    in.event = event;
    in.before = a.state;
    in.reason = reason;
    in.targetStage = target;
    in.unresolvedComments = a.comments.unresolved();
    if (event == Event::Advance) {
        const Stage *s = m_pipeline.stage(a.state.stage);
        in.openGateFindings = s && s->gate == QLatin1String("style")   ? int(openStyle(a).size())
                              : s && s->gate == QLatin1String("facts") ? int(openClaims(a).size())
                                                                       : 0;
    }
    const Decision dec = require(in, who);
    ArticleState after = a.state;
    after.stage = dec.toStage;
    QList<FileChange> files;
    Trailers t;
    if (!reason.isEmpty())
        t.add(QStringLiteral("Copydesk-Reason"), reason);
    if (event == Event::RequestChanges || (event == Event::Approve && !reason.isEmpty())) {
        Comment c;
        c.id = QString::number(m_rng() & 0xffffffffu, 16).rightJustified(8, u'0');
        c.author = who.email;
        c.body = reason;
        c.time = now();
        c.resolved = event == Event::Approve;
        a.comments.items().append(c);
        files.append({dirOf(a) + QStringLiteral("/comments.json"), a.comments.toJson()});
        t.add(QStringLiteral("Copydesk-Comment"), c.id);
    }
    const Stage *from = m_pipeline.stage(a.state.stage);
    const Stage *to = m_pipeline.stage(after.stage);
    const QString summary =
        QStringLiteral("%1 %2: %3 → %4")
            .arg(event, a.slug, from ? from->title : a.state.stage, to ? to->title : after.stage);
    commitEvent(a, who, event, summary, after, files, t, reason);
}

Findings Generator::openStyle(const Art &a)
{
    return Verifier::openStyleErrors(
        m_checks.checkFile(a.text.toString(),
                           {QStringLiteral("spelling"), QStringLiteral("style")}),
        a.ledger);
}

Findings Generator::openClaims(Art &a)
{
    const QString whole = a.text.toString();
    if (a.claimsFor != whole) {
        a.claims = m_checks.checkFile(whole, {QStringLiteral("claims")});
        a.claimsFor = whole;
    }
    return Verifier::openClaims(a.claims, a.ledger);
}

const Who &Generator::personByEmail(const QString &email) const
{
    for (const QList<Who> *list : {&m_writers, &m_editors, &m_reviewers}) {
        for (const Who &w : *list) {
            if (w.email == email)
                return w;
        }
    }
    throw Error(QStringLiteral("generator bug: unknown person %1").arg(email));
}

const Who &Generator::editorNotIn(const QStringList &authors)
{
    for (int tries = 0; tries < 20; ++tries) {
        const Who &e = m_text.pick(m_editors);
        if (!authors.contains(e.email))
            return e;
    }
    for (const Who &e : m_editors) {
        if (!authors.contains(e.email))
            return e;
    }
    throw Error(QStringLiteral("generator bug: every editor wrote this article"));
}

void Generator::create()
{
    Art a;
    a.lang = m_text.chance(0.5) ? QStringLiteral("ko") : QStringLiteral("en");
    const Who &who = m_text.chance(0.85) ? m_text.pick(m_writers) : m_text.pick(m_editors);
    const QString title = m_text.title(a.lang);
    QString slug = Newsroom::slugFromTitle(title);
    for (int n = 2; m_slugs.contains(slug); ++n)
        slug = Newsroom::slugFromTitle(title) + u'-' + QString::number(n);
    Newsroom::validateSlug(slug);
    m_slugs.insert(slug);
    a.slug = slug;
    RuleInput in;
    in.event = Event::New;
    const Decision dec = require(in, who);
    a.text.setValue(QStringLiteral("title"), title);
    a.text.setValue(
        QStringLiteral("date"),
        QDateTime::fromSecsSinceEpoch(m_clock, QTimeZone(9 * 3600)).date().toString(Qt::ISODate));
    a.text.setValue(QStringLiteral("lang"), a.lang);
    a.text.setValue(QStringLiteral("author"), who.name);
    a.text.setBody(QStringLiteral("\n"));
    ArticleState s;
    s.stage = dec.toStage;
    s.writer = who.email;
    s.created = now();
    commitEvent(a, who, Event::New, QStringLiteral("New article: %1").arg(title), s,
                {{Newsroom::articlePath(slug), file(a)}}, Trailers());
    m_arts.push_back(std::move(a));
    m_active.push_back(int(m_arts.size()) - 1);
}

void Generator::step(Art &a)
{
    const QString stage = a.state.stage;
    if (!a.assigned || (stage == QLatin1String("assigned") && m_text.chance(0.05))) {
        // As Workflow::assign.
        const Who &editor = m_text.pick(m_editors);
        RuleInput in;
        in.event = Event::Assign;
        in.before = a.state;
        require(in, editor);
        ArticleState after = a.state;
        const bool keep = !a.assigned && m_text.chance(0.6) &&
                          m_people.hasRole(a.state.writer, QStringLiteral("writer"));
        after.writer = keep ? a.state.writer : m_text.pick(m_writers).email;
        after.reviewer = m_text.pick(m_reviewers).email;
        after.due = now().toTimeZone(QTimeZone(9 * 3600)).date().addDays(m_text.uniform(1, 6));
        const QString brief = m_text.brief(a.lang);
        after.brief = brief;
        Trailers t;
        t.add(QStringLiteral("Copydesk-Writer"), after.writer);
        t.add(QStringLiteral("Copydesk-Reviewer"), after.reviewer);
        t.add(QStringLiteral("Copydesk-Due"), after.due.toString(Qt::ISODate));
        a.assigned = true;
        commitEvent(a, editor, Event::Assign,
                    QStringLiteral("Assign %1 to %2").arg(a.slug, after.writer), after, {}, t,
                    brief);
        return;
    }
    const Who &writer = personByEmail(a.state.writer);
    auto save = [&] {
        // As Workflow::save with the body alone: the front matter is kept.
        RuleInput in;
        in.event = Event::Save;
        in.before = a.state;
        const Decision dec = require(in, writer);
        const QString body = a.text.body().trimmed().isEmpty()
                                 ? m_text.body(a.lang)
                                 : m_text.revise(a.lang, a.text.body());
        a.text.setBody(ArticleText::parse(body).body());
        ArticleState after = a.state;
        after.stage = dec.toStage;
        if (!after.authors.contains(writer.email))
            after.authors.append(writer.email);
        ++a.savesSinceSubmit;
        const QString msg = m_text.saveMessage(a.lang);
        commitEvent(a, writer, Event::Save, msg, after, {{Newsroom::articlePath(a.slug), file(a)}},
                    Trailers());
    };
    auto resolve = [&] {
        Comment *open = nullptr;
        for (Comment &c : a.comments.items()) {
            if (!c.resolved && !open)
                open = &c;
        }
        RuleInput in;
        in.event = Event::Resolve;
        in.before = a.state;
        require(in, writer);
        open->resolved = true;
        open->resolvedBy = writer.email;
        Trailers t;
        t.add(QStringLiteral("Copydesk-Comment"), open->id);
        commitEvent(a, writer, Event::Resolve,
                    QStringLiteral("Resolve a comment on %1").arg(a.slug), a.state,
                    {{dirOf(a) + QStringLiteral("/comments.json"), a.comments.toJson()}}, t);
    };
    if (stage == QLatin1String("assigned"))
        return save();
    if (stage == QLatin1String("drafting")) {
        if (a.comments.unresolved() > 0)
            return resolve();
        if (a.savesSinceSubmit < 1 || m_text.chance(0.45)) {
            if (a.savesSinceSubmit > 0 && m_text.chance(0.1)) {
                // As Workflow::comment: an editor queries a passage.
                const Who &editor = m_text.pick(m_editors);
                const QString body = a.text.body();
                const QString sentence = body.section(QStringLiteral(". "), 0, 0).left(60);
                RuleInput in;
                in.event = Event::Comment;
                in.before = a.state;
                require(in, editor);
                Comment c;
                c.id = QString::number(m_rng() & 0xffffffffu, 16).rightJustified(8, u'0');
                c.author = editor.email;
                c.quote = sentence;
                c.position = int(body.indexOf(sentence));
                c.body = m_text.reviewComment(a.lang);
                c.time = now();
                a.comments.items().append(c);
                Trailers t;
                t.add(QStringLiteral("Copydesk-Comment"), c.id);
                return commitEvent(
                    a, editor, Event::Comment, QStringLiteral("Comment on %1").arg(a.slug), a.state,
                    {{dirOf(a) + QStringLiteral("/comments.json"), a.comments.toJson()}}, t,
                    c.body);
            }
            return save();
        }
        a.savesSinceSubmit = 0;
        return move(a, writer, Event::Submit, {});
    }
    if (stage == QLatin1String("review")) {
        const Who &reviewer =
            a.state.reviewer.isEmpty() ? m_text.pick(m_reviewers) : personByEmail(a.state.reviewer);
        if (m_text.chance(0.25))
            return move(a, reviewer, Event::RequestChanges, m_text.reviewComment(a.lang));
        return move(a, reviewer, Event::Approve,
                    m_text.chance(0.2) ? QStringLiteral("Good.") : QString());
    }
    if (stage == QLatin1String("style-check")) {
        const Findings open = openStyle(a);
        if (open.isEmpty())
            return move(a, writer, Event::Advance, {});
        // As Workflow::waive with no id: every open error, one reason.
        const Who &editor = m_text.pick(m_editors);
        const QString reason = QStringLiteral("House style allows these names and figures");
        RuleInput in;
        in.event = Event::Waive;
        in.before = a.state;
        in.reason = reason;
        require(in, editor);
        Trailers t;
        t.add(QStringLiteral("Copydesk-Reason"), reason);
        for (const Finding &f : open) {
            a.ledger.addWaiver({f.id, reason, editor.email, now(), a.state.stage});
            t.add(QStringLiteral("Copydesk-Finding"), f.id);
        }
        return commitEvent(
            a, editor, Event::Waive,
            QStringLiteral("Waive %1 finding(s) in %2").arg(open.size()).arg(a.slug), a.state,
            {{dirOf(a) + QStringLiteral("/ledger.json"), a.ledger.toJson()}}, t, reason);
    }
    if (stage == QLatin1String("fact-check")) {
        const Findings open = openClaims(a);
        if (open.isEmpty())
            return move(a, editorNotIn(a.state.authors), Event::Advance, {});
        // As Workflow::verifyClaim.
        const Finding &claim = open.first();
        const Who &checker = m_text.chance(0.5) ? m_text.pick(m_reviewers) : m_text.pick(m_editors);
        RuleInput in;
        in.event = Event::VerifyClaim;
        in.before = a.state;
        require(in, checker);
        const QString source =
            m_text.chance(0.5)
                ? QStringLiteral("https://dart.fss.or.kr/filing/%1").arg(m_rng() % 1000000)
                : QStringLiteral("company filing, p. %1").arg(m_text.uniform(2, 80));
        const QString note = QStringLiteral("Checked against the source");
        a.ledger.record({claim.id, QStringLiteral("verified"), claim.kind, claim.text, source, note,
                         checker.email, now()});
        Trailers t;
        t.add(QStringLiteral("Copydesk-Claim"), claim.id);
        t.add(QStringLiteral("Copydesk-Source"), source);
        return commitEvent(
            a, checker, Event::VerifyClaim,
            QStringLiteral("Verify %1 in %2: %3").arg(claim.kind, a.slug, claim.text), a.state,
            {{dirOf(a) + QStringLiteral("/ledger.json"), a.ledger.toJson()}}, t, note);
    }
    if (stage == QLatin1String("approved"))
        return move(a, editorNotIn(a.state.authors), Event::Publish, {});
    if (stage == QLatin1String("published"))
        return move(a, m_text.pick(m_editors), Event::Reopen, m_text.correctionReason(),
                    QStringLiteral("drafting"));
    throw Error(QStringLiteral("generator bug: stage %1").arg(stage));
}

void Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    if (QDir(m_dir).exists() && !QDir(m_dir).isEmpty())
        throw Error(QStringLiteral("%1 exists and is not empty").arg(m_dir), Error::Kind::Usage);
    // Spread the history over about three years per 100,000 commits.
    m_step = 950;
    m_clock = QDateTime(QDate(2021, 1, 4), QTime(9, 0), QTimeZone(9 * 3600)).toSecsSinceEpoch();

    // Who works here: a few editors and reviewers, many writers. Fewer for
    // small histories so everyone fits in the commit budget.
    static const QStringList givenKo{QStringLiteral("minji|민지"),  QStringLiteral("seojun|서준"),
                                     QStringLiteral("haeun|하은"),  QStringLiteral("jiho|지호"),
                                     QStringLiteral("yuna|유나"),   QStringLiteral("dohyun|도현"),
                                     QStringLiteral("soyeon|소연"), QStringLiteral("taeyang|태양")};
    static const QStringList familyKo{QStringLiteral("kim|김"),  QStringLiteral("lee|이"),
                                      QStringLiteral("park|박"), QStringLiteral("choi|최"),
                                      QStringLiteral("jung|정"), QStringLiteral("kang|강")};
    static const QStringList givenEn{QStringLiteral("maya"),   QStringLiteral("oliver"),
                                     QStringLiteral("grace"),  QStringLiteral("priya"),
                                     QStringLiteral("samuel"), QStringLiteral("emma")};
    static const QStringList familyEn{QStringLiteral("Collins"),   QStringLiteral("Brandt"),
                                      QStringLiteral("Okafor"),    QStringLiteral("Raman"),
                                      QStringLiteral("Whitfield"), QStringLiteral("Moore")};
    const int budget = std::max(8, m_commits / 40);
    const int nWriters = std::clamp(budget / 2, 3, 40), nReviewers = std::clamp(budget / 6, 2, 10);
    m_editors = kEditors.mid(0, std::clamp(budget / 10, 2, 4));
    for (Who w : makePeople(givenKo, familyKo, (nWriters + 1) / 2))
        m_writers.append(w);
    for (Who w : makePeople(givenEn, familyEn, nWriters / 2)) {
        w.name[0] = w.name[0].toUpper();
        m_writers.append(w);
    }
    for (const Who &w : makePeople(givenEn, familyKo, nReviewers))
        m_reviewers.append({QStringLiteral("review.") + w.email, w.name});

    // The newsroom and its people, through the library itself.
    QString gitDir, branch;
    const Who &founder = m_editors.first();
    setClock(founder);
    {
        Newsroom n = Newsroom::init(m_dir, Identity{founder.name, founder.email},
                                    QStringLiteral("Generated Desk"));
        ++m_made;
        Workflow w(n);
        auto add = [&](const Who &p, const QString &role) {
            m_clock += m_step;
            setClock(founder);
            w.addPerson(p.email, p.name, {role});
            ++m_made;
        };
        for (const Who &e : m_editors.mid(1))
            add(e, QStringLiteral("editor"));
        for (const Who &r : m_reviewers)
            add(r, QStringLiteral("reviewer"));
        for (const Who &wr : m_writers)
            add(wr, QStringLiteral("writer"));
        m_from = n.headId();
        gitDir = n.repository().gitDir();
        branch = n.repository().headBranch();
        m_people = w.people();
        m_pipeline = w.pipeline();
        QStringList warnings;
        m_checks = CheckSuite::standard(CheckEnvironment{{}, n.root()}, &warnings);
        for (const QString &warning : warnings)
            fprintf(stderr, "warning: %s\n", qPrintable(warning));
    }
    for (const char *v : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE", "GIT_AUTHOR_NAME",
                          "GIT_COMMITTER_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        qunsetenv(v);

    // The rest of the history straight into one pack, on top of that.
    m_history = std::make_unique<HistoryWriter>(
        gitDir, m_from.toLatin1(),
        runGit(m_dir, {QStringLiteral("cat-file"), QStringLiteral("tree"),
                       m_from + QStringLiteral("^{tree}")}));
    while (m_made < m_commits) {
        const int left = m_commits - m_made;
        const int toCreate = m_articles - int(m_arts.size());
        const bool create = toCreate > 0 && (m_active.empty() || toCreate >= left ||
                                             m_text.chance(double(toCreate) / double(left)));
        if (create) {
            this->create();
        } else if (!m_active.empty()) {
            const int slot = m_text.uniform(0, int(m_active.size()) - 1);
            Art &a = m_arts[size_t(m_active[size_t(slot)])];
            step(a);
            if (a.state.stage == QLatin1String("published")) {
                m_published.push_back(m_active[size_t(slot)]);
                m_active[size_t(slot)] = m_active.back();
                m_active.pop_back();
            }
        } else if (!m_published.empty()) {
            const int slot = m_text.uniform(0, int(m_published.size()) - 1);
            const int idx = m_published[size_t(slot)];
            step(m_arts[size_t(idx)]); // reopen
            m_published[size_t(slot)] = m_published.back();
            m_published.pop_back();
            m_active.push_back(idx);
        } else {
            break;
        }
        if (m_made % 10000 == 0)
            fprintf(stderr, "  %d commits, %d articles, %.0f s\n", m_made, int(m_arts.size()),
                    timer.elapsed() / 1000.0);
    }
    const QString pack = m_history->finish();
    fprintf(stderr, "  %lld objects in %s, %.0f s\n", m_history->objectCount(),
            qPrintable(QDir(m_dir).relativeFilePath(pack)), timer.elapsed() / 1000.0);
    // The branch moves only if nobody else moved it meanwhile; then the
    // working tree and the index, as a clone would have them.
    if (!m_head.isEmpty())
        runGit(m_dir, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/") + branch, m_head,
                       m_from});
    runGit(m_dir, {QStringLiteral("reset"), QStringLiteral("--hard"), QStringLiteral("-q")});

    QMap<QString, int> stages;
    for (const Art &a : m_arts)
        ++stages[a.state.stage];
    fprintf(stdout, "Generated %s: %d articles, %d commits in %.1f s\n", qPrintable(m_dir),
            int(m_arts.size()), m_made, timer.elapsed() / 1000.0);
    QStringList parts;
    for (const Stage &s : m_pipeline.stages())
        parts.append(QStringLiteral("%1 %2").arg(s.id).arg(stages.value(s.id)));
    fprintf(stdout, "  stages: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
    parts.clear();
    for (auto it = m_events.constBegin(); it != m_events.constEnd(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    fprintf(stdout, "  events: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-generate"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Make a newsroom of N articles and M commits of realistic English and Korean history that "
        "'copydesk-cli verify' accepts (for benchmarks and stress tests)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("DIR"),
                            QStringLiteral("Where to create it (must not exist or be empty)."));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Number of articles."), QStringLiteral("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption commits(QStringLiteral("commits"),
                                     QStringLiteral("Number of commits in all."),
                                     QStringLiteral("M"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (same seed, same newsroom)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    p.addOptions({articles, commits, seed});
    p.process(app);
    const QString dir = p.positionalArguments().value(0);
    bool okA = false, okC = false, okS = false;
    const int n = p.value(articles).toInt(&okA);
    const int m = p.value(commits).toInt(&okC);
    const quint64 s = p.value(seed).toULongLong(&okS);
    if (dir.isEmpty() || !okA || !okC || !okS || n < 1 || m < 1) {
        fprintf(stderr, "usage: copydesk-generate DIR --articles N --commits M [--seed S]\n");
        return 2;
    }
    try {
        Generator(dir, n, m, s).run();
    } catch (const Error &e) {
        fprintf(stderr, "copydesk-generate: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
