#pragma once

#include "newsroom/ArticleState.h"
#include "newsroom/Newsroom.h"

#include <QDate>
#include <QString>

namespace copydesk
{

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
class Articles
{
public:
    explicit Articles(Newsroom &newsroom) : m_newsroom(newsroom) {}

    // Largest article Copydesk accepts, in bytes: far above any news story,
    // small enough that a stray binary or a runaway paste is refused.
    static constexpr qsizetype kMaxArticleBytes = 16 * 1024 * 1024;

    // The text-level half of workflow events; pipeline/Workflow decides the
    // states (rules) and calls these.

    // Creates articles/<slug>/ with front matter and the given state.
    QString create(const QString &slug, const QString &title, const QString &lang,
                   const ArticleState &state);

    // The file a save would store: `input` may be the body alone (the
    // current front matter is kept) or a whole file with front matter (its
    // title, date and lang are taken). Throws Usage for empty or oversized
    // text or bad front matter.
    QByteArray mergedText(const QString &slug, const QString &input) const;
    QString save(const QString &slug, const QByteArray &file, const QString &message,
                 const ArticleState &before, const ArticleState &after, const Trailers &extra);
    // The article's file as of `rev`; throws NotFound if it did not exist.
    QByteArray textAt(const QString &slug, const QString &rev) const;

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
