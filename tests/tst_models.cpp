#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/overviewqueries.h"
#include "common/presenter.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionoverview.h"
#include "transactions/transactionstate.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Every model under QAbstractItemModelTester, with data from both databases, and what a clerk
// would read in its cells.
class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void urgentTransactions_data() { TestDatabase::addRows(); }
    void urgentTransactions();
    void everyOverviewQueryRuns_data() { TestDatabase::addRows(); }
    void everyOverviewQueryRuns();
};

static void insertTransactions(QSqlDatabase db, int count)
{
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("residence_renewal"),
                               .nameAr = QStringLiteral("x-ar"),
                               .nameEn = QStringLiteral("Residence permit renewal")}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        // The first is two hours overdue, the next due in two hours, the rest in days.
        const qint64 offset = i == 0 ? -7200 : i == 1 ? 7200 : 86400 * i;
        QVERIFY(Fixtures::transaction(
            db,
            {.reference = QStringLiteral("MOI-2026-%1").arg(i, 7, 10, QLatin1Char('0')),
             .service = QStringLiteral("residence_renewal"),
             .state = i % 2 ? TransactionState::InReview : TransactionState::Submitted,
             .applicantName = QStringLiteral("Applicant %1").arg(i),
             .submittedAt = now.addDays(-3),
             .dueAt = now.addSecs(offset)}));
    }
}

void TestModels::urgentTransactions()
{
    DIWAN_OPEN_DB(t, true);
    insertTransactions(t->db(), 5);
    BoundedQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({
        {[] { return QStringLiteral("Reference"); }, BoundedQueryModel::Kind::Code, "reference"},
        {[] { return QStringLiteral("Service"); },
         BoundedQueryModel::Kind::Text,
         "name_ar",
         "name_en"},
        {[] { return QStringLiteral("Due"); }, BoundedQueryModel::Kind::DueIn, "due_in"},
        {[] { return QStringLiteral("State"); },
         BoundedQueryModel::Kind::Mapped,
         "state",
         {},
         [](const QVariant &v) {
             return TransactionStates::text(v.toString());
         }},
    });
    const DbError e
        = model.load(t->db(), TransactionOverview::mostUrgentOpen(Dialect::of(t->db())), {}, 3);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    // Bounded: five open, three asked for, the most urgent first.
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isTruncated());
    QCOMPARE(model.data(model.index(0, 0)).toString(),
             QStringLiteral(u"\u2066MOI-2026-0000000\u2069"));
    QCOMPARE(model.data(model.index(0, 2), ItemRoles::Urgency).toInt(),
             int(ItemRoles::UrgencyLevel::Overdue));
    QCOMPARE(model.data(model.index(1, 2), ItemRoles::Urgency).toInt(),
             int(ItemRoles::UrgencyLevel::DueSoon));
    QCOMPARE(model.data(model.index(2, 2), ItemRoles::Urgency).toInt(),
             int(ItemRoles::UrgencyLevel::None));

    Presenter::setCurrent(Presenter(QStringLiteral("en")));
    QVERIFY2(model.data(model.index(0, 2)).toString().endsWith(QStringLiteral("overdue")),
             qPrintable(model.data(model.index(0, 2)).toString()));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("Residence permit renewal"));
    Presenter::setCurrent(Presenter(QStringLiteral("ar")));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("x-ar"));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::everyOverviewQueryRuns()
{
    DIWAN_OPEN_DB(t, true);
    insertTransactions(t->db(), 2);
    const Dialect d = Dialect::of(t->db());
    const QList<QPair<const char *, QString>> queries{
        {"serviceCounters", TransactionOverview::serviceCounters(d)},
        {"mostUrgentOpen", TransactionOverview::mostUrgentOpen(d)},
        {"polls", OverviewQueries::polls(d)},
        {"staff", OverviewQueries::staff(d)},
        {"services", OverviewQueries::services(d)},
    };
    for (const auto &[name, sql] : queries) {
        BoundedQueryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({{[] { return QString(); }, BoundedQueryModel::Kind::Text, "id"}});
        const DbError e = model.load(t->db(), sql, {}, 10);
        QVERIFY2(e.ok(), qPrintable(QLatin1String(name) + QLatin1String(": ") + e.toString()));
    }
    BoundedQueryModel counters;
    counters.setColumns({{[] { return QString(); }, BoundedQueryModel::Kind::Number, "submitted"}});
    QVERIFY(counters.load(t->db(), TransactionOverview::serviceCounters(d), {}, 10).ok());
    QCOMPARE(counters.rowCount(), 1);
    // One submitted and one in review (insertTransactions alternates them).
    QCOMPARE(counters.raw(0, QStringLiteral("submitted")).toInt(), 1);
    QCOMPARE(counters.raw(0, QStringLiteral("in_review")).toInt(), 1);
    QCOMPARE(counters.raw(0, QStringLiteral("awaiting_applicant")).toInt(), 0);
    QCOMPARE(counters.data(counters.index(0, 0)).toString(), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
