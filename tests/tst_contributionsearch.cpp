#include "arabictext.h"
#include "contributionsearch.h"
#include "database.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// A moderator looks for what the public wrote, spelt however they typed it: the newest
// contributions first, old ones still found when nothing recent says it.
class TestContributionSearch : public QObject
{
    Q_OBJECT
private slots:
    void newestFirstWhateverTheSpelling_data() { TestDatabase::addRows(); }
    void newestFirstWhateverTheSpelling();
};

namespace {

// ids in insertion order: 1 old (100 days), 2 recent (1 day), 3 recent (2 days).
void insertContributions(QSqlDatabase db)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO topics (title_ar, title_en, body_ar, body_en, "
                                   "state) VALUES ('t', 't', 'b', 'b', 'open')")),
             qPrintable(q.lastError().text()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, int>> rows{
        {QStringLiteral(
             u"\u062a\u0623\u062e\u0631\u062a \u0645\u0639\u0627\u0645\u0644\u0629 "
             u"\u0627\u0644\u0625\u0642\u0627\u0645\u0629 \u0643\u062b\u064a\u0631\u0627"),
         100}, // تأخرت معاملة الإقامة كثيرا
        {QStringLiteral(u"\u0645\u0639\u0627\u0645\u0644\u0629 \u0627\u0644\u0625\u0642\u0627"
                        u"\u0645\u0629 \u0633\u0631\u064a\u0639\u0629"),
         1}, // معاملة الإقامة سريعة
        {QStringLiteral(u"\u0634\u0643\u0631\u0627 \u0639\u0644\u0649 \u0645\u0639\u0627\u0645"
                        u"\u0644\u0629 \u0627\u0644\u0625\u0642\u0627\u0645\u0629"),
         2}, // شكرا على معاملة الإقامة
    };
    for (const auto &[body, daysAgo] : rows) {
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO contributions (topic_id, author_id, author_name, body, body_norm, "
            "state, submitted_at) VALUES ((SELECT min(id) FROM topics), 'p1', 'A', ?, ?, "
            "'published', ?)")));
        q.addBindValue(body);
        q.addBindValue(ArabicText::normalize(body));
        q.addBindValue(Database::fromDateTime(now.addDays(-daysAgo)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

} // namespace

void TestContributionSearch::newestFirstWhateverTheSpelling()
{
    DIWAN_OPEN_DB(t, true);
    insertContributions(t->db());
    if (QTest::currentTestFailed())
        return;
    QSqlDatabase db = t->db();
    // Typed without hamza and with heh for teh marbuta: "معامله الاقامه".
    const QString typed = QStringLiteral(
        u"\u0645\u0639\u0627\u0645\u0644\u0647 \u0627\u0644\u0627\u0642\u0627\u0645\u0647");
    QList<ContributionSearch::Hit> hits;
    QVERIFY(ContributionSearch::search(db, typed, &hits).ok());
    QCOMPARE(hits.size(), 3);
    // Newest first: 1 day, 2 days, 100 days ago.
    QVERIFY(hits.at(0).body.endsWith(QStringLiteral(u"\u0633\u0631\u064a\u0639\u0629")));
    QVERIFY(hits.at(1).body.startsWith(QStringLiteral(u"\u0634\u0643\u0631\u0627")));
    QVERIFY(hits.at(2).body.endsWith(QStringLiteral(u"\u0643\u062b\u064a\u0631\u0627")));
    // One per page: the newest, from the recent window.
    QVERIFY(ContributionSearch::search(db, typed, &hits, 1).ok());
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().body.endsWith(QStringLiteral(u"\u0633\u0631\u064a\u0639\u0629")));
    // A word only the old contribution has is still found (the window widens to everything).
    QVERIFY(ContributionSearch::search(db, QStringLiteral(u"\u0643\u062b\u064a\u0631\u0627"), &hits)
                .ok());
    QCOMPARE(hits.size(), 1);
    // A plain LIKE on the stored text misses the variant spelling altogether.
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM contributions WHERE body LIKE ?")));
    q.addBindValue(QLatin1Char('%') + typed + QLatin1Char('%'));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Nothing to look for: no hits, no error.
    QVERIFY(ContributionSearch::search(db, QStringLiteral("  "), &hits).ok());
    QVERIFY(hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestContributionSearch)
#include "tst_contributionsearch.moc"
