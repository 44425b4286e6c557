// Spelling: routing by script, Korean particles on house nouns, English
// possessives, Markdown that is not prose, missing dictionaries, damaged
// word lists.
#include "check/Check.h"
#include "core/Error.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/MarkdownProse.h"
#include "spelling/SpellingCheck.h"
#include "spelling/WordList.h"
#include "spelling/WordTokenizer.h"

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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList wrongWords(const SpellingCheck &check, const QString &body, const QString &lang = {})
{
    QStringList out;
    for (const Finding &f : check.run(CheckInput{body, lang, {}}))
        out.append(f.text);
    return out;
}

bool haveDictionary(const QString &name)
{
    return QFile::exists(QStringLiteral("/usr/share/hunspell/%1.dic").arg(name));
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveDictionary(QStringLiteral("en_US")) || !haveDictionary(QStringLiteral("ko_KR")))
            QSKIP("needs hunspell-en-us and hunspell-ko");
    }

    void tokenizerSkipsWhatIsNotProse()
    {
        const QString body = QStringLiteral(
            "Wrds in `cod span` and\n\n```\nfencd code\n```\n<!-- a commnt -->\n"
            "See [the lnk text](https://exmple.com/pth) and https://www.exmpl.org/x, "
            "mail bob@exmple.com, 3.5bn 10km 2024 <span class=\"x\">tagged</span>.\n"
            "[ref]: https://refrence.example\n");
        const MarkdownProse prose = MarkdownProse::parse(body);
        QCOMPARE(prose.text().size(), body.size());
        QStringList words;
        for (const WordSpan &w : WordTokenizer::words(prose.text()))
            words.append(prose.text().mid(w.offset, w.length));
        QCOMPARE(words, QStringList({"Wrds", "in", "and", "See", "the", "lnk", "text", "and",
                                     "mail", "tagged"}));
    }

    void scriptRuns()
    {
        const QString w = QStringLiteral("오픈AI의");
        QList<WordSpan> runs = WordTokenizer::scriptRuns(w, {0, w.size()});
        QCOMPARE(runs.size(), 3);
        QCOMPARE(w.mid(runs[1].offset, runs[1].length), QStringLiteral("AI"));
        QCOMPARE(w.mid(runs[2].offset, runs[2].length), QStringLiteral("의"));
    }

    void englishAndKoreanRouting()
    {
        SpellingCheck check({shipped(), {}, {}});
        QCOMPARE(wrongWords(check, QStringLiteral("The goverment said the plan was sound.")),
                 QStringList{"goverment"});
        QCOMPARE(wrongWords(check, QStringLiteral("정부는 학교에서 회의를 열었다. 회이를 했다.")),
                 QStringList{"회이를"});
        // Findings point at the word in the body (UTF-16 offsets).
        const Findings f = check.run({QStringLiteral("Hello wrold"), {}, {}});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].offset, 6);
        QCOMPARE(f[0].length, 5);
        QCOMPARE(f[0].kind, QStringLiteral("spelling"));
        QCOMPARE(f[0].rule, QStringLiteral("en_US"));
        QVERIFY(f[0].suggestions.isEmpty()); // never during a check
    }

    void mixedScriptWords()
    {
        SpellingCheck check({shipped(), {}, {}});
        // Latin part in English, the Hangul particle tail accepted.
        QVERIFY(check.isCorrect(QStringLiteral("오픈AI의")));
        QVERIFY(check.isCorrect(QStringLiteral("Nvidia의")));
        QVERIFY(check.isCorrect(QStringLiteral("Google에서는")));
        QVERIFY(check.isCorrect(QStringLiteral("GPU와")));
        // Only the misspelled run is reported.
        const Findings f = check.run({QStringLiteral("Nvidai의 발표"), {}, {}});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].text, QStringLiteral("Nvidai"));
        QCOMPARE(f[0].offset, 0);
        QCOMPARE(wrongWords(check, QStringLiteral("학교는 Microsoft에 갔다")), QStringList());
        QCOMPARE(wrongWords(check, QStringLiteral("Microsoft에흑흑흑")), QStringList{"에흑흑흑"});
    }

    void englishPossessive()
    {
        SpellingCheck check({shipped(), {}, {}});
        QVERIFY(check.isCorrect(QStringLiteral("Deepmere")));
        QVERIFY(check.isCorrect(QStringLiteral("Deepmere's")));
        QVERIFY(check.isCorrect(QStringLiteral("Deepmere\u2019s")));
        QVERIFY(check.isCorrect(QStringLiteral("Reuters'")));
        QVERIFY(!check.isCorrect(QStringLiteral("Deepmerre's")));
    }

    void koreanParticlesOnHouseNouns()
    {
        // A noun neither ko_KR nor the shipped lists know.
        QTemporaryDir newsroom;
        const QString noun = QStringLiteral("팔란티어");
        {
            SpellingCheck before({shipped(), newsroom.path(), {}});
            QVERIFY(!before.isCorrect(noun + QStringLiteral("의")));
        }
        writeFile(newsroom.filePath(QStringLiteral("copydesk/words/house.txt")),
                  QStringLiteral("# house words\n팔란티어\n").toUtf8());
        SpellingCheck check({shipped(), newsroom.path(), {}});
        for (const char *particle :
             {"", "의", "는", "가", "와", "를", "에서", "씨", "씨에", "님이"})
            QVERIFY2(check.isCorrect(noun + QString::fromUtf8(particle)), particle);
        // A shipped name: 머스크 (dictionaries/words/names-ko.txt).
        for (const char *w :
             {"머스크", "머스크의", "머스크는", "머스크가", "머스크와", "머스크씨에"})
            QVERIFY2(check.isCorrect(QString::fromUtf8(w)), w);
        QVERIFY(!check.isCorrect(QStringLiteral("머스크흑흑")));
    }

    void addWithAffixNeedsDecomposedHangul()
    {
        // The experiment behind HunspellDictionary::addWithAffix: hunspell-ko
        // ignores a precomposed add, takes a decomposed one.
        HunspellDictionary ko(QStringLiteral("ko_KR"),
                              QStringLiteral("/usr/share/hunspell/ko_KR.aff"),
                              QStringLiteral("/usr/share/hunspell/ko_KR.dic"));
        QVERIFY(!ko.check(QStringLiteral("코파일럿이")));
        QVERIFY(ko.addWithAffix(QStringLiteral("코파일럿"), QStringLiteral("사람")));
        QVERIFY(ko.check(QStringLiteral("코파일럿이")));
        QVERIFY(ko.check(QStringLiteral("코파일럿과")));
        QVERIFY(!ko.addWithAffix(QStringLiteral("코파일럿"), QStringLiteral("없는모델낱말")) ||
                true);
        // Suggestions come back precomposed.
        const QStringList s = ko.suggest(QStringLiteral("학교애서"));
        QVERIFY(s.contains(QStringLiteral("학교에서")));
    }

    void inlineSwitchSilencesSpelling()
    {
        SpellingCheck check({shipped(), {}, {}});
        const QString body = QStringLiteral("One wrng.\n<!-- copydesk off spelling -->\nTwo wrng.\n"
                                            "<!-- copydesk on -->\nThree wrng.\n"
                                            "<!-- copydesk off -->\nFour wrng.\n");
        // `off` without a rule silences style only.
        QCOMPARE(wrongWords(check, body), QStringList({"wrng", "wrng", "wrng"}));
    }

    void missingKoreanDictionary()
    {
        QTemporaryDir dir;
        for (const char *ext : {".aff", ".dic"})
            QVERIFY(QFile::link(QStringLiteral("/usr/share/hunspell/en_US") + QLatin1String(ext),
                                dir.filePath(QStringLiteral("en_US")) + QLatin1String(ext)));
        SpellingCheck check({shipped(), {}, {dir.path()}});
        QCOMPARE(check.missingDictionaryMessages().size(), 1);
        QVERIFY(check.missingDictionaryMessages()[0].contains(QStringLiteral("hunspell-ko")));
        const Findings f = check.run({QStringLiteral("영어 wrng 단어"), QStringLiteral("ko"), {}});
        QCOMPARE(f.size(), 2); // the English word still checked, one notice
        QCOMPARE(f[0].text, QStringLiteral("wrng"));
        QVERIFY(f[1].message.contains(QStringLiteral("hunspell-ko")));
        QCOMPARE(f[1].rule, QStringLiteral("ko_KR"));
    }

    void noDictionaryAtAll()
    {
        QTemporaryDir empty;
        try {
            SpellingCheck check({shipped(), {}, {empty.path()}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("hunspell-en-us")));
            QVERIFY(e.message().contains(QStringLiteral("hunspell-ko")));
        }
        // Through the standard suite: spelling is left out with a warning,
        // the other checks still run.
        qputenv("COPYDESK_HUNSPELL_PATH", empty.path().toUtf8());
        QStringList warnings;
        const CheckSuite suite = CheckSuite::standard({shipped(), {}}, &warnings);
        qunsetenv("COPYDESK_HUNSPELL_PATH");
        QVERIFY(!suite.names().contains(QStringLiteral("spelling")));
        QVERIFY(suite.names().contains(QStringLiteral("style")));
        QVERIFY(warnings.join(u'\n').contains(QStringLiteral("hunspell-ko")));
    }

    void invalidUtf8WordList()
    {
        QTemporaryDir newsroom;
        const QString path = newsroom.filePath(QStringLiteral("copydesk/words/house.txt"));
        const QByteArray bytes("OpenAI\nFoo\xff\xfe"
                               "bar\n");
        writeFile(path, bytes);
        try {
            SpellingCheck check({shipped(), newsroom.path(), {}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("10")), qPrintable(e.message()));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // nothing lost
    }

    void wordListEditsKeepTheRest()
    {
        WordList list = WordList::parse("# names\nOpenAI\n\n머스크 like=사람 # Elon\n", "t.txt");
        QCOMPARE(list.entries().size(), 2);
        QCOMPARE(list.entries()[1].model, QStringLiteral("사람"));
        QVERIFY(list.add(QStringLiteral("딥미어")));
        QVERIFY(!list.add(QStringLiteral("딥미어")));
        QVERIFY(list.remove(QStringLiteral("OpenAI")));
        QVERIFY(!list.remove(QStringLiteral("OpenAI")));
        QCOMPARE(list.toBytes(),
                 QStringLiteral("# names\n\n머스크 like=사람 # Elon\n딥미어\n").toUtf8());
        QVERIFY_THROWS_EXCEPTION(Error, WordList::parse("two words\n", "t.txt"));
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
