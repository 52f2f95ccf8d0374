#include "db/database.h"
#include "fixtures.h"
#include "moderation/moderationservice.h"
#include "moderation/portalentry.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// What moderators do to contributions, and what they notice: two of them on one item (the second
// is told who acted first), a bulk action with one item that cannot take it, a rejection's
// message to the author, reports dismissed, and on PostgreSQL clerks and editors refused.
class TestModeration : public QObject
{
    Q_OBJECT
private slots:
    void secondModeratorIsToldWhoActedFirst_data() { TestDatabase::addRows(); }
    void secondModeratorIsToldWhoActedFirst();
    void bulkReportsEachItem_data() { TestDatabase::addRows(); }
    void bulkReportsEachItem();
    void rejectionTellsTheAuthor_data() { TestDatabase::addRows(); }
    void rejectionTellsTheAuthor();
    void dismissingReportsRestoresAnAutoHiddenOne_data() { TestDatabase::addRows(); }
    void dismissingReportsRestoresAnAutoHiddenOne();
    void onlyModeratorsModerate_data();
    void onlyModeratorsModerate();
};

namespace {

using ModerationService::Action;

// The first column of the first row, as text (Fixtures::scalar).
QString text(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    return Fixtures::scalar(db, sql, values);
}

qint64 pending(QSqlDatabase db, qint64 topic, const QString &body)
{
    return Fixtures::contribution(db,
                                  {.topicId = topic,
                                   .body = body,
                                   .state = QStringLiteral("pending"),
                                   .submittedAt = Fixtures::utc(2026, 11, 1)});
}

} // namespace

void TestModeration::secondModeratorIsToldWhoActedFirst()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = pending(t->db(), topic, QStringLiteral("first"));
    QVERIFY(topic && id);
    const Session a = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    const Session b = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase dbA = QSqlDatabase::database(a.connectionName);
    QSqlDatabase dbB = QSqlDatabase::database(b.connectionName);
    QVERIFY(dbA.isOpen() && dbB.isOpen());

    // Both read version 1; Mona approves first.
    const ModerationService::Outcome first
        = ModerationService::act(dbA, a.staffId, {id, 1, Action::Approve, {}, {}});
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    QCOMPARE(first.version, 2);
    const ModerationService::Outcome second = ModerationService::act(
        dbB, b.staffId, {id, 1, Action::Reject, QStringLiteral("spam"), {}});
    QCOMPARE(second.error.kind, DbError::Kind::Conflict);
    QCOMPARE(second.actedByEn, QStringLiteral("Clerk mona"));
    QCOMPARE(second.actedAction, QStringLiteral("approve"));
    QVERIFY(second.actedAt.isValid());
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT state || ' ' || version FROM contributions WHERE id = ?"),
                  {id}),
             QStringLiteral("published 2"));
    // Only Mona's action is in the log, and no message went to the author.
    QCOMPARE(
        text(t->db(), QStringLiteral("SELECT count(*) || ' ' || min(action) FROM moderation_log")),
        QStringLiteral("1 approve"));
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM contribution_messages")),
             QStringLiteral("0"));
}

void TestModeration::bulkReportsEachItem()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 one = pending(t->db(), topic, QStringLiteral("one"));
    const qint64 two = Fixtures::contribution(t->db(),
                                              {.topicId = topic,
                                               .body = QStringLiteral("two"),
                                               .submittedAt = Fixtures::utc(2026, 11, 1)});
    const qint64 three = pending(t->db(), topic, QStringLiteral("three"));
    QVERIFY(one && two && three);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);

    // "two" is published already: approving it does not apply; the others go through.
    const QList<ModerationService::Outcome> outcomes
        = ModerationService::actOnEach(db,
                                       m.staffId,
                                       {{one, 1, Action::Approve, {}, {}},
                                        {two, 1, Action::Approve, {}, {}},
                                        {three, 1, Action::Approve, {}, {}}});
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).error.kind, DbError::Kind::None);
    QCOMPARE(outcomes.at(1).error.kind, DbError::Kind::Invalid);
    QVERIFY2(
        outcomes.at(1).error.detail.contains(QLatin1String("is published and cannot be given")),
        qPrintable(outcomes.at(1).error.detail));
    QCOMPARE(outcomes.at(2).error.kind, DbError::Kind::None);
    for (const qint64 id : {one, two, three}) {
        QCOMPARE(
            text(t->db(), QStringLiteral("SELECT state FROM contributions WHERE id = ?"), {id}),
            QStringLiteral("published"));
    }
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM moderation_log")),
             QStringLiteral("2"));
}

void TestModeration::rejectionTellsTheAuthor()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = pending(t->db(), topic, QStringLiteral("buy now"));
    QVERIFY(topic && id);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);

    // "Other" needs the moderator's words.
    const ModerationService::Outcome noReason = ModerationService::act(
        db, m.staffId, {id, 1, Action::Reject, QStringLiteral("other"), {}});
    QCOMPARE(noReason.error.kind, DbError::Kind::Invalid);
    QCOMPARE(noReason.error.detail, QStringLiteral("a rejection for another reason says which"));
    const ModerationService::Outcome o = ModerationService::act(
        db,
        m.staffId,
        {id, 1, Action::Reject, QStringLiteral("other"), QStringLiteral("an advert")});
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT author_id || ' | ' || reason_code || ' | ' || body_en "
                                 "FROM contribution_messages WHERE contribution_id = ?"),
                  {id}),
             QStringLiteral("p1 | other | Your contribution was not published. Reason: an advert"));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT body_ar FROM contribution_messages WHERE "
                                 "contribution_id = ?"),
                  {id}),
             QStringLiteral(u"\u0644\u0645 \u062a\u064f\u0646\u0634\u0631 \u0645\u0634\u0627"
                            u"\u0631\u0643\u062a\u0643\u0645. \u0627\u0644\u0633\u0628\u0628: "
                            u"an advert"));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT action || ' ' || reason_code || ' ' || reason || ' ' || "
                                 "CAST(staff_id AS text) FROM moderation_log WHERE "
                                 "contribution_id = ?"),
                  {id}),
             QStringLiteral("reject other an advert %1").arg(m.staffId));
    QCOMPARE(text(t->db(), QStringLiteral("SELECT state FROM contributions WHERE id = ?"), {id}),
             QStringLiteral("rejected"));
}

void TestModeration::dismissingReportsRestoresAnAutoHiddenOne()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {.reportThreshold = 1});
    const qint64 id = Fixtures::contribution(t->db(),
                                             {.topicId = topic,
                                              .body = QStringLiteral("fine"),
                                              .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(topic && id);
    QSqlDatabase admin = t->db();
    const PortalEntry::Reported r
        = PortalEntry::reportContribution(admin, id, QStringLiteral("r1"), QStringLiteral("spam"));
    QVERIFY2(r.error.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.autoHidden, true);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    const ModerationService::Outcome o
        = ModerationService::act(db, m.staffId, {id, 2, Action::DismissReports, {}, {}});
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT state || ' ' || report_count || ' ' || version || ' ' || "
                                 "CASE WHEN auto_hidden_at IS NULL THEN 'shown' ELSE 'auto' END "
                                 "FROM contributions WHERE id = ?"),
                  {id}),
             QStringLiteral("published 0 3 shown"));
    QCOMPARE(
        text(t->db(),
             QStringLiteral("SELECT count(*) FROM contribution_reports WHERE dismissed_by = ?"),
             {m.staffId}),
        QStringLiteral("1"));
    // Nothing left to dismiss.
    QCOMPARE(
        ModerationService::act(db, m.staffId, {id, 3, Action::DismissReports, {}, {}}).error.kind,
        DbError::Kind::Invalid);
}

void TestModeration::onlyModeratorsModerate_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestModeration::onlyModeratorsModerate()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = pending(t->db(), topic, QStringLiteral("x"));
    QVERIFY(topic && id);
    // Plain SQL under a clerk's and an editor's login: no function of the moderators is theirs,
    // and no table either.
    for (const auto &[name, role] :
         {std::pair{"clerk", Role::Clerk}, std::pair{"editor", Role::Editor}}) {
        const Session s = t->signInAs(QLatin1String(name), Roles(role));
        QSqlQuery q(QSqlDatabase::database(s.connectionName));
        for (const QString &call :
             {QStringLiteral("SELECT diwan.approve_contribution(%1, 1)"),
              QStringLiteral("SELECT diwan.hide_contribution(%1, 1, 'x')"),
              QStringLiteral("SELECT diwan.reject_contribution(%1, 1, 'spam', '', 'a', 'b')"),
              QStringLiteral("SELECT diwan.restore_contribution(%1, 1)"),
              QStringLiteral("SELECT diwan.dismiss_reports(%1, 1)"),
              QStringLiteral("SELECT diwan.redact_contribution(%1, 1, 0, 1, 'x')"),
              QStringLiteral("SELECT diwan.block_author(%1, 1, 'x')"),
              QStringLiteral("SELECT diwan.unblock_author(%1, 'x')"),
              QStringLiteral("SELECT diwan.look_at_contribution(%1)"),
              QStringLiteral("SELECT diwan.leave_contribution(%1)"),
              QStringLiteral("SELECT diwan.undo_moderation(%1, 1)"),
              QStringLiteral("DELETE FROM diwan.blocked_authors WHERE author_id = '%1'"),
              QStringLiteral("INSERT INTO diwan.contribution_claims (contribution_id, staff_id) "
                             "SELECT %1, id FROM diwan.staff"),
              QStringLiteral("UPDATE diwan.contributions SET state = 'published' WHERE id = %1")}) {
            QVERIFY2(!q.exec(call.arg(id)), qPrintable(call));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
    }
    // A moderator's own login cannot write the table directly either: only the function.
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlQuery q(QSqlDatabase::database(m.connectionName));
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE diwan.contributions SET state = 'published' WHERE id = %1")
                    .arg(id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO diwan.moderation_log (contribution_id, staff_id, "
                                   "action) VALUES (%1, %2, 'approve')")
                        .arg(id)
                        .arg(m.staffId)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY2(q.exec(QStringLiteral("SELECT diwan.approve_contribution(%1, 1)").arg(id)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestModeration)
#include "tst_moderation.moc"
