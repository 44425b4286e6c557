#!/usr/bin/env python3
"""Writes the annotated claim set: NAME.md beside NAME.expected.json.

The articles are written for the project (no text is taken from any corpus).
Each sentence below is composed from the same numbers that go into its
annotation: the expected value comes from the figure we meant to write, never
from the detector. Re-run to regenerate (the seed is fixed):

    python3 tests/data/claims/make_articles.py

Annotation rules (docs/fact-check.md): money with a currency is `money`, or
`salary` when it is pay; a range is one claim with min and max; a date with a
stated weekday that is wrong gets both `date` and `weekday-mismatch`; quotes
of a clause or more are `quote` (text includes the quotation marks); a name
misspelt once is `name-variant` on the misspelt occurrence; counts of people
and things are `count`. Scores, times, ranks, model names are not annotated.
"""
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KWD = ["월", "화", "수", "목", "금", "토", "일"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]


def num(v):
    return int(v) if float(v) == int(v) else round(v, 6)


class Art:
    def __init__(self):
        self.parts = []
        self.ann = []

    def t(self, s):
        self.parts.append(s)
        return self

    def c(self, kind, text, value=None):
        self.parts.append(text)
        a = {"kind": kind, "text": text}
        if value is not None:
            a["value"] = value
        self.ann.append(a)
        return self

    def extra(self, kind, text, value=None):
        a = {"kind": kind, "text": text}
        if value is not None:
            a["value"] = value
        self.ann.append(a)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- English money
def en_money(r, amount_kind="big"):
    """Returns (text, currency, amount)."""
    cur, sym = r.choice([("USD", "$"), ("GBP", "£"), ("EUR", "€"), ("USD", "US$")])
    if amount_kind == "big":
        style = r.choice(["bn", "m", "million", "billion"])
        if style in ("bn", "billion"):
            v = r.choice([1.2, 2.5, 3.4, 4, 7.8, 12, 1.13, 6.25])
            return f"{sym}{v:g}{'bn' if style == 'bn' else ' billion'}", cur, num(v * 1e9)
        v = r.choice([15, 40, 85, 120, 260, 600, 12.5, 3.5, 450])
        return f"{sym}{v:g}{'m' if style == 'm' else ' million'}", cur, num(v * 1e6)
    if amount_kind == "pay":
        v = r.choice([28500, 32000, 45000, 61000, 85000, 120000])
        return f"{sym}{v:,}", cur, v
    if amount_kind == "hour":
        v = r.choice([11.44, 12.6, 15, 18.5, 22])
        return f"{sym}{v:.2f}", cur, num(v)
    if amount_kind == "bonus":
        v = r.choice([1.2, 2, 2.4, 3.1])
        return f"{sym}{v:g}m", cur, num(v * 1e6)
    v = r.choice([250, 1200, 4500, 15000, 75000])
    return f"{sym}{v:,}", cur, v


def en_date(r, year, weekday="none"):
    d = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
    iso = d.isoformat()
    style = r.choice(["mdy", "dmy", "md"])
    if style == "mdy":
        body = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    elif style == "dmy":
        body = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    else:
        body = f"{ABBR[d.month - 1]} {d.day}"
    value = {"date": iso}
    wrong = None
    if weekday != "none":
        wdi = d.weekday()
        if weekday == "wrong":
            wrong = (wdi + r.randint(1, 6)) % 7
            wdi = wrong
        sep = ", " if style != "dmy" else " "
        body = f"{WD[wdi]}{sep}{body}"
        value["weekday"] = WD[wdi]
    return body, value, (WD[d.weekday()] if wrong is not None else None)


def add_date(a, body, value, actual):
    a.c("date", body, value)
    if actual:
        v = dict(value)
        v["actual"] = actual
        a.extra("weekday-mismatch", body, v)


EN_QUOTES = [
    "We have never seen demand like this in the company's history",
    "This is a difficult decision but it is the right one for our customers",
    "Nobody should have to choose between heating and eating this winter",
    "The figures speak for themselves and we expect more growth next year",
    "We will keep talking as long as there is something to talk about",
    "Our members have been patient for far too long",
    "It is simply not true that the plan has been abandoned",
    "The market has turned faster than anyone expected",
    "I am proud of what the team has achieved in such a short time",
    "We need clear rules before anyone invests another penny",
    "There is no money left in the budget for new hospitals",
    "Prices will keep rising until supply catches up with demand",
]

EN_COMPANIES = [("Deepmere", "Deepmeer"), ("Halvorsen", "Halvorson"), ("Brightwater", "Brightwatter"),
                ("Kestrel Foods", None), ("Northcliffe", "Northclife"), ("Altamira", "Altamirra"),
                ("Quarrymoor", "Quarrymore"), ("Vantrell", "Ventrell"), ("Ostrava Steel", None),
                ("Caldwell Rail", None)]
EN_PEOPLE = ["Sarah Whitfield", "Tom Okafor", "Priya Raman", "Daniel Mercer", "Helen Ashby",
             "Marcus Lindqvist", "Joanna Pryce", "Samuel Achebe", "Claire Dumont", "Owen Gallagher"]
CITIES = ["Leeds", "Cardiff", "Glasgow", "Bristol", "Manchester", "Belfast", "Norwich", "Dundee"]


def en_article(r, idx, year):
    a = Art()
    co, typo = EN_COMPANIES[idx % len(EN_COMPANIES)]
    person = EN_PEOPLE[idx % len(EN_PEOPLE)]
    city = CITIES[idx % len(CITIES)]
    topic = idx % 5
    titles = ["results lift shares", "wins backing for expansion", "faces pay dispute",
              "bets on new plant", "cuts costs as demand slows"]
    a.t(f"# {co} {titles[topic]}\n\n")
    m, cur, amt = en_money(r)
    a.t(f"{co} said its annual revenue reached ").c("money", m, {"currency": cur, "amount": amt})
    p = r.choice([4, 7.5, 12, 18, 23])
    a.t(", up ").c("percent", f"{p:g}%", {"percent": num(p)}).t(" on the previous year, ")
    body, val, actual = en_date(r, year)
    a.t("in figures published on ")
    add_date(a, body, val, actual)
    a.t(".\n\n")
    q = r.choice(EN_QUOTES)
    a.t("Chief executive " + person + " said: ").c("quote", f"“{q}.”").t("\n\n")
    m2, cur2, amt2 = en_money(r)
    lo = r.choice([2, 3, 5])
    sym = {"USD": "$", "GBP": "£", "EUR": "€"}[cur2]
    if topic in (0, 3):
        a.t(f"Analysts at a {city} brokerage had expected profit of between ")
        a.c("money", f"{sym}{lo * 10} million and {sym}{lo * 10 + 15} million",
            {"currency": cur2, "min": lo * 10_000_000, "max": (lo * 10 + 15) * 1_000_000})
        a.t(". The company also set aside ").c("money", m2, {"currency": cur2, "amount": amt2})
        a.t(" for restructuring.\n\n")
    else:
        pay, pcur, pamt = en_money(r, "pay")
        a.t(f"Staff at the {city} site are offered a starting salary of ")
        a.c("salary", pay, {"currency": pcur, "amount": pamt})
        hr, hcur, hamt = en_money(r, "hour")
        a.t(", while cleaners and porters earn ").c("salary", hr, {"currency": hcur, "amount": hamt})
        a.t(" an hour. The union wants a rise of ")
        pp = r.choice([1.5, 2, 2.5, 3])
        a.c("percent", f"{pp:g} percentage points", {"points": num(pp)})
        a.t(" above inflation.\n\n")
    jobs = r.choice([120, 450, 1200, 2300, 800])
    a.t(f"The plan is expected to create ").c("count", f"{jobs:,} jobs", {"count": jobs})
    a.t(f" in {city} over three years. The site sits just off Route 66")
    a.t(" in a converted depot, and the firm's Windows 11 rollout was finished there in 2 weeks.\n\n")
    body, val, actual = en_date(r, year, weekday=r.choice(["right", "wrong", "right"]))
    a.t("Shareholders will vote on the proposal on ")
    add_date(a, body, val, actual)
    a.t(f" at 10:30 in the {city} head office, on the 4th floor.\n\n")
    turn = r.choice([38, 41, 56, 62])
    a.t("At the last meeting turnout was ").c("percent", f"{turn} per cent", {"percent": turn})
    a.t(", and the board's proposal passed 7-2 after a short debate.\n\n")
    if typo:
        a.t(f"Rival bidders have circled {co} for months. ")
        a.t(f"A spokesman for ").c("name-variant", typo, {"name": typo, "expected": co})
        a.t(" declined to comment. ").c(
            "quote", "“We do not comment on market speculation,”").t(" he said.\n\n")
    else:
        a.t("A spokesman said: ").c("quote", "“We do not comment on market speculation.”").t("\n\n")
    bonus, bcur, bamt = en_money(r, "bonus")
    a.t(f"Last year {person} received a bonus of ").c("salary", bonus, {"currency": bcur, "amount": bamt})
    lo2, hi2 = r.choice([(5, 8), (10, 15), (2, 4)])
    a.t(f", and the board expects margins of ").c("percent", f"{lo2}-{hi2}%", {"min": lo2, "max": hi2})
    a.t(f" next year. {co} shares closed at 5 p.m. ")
    ch = r.choice([1.8, 3.2, 6.4])
    a.t("up ").c("percent", f"{ch:g} percent", {"percent": num(ch)}).t(".\n")
    return a


# ---------------------------------------------------------------- Korean
def josa(word, with_final, without_final):
    last = ord(word[-1]) - 0xAC00
    return with_final if 0 <= last < 11172 and last % 28 else without_final


def ko_units(v):
    jo, rest = divmod(v, 10**12)
    eok, rest = divmod(rest, 10**8)
    man, won = divmod(rest, 10**4)
    return jo, eok, man, won


def ko_coef(r, c):
    if c >= 1000 and c % 1000 == 0 and r.random() < 0.5:
        return f"{c // 1000}천"
    if c >= 1000 and r.random() < 0.7:
        return f"{c:,}"
    return str(c)


def ko_amount(r, v, tight=None):
    jo, eok, man, won = ko_units(v)
    parts = []
    for c, u in ((jo, "조"), (eok, "억"), (man, "만")):
        if c:
            parts.append(ko_coef(r, c) + u)
    if won:
        parts.append(str(won))
    sep = "" if (tight if tight is not None else r.random() < 0.4) else " "
    return sep.join(parts)


def ko_money(r, v, cur="KRW"):
    word = {"KRW": "원", "USD": "달러", "EUR": "유로", "JPY": "엔", "CNY": "위안"}[cur]
    sp = " " if r.random() < 0.6 else ""
    return ko_amount(r, v) + sp + word


def ko_date(r, year, weekday="none", with_year=True):
    d = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
    body = (f"{d.year}년 " if with_year else "") + f"{d.month}월 {d.day}일"
    value = {"date": d.isoformat()}
    actual = None
    if weekday != "none":
        wdi = d.weekday()
        if weekday == "wrong":
            wdi = (wdi + r.randint(1, 6)) % 7
            actual = WD[d.weekday()]
        if r.random() < 0.5:
            body += f"({KWD[wdi]})"
        else:
            body += f" {KWD[wdi]}요일"
        value["weekday"] = WD[wdi]
    return body, value, actual


KO_QUOTES = [
    "올해는 수출 회복이 본격화하는 원년이 될 것",
    "고객 신뢰를 되찾는 것이 무엇보다 중요하다",
    "현장의 목소리를 충분히 듣고 대책을 마련하겠다",
    "이번 투자로 국내 생산 기반을 더 단단히 하겠다",
    "임금 인상 없이는 인력 유출을 막을 수 없다",
    "금리 인하 시점은 아직 판단하기 이르다",
    "소비자 부담이 커지지 않도록 가격을 동결하겠다",
    "지역 경제에 활력을 불어넣는 계기가 되길 바란다",
    "경쟁사보다 한발 앞선 기술로 승부하겠다",
    "재정 건전성을 해치지 않는 범위에서 지원하겠다",
]
KO_COMPANIES = [("한빛전자", "한빚전자"), ("누리바이오", "누리바아오"), ("새솔에너지", "새솔애너지"),
                ("다온물산", None), ("가람모터스", "가람머터스"), ("해든식품", None),
                ("미르통신", "미르퉁신"), ("온새미로", None), ("별하제약", "벌하제약"),
                ("나래항공", None)]
KO_PEOPLE = ["김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "윤서아", "임재현",
             "한지민", "오세훈"]


def ko_article(r, idx, year):
    a = Art()
    co, typo = KO_COMPANIES[idx % len(KO_COMPANIES)]
    person = KO_PEOPLE[idx % len(KO_PEOPLE)]
    topic = idx % 5
    titles = ["역대 최대 실적", "대규모 투자 발표", "임금 협상 타결", "신공장 착공", "구조조정 착수"]
    a.t(f"# {co}, {titles[topic]}\n\n")
    rev = r.choice([1_200_000_000_000, 25_400_000_000_000, 2_300_000_000_000,
                    3_700_000_000_000, 850_000_000_000, 14_000_000_000_000])
    t = ko_money(r, rev)
    a.t(f"{co}{josa(co, '은', '는')} 지난해 매출이 ").c("money", t, {"currency": "KRW", "amount": rev})
    p = r.choice([4.2, 7, 11.5, 18, 23.4])
    a.t("으로 전년보다 ").c("percent", f"{p:g}%", {"percent": num(p)}).t(" 늘었다고 ")
    body, val, actual = ko_date(r, year)
    add_date(a, body, val, actual)
    a.t(" 밝혔다. 영업이익률은 ")
    pp = r.choice([0.8, 1.5, 2.3, 3])
    unit = r.choice(["%포인트", "%p"])
    a.c("percent", f"{pp:g}{unit}", {"points": num(pp)}).t(" 개선됐다.\n\n")
    q = r.choice(KO_QUOTES)
    a.t(f"{person} 대표는 이날 기자간담회에서 ").c("quote", f"“{q}”").t("라고 말했다.\n\n")
    usd = r.choice([60_000_000, 750_000_000, 120_000_000, 3_500_000_000])
    a.t("회사는 미국 현지 법인에 ").c("money", ko_money(r, usd, "USD"), {"currency": "USD", "amount": usd})
    a.t("를 추가로 투자한다. ")
    lo = r.choice([10, 20, 30])
    hi = lo * 2
    rng = f"{lo}만~{hi}만 달러" if r.random() < 0.5 else f"{lo}만 달러에서 {hi}만 달러"
    a.t("협력사 한 곳당 지원 규모는 ").c("money", rng, {"currency": "USD", "min": lo * 10000, "max": hi * 10000})
    a.t("로 정해졌다.\n\n")
    sal = r.choice([40_000_000, 52_000_000, 60_000_000, 75_000_000])
    a.t("신입 사원 초봉은 ").c("salary", ko_money(r, sal), {"currency": "KRW", "amount": sal})
    a.t("이며, 생산직 시급은 ")
    wage = r.choice([10_030, 11_500, 12_000, 13_200])
    a.c("salary", ko_money(r, wage), {"currency": "KRW", "amount": wage}).t("으로 올랐다. ")
    bonus = r.choice([5_000_000, 12_000_000, 30_000_000])
    a.t("직원들은 성과급으로 1인당 ").c("salary", ko_money(r, bonus), {"currency": "KRW", "amount": bonus})
    a.t("을 받는다.\n\n")
    hires = r.choice([150, 300, 1200, 80])
    a.t("올해 채용 인원은 ").c("count", f"{hires:,}명", {"count": hires})
    a.t("으로 업계 1위 수준이다. 본사는 서울 강남구 12층 건물에 있으며, 설명회는 오전 10시에 열렸다.\n\n")
    body, val, actual = ko_date(r, year, weekday=r.choice(["right", "wrong", "right"]),
                                with_year=r.random() < 0.5)
    a.t("주주총회는 ")
    add_date(a, body, val, actual)
    a.t(" 열린다. 지난 총회에서 안건은 찬성 9대 2로 통과됐다.\n\n")
    share = r.choice([31.5, 42, 55.8])
    a.t("국내 시장 점유율은 ").c("percent", f"{share:g}퍼센트", {"percent": num(share)})
    a.t("로 집계됐다. ")
    if typo:
        a.t(f"업계에서는 {co}의 다음 행보에 관심이 쏠린다. ")
        a.c("name-variant", typo, {"name": typo, "expected": co})
        a.t(josa(typo, "은", "는") + " 해외 진출 일정도 곧 공개할 계획이다.\n\n")
    else:
        a.t("업계에서는 다음 행보에 관심이 쏠린다.\n\n")
    price = r.choice([146.3, 88.5, 212.75])
    a.t("한편 뉴욕 증시에서 경쟁사 주가는 ").c("money", f"{price:g}달러", {"currency": "USD", "amount": num(price)})
    a.t("로 마감했다. 애널리스트들은 「올해 하반기 실적이 주가를 좌우할 것」이라고 내다봤다.")
    a.extra("quote", "「올해 하반기 실적이 주가를 좌우할 것」")
    a.t("\n")
    return a


def main():
    r = random.Random(20251129)
    made = 0
    for i in range(20):
        year = 2023 + i % 3
        for lang, fn in (("en", en_article), ("ko", ko_article)):
            a = fn(r, i, year)
            name = f"{lang}_{i + 1:02d}"
            d = datetime.date(year, r.randint(1, 12), r.randint(1, 28)).isoformat()
            front = f"---\ntitle: Article {name}\ndate: {d}\nlang: {lang}\n---\n"
            with open(os.path.join(HERE, name + ".md"), "w", encoding="utf-8") as f:
                f.write(front + a.text())
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump({"findings": a.ann}, f, ensure_ascii=False, indent=1)
                f.write("\n")
            made += len(a.ann)
    print("claims annotated:", made)


if __name__ == "__main__":
    main()
