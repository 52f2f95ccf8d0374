#include "common/presenter.h"
#include "db/database.h"
#include "fixtures.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

// The moderation queue a moderator scrolls: each tab holds what its name says, oldest first, at
// any depth, with every tab's count; after an action the item moves to its new tab.
class TestContributionQueue : public QObject
{
    Q_OBJECT
private slots:
    void tabsHoldWhatTheySay_data() { TestDatabase::addRows(); }
    void tabsHoldWhatTheySay();
    void filtersAndSortsAtAnyDepth_data() { TestDatabase::addRows(); }
    void filtersAndSortsAtAnyDepth();
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

QList<qint64> ids(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
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
    QVERIFY(q.exec(QStringLiteral("UPDATE contributions SET report_count = 3 WHERE id IN "
                                  "(SELECT id FROM contributions WHERE state = 'published' "
                                  "ORDER BY id LIMIT 3)")));
    // Their reports: two call each abusive, one spam; and one earlier report already dismissed.
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO contribution_reports (contribution_id, reason, reporter_id, dismissed_at) "
        "SELECT c.id, r.reason, r.who || c.id, CASE WHEN r.who = 'd' THEN c.submitted_at END "
        "FROM contributions c CROSS JOIN (SELECT 'abusive' AS reason, 'a' AS who UNION ALL "
        "SELECT 'spam', 'b' UNION ALL SELECT 'abusive', 'c' UNION ALL SELECT 'other', 'd') r "
        "WHERE c.report_count = 3")));
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
    // The reported tab: each row's open reports by reason, the most frequent first (the
    // dismissed one left out), the count in the tooltip; an unreported row's bare 0 is
    // right-aligned as numbers are.
    model.setTab(ContributionTab::Reported);
    QVERIFY(waitReady(model));
    QVERIFY(idAt(model, 0) > 0);
    const QModelIndex reports = model.index(0, int(ContributionQueueModel::Column::Reports));
    QCOMPARE(model.data(reports).toString(), QStringLiteral("Abusive 2, Spam 1"));
    QVERIFY(model.data(reports, Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral(" open report(s): Abusive 2, Spam 1")));
    QCOMPARE(model.data(reports, ContributionQueueModel::ReportCountRole).toInt(), 3);
    {
        // In Arabic, with Arabic-Indic digits, as a moderator reads it.
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(":/i18n/diwan_ar.qm")));
        QCoreApplication::installTranslator(&arabic);
        const Presenter before = Presenter::current();
        Presenter::setCurrent(Presenter(QStringLiteral("ar"), Presenter::Digits::ArabicIndic));
        const QString text = model.data(reports).toString();
        const QString tip = model.data(reports, Qt::ToolTipRole).toString();
        Presenter::setCurrent(before);
        QCoreApplication::removeTranslator(&arabic);
        QCOMPARE(text, QStringLiteral("مسيئة ٢، إعلانية مزعجة ١"));
        QCOMPARE(tip, QStringLiteral("٣ بلاغات مفتوحة: مسيئة ٢، إعلانية مزعجة ١"));
    }
    model.setTab(ContributionTab::Pending);
    QVERIFY(waitReady(model));
    const QModelIndex none = model.index(0, int(ContributionQueueModel::Column::Reports));
    QCOMPARE(model.data(none).toString(), QStringLiteral("0"));
    QCOMPARE(model.data(none, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter));
    QVERIFY(model.data(none, Qt::ToolTipRole).isNull());

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

    // The Auto-hidden tab reads only auto_hidden_at (migration 031): the database refuses an
    // automatic hide on a contribution that is not hidden, whoever writes it, and nothing moves.
    QSqlQuery bad(db);
    bad.prepare(QStringLiteral("UPDATE contributions SET state = 'published' "
                               "WHERE auto_hidden_at IS NOT NULL"));
    QVERIFY(!bad.exec());
    QVERIFY2(bad.lastError().text().contains(QStringLiteral("contributions_auto_hidden_is_hidden")),
             qPrintable(bad.lastError().text()));
    QVERIFY(!bad.exec(QStringLiteral("UPDATE contributions SET auto_hidden_at = submitted_at "
                                     "WHERE state = 'published'")));
    model.setTab(ContributionTab::AutoHidden);
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.tabCount(ContributionTab::Published), 8);
}

// What a moderator narrows the queue to and how they sort it: every sort walks end to end in
// the order the database gives, from a deep jump too, with a few pages held; each filter keeps
// exactly its rows.
void TestContributionQueue::filtersAndSortsAtAnyDepth()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const qint64 topicA = Fixtures::topic(db, {.titleEn = QStringLiteral("A")});
    const qint64 topicB = Fixtures::topic(db, {.titleEn = QStringLiteral("B")});
    QVERIFY(topicA && topicB);
    QVERIFY(db.transaction());
    QList<qint64> all;
    for (int i = 0; i < 120; ++i)
        all << Fixtures::contribution(db,
                                      {.topicId = i % 2 ? topicB : topicA,
                                       .authorId = QStringLiteral("p%1").arg(i % 3),
                                       .body = QStringLiteral("c%1").arg(i),
                                       .state = QStringLiteral("pending"),
                                       .submittedAt = Fixtures::utc(2026, 10, 1 + (i * 7) % 30)});
    QSqlQuery q(db);
    for (int i = 0; i < all.size(); ++i) {
        const QString flags = i % 10 == 0
                                  ? QStringLiteral("link,phone")
                                  : (i % 5 == 0 ? QStringLiteral("phone") : QStringLiteral(""));
        q.prepare(QStringLiteral("UPDATE contributions SET report_count = ?, auto_flags = ? "
                                 "WHERE id = ?"));
        q.addBindValue(i % 4);
        q.addBindValue(flags);
        q.addBindValue(all.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        if (i % 4 > 0) {
            q.prepare(QStringLiteral("INSERT INTO contribution_reports (contribution_id, reason, "
                                     "reporter_id) VALUES (?, ?, 'r')"));
            q.addBindValue(all.at(i));
            q.addBindValue(i % 8 == 1 ? QStringLiteral("spam") : QStringLiteral("abusive"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QVERIFY(db.commit());

    ContributionQueueModel model(t->connectionName(), 25, 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto walk = [&](const ContributionFilter &f, const QList<qint64> &expected) {
        model.setFilter(f);
        QVERIFY(waitReady(model));
        QCOMPARE(model.rowCount(), int(expected.size()));
        if (expected.size() > 60)
            QCOMPARE(idAt(model, int(expected.size()) - 3), expected.at(expected.size() - 3));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(idAt(model, row), expected.at(row));
            QVERIFY(model.cachedPages() <= 2);
        }
    };
    model.setTab(ContributionTab::Pending);
    ContributionFilter f;
    f.sort = ContributionFilter::Sort::Reports;
    walk(f,
         ids(db,
             QStringLiteral("SELECT id FROM contributions ORDER BY report_count DESC, "
                            "submitted_at, id")));
    f.sort = ContributionFilter::Sort::Flags;
    walk(f,
         ids(db,
             QStringLiteral("SELECT id FROM contributions ORDER BY length(auto_flags) DESC, "
                            "submitted_at, id")));
    // Topic B with a phone number, most reports first.
    f = {};
    f.sort = ContributionFilter::Sort::Reports;
    f.topicId = topicB;
    f.flag = QStringLiteral("phone");
    walk(f,
         ids(db,
             QStringLiteral("SELECT id FROM contributions WHERE topic_id = ? AND auto_flags LIKE "
                            "'%phone%' ORDER BY report_count DESC, submitted_at, id"),
             {topicB}));
    // An open report for spam; one author in a week of October.
    f = {};
    f.reportReason = QStringLiteral("spam");
    walk(f,
         ids(db,
             QStringLiteral("SELECT c.id FROM contributions c WHERE EXISTS (SELECT 1 FROM "
                            "contribution_reports r WHERE r.contribution_id = c.id AND r.reason = "
                            "'spam') ORDER BY submitted_at, id")));
    f = {};
    f.authorId = QStringLiteral("p1");
    f.from = QDate(2026, 10, 3);
    f.to = QDate(2026, 10, 9);
    QList<qint64> inWeek;
    for (int i = 0; i < all.size(); ++i) {
        const int day = 1 + (i * 7) % 30;
        if (i % 3 == 1 && day >= 3 && day <= 9)
            inWeek << all.at(i);
    }
    QList<qint64> expectedWeek;
    for (const qint64 id : ids(db,
                               QStringLiteral("SELECT id FROM contributions WHERE author_id = "
                                              "'p1' ORDER BY submitted_at, id")))
        if (inWeek.contains(id))
            expectedWeek << id;
    QVERIFY(!expectedWeek.isEmpty());
    walk(f, expectedWeek);
    // The search box's hits (oldest first: the 20th, then the 22nd of October); none.
    f = {};
    f.searching = true;
    f.ids = {all.at(3), all.at(7)};
    walk(f, {all.at(7), all.at(3)});
    f.ids.clear();
    walk(f, {});
    // Who moderated: Mona approves two; the Published tab narrowed to her holds them.
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase mdb = QSqlDatabase::database(m.connectionName);
    for (const int i : {5, 6}) {
        const int version = int(
            ids(db, QStringLiteral("SELECT version FROM contributions WHERE id = ?"), {all.at(i)})
                .value(0));
        QVERIFY(
            ModerationService::act(
                mdb, m.staffId, {all.at(i), version, ModerationService::Action::Approve, {}, {}})
                .error.ok());
    }
    model.setTab(ContributionTab::Published);
    f = {};
    f.moderatorId = m.staffId;
    walk(f,
         ids(db,
             QStringLiteral("SELECT id FROM contributions WHERE state = 'published' "
                            "ORDER BY submitted_at, id")));
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestContributionQueue)
#include "tst_contributionqueue.moc"
