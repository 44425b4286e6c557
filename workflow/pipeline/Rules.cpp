#include "pipeline/Rules.h"

#include <QCoreApplication>

namespace copydesk
{

// Reasons are marked for translation (context "copydesk::Rules"): the editor
// installs its translators and shows them in the interface language; the CLI
// and the server hook install none, so they read the English source text.

namespace
{

QString namesWithRole(const People &people, const QString &role, const QStringList &excluding = {})
{
    QStringList names;
    for (const Person &p : people.withRole(role)) {
        if (!excluding.contains(p.email))
            names.append(p.email);
    }
    return names.isEmpty()
               ? QCoreApplication::translate("copydesk::Rules", "nobody in this newsroom yet")
               : names.join(QStringLiteral(", "));
}

Decision refuse(const QString &why)
{
    return Decision{false, why, {}};
}

// Editors other than `actor` who wrote no part of the article: who may
// approve, sign off or publish what `actor` wrote part of.
QStringList editorsWhoDidNotWrite(const People &people, const ArticleState &s, const QString &actor)
{
    QStringList editors;
    for (const Person &p : people.withRole(QStringLiteral("editor"))) {
        if (p.email != actor && !s.authors.contains(p.email))
            editors.append(p.email);
    }
    return editors;
}

QString editorsWhoMay(const People &people, const ArticleState &s, const QString &actor)
{
    const QStringList editors = editorsWhoDidNotWrite(people, s, actor);
    return editors.isEmpty()
               ? QCoreApplication::translate("copydesk::Rules",
                                             "none: every editor wrote part of it; an editor adds "
                                             "another with 'copydesk-cli people add'")
               : editors.join(QStringLiteral(", "));
}

// Who can approve an article its would-be approver wrote part of: the
// assigned reviewer when they did not write it, and every editor who did
// not. Named exactly, because "ask another reviewer" pointed at people the
// rules then refused (a reviewer who is not the assigned one).
QString whoMayApproveInstead(const People &people, const ArticleState &s, const QString &actor)
{
    QStringList who;
    const bool reviewerMay =
        !s.reviewer.isEmpty() && s.reviewer != actor && !s.authors.contains(s.reviewer);
    if (reviewerMay)
        who.append(
            QCoreApplication::translate("copydesk::Rules", "its reviewer %1").arg(s.reviewer));
    const QStringList editors = editorsWhoDidNotWrite(people, s, actor);
    if (!editors.isEmpty())
        who.append(
            QCoreApplication::translate("copydesk::Rules", "an editor who did not write it (%1)")
                .arg(editors.join(QStringLiteral(", "))));
    if (who.isEmpty())
        return QCoreApplication::translate(
            "copydesk::Rules",
            "nobody in this newsroom can: every reviewer and editor wrote part of it; an editor "
            "adds a new editor or reviewer ('copydesk-cli people add')");
    QString out = who.join(QCoreApplication::translate("copydesk::Rules", " or "));
    if (!reviewerMay)
        out += QCoreApplication::translate(
            "copydesk::Rules", "; or an editor assigns a reviewer who did not write it");
    return QCoreApplication::translate("copydesk::Rules", "%1 can").arg(out);
}

} // namespace

Decision decide(const RuleInput &in, const Pipeline &pipeline, const People &people)
{
    const QString &e = in.event;
    const ArticleState &s = in.before;
    Decision ok{true, {}, s.stage};
    const Person *actor = people.find(in.actor);
    if (!actor)
        return refuse(QCoreApplication::translate(
                          "copydesk::Rules",
                          "%1 is not a member of this newsroom; an editor adds people with "
                          "'copydesk-cli people add' (editors: %2)")
                          .arg(in.actor, namesWithRole(people, QStringLiteral("editor"))));
    const bool isEditor = actor->hasRole(QStringLiteral("editor"));
    const bool isAuthor = s.authors.contains(in.actor);
    const int idx = pipeline.indexOf(s.stage);
    const Stage *stage = pipeline.stage(s.stage);
    const QString editors = namesWithRole(people, QStringLiteral("editor"));

    if (e == Event::People) {
        if (!isEditor)
            return refuse(QCoreApplication::translate("copydesk::Rules",
                                                      "only an editor manages people (editors: %1)")
                              .arg(editors));
        return ok;
    }
    if (e == Event::New) {
        if (!isEditor && !actor->hasRole(QStringLiteral("writer")))
            return refuse(QCoreApplication::translate("copydesk::Rules",
                                                      "only writers and editors create articles"));
        ok.toStage = pipeline.first();
        return ok;
    }
    if (e == Event::Words || e == Event::Comment || e == Event::Reply)
        return ok; // any member
    if (!stage)
        return refuse(
            QCoreApplication::translate(
                "copydesk::Rules",
                "the article is in stage '%1', which this newsroom's pipeline does not have; "
                "an editor can reopen it to a known stage")
                .arg(s.stage));
    const bool published = s.stage == pipeline.last();

    if (e == Event::Save) {
        if (published)
            return refuse(QCoreApplication::translate(
                "copydesk::Rules",
                "the article is published; an editor must reopen it before it can be changed"));
        if (in.actor != s.writer && in.actor != s.reviewer && !isEditor)
            return refuse(
                QCoreApplication::translate(
                    "copydesk::Rules",
                    "only the assigned writer (%1), its reviewer or an editor may change this text")
                    .arg(s.writer));
        // The writer's first save starts the draft.
        if (idx == 0 && in.actor == s.writer)
            ok.toStage = pipeline.next(s.stage);
        return ok;
    }
    if (e == Event::Assign) {
        if (!isEditor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules", "only an editor assigns articles (editors: %1)")
                              .arg(editors));
        if (published)
            return refuse(QCoreApplication::translate("copydesk::Rules",
                                                      "the article is published; reopen it first"));
        return ok;
    }
    if (e == Event::Submit) {
        const QString review = pipeline.stageWithGate(QStringLiteral("review"));
        const QString from =
            review.isEmpty() ? QString() : pipeline.stages().value(pipeline.indexOf(review) - 1).id;
        if (s.stage != from)
            return refuse(
                QCoreApplication::translate(
                    "copydesk::Rules", "only a draft in '%1' can be submitted; this one is in '%2'")
                    .arg(from, s.stage));
        if (in.actor != s.writer && !isEditor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules",
                              "only the assigned writer (%1) or an editor submits this article")
                              .arg(s.writer));
        ok.toStage = review;
        return ok;
    }
    if (e == Event::Approve || e == Event::RequestChanges) {
        if (stage->gate != QLatin1String("review"))
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules", "the article is not in review (it is in '%1')")
                              .arg(s.stage));
        const bool isReviewer = actor->hasRole(QStringLiteral("reviewer"));
        if (!isReviewer && !isEditor)
            return refuse(
                QCoreApplication::translate(
                    "copydesk::Rules", "only a reviewer or an editor may do this (reviewers: %1)")
                    .arg(namesWithRole(people, QStringLiteral("reviewer"), s.authors)));
        if (!s.reviewer.isEmpty() && in.actor != s.reviewer && !isEditor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules",
                              "this article's reviewer is %1; only they or an editor may do this")
                              .arg(s.reviewer));
        if (e == Event::RequestChanges) {
            if (in.reason.trimmed().isEmpty())
                return refuse(QCoreApplication::translate("copydesk::Rules",
                                                          "say what should change (--comment)"));
            ok.toStage = pipeline.stages().value(idx - 1).id;
            return ok;
        }
        if (isAuthor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules",
                              "four-eyes rule: %1 wrote part of this article and cannot approve "
                              "it; %2")
                              .arg(in.actor, whoMayApproveInstead(people, s, in.actor)));
        if (in.unresolvedComments > 0)
            return refuse(QCoreApplication::translate(
                "copydesk::Rules", "%n review comment(s) are unresolved; resolve them first",
                nullptr, in.unresolvedComments));
        ok.toStage = pipeline.next(s.stage);
        return ok;
    }
    if (e == Event::Advance) {
        const QString next = pipeline.next(s.stage);
        if (stage->gate == QLatin1String("review"))
            return refuse(QCoreApplication::translate(
                "copydesk::Rules",
                "review is passed by a reviewer's approval ('approve'), not 'advance'"));
        if (idx <= pipeline.indexOf(pipeline.stageWithGate(QStringLiteral("review"))) - 1 ||
            next.isEmpty() || next == pipeline.last())
            return refuse(
                next == pipeline.last()
                    ? QCoreApplication::translate("copydesk::Rules",
                                                  "an approved article moves on with 'publish'")
                    : QCoreApplication::translate("copydesk::Rules",
                                                  "a draft moves on with 'submit'"));
        if (in.actor != s.writer && in.actor != s.reviewer && !isEditor)
            return refuse(QCoreApplication::translate(
                "copydesk::Rules",
                "only the writer, the reviewer or an editor moves this article on"));
        if (in.openGateFindings > 0) {
            const int n = in.openGateFindings;
            return refuse(
                stage->gate == QLatin1String("facts")
                    ? QCoreApplication::translate(
                          "copydesk::Rules",
                          "%n claim(s) are not verified; verify them or ask an editor to waive",
                          nullptr, n)
                    : QCoreApplication::translate(
                          "copydesk::Rules",
                          "%n spelling/style error(s) remain; fix them or ask an editor to waive",
                          nullptr, n));
        }
        if (stage->gate == QLatin1String("facts")) {
            // Leaving fact check is the editor's sign-off.
            if (!isEditor)
                return refuse(QCoreApplication::translate(
                                  "copydesk::Rules",
                                  "leaving fact check is an editor's sign-off (editors: %1)")
                                  .arg(editors));
            if (isAuthor)
                return refuse(
                    QCoreApplication::translate(
                        "copydesk::Rules",
                        "four-eyes rule: %1 wrote part of this article and cannot sign it off; "
                        "an editor who did not write it must (%2)")
                        .arg(in.actor, editorsWhoMay(people, s, in.actor)));
            if (in.unresolvedComments > 0)
                return refuse(QCoreApplication::translate("copydesk::Rules",
                                                          "%n review comment(s) are unresolved",
                                                          nullptr, in.unresolvedComments));
        }
        ok.toStage = next;
        return ok;
    }
    if (e == Event::Publish) {
        if (!isEditor)
            return refuse(QCoreApplication::translate("copydesk::Rules",
                                                      "only an editor publishes (editors: %1)")
                              .arg(editors));
        if (idx != pipeline.stages().size() - 2)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules",
                              "only an approved article can be published; this one is in '%1'")
                              .arg(s.stage));
        if (isAuthor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules",
                              "four-eyes rule: %1 wrote part of this article and cannot publish "
                              "it alone; an editor who did not write it must (%2)")
                              .arg(in.actor, editorsWhoMay(people, s, in.actor)));
        if (in.unresolvedComments > 0)
            return refuse(QCoreApplication::translate("copydesk::Rules",
                                                      "%n review comment(s) are unresolved",
                                                      nullptr, in.unresolvedComments));
        ok.toStage = pipeline.last();
        return ok;
    }
    if (e == Event::Reopen) {
        if (!isEditor)
            return refuse(
                QCoreApplication::translate("copydesk::Rules",
                                            "only an editor moves an article back (editors: %1)")
                    .arg(editors));
        const int to = pipeline.indexOf(in.targetStage);
        if (to < 0)
            return refuse(QCoreApplication::translate("copydesk::Rules", "there is no stage '%1'")
                              .arg(in.targetStage));
        if (to >= idx)
            return refuse(
                QCoreApplication::translate("copydesk::Rules", "'%1' is not earlier than '%2'")
                    .arg(in.targetStage, s.stage));
        if (in.reason.trimmed().isEmpty())
            return refuse(QCoreApplication::translate(
                "copydesk::Rules", "moving an article back needs a reason (--reason)"));
        ok.toStage = in.targetStage;
        return ok;
    }
    if (e == Event::Waive) {
        if (!isEditor)
            return refuse(QCoreApplication::translate(
                              "copydesk::Rules", "only an editor waives findings (editors: %1)")
                              .arg(editors));
        if (in.reason.trimmed().isEmpty())
            return refuse(QCoreApplication::translate(
                "copydesk::Rules", "a waiver needs a written reason (--reason)"));
        return ok;
    }
    if (e == Event::Resolve || e == Event::VerifyClaim || e == Event::Dispute)
        return ok; // any member; who did it is recorded
    return refuse(QCoreApplication::translate("copydesk::Rules", "unknown event '%1'").arg(e));
}

} // namespace copydesk
