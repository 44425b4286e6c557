#pragma once
// Realistic-looking news copy in English and Korean, composed from word
// lists and sentence templates written for this generator (no corpus text).
// Deterministic for a given random engine state.

#include <QString>
#include <QStringList>
#include <random>

namespace copydesk::generate
{

class TextComposer
{
public:
    explicit TextComposer(std::mt19937_64 &rng) : m_rng(rng) {}

    QString title(const QString &lang);
    // A whole body: 4-9 paragraphs, a few money/percent claims and a quote.
    QString body(const QString &lang);
    // The body with one paragraph rewritten, added or removed: a revision.
    QString revise(const QString &lang, const QString &body);
    QString saveMessage(const QString &lang);
    QString brief(const QString &lang);
    QString reviewComment(const QString &lang);
    QString correctionReason();

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }

private:
    QString paragraph(const QString &lang, bool numbers);
    QString sentenceEn(bool numbers);
    QString sentenceKo(bool numbers);
    QString moneyEn();
    QString moneyKo();
    QString percent();
    std::mt19937_64 &m_rng;
    QString m_company; // the company an article is about, set by title()
    QString m_industry;
};

} // namespace copydesk::generate
