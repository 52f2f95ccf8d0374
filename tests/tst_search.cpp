#include "casetable.h"
#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TransactionSearch;

// A clerk types what the applicant says on the phone: a reference, a QID in Arabic digits, a
// phone number, or a name spelt their own way. The database must find it anyway.
class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void findsWhatAClerkTypes_data();
    void findsWhatAClerkTypes();
    void nothingFoundOffersClosest_data() { TestDatabase::addRows(); }
    void nothingFoundOffersClosest();
    void likeMissesWhatNormalisationFinds_data() { TestDatabase::addRows(); }
    void likeMissesWhatNormalisationFinds();
    void sqlTermsEqualCpp_data() { TestDatabase::addRows(); }
    void sqlTermsEqualCpp();
    void namesWithWhatAttachesToThem_data();
    void namesWithWhatAttachesToThem();
};

static void insertApplicants(QSqlDatabase db)
{
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("a"),
                               .nameAr = QStringLiteral("a"),
                               .nameEn = QStringLiteral("A")}));
    struct Row
    {
        const char *reference;
        QString name;
        QString searchForm; // as the normaliser must store it, written out by hand
        const char *qid;
        const char *phone;
    };
    const QList<Row> rows{
        {"MOI-2026-0000042",
         QStringLiteral(
             u"\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0643\u0648\u0627\u0631\u064a"),
         QStringLiteral(u"فاطمه الكواري"),
         "28463400123",
         "+974 5551 2345"},
        {"MOI-2026-0000043",
         QStringLiteral(u"\u0623\u062d\u0645\u062f \u0627\u0644\u0645\u0631\u064a"),
         QStringLiteral(u"احمد المري"),
         "29063400777",
         "+974 3300 1122"},
        {"MOI-2026-0000044",
         QStringLiteral("Nuwan Menon"),
         QStringLiteral("nuwan menon"),
         "28714400555",
         "+974 7012 3456"},
    };
    for (const Row &r : rows) {
        QVERIFY(Fixtures::transaction(db,
                                      {.reference = QLatin1String(r.reference),
                                       .service = QStringLiteral("a"),
                                       .applicantName = r.name,
                                       .applicantNameNorm = r.searchForm,
                                       .qid = QLatin1String(r.qid),
                                       .phone = QLatin1String(r.phone)}));
    }
}

void TestSearch::findsWhatAClerkTypes_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("matchedBy");
    for (const char *kind : {"sqlite", "postgresql"}) {
        const QString k = QLatin1String(kind);
        QTest::addRow("%s reference", kind)
            << k << "MOI-2026-0000042"
            << "MOI-2026-0000042" << int(Result::MatchedBy::Reference);
        QTest::addRow("%s short reference, lower case", kind)
            << k << "moi-2026-43"
            << "MOI-2026-0000043" << int(Result::MatchedBy::Reference);
        QTest::addRow("%s qid in arabic digits", kind)
            << k
            << QStringLiteral(u"\u0662\u0668\u0664\u0666\u0663\u0664\u0660\u0660\u0661\u0662\u0663")
            << "MOI-2026-0000042" << int(Result::MatchedBy::Qid);
        QTest::addRow("%s phone without country code", kind)
            << k << "3300 1122"
            << "MOI-2026-0000043" << int(Result::MatchedBy::Phone);
        QTest::addRow("%s name, teh marbuta as heh, yeh as alef maqsura", kind)
            << k
            << QStringLiteral(
                   u"\u0641\u0627\u0637\u0645\u0647 \u0627\u0644\u0643\u0648\u0627\u0631\u0649")
            << "MOI-2026-0000042" << int(Result::MatchedBy::Name);
        QTest::addRow("%s name without hamza, with tashkeel", kind)
            << k << QStringLiteral(u"\u0627\u064e\u062d\u0652\u0645\u064e\u062f")
            << "MOI-2026-0000043" << int(Result::MatchedBy::Name);
        QTest::addRow("%s latin name, other case", kind)
            << k << "nuwan MENON"
            << "MOI-2026-0000044" << int(Result::MatchedBy::Name);
    }
}

void TestSearch::findsWhatAClerkTypes()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(int, matchedBy);
    DIWAN_OPEN_DB(t, true);
    insertApplicants(t->db());
    QSqlDatabase db = t->db();
    Result r;
    const DbError e = search(db, typed, &r);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(r.hits.size(), 1);
    QCOMPARE(r.hits.first().reference, expected);
    QCOMPARE(int(r.matchedBy), matchedBy);
    QVERIFY(r.closest.isEmpty());
}

void TestSearch::nothingFoundOffersClosest()
{
    DIWAN_OPEN_DB(t, true);
    insertApplicants(t->db());
    QSqlDatabase db = t->db();
    Result r;
    // "Fatima Al-Kuwati": one letter off. No hit, but Fatima Al-Kuwari is offered.
    const DbError e
        = search(db,
                 QStringLiteral(
                     u"\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0643\u0648\u0627\u062a\u064a"),
                 &r);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(r.hits.isEmpty());
    QCOMPARE(int(r.matchedBy), int(Result::MatchedBy::Nothing));
    QVERIFY(!r.closest.isEmpty());
    QCOMPARE(r.closest.first().reference, QStringLiteral("MOI-2026-0000042"));
    // Injection attempts are just words.
    QVERIFY(search(db, QStringLiteral("\" OR 1=1 -- NEAR("), &r).ok());
    QVERIFY(r.hits.isEmpty());
    QVERIFY(search(db, QString(), &r).ok());
    QVERIFY(r.hits.isEmpty() && r.closest.isEmpty());
}

void TestSearch::likeMissesWhatNormalisationFinds()
{
    DIWAN_OPEN_DB(t, true);
    insertApplicants(t->db());
    // What a plain LIKE on the stored name gives for the variant spelling: nothing.
    const QString variant = QStringLiteral(
        u"\u0641\u0627\u0637\u0645\u0647 \u0627\u0644\u0643\u0648\u0627\u0631\u0649");
    QSqlQuery q(t->db());
    QVERIFY(
        q.prepare(QStringLiteral("SELECT count(*) FROM transactions WHERE applicant_name LIKE ?")));
    q.addBindValue(QLatin1Char('%') + variant + QLatin1Char('%'));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QSqlDatabase db = t->db();
    Result r;
    QVERIFY(search(db, variant, &r).ok());
    QCOMPARE(r.hits.size(), 1);
}

// The terms the database stores (PostgreSQL: diwan.search_terms in the generated search_terms
// column; SQLite: the connection's diwan_search_terms in the index triggers) are the terms the
// C++ searches for, on every case of the shared table, from the text and from its normalised
// form (what the columns hold), and the ones the table writes out where it does.
void TestSearch::sqlTermsEqualCpp()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QList<QStringList> cases
        = CaseTable::read(QStringLiteral("moderation/normalize_cases.tsv"));
    QVERIFY(cases.size() >= 60);
    QSqlQuery q(db);
    // PostgreSQL: search_terms(text); search_terms_normalized(normalised text), what the columns
    // use. SQLite: diwan_search_terms, the C++ itself, as the triggers call it.
    QVERIFY(q.prepare(t->isPostgres()
                          ? QStringLiteral("SELECT diwan.search_terms(?), "
                                           "diwan.search_terms_normalized(?)")
                          : QStringLiteral("SELECT diwan_search_terms(?), diwan_search_terms(?)")));
    int written = 0;
    for (const QStringList &c : cases) {
        const QString cpp = ArabicText::searchTerms(c.value(0));
        q.addBindValue(c.value(0));
        q.addBindValue(ArabicText::normalize(c.value(0)));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), cpp);
        QCOMPARE(q.value(1).toString(), cpp);
        if (c.size() >= 3) {
            QCOMPARE(cpp, c.at(2));
            ++written;
        }
    }
    QVERIFY(written >= 25);
    // And what a row stores: the applicant's terms, however it was written.
    QVERIFY(Fixtures::service(db, {.code = QStringLiteral("a")}));
    const qint64 id = Fixtures::transaction(db,
                                            {.reference = QStringLiteral("MOI-2026-0000001"),
                                             .service = QStringLiteral("a"),
                                             .applicantName = QStringLiteral(u"وفاء الكوارية")});
    QVERIFY(id);
    QVERIFY(q.prepare(t->isPostgres()
                          ? QStringLiteral("SELECT search_terms FROM transactions WHERE id = ?")
                          : QStringLiteral("SELECT body FROM search_index WHERE kind = "
                                           "'transaction' AND ref_id = ?")));
    q.addBindValue(id);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), QStringLiteral(u"فاء كوار"));
}

void TestSearch::namesWithWhatAttachesToThem_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // references, newest first; empty: none
    for (const char *kind : {"sqlite", "postgresql"}) {
        const QString k = QLatin1String(kind);
        QTest::addRow("%s family name without the article", kind)
            << k << QStringLiteral(u"كواري") << "MOI-2026-0000042";
        QTest::addRow("%s with the article where the name has none", kind)
            << k << QStringLiteral(u"الأحمد") << "MOI-2026-0000043";
        QTest::addRow("%s another name, one letter apart", kind)
            << k << QStringLiteral(u"محمد") << "";
    }
}

void TestSearch::namesWithWhatAttachesToThem()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    DIWAN_OPEN_DB(t, true);
    insertApplicants(t->db());
    QSqlDatabase db = t->db();
    Result r;
    QVERIFY(search(db, typed, &r).ok());
    QStringList found;
    for (const Hit &h : std::as_const(r.hits))
        found << h.reference;
    QCOMPARE(found.join(QLatin1Char(' ')), expected);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
