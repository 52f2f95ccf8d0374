#include "common/pagecache.h"
#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/queue/queueloader.h"
#include "transactions/queue/transactionqueuemodel.h"
#include "transactions/transactionstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

// The queue a clerk scrolls: every row in the right order at any depth, with memory bounded,
// whatever the database.
class TestTransactionQueue : public QObject
{
    Q_OBJECT
private slots:
    void pageCacheEvictsLeastRecentlyUsed();
    void everyRowInOrder_data() { TestDatabase::addRows(); }
    void everyRowInOrder();
    void filtersMatchCounts_data() { TestDatabase::addRows(); }
    void filtersMatchCounts();
    void deepJumpUsesBookmarks_data() { TestDatabase::addRows(); }
    void deepJumpUsesBookmarks();
};

static constexpr int transactionsInserted = 1050;

// Two services; due times fall on 40 distinct instants, so many rows tie on due_at and only the
// id breaks the tie (the case OFFSET-free paging must get right).
static void insertQueue(QSqlDatabase db)
{
    QVERIFY(db.transaction());
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("a"),
                               .nameAr = QStringLiteral("a"),
                               .nameEn = QStringLiteral("A")}));
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("b"),
                               .nameAr = QStringLiteral("b"),
                               .nameEn = QStringLiteral("B"),
                               .category = QStringLiteral("traffic")}));
    const qint64 clerk = Fixtures::staff(db,
                                         {.login = QStringLiteral("c1"),
                                          .nameAr = QStringLiteral("c"),
                                          .nameEn = QStringLiteral("c")});
    QVERIFY(clerk);
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    const QList<TransactionState> states{TransactionState::Submitted,
                                         TransactionState::InReview,
                                         TransactionState::Approved,
                                         TransactionState::AwaitingApplicant};
    for (int i = 0; i < transactionsInserted; ++i) {
        QVERIFY(Fixtures::transaction(
            db,
            {.reference = QStringLiteral("MOI-2026-%1").arg(i, 7, 10, QLatin1Char('0')),
             .service = i % 3 ? QStringLiteral("a") : QStringLiteral("b"),
             .state = states.at(i % 4),
             .submittedAt = base,
             .dueAt = base.addSecs(3600 * ((i * 7919) % 40)),
             .assignedTo = i % 5 == 0 ? clerk : 0}));
    }
    QVERIFY(db.commit());
}

// What insertQueue wrote, as the test itself knows it: the expected orders below are worked out
// from these facts, not by the SQL the model runs.
struct Written
{
    QString reference;
    int dueHour = 0; // due at base + dueHour hours
    TransactionState state = TransactionState::Submitted;
    bool serviceB = false;
    bool claimed = false;
};

static QList<Written> written()
{
    const QList<TransactionState> states{TransactionState::Submitted,
                                         TransactionState::InReview,
                                         TransactionState::Approved,
                                         TransactionState::AwaitingApplicant};
    QList<Written> rows;
    for (int i = 0; i < transactionsInserted; ++i)
        rows.append({QStringLiteral("MOI-2026-%1").arg(i, 7, 10, QLatin1Char('0')),
                     (i * 7919) % 40,
                     states.at(i % 4),
                     i % 3 == 0,
                     i % 5 == 0});
    return rows;
}

static bool isOpen(const Written &w)
{
    return w.state != TransactionState::Approved;
}

// The ids of the rows `keep` accepts, in `order`: by due time or by submission (all were
// submitted at the same moment, so the id alone decides), ties broken by the id.
static QList<qint64> expectedIds(QSqlDatabase db,
                                 const std::function<bool(const Written &)> &keep,
                                 QueueFilter::Sort order = QueueFilter::Sort::DueFirst)
{
    QHash<QString, qint64> ids;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT reference, id FROM transactions")))
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    QList<std::pair<int, qint64>> rows; // (due hour, id)
    for (const Written &w : written())
        if (keep(w))
            rows.append({w.dueHour, ids.value(w.reference)});
    const bool byDue = order == QueueFilter::Sort::DueFirst || order == QueueFilter::Sort::DueLast;
    const bool backwards
        = order == QueueFilter::Sort::DueLast || order == QueueFilter::Sort::NewestFirst;
    std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const auto ka = byDue ? a : std::pair{0, a.second};
        const auto kb = byDue ? b : std::pair{0, b.second};
        return backwards ? kb < ka : ka < kb;
    });
    QList<qint64> result;
    for (const auto &r : rows)
        result << r.second;
    return result;
}

static bool waitReady(TransactionQueueModel &model)
{
    return QTest::qWaitFor([&] { return model.isCounted() && model.hasBookmarks(); }, 20000);
}

// Reads a row as a view would: ask, then wait for its page.
static qint64 idAt(TransactionQueueModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    if (!model.data(index, TransactionQueueModel::LoadedRole).toBool()) {
        if (!QTest::qWaitFor(
                [&] { return model.data(index, TransactionQueueModel::LoadedRole).toBool(); },
                20000))
            return -1;
    }
    return model.data(index, TransactionQueueModel::IdRole).toLongLong();
}

void TestTransactionQueue::pageCacheEvictsLeastRecentlyUsed()
{
    PageCache<QueueRow> cache(3);
    for (int page = 0; page < 3; ++page)
        QCOMPARE(cache.insert(page, {QueueRow{}}), -1);
    QVERIFY(cache.page(0)); // 0 is now the most recently used: 1 is the oldest
    QCOMPARE(cache.insert(3, {}), 1);
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.contains(1));
    QVERIFY(cache.contains(0) && cache.contains(2) && cache.contains(3));
    QCOMPARE(cache.insert(2, {}), -1); // replacing a page evicts nothing
    cache.clear();
    QCOMPARE(cache.size(), 0);
}

void TestTransactionQueue::everyRowInOrder()
{
    DIWAN_OPEN_DB(t, true);
    insertQueue(t->db());
    TransactionQueueModel model(t->connectionName(), 100, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueFilter all;
    all.states.clear();
    model.setFilter(all);
    QVERIFY(waitReady(model));
    const QList<qint64> expected = expectedIds(t->db(), [](const Written &) { return true; });
    QCOMPARE(expected.size(), transactionsInserted);
    QCOMPARE(model.rowCount(), transactionsInserted);
    // Scroll end to end: every row where the database puts it, and never more than 4 pages held.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(idAt(model, row), expected.at(row));
        QVERIFY(model.cachedPages() <= 4);
    }
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Reference"));
    // The other orders, forwards and backwards, with ties on the sort column: the same.
    for (const QueueFilter::Sort sort : {QueueFilter::Sort::DueLast,
                                         QueueFilter::Sort::NewestFirst,
                                         QueueFilter::Sort::OldestFirst}) {
        QueueFilter sorted = all;
        sorted.sort = sort;
        model.setFilter(sorted);
        QVERIFY(waitReady(model));
        const QList<qint64> order = expectedIds(
            t->db(), [](const Written &) { return true; }, sort);
        QCOMPARE(model.rowCount(), transactionsInserted);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(idAt(model, row), order.at(row));
        QCOMPARE(idAt(model, 777), order.at(777)); // a jump back after the end
    }
}

void TestTransactionQueue::filtersMatchCounts()
{
    DIWAN_OPEN_DB(t, true);
    insertQueue(t->db());
    TransactionQueueModel model(t->connectionName(), 50, 8);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM services WHERE code = 'b'")) && q.next());
    const qint64 serviceB = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM staff")) && q.next());
    const qint64 staff = q.value(0).toLongLong();

    using Keep = std::function<bool(const Written &)>;
    QList<std::pair<QueueFilter, Keep>> filters;
    QueueFilter open; // the default: the four open states
    filters.append({open, isOpen});
    QueueFilter unclaimed;
    unclaimed.ownership = QueueFilter::Ownership::Unclaimed;
    filters.append({unclaimed, [](const Written &w) {
                        return isOpen(w) && !w.claimed;
                    }});
    QueueFilter mine;
    mine.ownership = QueueFilter::Ownership::Mine;
    mine.staffId = staff;
    filters.append({mine, [](const Written &w) {
                        return isOpen(w) && w.claimed;
                    }});
    QueueFilter service;
    service.serviceIds = {serviceB};
    service.states = {QStringLiteral("approved")};
    const Keep approvedB = [](const Written &w) {
        return w.serviceB && w.state == TransactionState::Approved;
    };
    filters.append({service, approvedB});
    QueueFilter overdue;
    overdue.sla = QueueFilter::Sla::Overdue;
    // Due at 8:00 on 1 November plus 0 to 39 hours; at midnight on the 2nd, the first 16 hours
    // are past.
    overdue.now = QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
    filters.append({overdue, [](const Written &w) {
                        return isOpen(w) && w.dueHour < 16;
                    }});
    for (const auto &[f, keep] : filters) {
        model.setFilter(f);
        QVERIFY(waitReady(model));
        const QList<qint64> expected = expectedIds(t->db(), keep);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(idAt(model, row), expected.at(row));
    }
    // Changing the filter twice at once: only the last one's answer counts. The loader answers
    // in the order it was asked, so once the last filter is counted the first one's answers have
    // all arrived; every row must be the last filter's.
    model.setFilter(open);
    model.setFilter(service);
    QVERIFY(waitReady(model));
    const QList<qint64> last = expectedIds(t->db(), approvedB);
    QCOMPARE(model.rowCount(), int(last.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(idAt(model, row), last.at(row));
}

void TestTransactionQueue::deepJumpUsesBookmarks()
{
    DIWAN_OPEN_DB(t, true);
    insertQueue(t->db());
    TransactionQueueModel model(t->connectionName(), 100, 2);
    QueueFilter all;
    all.states.clear();
    QSignalSpy pages(&model, &TransactionQueueModel::pageArrived);
    model.setFilter(all);
    QVERIFY(waitReady(model));
    const QList<qint64> expected = expectedIds(t->db(), [](const Written &) { return true; });
    pages.clear();
    // Jump straight to the last page and the middle: only those pages are read, no walk.
    QCOMPARE(idAt(model, 1049), expected.at(1049));
    QCOMPARE(idAt(model, 555), expected.at(555));
    QCOMPARE(pages.count(), 2);
    QCOMPARE(pages.at(0).at(0).toInt(), 10);
    QCOMPARE(pages.at(1).at(0).toInt(), 5);
    // The bookmark query reads one key per page.
    Dialect d = Dialect::of(t->db());
    QVariantList values;
    const QString where = all.where(d, values);
    QSqlQuery q(t->db());
    QVERIFY(q.prepare(QueueLoader::bookmarkSql(d, where)));
    values << 100;
    QVERIFY(Database::exec(q, values).ok());
    int keys = 0;
    while (q.next())
        ++keys;
    QCOMPARE(keys, 11);
}

QTEST_GUILESS_MAIN(TestTransactionQueue)
#include "tst_transactionqueue.moc"
