#include "auth/session.h"
#include "casetable.h"
#include "common/arabictext.h"
#include "common/contributionflags.h"
#include "common/presenter.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "moderation/highlightedtext.h"
#include "moderation/moderationdetail.h"
#include "moderation/moderationservice.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

// A moderator looking at a flagged contribution sees why each flag fired: the words of the text
// that did it, as they were written (tatweel, diacritics, spaces and repeated letters that hid
// them included), marked in the text, and for an abusive word the word of the list it is.
class TestFlagReasons : public QObject
{
    Q_OBJECT
private slots:
    void evasionsAreFoundAsWritten_data();
    void evasionsAreFoundAsWritten();
    void everyCaseHasItsEvidence_data() { TestDatabase::addRows(); }
    void everyCaseHasItsEvidence();
    void managerSeesTheFlagsWithoutTheList_data() { TestDatabase::addRows(); }
    void managerSeesTheFlagsWithoutTheList();
    void shownTextKeepsThePassages();
    void detailPaneSaysWhy_data() { TestDatabase::addRows(); }
    void detailPaneSaysWhy();
};

namespace {

const QStringList listKeys{QStringLiteral("غبي"),
                           QStringLiteral("حمار"),
                           QStringLiteral("تافه"),
                           QStringLiteral("idiot"),
                           QStringLiteral("stupid")};

// Each flag's passages as written: "flag=passage[key]|passage".
QString described(const QString &body, const QList<ContributionFlags::Evidence> &evidence)
{
    QStringList out;
    for (const ContributionFlags::Evidence &e : evidence) {
        QStringList passages;
        for (const ContributionFlags::Hit &h : e.hits) {
            passages << body.mid(h.start, h.length)
                            + (h.wordKey.isEmpty()
                                   ? QString()
                                   : QLatin1Char('[') + h.wordKey + QLatin1Char(']'));
        }
        out << e.flag + QLatin1Char('=') + passages.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char(' '));
}

// The flags the database stores: the SQL on PostgreSQL, the C++ on SQLite.
QString flagsOf(QSqlDatabase db, const QString &body, const QStringList &keys)
{
    if (!Dialect::of(db).isPostgres())
        return ContributionFlags::join(ContributionFlags::compute(body, keys));
    return TestDatabase::resultRows(
               db, QStringLiteral("SELECT diwan.contribution_flags(?)"), {body})
        .value(0);
}

// A pending contribution of `body` in a new topic, as the queue reads it, with the stored `flags`
// (id 0: it could not be written).
ContributionRow pendingRow(QSqlDatabase db, const QString &body, const QStringList &flags)
{
    ContributionRow row;
    row.body = body;
    row.submittedAt = QDateTime::currentDateTimeUtc();
    row.topicId = Fixtures::topic(db, {});
    if (row.topicId)
        row.id = Fixtures::contribution(
            db, {.topicId = row.topicId, .body = body, .submittedAt = row.submittedAt});
    row.state = QStringLiteral("pending");
    row.authorId = QStringLiteral("p1");
    row.author = QStringLiteral("A");
    row.flags = flags;
    return row;
}

} // namespace

void TestFlagReasons::evasionsAreFoundAsWritten_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("why");
    QTest::newRow("tatweel") << QStringLiteral("أنت غـــبـــي جدا")
                             << QStringLiteral("abuse=غـــبـــي[غبي]");
    QTest::newRow("diacritics") << QStringLiteral("أنت غَبِيّ") << QStringLiteral("abuse=غَبِيّ[غبي]");
    QTest::newRow("spaced") << QStringLiteral("أنت غ ب ي والسلام")
                            << QStringLiteral("abuse=غ ب ي[غبي]");
    QTest::newRow("repeated") << QStringLiteral("أنت غبيييي!")
                              << QStringLiteral("abuse=غبيييي[غبي]");
    QTest::newRow("alef forms") << QStringLiteral("يا حمآر ويا حمـأر")
                                << QStringLiteral("abuse=حمآر[حمار]|حمـأر[حمار]");
    QTest::newRow("article and tatweel")
        << QStringLiteral("الحمـــار يأكل") << QStringLiteral("abuse=حمـــار[حمار]");
    QTest::newRow("English, mixed case")
        << QStringLiteral("You are an IdIoT, really") << QStringLiteral("abuse=IdIoT[idiot]");
    QTest::newRow("dots between letters")
        << QStringLiteral("you are s.t.u.p.i.d ok") << QStringLiteral("abuse=s.t.u.p.i.d[stupid]");
    QTest::newRow("two words of the list")
        << QStringLiteral("غبي وتافه") << QStringLiteral("abuse=غبي[غبي]|تافه[تافه]");
    QTest::newRow("presentation forms") << QStringLiteral("أنت \uFECF\uFE92\uFEF2")
                                        << QStringLiteral("abuse=\uFECF\uFE92\uFEF2[غبي]");
    QTest::newRow("after an emoji and a ligature")
        << QStringLiteral("\U0001F600 \uFEFB غبي") << QStringLiteral("abuse=غبي[غبي]");
    QTest::newRow("a Latin letter composed once lower case")
        << QStringLiteral("T\u0308 IDIOT") << QStringLiteral("abuse=IDIOT[idiot]");
    QTest::newRow("a word close to the list's") << QStringLiteral("تاريخ الحمراء") << QString();
    QTest::newRow("Arabic-Indic phone")
        << QStringLiteral("اتصل على ٥٥١٢ ٣٤٥٦ مساء") << QStringLiteral("phone=٥٥١٢ ٣٤٥٦");
    QTest::newRow("international phone")
        << QStringLiteral("call +974 4412 3456 now") << QStringLiteral("phone=+974 4412 3456");
    QTest::newRow("QID") << QStringLiteral("رقمي ٢٨٤٦٣٤٠٠١٢٣ شكرا")
                         << QStringLiteral("qid=٢٨٤٦٣٤٠٠١٢٣");
    QTest::newRow("e-mail, not a link")
        << QStringLiteral("راسلني ali.m@example.com") << QStringLiteral("email=ali.m@example.com");
    QTest::newRow("www link") << QStringLiteral("زوروا www.offers.qa للمزيد")
                              << QStringLiteral("link=www.offers.qa");
    QTest::newRow("http link, its full stop left out")
        << QStringLiteral("visit http://spam.example/deal?x=1.")
        << QStringLiteral("link=http://spam.example/deal?x=1");
    QTest::newRow("bare domain") << QStringLiteral("offers.com/deal")
                                 << QStringLiteral("link=offers.com/deal");
    QTest::newRow("full-width link") << QStringLiteral("زوروا ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ")
                                     << QStringLiteral("link=ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ");
    QTest::newRow("right-to-left override")
        << QStringLiteral("نص \u202Eمعكوس") << QStringLiteral("bidi=\u202E");
    QTest::newRow("zero-width space in a link")
        << QStringLiteral("www\u200B.example.com")
        << QStringLiteral("link=www\u200B.example.com bidi=\u200B");
    QTest::newRow("Cyrillic a") << QStringLiteral("log in at p\u0430ypal now")
                                << QStringLiteral("lookalike=p\u0430ypal");
    QTest::newRow("several at once")
        << QStringLiteral("غـبي راسلني 55123456 أو a@b.qa \u200F")
        << QStringLiteral("abuse=غـبي[غبي] email=a@b.qa phone=55123456 bidi=\u200F");
}

void TestFlagReasons::evasionsAreFoundAsWritten()
{
    QFETCH(QString, body);
    QFETCH(QString, why);
    const QList<ContributionFlags::Evidence> evidence = ContributionFlags::evidence(body, listKeys);
    QCOMPARE(described(body, evidence), why);
    QStringList flags;
    for (const ContributionFlags::Evidence &e : evidence)
        flags << e.flag;
    QCOMPARE(flags, ContributionFlags::compute(body, listKeys));
}

void TestFlagReasons::everyCaseHasItsEvidence()
{
    DIWAN_OPEN_DB(t, true);
    QList<ModerationService::BlockedWord> words;
    QSqlDatabase db = t->db();
    QVERIFY(ModerationService::blockedWords(db, &words).ok());
    QStringList keys;
    for (const ModerationService::BlockedWord &w : std::as_const(words))
        keys << w.key;
    const QList<QStringList> cases = CaseTable::read(QStringLiteral("moderation/flag_cases.tsv"));
    QVERIFY(cases.size() >= 50);
    for (const QStringList &c : cases) {
        const QString body = c.at(0);
        const QString expected = c.at(1) == QLatin1String("-") ? QString() : c.at(1);
        QStringList flags;
        for (const ContributionFlags::Evidence &e : ContributionFlags::evidence(body, keys)) {
            flags << e.flag;
            QVERIFY2(!e.hits.isEmpty(), qPrintable(c.value(2)));
            for (const ContributionFlags::Hit &h : e.hits)
                QVERIFY2(h.start >= 0 && h.length > 0 && h.start + h.length <= body.size(),
                         qPrintable(c.value(2)));
        }
        // The flags with their passages are the flags the database stores (the SQL on
        // PostgreSQL), and the table's.
        QCOMPARE(ContributionFlags::join(flags), flagsOf(db, body, keys));
        QCOMPARE(ContributionFlags::join(flags), expected);
    }
}

void TestFlagReasons::managerSeesTheFlagsWithoutTheList()
{
    DIWAN_OPEN_DB(t, true);
    // A login that may not read the list (a manager, by PostgreSQL's grants): no error for it,
    // the stored flag alone for the abusive word, the others with their passages.
    const Session manager = t->signInAs(QStringLiteral("majid"), Roles(Role::Manager));
    QSqlDatabase db = QSqlDatabase::database(manager.connectionName);
    const ContributionRow row = pendingRow(t->db(),
                                           QStringLiteral("يا غبي اتصل 55123456"),
                                           {QStringLiteral("abuse"), QStringLiteral("phone")});
    QVERIFY(row.id);
    const Presenter before = Presenter::current();
    Presenter::setCurrent(Presenter(QStringLiteral("en")));
    ModerationDetail detail;
    QSignalSpy failed(&detail, &ModerationDetail::failed);
    detail.showRow(db, &row, {}, 0);
    Presenter::setCurrent(before);
    // (Only moderators open the Moderation page: the author's block, which a manager may not
    // read either, is not this test's.)
    for (const QList<QVariant> &f : std::as_const(failed)) {
        const QString error = f.at(0).value<DbError>().toString();
        QVERIFY2(!error.contains(QLatin1String("blocked_words")), qPrintable(error));
    }
    const QString abuse = t->isPostgres()
                              ? QStringLiteral("\u200E\u2022 Abusive words\n")
                              : QStringLiteral("\u200E\u2022 Abusive words: \"\u2068غبي\u2069\" "
                                               "(list word \u2068غبي\u2069)\n");
    QVERIFY2(detail.text().contains(abuse), qPrintable(detail.text()));
    QVERIFY2(detail.text().contains(QStringLiteral("\u200E\u2022 Phone number: \u2068"
                                                   "55123456\u2069\n")),
             qPrintable(detail.text()));
}

void TestFlagReasons::shownTextKeepsThePassages()
{
    // The detail pane shows invisible characters by name, inside isolates: the passages follow.
    const QString body = QStringLiteral("نص \u202Eمعكوس اتصل 5512 3456");
    const QString shown = ArabicText::revealControls(body);
    const Highlight::Spans spans = Highlight::revealedSpans(body, shown, {{3, 1}, {4, 5}, {15, 9}});
    QStringList passages;
    for (const auto &[start, length] : spans)
        passages << shown.mid(start, length);
    QCOMPARE(passages,
             (QStringList{
                 QStringLiteral("[RLO]"), QStringLiteral("معكوس"), QStringLiteral("5512 3456")}));
}

void TestFlagReasons::detailPaneSaysWhy()
{
    DIWAN_OPEN_DB(t, true);
    const Session s = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(s.connectionName);
    ContributionRow row
        = pendingRow(t->db(),
                     QStringLiteral("أنت غـــبـــي، اتصل على ٥٥١٢ ٣٤٥٦ \u202Eالآن"),
                     {QStringLiteral("abuse"), QStringLiteral("phone"), QStringLiteral("bidi")});
    QVERIFY(row.id);

    // The language for this test, the app's own again after it, even when it fails.
    struct Language
    {
        Presenter before = Presenter::current();
        ~Language() { Presenter::setCurrent(before); }
    } language;
    Presenter::setCurrent(Presenter(QStringLiteral("en")));
    ModerationDetail detail;
    QSignalSpy failed(&detail, &ModerationDetail::failed);
    detail.resize(600, 700);
    detail.showRow(db, &row, {}, 0);
    QCOMPARE(failed.count(), 0);
    const QString isolated = QStringLiteral("\u2068%1\u2069");
    const auto line = [&](const QString &text) {
        return QStringLiteral("\u200E\u2022 ") + text;
    };
    QVERIFY2(detail.text().contains(line(QStringLiteral("Abusive words: \"%1\" (list word %2)")
                                             .arg(isolated.arg(QStringLiteral("غـــبـــي")),
                                                  isolated.arg(QStringLiteral("غبي"))))),
             qPrintable(detail.text()));
    QVERIFY2(detail.text().contains(
                 line(QStringLiteral("Phone number: \u2068\u2066٥٥١٢ ٣٤٥٦\u2069\u2069"))),
             qPrintable(detail.text()));
    QVERIFY2(detail.text().contains(line(QStringLiteral(
                 "Hidden characters: 1 (right-to-left override after \"\u2068٣٤٥٦\u2069\")"))),
             qPrintable(detail.text()));
    // Marked in the text as shown, the override by its name.
    QStringList marked;
    for (const auto &[start, length] : detail.flagged())
        marked << detail.shownBody().mid(start, length);
    QCOMPARE(marked,
             (QStringList{QStringLiteral("غـــبـــي"),
                          QStringLiteral("٥٥١٢ ٣٤٥٦"),
                          QStringLiteral("[RLO]")}));
    // The override is shown, never obeyed.
    QVERIFY(!detail.shownBody().contains(QChar(0x202E)));

    // In Arabic, as a moderator reads it.
    QTranslator arabic;
    QVERIFY(arabic.load(QStringLiteral(":/i18n/diwan_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    Presenter::setCurrent(Presenter(QStringLiteral("ar"), Presenter::Digits::ArabicIndic));
    detail.showRow(db, &row, {}, 0);
    const QString arabicText = detail.text();
    Presenter::setCurrent(Presenter(QStringLiteral("en")));
    QCoreApplication::removeTranslator(&arabic);
    const auto arabicLine = [&](const QString &text) {
        return QStringLiteral("\u200F\u2022 ") + text;
    };
    QVERIFY2(arabicText.contains(arabicLine(QStringLiteral("ألفاظ مسيئة: «%1» (كلمة القائمة %2)")
                                                .arg(isolated.arg(QStringLiteral("غـــبـــي")),
                                                     isolated.arg(QStringLiteral("غبي"))))),
             qPrintable(arabicText));
    QVERIFY2(arabicText.contains(
                 arabicLine(QStringLiteral("رقم هاتف: \u2068\u2066٥٥١٢ ٣٤٥٦\u2069\u2069"))),
             qPrintable(arabicText));
    QVERIFY2(arabicText.contains(arabicLine(QStringLiteral(
                 "رموز مخفية: ١ (تجاوز الاتجاه من اليمين إلى اليسار بعد «\u2068٣٤٥٦\u2069»)"))),
             qPrintable(arabicText));

    // Flagged when a word since taken off the list was on it: the flag stays, saying so.
    row.body = QStringLiteral("أنت غشيم");
    row.flags = QStringList{QStringLiteral("abuse")};
    detail.showRow(db, &row, {}, 0);
    QVERIFY2(detail.text().contains(
                 line(QStringLiteral("Abusive words (no word of the list matches it now)"))),
             qPrintable(detail.text()));
    QVERIFY(detail.flagged().isEmpty());
    QCOMPARE(failed.count(), 0);
}

QTEST_MAIN(TestFlagReasons)
#include "tst_flagreasons.moc"
