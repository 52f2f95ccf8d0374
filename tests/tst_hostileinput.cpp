#include "fixtures.h"
#include "moderation/contributionsearch.h"
#include "testdatabase.h"
#include "transactions/transactionsearch.h"

#include <QSqlQuery>
#include <QTest>

// What a hostile or careless hand types into the search boxes: SQL, LIKE and full-text operators,
// format strings, quotes and backslashes, control, bidi and zero-width characters, invalid
// UTF-8, nothing at all, a megabyte. Every one is searched for as text: a result (usually
// nothing found) or a clear refusal, never an SQL error, never a change to any row, and the
// ordinary search still works after it.
class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void searchesTakeAnyText_data();
    void searchesTakeAnyText();
};

static QList<QPair<QByteArray, QString>> inputs()
{
    return {
        {"sql injection", QStringLiteral("'; DROP TABLE transactions; --")},
        {"sql or", QStringLiteral("' OR '1'='1")},
        {"like wildcards", QStringLiteral("%_%\\%")},
        {"fts operators", QStringLiteral("الإقامة & !(x | y) <-> z:* \"NEAR\" AND OR NOT")},
        {"fts5 syntax", QStringLiteral("NEAR(a b, 3) * ^col: \"unterminated")},
        {"tsquery punctuation", QStringLiteral("):*&|!<->(")},
        {"format strings", QStringLiteral("%s%s%s%n %1 %2 {0} ${x}")},
        {"backslashes", QStringLiteral("\\\\\\'\\\"\\0")},
        {"empty", QString()},
        {"spaces only", QStringLiteral("   \t  ")},
        {"bidi controls", QStringLiteral(u"\u202e\u2066MOI-2026-1\u2069\u202c")},
        {"zero width", QStringLiteral(u"ا\u200bل\u200cإ\u200dقامة\ufeff")},
        {"tatweel only", QStringLiteral(u"ـــــ")},
        {"invalid utf-8", QString::fromUtf8("\xff\xfe\xc3\x28 \xed\xa0\x80")},
        {"nul", QStringLiteral("abc") + QChar(0) + QStringLiteral("def")},
        {"a megabyte", QString(1024 * 1024, QLatin1Char('x'))},
        {"many words", QStringLiteral("كلمة ").repeated(5000)},
        {"digits of every kind", QStringLiteral(u"٢٨٤٦٣٤٠٠١٢٣ ۲۸ 28463400123")},
    };
}

void TestHostileInput::searchesTakeAnyText_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("typed");
    for (const char *kind : {"sqlite", "postgresql"})
        for (const auto &[name, text] : inputs())
            QTest::addRow("%s %s", kind, name.constData()) << QString::fromLatin1(kind) << text;
}

void TestHostileInput::searchesTakeAnyText()
{
    DIWAN_OPEN_DB(t, true);
    QFETCH(QString, typed);
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {.code = QStringLiteral("a")}));
    QVERIFY(Fixtures::transaction(db,
                                  {.reference = QStringLiteral("MOI-2026-0000042"),
                                   .service = QStringLiteral("a"),
                                   .applicantName = QStringLiteral(u"فاطمة الكواري"),
                                   .applicantNameNorm = QStringLiteral(u"فاطمه الكواري")}));
    const qint64 topic = Fixtures::topic(db, {});
    QVERIFY(topic);
    QVERIFY(Fixtures::contribution(db,
                                   {.topicId = topic,
                                    .body = QStringLiteral(u"تأخرت معاملة الإقامة"),
                                    .bodyNorm = QStringLiteral(u"تاخرت معامله الاقامه"),
                                    .submittedAt = QDateTime::currentDateTimeUtc()}));
    const auto rows = [&] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM transactions) * 1000 + "
                              "(SELECT count(*) FROM contributions)"));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 before = rows();
    QCOMPARE(before, 1001);

    TransactionSearch::Result found;
    const DbError e = TransactionSearch::search(db, typed, &found);
    QVERIFY2(e.ok() || e.kind == DbError::Kind::Invalid, qPrintable(e.toString()));
    if (!e.ok())
        QVERIFY(!e.userMessage().isEmpty());
    QList<ContributionSearch::Hit> hits;
    const DbError c = ContributionSearch::search(db, typed, &hits);
    QVERIFY2(c.ok() || c.kind == DbError::Kind::Invalid, qPrintable(c.toString()));
    QCOMPARE(rows(), before);

    // The connection is still good for an ordinary search.
    found = {};
    QVERIFY(TransactionSearch::search(db, QStringLiteral("فاطمه"), &found).ok());
    QCOMPARE(found.hits.size(), 1);
    QCOMPARE(found.hits.first().reference, QStringLiteral("MOI-2026-0000042"));
    hits.clear();
    QVERIFY(ContributionSearch::search(db, QStringLiteral(u"الاقامه"), &hits).ok());
    QCOMPARE(hits.size(), 1);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
