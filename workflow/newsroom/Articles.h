#pragma once

#include "newsroom/ArticleState.h"
#include "newsroom/Newsroom.h"

#include <QDate>
#include <QString>

namespace copydesk {

class Trailers;

// One line of `list` / the board.
struct ArticleSummary {
    QString slug;
    QString title;
    QString lang;
    QDate date;
    ArticleState state;
    QDateTime updated; // last revision touching the article
};

// Reads and writes articles in a newsroom: creating, saving text, restoring.
// Workflow events (assign, submit, approve…) live in pipeline/Workflow.
class Articles {
public:
    explicit Articles(Newsroom &newsroom) : m_newsroom(newsroom) {}

    // Largest article Copydesk accepts, in bytes: far above any news story,
    // small enough that a stray binary or a runaway paste is refused.
    static constexpr qsizetype kMaxArticleBytes = 16 * 1024 * 1024;

    // Creates articles/<slug>/ in stage "assigned", its writer the creator.
    QString create(const QString &slug, const QString &title, const QString &lang);

    // Stores new text as a revision. `input` may be the body alone (the
    // current front matter is kept) or a whole file with front matter (its
    // title, date and lang are taken). Throws Usage for empty or oversized
    // text; Refused when the actor may not write the article.
    QString save(const QString &slug, const QString &input, const QString &message);
    QString restore(const QString &slug, const QString &rev);

    QString text(const QString &slug, const QString &rev = {}) const;
    ArticleState state(const QString &slug, const QString &rev = {}) const;
    QList<ArticleSummary> list() const;

    // Throws NotFound naming the slug when the article does not exist.
    void requireArticle(const QString &slug) const;

    // Commits the article's new state together with other files, with the
    // standard trailers (Event, Article, Actor, From, To, Stage) plus `extra`.
    QString commitEvent(const QString &slug, const QString &event, const QString &summary,
                        const ArticleState &before, const ArticleState &after,
                        QList<FileChange> files, const Trailers &extra, const QString &body = {});

private:
    Newsroom &m_newsroom;
};

// Validates what a user may put in front matter; throws Usage.
void validateLanguage(const QString &lang);

} // namespace copydesk
