#include "db/database.h"
#include "fixtures.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

// The moderation queue a moderator scrolls: each tab holds what its name says, oldest first, at
// any depth, with every tab's count; after an action the item moves to its new tab.
class TestContributionQueue : public QObject
{
    Q_OBJECT
private slots:
    void tabsHoldWhatTheySay_data() { TestDatabase::addRows(); }
    void tabsHoldWhatTheySay();
};

namespace {

bool waitReady(ContributionQueueModel &model)
{
    return QTest::qWaitFor(
        [&] {
            return model.isCounted() && model.hasBookmarks()
                   && model.tabCount(ContributionTab::Pending) >= 0;
        },
        20000);
}

qint64 idAt(ContributionQueueModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    if (!QTest::qWaitFor(
            [&] { return model.data(index, ContributionQueueModel::LoadedRole).toBool(); }, 20000))
        return -1;
    return model.data(index, ContributionQueueModel::IdRole).toLongLong();
}

} // namespace

void TestContributionQueue::tabsHoldWhatTheySay()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const qint64 topic = Fixtures::topic(db, {});
    QVERIFY(topic);
    // 250 pending (submitted on 25 distinct minutes, so that many tie and the id decides),
    // 7 published of which 3 reported, 2 hidden by reports, 1 by a moderator, 4 rejected.
    QList<qint64> pending;
    QVERIFY(db.transaction());
    for (int i = 0; i < 250; ++i) {
        pending << Fixtures::contribution(
            db,
            {.topicId = topic,
             .body = QStringLiteral("p%1").arg(i),
             .state = QStringLiteral("pending"),
             .submittedAt = Fixtures::utc(2026, 11, 1).addSecs(60 * ((i * 7) % 25))});
    }
    auto add = [&](const char *state, int n) {
        for (int i = 0; i < n; ++i)
            QVERIFY(Fixtures::contribution(db,
                                           {.topicId = topic,
                                            .body = QLatin1String(state),
                                            .state = QLatin1String(state),
                                            .submittedAt = Fixtures::utc(2026, 10, 1 + i)}));
    };
    add("published", 7);
    add("hidden", 3);
    add("rejected", 4);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE contributions SET report_count = 2 WHERE id IN "
                                  "(SELECT id FROM contributions WHERE state = 'published' "
                                  "ORDER BY id LIMIT 3)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE contributions SET auto_hidden_at = submitted_at WHERE id "
                                  "IN (SELECT id FROM contributions WHERE state = 'hidden' "
                                  "ORDER BY id LIMIT 2)")));
    QVERIFY(db.commit());

    ContributionQueueModel model(t->connectionName(), 40, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTab(ContributionTab::Pending);
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 250);
    const QList<qint64> expected = [&] {
        QList<qint64> ids;
        QSqlQuery order(db);
        order.exec(QStringLiteral("SELECT id FROM contributions WHERE state = 'pending' "
                                  "ORDER BY submitted_at, id"));
        while (order.next())
            ids << order.value(0).toLongLong();
        return ids;
    }();
    QCOMPARE(expected.size(), 250);
    // A deep jump first (from its bookmark), then end to end; never more than 3 pages held.
    QCOMPARE(idAt(model, 237), expected.at(237));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(idAt(model, row), expected.at(row));
        QVERIFY(model.cachedPages() <= 3);
    }
    const QList<std::pair<ContributionTab, qint64>> counts = {{ContributionTab::Pending, 250},
                                                              {ContributionTab::Reported, 3},
                                                              {ContributionTab::AutoHidden, 2},
                                                              {ContributionTab::Hidden, 1},
                                                              {ContributionTab::Published, 7},
                                                              {ContributionTab::Rejected, 4}};
    for (const auto &[tab, count] : counts)
        QCOMPARE(model.tabCount(tab), count);
    for (const auto &[tab, count] : counts) {
        model.setTab(tab);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), int(count));
    }
    // The reported tab: the report count, right-aligned as numbers are.
    model.setTab(ContributionTab::Reported);
    QVERIFY(waitReady(model));
    QVERIFY(idAt(model, 0) > 0);
    const QModelIndex reports = model.index(0, int(ContributionQueueModel::Column::Reports));
    QCOMPARE(model.data(reports).toString(), QStringLiteral("2"));
    QCOMPARE(model.data(reports, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter));

    // A moderator approves the oldest pending one: it leaves Pending for Published.
    model.setTab(ContributionTab::Pending);
    QVERIFY(waitReady(model));
    const qint64 oldest = idAt(model, 0);
    const int version = model.data(model.index(0, 0), ContributionQueueModel::VersionRole).toInt();
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase mdb = QSqlDatabase::database(m.connectionName);
    const ModerationService::Outcome o = ModerationService::act(
        mdb, m.staffId, {oldest, version, ModerationService::Action::Approve, {}, {}});
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    model.refresh();
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 249);
    QCOMPARE(idAt(model, 0), expected.at(1));
    QCOMPARE(model.tabCount(ContributionTab::Published), 8);
}

QTEST_MAIN(TestContributionQueue)
#include "tst_contributionqueue.moc"
