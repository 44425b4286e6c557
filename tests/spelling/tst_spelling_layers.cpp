// Each layer of the spelling check on its own (docs/spelling.md): a word it
// must flag and a word it must accept. Korean: misspelling list, standard
// words, contractions, splitter, names from context, confusion gate, second
// tier. English: en-GB by language tag and newsroom, repeated names.
// Languages: a dictionary loads on first use only.
#include "check/Check.h"
#include "core/Error.h"
#include "spelling/Hangul.h"
#include "spelling/Languages.h"
#include "spelling/SpellingCheck.h"
#include "style/StyleCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace
{

QString shipped()
{
    return QStringLiteral(COPYDESK_SOURCE_DIR "/dictionaries");
}

// text → severity name of each finding ("warning 바램이>바람이", "info 퀀텀닷")
QStringList findings(const SpellingCheck &check, const QString &body, const QString &lang = {})
{
    QStringList out;
    for (const Finding &f : check.run(CheckInput{body, lang, {}})) {
        QString s = severityName(f.severity) + u' ' + f.text;
        if (!f.suggestions.isEmpty())
            s += u'>' + f.suggestions.join(u'|');
        out.append(s);
    }
    return out;
}

} // namespace

class TestSpellingLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *dict : {"en_US", "en_GB", "ko_KR"}) {
            if (!QFile::exists(QStringLiteral("/usr/share/hunspell/%1.dic").arg(dict)))
                QSKIP("needs hunspell-en-us, hunspell-en-gb and hunspell-ko");
        }
    }

    void languageTags()
    {
        QCOMPARE(dictionaryForTag(QStringLiteral("en-GB")), QStringLiteral("en_GB"));
        QCOMPARE(dictionaryForTag(QStringLiteral("en_us")), QStringLiteral("en_US"));
        QCOMPARE(dictionaryForTag(QStringLiteral("ko-KR")), QStringLiteral("ko_KR"));
        QCOMPARE(dictionaryForTag(QStringLiteral("en"), QStringLiteral("en_GB")),
                 QStringLiteral("en_GB"));
        QCOMPARE(dictionaryForTag(QString()), QStringLiteral("en_US"));
    }

    void englishTextDoesNotLoadKorean()
    {
        SpellingCheck check({shipped(), {}, {}});
        QVERIFY(!check.hasLoaded(QStringLiteral("ko_KR")));
        QCOMPARE(findings(check, QStringLiteral("The centre said the programme wroks.")),
                 QStringList({"warning centre", "warning programme", "warning wroks"}));
        QVERIFY(check.hasLoaded(QStringLiteral("en_US")));
        QVERIFY(!check.hasLoaded(QStringLiteral("ko_KR")));
        QVERIFY(!check.hasLoaded(QStringLiteral("en_GB")));
        findings(check, QStringLiteral("학교에 갔다"));
        QVERIFY(check.hasLoaded(QStringLiteral("ko_KR")));
    }

    void britishByTagAndByNewsroom()
    {
        SpellingCheck us({shipped(), {}, {}});
        QCOMPARE(findings(us, QStringLiteral("The centre's colour."), QStringLiteral("en-GB")),
                 QStringList());
        QCOMPARE(
            findings(us, QStringLiteral("The centre's colour wroks."), QStringLiteral("en-GB")),
            QStringList{"warning wroks"});
        QCOMPARE(findings(us, QStringLiteral("The colour."), QStringLiteral("en-US")).size(), 1);
        // A newsroom whose languages say en-GB checks untagged English in en_GB.
        QTemporaryDir newsroom;
        QDir().mkpath(newsroom.filePath(QStringLiteral("copydesk")));
        QFile f(newsroom.filePath(QStringLiteral("copydesk/newsroom.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": 1, "name": "n", "languages": ["en-GB", "ko"]})");
        f.close();
        SpellingCheck gb({shipped(), newsroom.path(), {}});
        QCOMPARE(gb.englishFor({}), QStringLiteral("en_GB"));
        QCOMPARE(findings(gb, QStringLiteral("The programme was organised.")), QStringList());
        QCOMPARE(gb.run({QStringLiteral("The colr."), {}, {}}).value(0).rule,
                 QStringLiteral("en_GB"));
        QCOMPARE(findings(gb, QStringLiteral("The color."), QStringLiteral("en-US")),
                 QStringList());
    }

    void repeatedEnglishNameIsOneFinding()
    {
        SpellingCheck check({shipped(), {}, {}});
        const Findings f = check.run(
            {QStringLiteral("Zorbrick said so. Later Zorbrick's team agreed, and Zorbrick left. "
                            "A zorbrick."),
             QStringLiteral("en-GB"),
             {}});
        QStringList texts;
        for (const Finding &x : f)
            texts.append(x.text);
        // One finding for the name, at its first mention; the lower-case word
        // is not a name and is flagged on its own.
        QCOMPARE(texts, QStringList({"Zorbrick", "zorbrick"}));
        QCOMPARE(f[0].offset, 0);
        QVERIFY(f[0].message.contains(QStringLiteral("3 mentions")));
        QCOMPARE(f[0].severity, Severity::Info);
        QCOMPARE(f[1].severity, Severity::Warning);
        // Mentioned once inside a sentence it is a name to confirm too; at
        // the start of a sentence, where every word has a capital, it may be
        // a misspelled word and stays a warning.
        QCOMPARE(findings(check, QStringLiteral("Then Zorbrick spoke."), QStringLiteral("en-GB")),
                 QStringList{"info Zorbrick"});
        QCOMPARE(
            findings(check, QStringLiteral("Teh end. Zorbrick spoke."), QStringLiteral("en-GB")),
            QStringList({"warning Teh", "warning Zorbrick"}));
    }

    void koreanMisspellingList()
    {
        SpellingCheck check({shipped(), {}, {}});
        // hunspell-ko accepts all of these; the list overrides it.
        QCOMPARE(findings(check, QStringLiteral("주민들의 바램이 컸다")),
                 QStringList{"warning 바램이>바람이"});
        QCOMPARE(findings(check, QStringLiteral("부정이 들어났다")),
                 QStringList{"warning 들어났다>드러났다"});
        QCOMPARE(findings(check, QStringLiteral("경기를 치뤘다")),
                 QStringList{"warning 치뤘다>치렀다"});
        QCOMPARE(findings(check, QStringLiteral("주민들의 바람이 컸다")), QStringList());
        QCOMPARE(findings(check, QStringLiteral("부정이 드러났다")), QStringList());
    }

    void koreanStandardWords()
    {
        SpellingCheck check({shipped(), {}, {}});
        // hunspell-ko lacks them; dictionaries/words/ko/standard.txt has them.
        QCOMPARE(findings(check, QStringLiteral("수변 공간과 로드맵을")), QStringList());
        QCOMPARE(findings(check, QStringLiteral("로드멥을")).size(), 1);
    }

    void koreanContractions()
    {
        SpellingCheck check({shipped(), {}, {}});
        QCOMPARE(hangul::expandContractions(QStringLiteral("이뤄진")), QStringLiteral("이루어진"));
        QCOMPARE(findings(check, QStringLiteral("합의가 이뤄진 뒤")), QStringList());
    }

    void koreanSplitter()
    {
        SpellingCheck check({shipped(), {}, {}});
        for (const char *w :
             {"방산업체를", "센터장은", "총예산", "주목받는", "연출됐다", "코스닥지수", "회전율이"})
            QVERIFY2(check.isCorrect(QString::fromUtf8(w)), w);
        // Single-syllable parts are not stems: 몇+일, 금+새, 역+활 stay wrong.
        for (const char *w : {"몇일", "금새", "역활"})
            QVERIFY2(!check.isCorrect(QString::fromUtf8(w)), w);
        // Only nouns compound: a known name glued to an interjection is not a word.
        QVERIFY(!check.isCorrect(QStringLiteral("머스크흑흑")));
    }

    void koreanNamesFromContext()
    {
        SpellingCheck check({shipped(), {}, {}});
        // Without a title the name is an unrecognised word (info), not a warning.
        QCOMPARE(findings(check, QStringLiteral("돌로레스는 말했다.")),
                 QStringList{"info 돌로레스는"});
        QCOMPARE(findings(check,
                          QStringLiteral("돌로레스 의원은 말했다. 돌로레스는 다시 돌로레스의 뜻을 "
                                         "밝혔다. 돌로레스대표가 웃었다.")),
                 QStringList());
    }

    void koreanConfusionGate()
    {
        SpellingCheck check({shipped(), {}, {}});
        // A jamo slip with a word next to it is a warning with that word.
        QCOMPARE(findings(check, QStringLiteral("긴급 회이를 열었다")),
                 QStringList{"warning 회이를>회의를"});
        QCOMPARE(findings(check, QStringLiteral("사업이 중단돼었다")),
                 QStringList{"warning 중단돼었다>중단되었다"});
        // A word with no such neighbour is the second tier: listed, not underlined.
        QCOMPARE(findings(check, QStringLiteral("퀀텀닷을 썼다")), QStringList{"info 퀀텀닷을"});
        QVERIFY(check.suggest(QStringLiteral("회이를")).startsWith(QStringLiteral("회의를")));
    }

    void malformedDataIsNamedWithItsLine()
    {
        // A context pattern that does not compile: file and line, the check left out.
        try {
            RuleSet::parse(QStringLiteral("[x.ctx]\ntype = context\nmessage = m\n"
                                          "pattern = (unclosed => y\n"),
                           QStringLiteral("house.rules"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("house.rules:4:")),
                     qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::Usage);
        }
        // A misspelling line without '=>', in a copy of the shipped data.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("words/ko"))));
        QFile f(dir.filePath(QStringLiteral("words/ko/misspellings.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# list\n바램 => 바람\n되요 돼요\n");
        f.close();
        try {
            SpellingCheck check({dir.path(), {}, {}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("misspellings.txt:3")),
                     qPrintable(e.message()));
        }
    }

    void koreanContextRules()
    {
        const RuleSet rules = RuleSet::load(shipped(), {});
        const StyleCheck style(rules.enabledRules());
        auto context = [&](const QString &body) {
            QStringList out;
            for (const Finding &f : style.run({body, QStringLiteral("ko"), {}})) {
                if (f.rule.startsWith(QLatin1String("ko.context")))
                    out.append(f.text + u'>' + f.suggestions.value(0));
            }
            return out;
        };
        QCOMPARE(context(QStringLiteral("그는 사과하지 안았다.")), QStringList{"안았다>않았다"});
        QCOMPARE(context(QStringLiteral("그는 아이를 안았다.")), QStringList());
        QCOMPARE(context(QStringLiteral("대표로써 책임을 진다.")),
                 QStringList{"대표로써>대표로서"});
        QCOMPARE(context(QStringLiteral("대화로써 푼다.")), QStringList());
        QCOMPARE(context(QStringLiteral("카드 결재가 늘었다.")),
                 QStringList{"카드 결재>카드 결제"});
        QCOMPARE(context(QStringLiteral("누구나 할수 있다.")), QStringList{"할수>할 수"});
        QCOMPARE(context(QStringLiteral("갈수록 실수가 없다.")), QStringList());
        QCOMPARE(context(QStringLiteral("매출이 몇배로 늘었다.")), QStringList{"몇배>몇 배"});
        QCOMPARE(context(QStringLiteral("몇몇 기업이 며칠 동안")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSpellingLayers)
#include "tst_spelling_layers.moc"
