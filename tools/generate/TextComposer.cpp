#include "TextComposer.h"

namespace copydesk::generate
{

namespace
{

const QStringList kCompaniesEn{
    QStringLiteral("Deepmere"),          QStringLiteral("Northgate Logistics"),
    QStringLiteral("Harbourline"),       QStringLiteral("Bluefin Analytics"),
    QStringLiteral("Corvale"),           QStringLiteral("Stonebridge Capital"),
    QStringLiteral("Maplewood Foods"),   QStringLiteral("Kestrel Robotics"),
    QStringLiteral("Silverpine Energy"), QStringLiteral("Lumen Grid"),
    QStringLiteral("Redwater Shipping"), QStringLiteral("Orchard Health"),
    QStringLiteral("Greystone Mining"),  QStringLiteral("Tidewell Insurance"),
    QStringLiteral("Brightfield Solar"), QStringLiteral("Copperleaf Media"),
    QStringLiteral("Halcyon Motors"),    QStringLiteral("Westmoor Bank"),
};
const QStringList kCitiesEn{
    QStringLiteral("Seoul"),     QStringLiteral("Busan"),   QStringLiteral("London"),
    QStringLiteral("Singapore"), QStringLiteral("Incheon"), QStringLiteral("Manchester"),
    QStringLiteral("Toronto"),   QStringLiteral("Sydney"),  QStringLiteral("Frankfurt")};
const QStringList kIndustriesEn{
    QStringLiteral("logistics"), QStringLiteral("battery"),  QStringLiteral("biotech"),
    QStringLiteral("chip"),      QStringLiteral("software"), QStringLiteral("shipping"),
    QStringLiteral("retail"),    QStringLiteral("payments"), QStringLiteral("robotics")};
const QStringList kPeopleEn{QStringLiteral("Maya Collins"), QStringLiteral("Daniel Park"),
                            QStringLiteral("Sarah Lim"),    QStringLiteral("James Whitfield"),
                            QStringLiteral("Priya Raman"),  QStringLiteral("Tom Hargreaves"),
                            QStringLiteral("Grace Okafor"), QStringLiteral("Oliver Brandt"),
                            QStringLiteral("Helen Cho")};
const QStringList kRolesEn{
    QStringLiteral("chief executive"),  QStringLiteral("finance director"),
    QStringLiteral("head of research"), QStringLiteral("chief operating officer"),
    QStringLiteral("spokeswoman"),      QStringLiteral("chairman")};
const QStringList kWeekdaysEn{QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                              QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                              QStringLiteral("Friday")};
const QStringList kInvestorsEn{
    QStringLiteral("a group of pension funds"), QStringLiteral("two venture capital firms"),
    QStringLiteral("its largest shareholder"), QStringLiteral("a state-backed fund"),
    QStringLiteral("existing investors")};
const QStringList kQuotesEn{
    QStringLiteral("We have never had a stronger order book"),
    QStringLiteral("This is a long-term bet, and we are patient people"),
    QStringLiteral("The market has moved faster than anyone expected"),
    QStringLiteral("Our customers asked for this, and we listened"),
    QStringLiteral("We will not cut jobs to hit a quarterly number"),
};
const QStringList kPlainEn{
    QStringLiteral("The company did not say how the money would be split between its divisions."),
    QStringLiteral("Regulators are reviewing the plan, which still needs approval from the "
                   "competition authority."),
    QStringLiteral("Several customers said they had not been told about the change in advance."),
    QStringLiteral("The board is expected to meet again before the end of the month."),
    QStringLiteral("Union representatives said they would study the proposal before responding."),
    QStringLiteral(
        "Rivals have announced similar moves in recent months, as demand has picked up."),
    QStringLiteral("The firm declined to comment on reports that it was considering a listing."),
    QStringLiteral(
        "Local officials welcomed the decision and said it would bring work to the area."),
};

const QStringList kCompaniesKo{
    QStringLiteral("한빛전자"),   QStringLiteral("새봄바이오"), QStringLiteral("누리모빌리티"),
    QStringLiteral("청솔에너지"), QStringLiteral("다온물산"),   QStringLiteral("푸른바다해운"),
    QStringLiteral("가람소프트"), QStringLiteral("해오름식품"), QStringLiteral("미래로보틱스"),
    QStringLiteral("한결금융"),   QStringLiteral("동녘건설"),   QStringLiteral("별빛제약")};
const QStringList kCitiesKo{QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("인천"),
                            QStringLiteral("대전"), QStringLiteral("광주"), QStringLiteral("판교")};
const QStringList kIndustriesKo{QStringLiteral("반도체"),   QStringLiteral("배터리"),
                                QStringLiteral("바이오"),   QStringLiteral("물류"),
                                QStringLiteral("인공지능"), QStringLiteral("조선"),
                                QStringLiteral("게임"),     QStringLiteral("핀테크")};
const QStringList kPeopleKo{QStringLiteral("김민지"), QStringLiteral("박서준"),
                            QStringLiteral("이하은"), QStringLiteral("정우성"),
                            QStringLiteral("최유리"), QStringLiteral("한지원")};
const QStringList kRolesKo{QStringLiteral("대표"), QStringLiteral("재무책임자"),
                           QStringLiteral("연구소장"), QStringLiteral("부사장"),
                           QStringLiteral("홍보팀장")};
const QStringList kQuotesKo{QStringLiteral("올해는 수출이 회복되는 원년이 될 것"),
                            QStringLiteral("고객이 원하는 제품을 가장 먼저 내놓겠다"),
                            QStringLiteral("당장의 실적보다 기술 경쟁력이 중요하다"),
                            QStringLiteral("인력 감축은 검토하지 않고 있다")};
const QStringList kPlainKo{
    QStringLiteral("회사 측은 구체적인 사용처는 아직 정하지 않았다고 설명했다."),
    QStringLiteral("업계에서는 경쟁사들도 비슷한 움직임을 보일 것으로 내다봤다."),
    QStringLiteral("노조는 회사의 계획을 검토한 뒤 입장을 밝히겠다고 했다."),
    QStringLiteral("정부는 관련 규제를 이달 안에 다시 살펴보겠다고 밝혔다."),
    QStringLiteral("일부 투자자들은 속도가 너무 빠르다며 우려를 나타냈다."),
    QStringLiteral("지역 주민들은 새 공장이 일자리를 늘릴 것이라며 반겼다."),
};
const QStringList kWeekdaysKo{QStringLiteral("월요일"), QStringLiteral("화요일"),
                              QStringLiteral("수요일"), QStringLiteral("목요일"),
                              QStringLiteral("금요일")};

bool hasFinalConsonant(const QString &word)
{
    if (word.isEmpty())
        return false;
    const ushort c = word.back().unicode();
    if (c >= 0xAC00 && c <= 0xD7A3)
        return (c - 0xAC00) % 28 != 0;
    return false;
}

// 은/는 chosen by the final consonant.
QString topic(const QString &w)
{
    return w + (hasFinalConsonant(w) ? QStringLiteral("은") : QStringLiteral("는"));
}

} // namespace

QString TextComposer::moneyEn()
{
    switch (uniform(0, 4)) {
    case 0:
        return QStringLiteral("$%1.%2 million").arg(uniform(1, 90)).arg(uniform(1, 9));
    case 1:
        return QStringLiteral("$%1m").arg(uniform(20, 900));
    case 2:
        return QStringLiteral("£%1m").arg(uniform(10, 600));
    case 3:
        return QStringLiteral("$%1.%2bn").arg(uniform(1, 9)).arg(uniform(1, 9));
    default:
        return QStringLiteral("%1 billion won").arg(uniform(2, 900));
    }
}

QString TextComposer::moneyKo()
{
    switch (uniform(0, 3)) {
    case 0:
        return QStringLiteral("%1,000만 달러").arg(uniform(1, 9));
    case 1:
        return QStringLiteral("%1억 원").arg(uniform(10, 990));
    case 2:
        return QStringLiteral("1조 %1천억 원").arg(uniform(1, 9));
    default:
        return QStringLiteral("%1억 달러").arg(uniform(2, 60));
    }
}

QString TextComposer::percent()
{
    return chance(0.5) ? QStringLiteral("%1%").arg(uniform(2, 40))
                       : QStringLiteral("%1.%2%").arg(uniform(1, 19)).arg(uniform(1, 9));
}

QString TextComposer::sentenceEn(bool numbers)
{
    const QString co = m_company.isEmpty() ? pick(kCompaniesEn) : m_company;
    const QString ind = m_industry.isEmpty() ? pick(kIndustriesEn) : m_industry;
    if (!numbers) {
        switch (uniform(0, 3)) {
        case 0:
            return QStringLiteral("\"%1,\" said %2, %3 of %4.")
                .arg(pick(kQuotesEn), pick(kPeopleEn), pick(kRolesEn), co);
        case 1:
            return QStringLiteral("%1 said on %2 that it would expand its %3 business in %4.")
                .arg(co, pick(kWeekdaysEn), ind, pick(kCitiesEn));
        default:
            return pick(kPlainEn);
        }
    }
    switch (uniform(0, 4)) {
    case 0:
        return QStringLiteral(
                   "%1, the %2-based %3 company, said on %4 that it had raised %5 from %6.")
            .arg(co, pick(kCitiesEn), ind, pick(kWeekdaysEn), moneyEn(), pick(kInvestorsEn));
    case 1:
        return QStringLiteral("Revenue rose %1 last year to %2, while operating costs fell %3.")
            .arg(percent(), moneyEn(), percent());
    case 2:
        return QStringLiteral("Shares in %1 closed %2 higher in %3 on %4.")
            .arg(co, percent(), pick(kCitiesEn), pick(kWeekdaysEn));
    case 3:
        return QStringLiteral("Analysts expect the %1 market to grow by %2 a year until %3.")
            .arg(ind, percent())
            .arg(uniform(2026, 2035));
    default:
        return QStringLiteral("The deal values %1 at about %2, according to two people familiar "
                              "with the talks.")
            .arg(co, moneyEn());
    }
}

QString TextComposer::sentenceKo(bool numbers)
{
    const QString co = m_company.isEmpty() ? pick(kCompaniesKo) : m_company;
    const QString ind = m_industry.isEmpty() ? pick(kIndustriesKo) : m_industry;
    if (!numbers) {
        switch (uniform(0, 3)) {
        case 0:
            return QStringLiteral("\"%1\"라고 %2 %3 %4 말했다.")
                .arg(pick(kQuotesKo), co, pick(kPeopleKo), topic(pick(kRolesKo)));
        case 1:
            return QStringLiteral("%1 %2 %3 사업을 %4 지역으로 넓히겠다고 밝혔다.")
                .arg(topic(co), pick(kWeekdaysKo), ind, pick(kCitiesKo));
        default:
            return pick(kPlainKo);
        }
    }
    switch (uniform(0, 3)) {
    case 0:
        return QStringLiteral("%1 %2 규모의 투자를 유치했다고 %3 밝혔다.")
            .arg(topic(co), moneyKo(), pick(kWeekdaysKo));
    case 1:
        return QStringLiteral("%1의 지난해 매출은 %2으로 전년보다 %3 늘었다.")
            .arg(co, moneyKo(), percent());
    case 2:
        return QStringLiteral("업계에서는 %1 시장이 해마다 %2씩 성장할 것으로 보고 있다.")
            .arg(ind, percent());
    default:
        return QStringLiteral("%1에 본사를 둔 %2 직원 %3명을 두고 있다.")
            .arg(pick(kCitiesKo), topic(co))
            .arg(uniform(40, 4000));
    }
}

QString TextComposer::paragraph(const QString &lang, bool numbers)
{
    QStringList s;
    const int n = uniform(2, 4);
    for (int i = 0; i < n; ++i)
        s.append(lang == QLatin1String("ko") ? sentenceKo(numbers && i == 0)
                                             : sentenceEn(numbers && i == 0));
    return s.join(u' ');
}

QString TextComposer::title(const QString &lang)
{
    if (lang == QLatin1String("ko")) {
        m_company = pick(kCompaniesKo);
        m_industry = pick(kIndustriesKo);
        switch (uniform(0, 2)) {
        case 0:
            return QStringLiteral("%1, %2 투자 유치").arg(m_company, moneyKo());
        case 1:
            return QStringLiteral("%1 시장 %2 성장 전망").arg(m_industry, percent());
        default:
            return QStringLiteral("%1 %2 %3 신사업 진출")
                .arg(m_company, pick(kCitiesKo), m_industry);
        }
    }
    m_company = pick(kCompaniesEn);
    m_industry = pick(kIndustriesEn);
    switch (uniform(0, 2)) {
    case 0:
        return QStringLiteral("%1 raises %2 for %3 expansion")
            .arg(m_company, moneyEn(), m_industry);
    case 1:
        return QStringLiteral("%1 shares jump after %2 deal").arg(m_company, m_industry);
    default:
        return QStringLiteral("%1 to open %2 plant in %3")
            .arg(m_company, m_industry, pick(kCitiesEn));
    }
}

QString TextComposer::body(const QString &lang)
{
    QStringList paragraphs;
    const int n = uniform(4, 9);
    for (int i = 0; i < n; ++i)
        paragraphs.append(paragraph(lang, i < 1 || chance(0.2)));
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

QString TextComposer::revise(const QString &lang, const QString &body)
{
    QStringList paragraphs = body.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (paragraphs.isEmpty())
        return this->body(lang);
    const int what = uniform(0, 9);
    const int at = uniform(0, int(paragraphs.size()) - 1);
    if (what < 5)
        paragraphs[at] = paragraph(lang, false);
    else if (what < 9 || paragraphs.size() < 3)
        paragraphs.insert(at + 1, paragraph(lang, chance(0.2)));
    else
        paragraphs.removeAt(at);
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

QString TextComposer::saveMessage(const QString &lang)
{
    static const QStringList en{QStringLiteral("Tighten the lede"),
                                QStringLiteral("Add reaction from analysts"),
                                QStringLiteral("Update figures"),
                                QStringLiteral("Cut the background section"),
                                QStringLiteral("Fix the quote attribution"),
                                QStringLiteral("First draft")};
    static const QStringList ko{QStringLiteral("리드 문단 수정"), QStringLiteral("업계 반응 추가"),
                                QStringLiteral("수치 갱신"), QStringLiteral("배경 설명 줄임"),
                                QStringLiteral("초고")};
    return pick(lang == QLatin1String("ko") ? ko : en);
}

QString TextComposer::brief(const QString &lang)
{
    static const QStringList en{
        QStringLiteral("600 words; call the company and two analysts."),
        QStringLiteral("Short news item, confirm the figures with the filing."),
        QStringLiteral("Explainer for the weekend edition; keep it under 1,000 words.")};
    static const QStringList ko{QStringLiteral("원고지 8매 분량, 회사와 애널리스트 두 명 취재."),
                                QStringLiteral("단신. 공시 자료로 수치 확인할 것.")};
    return pick(lang == QLatin1String("ko") ? ko : en);
}

QString TextComposer::reviewComment(const QString &lang)
{
    static const QStringList en{QStringLiteral("Who says so? Attribute the second paragraph."),
                                QStringLiteral("The figures in the lede do not match the filing."),
                                QStringLiteral("Too long; cut the background by half.")};
    static const QStringList ko{QStringLiteral("둘째 문단의 출처를 밝혀 주세요."),
                                QStringLiteral("리드의 수치가 공시와 다릅니다.")};
    return pick(lang == QLatin1String("ko") ? ko : en);
}

QString TextComposer::correctionReason()
{
    static const QStringList reasons{
        QStringLiteral("Correction: the company's name was misspelt"),
        QStringLiteral("Update with the regulator's decision"),
        QStringLiteral("Reader complaint about a figure; check it again")};
    return pick(reasons);
}

} // namespace copydesk::generate
