#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "common/templatetext.h"

#include <QTest>

// The search normaliser decides whether a clerk finds an applicant: each row is a spelling a
// citizen might type and what both the stored text and the query must become.
class TestArabicText : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void spellingVariantsMatch();
    void isolateAndReveal();
    void templatesFillOnce_data();
    void templatesFillOnce();
    void publicTextKeepsItsRunsTogether_data();
    void publicTextKeepsItsRunsTogether();
    void searchTerms_data();
    void searchTerms();
    void marksTheWordsThatMatched();
    void controlsShownOnATerminal();
};

void TestArabicText::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Sources are ASCII: Arabic is written as escapes.
    QTest::newRow("tashkeel removed")
        << QStringLiteral(u"\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f")
        << QStringLiteral(u"\u0645\u062d\u0645\u062f");
    // Found by the fuzzer: lower case made a letter that composes with its mark, so a second
    // pass changed the result.
    QTest::newRow("a mark that composes after lower case")
        << QStringLiteral(u"T\u0344") << QStringLiteral(u"\u1e97\u0301");
    QTest::newRow("control characters separate words")
        << (QStringLiteral("abc") + QChar(0) + QStringLiteral("def\x1b\x7fghi"))
        << QStringLiteral("abc def ghi");
    QTest::newRow("tatweel removed") << QStringLiteral(u"\u0645\u062d\u0640\u0640\u0645\u062f")
                                     << QStringLiteral(u"\u0645\u062d\u0645\u062f");
    QTest::newRow("hamza alef folds")
        << QStringLiteral(u"\u0623\u062d\u0645\u062f \u0625\u0628\u0631\u0627\u0647\u064a\u0645 "
                          u"\u0622\u0645\u0646\u0629")
        << QStringLiteral(u"\u0627\u062d\u0645\u062f \u0627\u0628\u0631\u0627\u0647\u064a\u0645 "
                          u"\u0627\u0645\u0646\u0647");
    QTest::newRow("alef maqsura to yeh") << QStringLiteral(u"\u0645\u0635\u0637\u0641\u0649")
                                         << QStringLiteral(u"\u0645\u0635\u0637\u0641\u064a");
    QTest::newRow("teh marbuta to heh") << QStringLiteral(u"\u0641\u0627\u0637\u0645\u0629")
                                        << QStringLiteral(u"\u0641\u0627\u0637\u0645\u0647");
    QTest::newRow("waw and yeh hamza")
        << QStringLiteral(u"\u0645\u0624\u0645\u0646 \u0647\u064a\u0626\u0629")
        << QStringLiteral(u"\u0645\u0648\u0645\u0646 \u0647\u064a\u064a\u0647");
    QTest::newRow("alef wasla") << QStringLiteral(u"\u0671\u0644\u0644\u0647")
                                << QStringLiteral(u"\u0627\u0644\u0644\u0647");
    QTest::newRow("arabic-indic digits")
        << QStringLiteral(u"\u0662\u0668\u0664\u0660\u0661") << QStringLiteral("28401");
    QTest::newRow("persian digits")
        << QStringLiteral(u"\u06f1\u06f2\u06f3") << QStringLiteral("123");
    QTest::newRow("presentation forms")
        << QStringLiteral(u"\ufef7") // lam-alef with hamza above, isolated
        << QStringLiteral(u"\u0644\u0627");
    QTest::newRow("bidi controls dropped") << QStringLiteral(u"\u202e\u0639\u0644\u064a\u200f")
                                           << QStringLiteral(u"\u0639\u0644\u064a");
    QTest::newRow("latin lowered, spaces collapsed")
        << QStringLiteral("  MOI-2026   0001 ") << QStringLiteral("moi-2026 0001");
    QTest::newRow("empty") << QString() << QString();
}

void TestArabicText::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArabicText::normalize(input), expected);
    // Idempotent: normalising stored text again changes nothing.
    QCOMPARE(ArabicText::normalize(ArabicText::normalize(input)), expected);
}

void TestArabicText::spellingVariantsMatch()
{
    // "Fatima Al-Kuwari" typed three ways must meet in one form.
    const QString a = QStringLiteral(u"\u0641\u064e\u0627\u0637\u0650\u0645\u064e\u0629 "
                                     u"\u0627\u0644\u0643\u0648\u0627\u0631\u064a");
    const QString b = QStringLiteral(
        u"\u0641\u0627\u0637\u0645\u0647 \u0627\u0644\u0643\u0648\u0627\u0631\u0649");
    const QString c = QStringLiteral(
        u"\u0641\u0627\u0637\u0640\u0645\u0629  \u0627\u0644\u0643\u0648\u0627\u0631\u064a");
    QCOMPARE(ArabicText::normalize(a), ArabicText::normalize(b));
    QCOMPARE(ArabicText::normalize(b), ArabicText::normalize(c));
}

void TestArabicText::isolateAndReveal()
{
    QCOMPARE(ArabicText::isolateLtr(QStringLiteral("INV-2024/17")),
             QStringLiteral(u"\u2066INV-2024/17\u2069"));
    const QString sneaky = QStringLiteral(u"abc\u202edef");
    QVERIFY(ArabicText::hasHiddenControls(sneaky));
    const QString shown = ArabicText::revealControls(sneaky);
    QVERIFY(!shown.contains(QChar(0x202E)));
    QVERIFY(shown.contains(QStringLiteral("[RLO]")));
    QVERIFY(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069)));
    QVERIFY(!ArabicText::hasHiddenControls(QStringLiteral(u"\u0645\u0631\u062d\u0628\u0627")));
    QCOMPARE(ArabicText::toArabicIndicDigits(QStringLiteral("2026")),
             QStringLiteral(u"\u0662\u0660\u0662\u0666"));
}

void TestArabicText::publicTextKeepsItsRunsTogether_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    // As citizens type them; shown inside an outer FSI ... PDI, each left-to-right run in its own
    // LRI ... PDI so that the Arabic around it cannot reorder its parts.
    QTest::newRow("phone") << QStringLiteral(u"الرقم +974 6623 1190 للتواصل")
                           << QStringLiteral(
                                  u"\u2068الرقم \u2066+974 6623 1190\u2069 للتواصل\u2069");
    QTest::newRow("e-mail") << QStringLiteral(u"راسلوني على amal.k@example.qa شكرا")
                            << QStringLiteral(
                                   u"\u2068راسلوني على \u2066amal.k@example.qa\u2069 شكرا\u2069");
    QTest::newRow("link") << QStringLiteral(u"انظر https://example.qa/a?b=1 هنا")
                          << QStringLiteral(
                                 u"\u2068انظر \u2066https://example.qa/a?b=1\u2069 هنا\u2069");
    QTest::newRow("reference") << QStringLiteral(u"طلبي MOI-2026-0000042 متأخر")
                               << QStringLiteral(
                                      u"\u2068طلبي \u2066MOI-2026-0000042\u2069 متأخر\u2069");
    QTest::newRow("a plain number is left alone")
        << QStringLiteral(u"منذ 3 أيام") << QStringLiteral(u"\u2068منذ 3 أيام\u2069");
    QTest::newRow("a control inside a run")
        << QStringLiteral(u"اتصل 5555\u202e1234")
        << QStringLiteral(u"\u2068اتصل 5555\u2066[RLO]\u20691234\u2069");
}

void TestArabicText::publicTextKeepsItsRunsTogether()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QCOMPARE(ArabicText::revealControls(typed), shown);
}

void TestArabicText::templatesFillOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filled");
    QTest::newRow("plain") << "Dear {name}, {reference} is approved."
                           << "Dear {reason}, MOI-2026-0000042 is approved.";
    QTest::newRow("unknown stays") << "{name}: {unknown}"
                                   << "{reason}: {unknown}";
    QTest::newRow("lone braces stay") << "{ name } {{name}} {"
                                      << "{ name } {{reason}} {";
    QTest::newRow("nested") << "{na{name}me}"
                            << "{na{reason}me}";
}

// The applicant wrote "{reason}" as their name: it is shown as they wrote it, not replaced by the
// rejection's reason (the old fill replaced variables one after the other, in hash order).
void TestArabicText::templatesFillOnce()
{
    QFETCH(QString, text);
    QFETCH(QString, filled);
    const QHash<QString, QString> values{
        {QStringLiteral("name"), QStringLiteral("{reason}")},
        {QStringLiteral("reference"), QStringLiteral("MOI-2026-0000042")},
        {QStringLiteral("reason"), QStringLiteral("SECRET")}};
    QCOMPARE(TemplateText::fill(text, values), filled);
}

// Arabic words, not just Arabic letters: what attaches to a word (the article, and, with, as,
// then, for) and its common endings come off, as Lucene's light10 stemmer takes them, so that a
// clerk's "اقامه" meets the stored "الإقامة"; but never so much that unrelated words meet.
void TestArabicText::searchTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("terms");
    QTest::newRow("the article and teh marbuta")
        << QStringLiteral(u"الإقامة") << QStringLiteral(u"اقام");
    QTest::newRow("as a clerk types it") << QStringLiteral(u"اقامه") << QStringLiteral(u"اقام");
    QTest::newRow("a whole title")
        << QStringLiteral(u"طلب تجديد رخصة الإقامة") << QStringLiteral(u"طلب تجديد رخص اقام");
    QTest::newRow("card is not energy: a lone beh stays")
        << QStringLiteral(u"بطاقة") << QStringLiteral(u"بطاق");
    QTest::newRow("energy") << QStringLiteral(u"طاقة") << QStringLiteral(u"طاق");
    QTest::newRow("article and plural") << QStringLiteral(u"البطاقات") << QStringLiteral(u"بطاق");
    QTest::newRow("wa-al and -un") << QStringLiteral(u"والمعلمون") << QStringLiteral(u"معلم");
    QTest::newRow("bi-al") << QStringLiteral(u"بالسيارة") << QStringLiteral(u"سيار");
    QTest::newRow("ka-al") << QStringLiteral(u"كالبحر") << QStringLiteral(u"بحر");
    QTest::newRow("li-l") << QStringLiteral(u"للطلاب") << QStringLiteral(u"طلاب");
    QTest::newRow("one prefix only") << QStringLiteral(u"وللطلاب") << QStringLiteral(u"للطلاب");
    QTest::newRow("wa- needs three letters after it")
        << QStringLiteral(u"ولد") << QStringLiteral(u"ولد");
    QTest::newRow("al- needs two letters after it")
        << QStringLiteral(u"اله") << QStringLiteral(u"ال");
    QTest::newRow("a suffix leaves two letters at least")
        << QStringLiteral(u"ها") << QStringLiteral(u"ها");
    QTest::newRow("suffixes in turn: -ha then -in")
        << QStringLiteral(u"موظفينها") << QStringLiteral(u"موظف");
    QTest::newRow("-iya") << QStringLiteral(u"مدرسية") << QStringLiteral(u"مدرس");
    QTest::newRow("dual") << QStringLiteral(u"كتابان") << QStringLiteral(u"كتاب");
    QTest::newRow("tashkeel first") << QStringLiteral(u"الْمُوَظَّفُونَ") << QStringLiteral(u"موظف");
    QTest::newRow("a name") << QStringLiteral(u"فاطمة الكواري") << QStringLiteral(u"فاطم كوار");
    QTest::newRow("reference: digits and latin kept, dashes separate")
        << QStringLiteral(u"MOI-2026-0000042") << QStringLiteral(u"moi 2026 0000042");
    QTest::newRow("punctuation around words")
        << QStringLiteral(u"«الإقامة»، (بطاقة)!") << QStringLiteral(u"اقام بطاق");
    QTest::newRow("arabic comma and question mark")
        << QStringLiteral(u"نعم،لا؟") << QStringLiteral(u"نعم لا");
    QTest::newRow("emoji with a skin tone")
        << QStringLiteral(u"شكرا\U0001F64F\U0001F3FD جزيلا!!") << QStringLiteral(u"شكرا جزيلا");
    QTest::newRow("query syntax is words")
        << QStringLiteral(u"\" OR 1=1 -- NEAR(") << QStringLiteral(u"or 1 1 near");
    QTest::newRow("percent, backslash, underscore")
        << QStringLiteral(u"100% a\\b_c") << QStringLiteral(u"100 a b c");
    QTest::newRow("an escape sequence")
        << QStringLiteral(u"x\x1b[31my") << QStringLiteral(u"x 31my");
    QTest::newRow("mathematical letters are letters")
        << QStringLiteral(u"\U0001D400\U0001D401") << QStringLiteral(u"ab");
    QTest::newRow("nothing but symbols") << QStringLiteral(u"%%% ... ***") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestArabicText::searchTerms()
{
    QFETCH(QString, text);
    QFETCH(QString, terms);
    QCOMPARE(ArabicText::searchTerms(text), terms);
    // The database computes them from the stored normalised text: the same.
    QCOMPARE(ArabicText::searchTerms(ArabicText::normalize(text)), terms);
}

void TestArabicText::marksTheWordsThatMatched()
{
    const QString title = QStringLiteral(u"طلب تجديد رخصة الإقامة");
    QList<ArabicText::Span> spans
        = ArabicText::matchingWords(title, ArabicText::searchTermList(QStringLiteral(u"اقامه")));
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().start, 15);
    QCOMPARE(spans.first().length, 7);
    // Diacritics stay with their word; the comma after it does not.
    const QString voweled = QStringLiteral(u"عن الإِقامَة، شكرا");
    spans = ArabicText::matchingWords(voweled,
                                      ArabicText::searchTermList(QStringLiteral(u"الاقامة")));
    QCOMPARE(spans.size(), 1);
    QCOMPARE(voweled.mid(spans.first().start, spans.first().length), QStringLiteral(u"الإِقامَة"));
    // Energy is not marked in a card.
    QVERIFY(ArabicText::matchingWords(QStringLiteral(u"البطاقات"),
                                      ArabicText::searchTermList(QStringLiteral(u"طاقة")))
                .isEmpty());
}

void TestArabicText::controlsShownOnATerminal()
{
    QCOMPARE(ArabicText::showControlsPlain(QStringLiteral(u"a\x1b[2Jb\u202Ec\nd\te")),
             QStringLiteral(u"a[U+001B][2Jb[RLO]c d e"));
}

QTEST_GUILESS_MAIN(TestArabicText)
#include "tst_arabictext.moc"
