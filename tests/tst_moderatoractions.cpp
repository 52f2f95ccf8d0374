#include "db/changewatcher.h"
#include "db/database.h"
#include "db/dialect.h"
#include "fixtures.h"
#include "moderation/contributionsearch.h"
#include "moderation/moderationservice.h"
#include "moderation/portalentry.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The moderator's heavier tools (migration 017), as a moderator would notice them: a redaction
// leaves the personal data in the audit trail only; blocking an author hides their pending
// items and the portal refuses them; a bulk action with one item that cannot take it; undo of
// one's own last action inside and outside its window and by another moderator; the soft claim
// two moderators see.
class TestModeratorActions : public QObject
{
    Q_OBJECT
private slots:
    void redactionKeepsTheOriginalInTheAuditTrailOnly_data() { TestDatabase::addRows(); }
    void redactionKeepsTheOriginalInTheAuditTrailOnly();
    void blockingHidesPendingItems_data() { TestDatabase::addRows(); }
    void blockingHidesPendingItems();
    void bulkBlockReportsEachItem_data() { TestDatabase::addRows(); }
    void bulkBlockReportsEachItem();
    void undoInsideTheWindow_data() { TestDatabase::addRows(); }
    void undoInsideTheWindow();
    void undoRefused_data() { TestDatabase::addRows(); }
    void undoRefused();
    void twoModeratorsSeeWhoIsLooking_data() { TestDatabase::addRows(); }
    void twoModeratorsSeeWhoIsLooking();
    void undoRedactionBringsTheTextBack_data() { TestDatabase::addRows(); }
    void undoRedactionBringsTheTextBack();
    void undoBlockLetsTheAuthorBackIn_data() { TestDatabase::addRows(); }
    void undoBlockLetsTheAuthorBackIn();
    void othersHearOfALookAtOnce_data() { TestDatabase::addRows(); }
    void othersHearOfALookAtOnce();
    void aRejectionTheAuthorReadStands_data() { TestDatabase::addRows(); }
    void aRejectionTheAuthorReadStands();
};

namespace {

using ModerationService::Action;
using ModerationService::Request;

// The first column of the first row, as text (Fixtures::scalar).
QString text(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    return Fixtures::scalar(db, sql, values);
}

bool run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

qint64 item(QSqlDatabase db,
            qint64 topic,
            const QString &body,
            const QString &author = QStringLiteral("p1"),
            const QString &state = QStringLiteral("pending"))
{
    return Fixtures::contribution(db,
                                  {.topicId = topic,
                                   .authorId = author,
                                   .body = body,
                                   .state = state,
                                   .submittedAt = Fixtures::utc(2026, 11, 1)});
}

QString stateOf(QSqlDatabase db, qint64 id)
{
    return text(
        db, QStringLiteral("SELECT state || ' ' || version FROM contributions WHERE id = ?"), {id});
}

// The moderation log as the moderator reads it: "action reason_code" per row, oldest first.
QString logOf(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action, coalesce(reason_code, '-') FROM moderation_log "
                             "WHERE contribution_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return q.lastError().text();
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    return rows.join(QLatin1String(", "));
}

// Moves every log row of `id` `minutes` back in time (as if the action were that old).
bool age(QSqlDatabase db, qint64 id, int minutes)
{
    return run(
        db,
        QStringLiteral("UPDATE moderation_log SET at = ? WHERE contribution_id = ?"),
        {Database::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-60 * minutes)), id});
}

} // namespace

void TestModeratorActions::redactionKeepsTheOriginalInTheAuditTrailOnly()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const QString body = QStringLiteral("call me on 55123456 please");
    const qint64 id = Fixtures::contribution(t->db(),
                                             {.topicId = topic,
                                              .body = body,
                                              .state = QStringLiteral("published"),
                                              .submittedAt = Fixtures::utc(2026, 11, 1)});
    QVERIFY(topic && id);
    QVERIFY(run(t->db(),
                QStringLiteral("UPDATE contributions SET auto_flags = 'phone' WHERE id = ?"),
                {id}));
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    QList<ContributionSearch::Hit> hits;
    QVERIFY(ContributionSearch::search(db, QStringLiteral("55123456"), &hits).ok());
    QCOMPARE(hits.size(), 1);

    const int v
        = text(t->db(), QStringLiteral("SELECT version FROM contributions WHERE id = ?"), {id})
              .toInt();
    // A passage outside the text is refused; nothing changes.
    Request wrong{id, v, Action::Redact, {}, {}, 20, 10};
    QCOMPARE(ModerationService::act(db, m.staffId, wrong).error.kind, DbError::Kind::Invalid);

    const int from = int(body.indexOf(QLatin1String("55123456")));
    Request r{id, v, Action::Redact, {}, QStringLiteral("a phone number"), from, 8};
    const ModerationService::Outcome o = ModerationService::act(db, m.staffId, r);
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    QCOMPARE(o.version, v + 1);
    QCOMPARE(text(t->db(), QStringLiteral("SELECT body FROM contributions WHERE id = ?"), {id}),
             QStringLiteral(u"call me on \u2588\u2588\u2588 please"));
    // The phone flag went with the number; the state is the same.
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT state || '|' || auto_flags || '|' || body_norm "
                                 "FROM contributions WHERE id = ?"),
                  {id}),
             QStringLiteral(u"published||call me on \u2588\u2588\u2588 please"));
    QCOMPARE(logOf(t->db(), id), QStringLiteral("redact personal_data"));
    // The moderators' log holds no trace of the number; the audit trail holds the original.
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT count(*) FROM moderation_log WHERE coalesce(reason, '') "
                                 "|| coalesce(prior_state, '') LIKE '%55123456%'")),
             QStringLiteral("0"));
    const bool pg = Dialect::of(t->db()).isPostgres();
    QCOMPARE(text(t->db(),
                  pg ? QStringLiteral(
                      "SELECT count(*) FROM diwan_audit.event WHERE table_name = "
                      "'contributions' AND old_row ->> 'body' = ? AND new_row ->> 'body' <> "
                      "old_row ->> 'body'")
                     : QStringLiteral("SELECT count(*) FROM audit_event WHERE table_name = "
                                      "'contributions' AND json_extract(old_row, '$.body') = ? AND "
                                      "json_extract(new_row, '$.body') <> json_extract(old_row, "
                                      "'$.body')"),
                  {body}),
             QStringLiteral("1"));
    // And the search finds it no more.
    QVERIFY(ContributionSearch::search(db, QStringLiteral("55123456"), &hits).ok());
    QCOMPARE(hits.size(), 0);
}

void TestModeratorActions::blockingHidesPendingItems()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const QString spammer = QStringLiteral("p9");
    const qint64 shown
        = item(t->db(), topic, QStringLiteral("ad"), spammer, QStringLiteral("published"));
    const qint64 waiting1 = item(t->db(), topic, QStringLiteral("ad 2"), spammer);
    const qint64 waiting2 = item(t->db(), topic, QStringLiteral("ad 3"), spammer);
    const qint64 other = item(t->db(), topic, QStringLiteral("fine"));
    QVERIFY(shown && waiting1 && waiting2 && other);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);

    // A block says why.
    QCOMPARE(ModerationService::act(
                 db, m.staffId, {shown, 1, Action::BlockAuthor, {}, QStringLiteral("  ")})
                 .error.kind,
             DbError::Kind::Invalid);
    const ModerationService::Outcome o = ModerationService::act(
        db, m.staffId, {shown, 1, Action::BlockAuthor, {}, QStringLiteral("adverts again")});
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    QCOMPARE(o.version, 1); // published: the item itself does not change
    QCOMPARE(stateOf(t->db(), shown), QStringLiteral("published 1"));
    QCOMPARE(stateOf(t->db(), waiting1), QStringLiteral("hidden 2"));
    QCOMPARE(stateOf(t->db(), waiting2), QStringLiteral("hidden 2"));
    QCOMPARE(stateOf(t->db(), other), QStringLiteral("pending 1"));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT count(*) FROM contributions WHERE author_id = ? AND "
                                 "auto_hidden_at IS NULL AND state = 'hidden'"),
                  {spammer}),
             QStringLiteral("2"));
    QCOMPARE(logOf(t->db(), shown), QStringLiteral("block_author -"));
    QCOMPARE(logOf(t->db(), waiting1), QStringLiteral("hide author_blocked"));
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT reason || ' ' || CAST(blocked_by AS text) FROM "
                                 "blocked_authors WHERE author_id = ?"),
                  {spammer}),
             QStringLiteral("adverts again %1").arg(m.staffId));
    // The portal refuses them now.
    QSqlDatabase admin = t->db();
    const PortalEntry::Submitted refused = PortalEntry::submitContribution(
        admin, {topic, spammer, QStringLiteral("S"), QStringLiteral("more")});
    QCOMPARE(refused.refusal, PortalEntry::Refusal::AuthorBlocked);
    // Blocked already: said so.
    QCOMPARE(ModerationService::act(
                 db, m.staffId, {shown, 1, Action::BlockAuthor, {}, QStringLiteral("x")})
                 .error.kind,
             DbError::Kind::Invalid);

    // Unblocking says why too; what the block hid stays hidden.
    QCOMPARE(
        ModerationService::act(db, m.staffId, {shown, 1, Action::UnblockAuthor, {}, {}}).error.kind,
        DbError::Kind::Invalid);
    const ModerationService::Outcome u = ModerationService::act(
        db, m.staffId, {shown, 1, Action::UnblockAuthor, {}, QStringLiteral("appealed")});
    QVERIFY2(u.error.ok(), qPrintable(u.error.toString()));
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM blocked_authors")),
             QStringLiteral("0"));
    QCOMPARE(logOf(t->db(), shown), QStringLiteral("block_author -, unblock_author -"));
    QCOMPARE(stateOf(t->db(), waiting1), QStringLiteral("hidden 2"));
    QCOMPARE(ModerationService::act(
                 db, m.staffId, {shown, 1, Action::UnblockAuthor, {}, QStringLiteral("again")})
                 .error.kind,
             DbError::Kind::Invalid);
}

void TestModeratorActions::bulkBlockReportsEachItem()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 a = item(t->db(), topic, QStringLiteral("a"), QStringLiteral("pa"));
    const qint64 b = item(t->db(), topic, QStringLiteral("b"), QStringLiteral("pb"));
    const qint64 c = item(t->db(), topic, QStringLiteral("c"), QStringLiteral("pc"));
    QVERIFY(a && b && c);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    // Someone else moved b on (a newer version): that one fails, the others go through.
    const QString why = QStringLiteral("abuse");
    const QList<ModerationService::Outcome> outcomes
        = ModerationService::actOnEach(db,
                                       m.staffId,
                                       {{a, 1, Action::BlockAuthor, {}, why},
                                        {b, 7, Action::BlockAuthor, {}, why},
                                        {c, 1, Action::BlockAuthor, {}, why}});
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).error.kind, DbError::Kind::None);
    QCOMPARE(outcomes.at(1).error.kind, DbError::Kind::Conflict);
    QCOMPARE(outcomes.at(2).error.kind, DbError::Kind::None);
    QCOMPARE(outcomes.at(0).version, 2);
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT author_id FROM blocked_authors ORDER BY author_id")));
    QStringList blocked;
    while (q.next())
        blocked << q.value(0).toString();
    QCOMPARE(blocked, QStringList({QStringLiteral("pa"), QStringLiteral("pc")}));
    QCOMPARE(stateOf(t->db(), b), QStringLiteral("pending 1"));
}

void TestModeratorActions::undoInsideTheWindow()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = item(t->db(), topic, QStringLiteral("first"));
    const qint64 rejected = item(t->db(), topic, QStringLiteral("second"));
    QVERIFY(topic && id && rejected);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);

    QVERIFY(ModerationService::act(db, m.staffId, {id, 1, Action::Approve, {}, {}}).error.ok());
    const ModerationService::Outcome undone
        = ModerationService::act(db, m.staffId, {id, 2, Action::Undo, {}, {}});
    QVERIFY2(undone.error.ok(), qPrintable(undone.error.toString()));
    QCOMPARE(undone.version, 3);
    QCOMPARE(stateOf(t->db(), id), QStringLiteral("pending 3"));
    QCOMPARE(logOf(t->db(), id), QStringLiteral("approve -, undo approve"));
    // An undo is not undone in turn.
    QCOMPARE(ModerationService::act(db, m.staffId, {id, 3, Action::Undo, {}, {}}).error.kind,
             DbError::Kind::Invalid);

    // A rejection undone takes its message back from the author's account.
    QVERIFY(ModerationService::act(
                db, m.staffId, {rejected, 1, Action::Reject, QStringLiteral("spam"), {}})
                .error.ok());
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM contribution_messages")),
             QStringLiteral("1"));
    QVERIFY(ModerationService::act(db, m.staffId, {rejected, 2, Action::Undo, {}, {}}).error.ok());
    QCOMPARE(stateOf(t->db(), rejected), QStringLiteral("pending 3"));
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM contribution_messages")),
             QStringLiteral("0"));
}

void TestModeratorActions::undoRefused()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 late = item(t->db(), topic, QStringLiteral("late"));
    const qint64 theirs = item(t->db(), topic, QStringLiteral("theirs"));
    const qint64 moved = item(
        t->db(), topic, QStringLiteral("moved"), QStringLiteral("p1"), QStringLiteral("published"));
    QVERIFY(topic && late && theirs && moved);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    const Session s = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase dbM = QSqlDatabase::database(m.connectionName);
    QSqlDatabase dbS = QSqlDatabase::database(s.connectionName);

    // Outside the window.
    QVERIFY(ModerationService::act(dbM, m.staffId, {late, 1, Action::Approve, {}, {}}).error.ok());
    QVERIFY(age(t->db(), late, ModerationService::undoMinutes + 1));
    const ModerationService::Outcome tooLate
        = ModerationService::act(dbM, m.staffId, {late, 2, Action::Undo, {}, {}});
    QCOMPARE(tooLate.error.kind, DbError::Kind::Invalid);
    QVERIFY2(tooLate.error.detail.contains(QLatin1String("ran out")),
             qPrintable(tooLate.error.detail));
    QCOMPARE(stateOf(t->db(), late), QStringLiteral("published 2"));

    // By another moderator.
    QVERIFY(ModerationService::act(dbM, m.staffId, {theirs, 1, Action::Hide, {}, {}}).error.ok());
    const ModerationService::Outcome notMine
        = ModerationService::act(dbS, s.staffId, {theirs, 2, Action::Undo, {}, {}});
    QCOMPARE(notMine.error.kind, DbError::Kind::Invalid);
    QVERIFY2(notMine.error.detail.contains(QLatin1String("only the moderator who acted last")),
             qPrintable(notMine.error.detail));
    QCOMPARE(stateOf(t->db(), theirs), QStringLiteral("hidden 2"));

    // Changed since: a report came in after the hide was undone... here, after a dismiss.
    QVERIFY(ModerationService::act(dbM, m.staffId, {moved, 1, Action::Hide, {}, {}}).error.ok());
    QVERIFY(run(
        t->db(),
        QStringLiteral("UPDATE contributions SET report_count = 1%1 WHERE id = ?")
            .arg(Dialect::of(t->db()).isPostgres() ? QString() : QStringLiteral(", version = 3")),
        {moved}));
    const ModerationService::Outcome changed
        = ModerationService::act(dbM, m.staffId, {moved, 3, Action::Undo, {}, {}});
    QCOMPARE(changed.error.kind, DbError::Kind::Conflict);
    QCOMPARE(stateOf(t->db(), moved), QStringLiteral("hidden 3"));
    // The same moderator, within the window, on what nobody touched since: still possible.
    QVERIFY(
        ModerationService::act(dbS, s.staffId, {theirs, 2, Action::Restore, {}, {}}).error.ok());
    QVERIFY(ModerationService::act(dbS, s.staffId, {theirs, 3, Action::Undo, {}, {}}).error.ok());
    QCOMPARE(stateOf(t->db(), theirs), QStringLiteral("hidden 4"));
}

void TestModeratorActions::twoModeratorsSeeWhoIsLooking()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = item(t->db(), topic, QStringLiteral("look"));
    QVERIFY(topic && id);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    const Session s = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase dbM = QSqlDatabase::database(m.connectionName);
    QSqlDatabase dbS = QSqlDatabase::database(s.connectionName);

    ModerationService::Claim holder;
    QVERIFY(ModerationService::lookAt(dbM, m.staffId, id, &holder).ok());
    QCOMPARE(holder.staffId, m.staffId);
    // Saad sees that Mona is looking; his look does not take it from her.
    QVERIFY(ModerationService::lookAt(dbS, s.staffId, id, &holder).ok());
    QCOMPARE(holder.staffId, m.staffId);
    QCOMPARE(holder.nameEn, QStringLiteral("Clerk mona"));
    // The look moves no version: Saad still acts on what he read, and Mona is told who acted.
    QCOMPARE(stateOf(t->db(), id), QStringLiteral("pending 1"));
    QVERIFY(ModerationService::act(dbS, s.staffId, {id, 1, Action::Approve, {}, {}}).error.ok());
    const ModerationService::Outcome lost
        = ModerationService::act(dbM, m.staffId, {id, 1, Action::Hide, {}, {}});
    QCOMPARE(lost.error.kind, DbError::Kind::Conflict);
    QCOMPARE(lost.actedByEn, QStringLiteral("Clerk saad"));
    QCOMPARE(lost.actedAction, QStringLiteral("approve"));
    // Acting ended the look; a look runs out by itself too.
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM contribution_claims")),
             QStringLiteral("0"));
    QVERIFY(ModerationService::lookAt(dbM, m.staffId, id, &holder).ok());
    QVERIFY(run(t->db(),
                QStringLiteral("UPDATE contribution_claims SET claimed_at = ?"),
                {Database::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(
                    -60 * (ModerationService::claimMinutes + 1)))}));
    QVERIFY(ModerationService::lookAt(dbS, s.staffId, id, &holder).ok());
    QCOMPARE(holder.staffId, s.staffId);
    // Leaving gives it up.
    QVERIFY(ModerationService::leave(dbS, s.staffId, id).ok());
    QVERIFY(ModerationService::lookAt(dbM, m.staffId, id, &holder).ok());
    QCOMPARE(holder.staffId, m.staffId);
}

void TestModeratorActions::undoRedactionBringsTheTextBack()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const QString body = QStringLiteral("call me on 55123456 please");
    const qint64 id = item(t->db(), topic, body);
    QVERIFY(topic && id);
    QVERIFY(run(t->db(),
                QStringLiteral("UPDATE contributions SET auto_flags = 'phone' WHERE id = ?"),
                {id}));
    const int v
        = text(t->db(), QStringLiteral("SELECT version FROM contributions WHERE id = ?"), {id})
              .toInt();
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    const Request r{id, v, Action::Redact, {}, {}, int(body.indexOf(QLatin1String("55123456"))), 8};
    const ModerationService::Outcome redacted = ModerationService::act(db, m.staffId, r);
    QVERIFY2(redacted.error.ok(), qPrintable(redacted.error.toString()));
    // Another moderator cannot undo it.
    const Session s = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase dbS = QSqlDatabase::database(s.connectionName);
    QCOMPARE(ModerationService::act(dbS, s.staffId, {id, v + 1, Action::Undo, {}, {}}).error.kind,
             DbError::Kind::Invalid);

    const ModerationService::Outcome undone
        = ModerationService::act(db, m.staffId, {id, v + 1, Action::Undo, {}, {}});
    QVERIFY2(undone.error.ok(), qPrintable(undone.error.toString()));
    QCOMPARE(undone.version, v + 2);
    // The text, its flags and its search are back; the log says what was undone.
    QCOMPARE(text(t->db(),
                  QStringLiteral("SELECT state || '|' || auto_flags || '|' || body || '|' || "
                                 "body_norm FROM contributions WHERE id = ?"),
                  {id}),
             QStringLiteral("pending|phone|%1|%1").arg(body));
    QCOMPARE(logOf(t->db(), id), QStringLiteral("redact personal_data, undo redact"));
    QList<ContributionSearch::Hit> hits;
    QVERIFY(ContributionSearch::search(db, QStringLiteral("55123456"), &hits).ok());
    QCOMPARE(hits.size(), 1);
    // The undo is in the audit trail too: the text went out and came back.
    const bool pg = Dialect::of(t->db()).isPostgres();
    QCOMPARE(text(t->db(),
                  pg ? QStringLiteral("SELECT count(*) FROM diwan_audit.event WHERE table_name = "
                                      "'contributions' AND row_id = ? AND new_row ->> 'body' = ? "
                                      "AND old_row ->> 'body' <> ?")
                     : QStringLiteral("SELECT count(*) FROM audit_event WHERE table_name = "
                                      "'contributions' AND row_id = ? AND json_extract(new_row, "
                                      "'$.body') = ? AND json_extract(old_row, '$.body') <> ?"),
                  {QString::number(id), body, body}),
             QStringLiteral("1"));
}

void TestModeratorActions::undoBlockLetsTheAuthorBackIn()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const QString spammer = QStringLiteral("p9");
    const qint64 shown
        = item(t->db(), topic, QStringLiteral("ad"), spammer, QStringLiteral("published"));
    const qint64 waiting = item(t->db(), topic, QStringLiteral("ad 2"), spammer);
    const qint64 touched = item(t->db(), topic, QStringLiteral("ad 3"), spammer);
    QVERIFY(shown && waiting && touched);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    const QString why = QStringLiteral("adverts again");

    // Undone at once: the author may contribute, what the block hid waits for review again.
    QVERIFY(ModerationService::act(db, m.staffId, {waiting, 1, Action::BlockAuthor, {}, why})
                .error.ok());
    QCOMPARE(stateOf(t->db(), waiting), QStringLiteral("hidden 2"));
    const ModerationService::Outcome undone
        = ModerationService::act(db, m.staffId, {waiting, 2, Action::Undo, {}, {}});
    QVERIFY2(undone.error.ok(), qPrintable(undone.error.toString()));
    QCOMPARE(undone.version, 3);
    QCOMPARE(stateOf(t->db(), waiting), QStringLiteral("pending 3"));
    QCOMPARE(stateOf(t->db(), touched), QStringLiteral("pending 3"));
    QCOMPARE(stateOf(t->db(), shown), QStringLiteral("published 1"));
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM blocked_authors")),
             QStringLiteral("0"));
    QCOMPARE(logOf(t->db(), waiting),
             QStringLiteral("hide author_blocked, block_author -, undo hide, undo block_author"));
    QCOMPARE(logOf(t->db(), touched), QStringLiteral("hide author_blocked, undo hide"));
    QSqlDatabase admin = t->db();
    QCOMPARE(PortalEntry::submitContribution(
                 admin, {topic, spammer, QStringLiteral("S"), QStringLiteral("sorry")})
                 .refusal,
             PortalEntry::Refusal::None);

    // Blocked again from the published one; another moderator restores one of the hidden items
    // meanwhile: the undo is refused whole and changes nothing.
    QVERIFY(
        ModerationService::act(db, m.staffId, {shown, 1, Action::BlockAuthor, {}, why}).error.ok());
    const Session s = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    QSqlDatabase dbS = QSqlDatabase::database(s.connectionName);
    QCOMPARE(stateOf(t->db(), touched), QStringLiteral("hidden 4"));
    QVERIFY(
        ModerationService::act(dbS, s.staffId, {touched, 4, Action::Restore, {}, {}}).error.ok());
    const ModerationService::Outcome refused
        = ModerationService::act(db, m.staffId, {shown, 1, Action::Undo, {}, {}});
    QCOMPARE(refused.error.kind, DbError::Kind::Conflict);
    QCOMPARE(text(t->db(), QStringLiteral("SELECT count(*) FROM blocked_authors")),
             QStringLiteral("1"));
    QCOMPARE(stateOf(t->db(), waiting), QStringLiteral("hidden 4"));
}

void TestModeratorActions::othersHearOfALookAtOnce()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 id = item(t->db(), topic, QStringLiteral("look"));
    QVERIFY(topic && id);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    const Session s = t->signInAs(QStringLiteral("saad"), Roles(Role::Moderator));
    ChangeWatcher watcher(s.connectionName, {PortalEntry::channel()});
    watcher.setPollInterval(200);
    QVERIFY(watcher.start());
    QSignalSpy changes(&watcher, &ChangeWatcher::changed);
    QSqlDatabase dbM = QSqlDatabase::database(m.connectionName);
    ModerationService::Claim holder;
    QVERIFY(ModerationService::lookAt(dbM, m.staffId, id, &holder).ok());
    // Saad's queue hears of it (on PostgreSQL, naming the contribution).
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 20000);
    if (t->isPostgres())
        QCOMPARE(changes.first().at(1).toString(), QString::number(id));
    // Leaving is heard too.
    changes.clear();
    QVERIFY(ModerationService::leave(dbM, m.staffId, id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 20000);
}

// The website shows an author their messages (PortalEntry::authorMessages, on PostgreSQL as the
// portal): the rejection's reason in both languages, new the first time only. Once the author
// has read it, the moderator can no longer undo the rejection; an unread one can be.
void TestModeratorActions::aRejectionTheAuthorReadStands()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 topic = Fixtures::topic(t->db(), {});
    const qint64 read = item(t->db(), topic, QStringLiteral("buy watches"), QStringLiteral("p7"));
    const qint64 unread = item(t->db(), topic, QStringLiteral("buy rings"), QStringLiteral("p8"));
    QVERIFY(topic && read && unread);
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase dbM = QSqlDatabase::database(m.connectionName);
    const auto [ar, en] = ModerationService::rejectionMessage(QStringLiteral("spam"), {});
    for (const qint64 id : {read, unread}) {
        const ModerationService::Outcome o = ModerationService::act(
            dbM, m.staffId, {id, 1, Action::Reject, QStringLiteral("spam"), {}});
        QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    }
    QSqlDatabase portal = t->portalConnection();
    PortalEntry::Messages first = PortalEntry::authorMessages(portal, QStringLiteral("p7"));
    QVERIFY2(first.error.ok(), qPrintable(first.error.toString()));
    QCOMPARE(first.messages.size(), 1);
    QCOMPARE(first.messages.first().contributionId, read);
    QCOMPARE(first.messages.first().reasonCode, QStringLiteral("spam"));
    QCOMPARE(first.messages.first().bodyAr, ar);
    QCOMPARE(first.messages.first().bodyEn, en);
    QVERIFY(!en.isEmpty() && !ar.isEmpty());
    QVERIFY(first.messages.first().firstRead);
    const PortalEntry::Messages again = PortalEntry::authorMessages(portal, QStringLiteral("p7"));
    QCOMPARE(again.messages.size(), 1);
    QVERIFY(!again.messages.first().firstRead);
    // Nobody's: refused; someone with none: nothing.
    QCOMPARE(PortalEntry::authorMessages(portal, QStringLiteral("  ")).refusal,
             PortalEntry::Refusal::AuthorMissing);
    QVERIFY(PortalEntry::authorMessages(portal, QStringLiteral("p9")).messages.isEmpty());

    const ModerationService::Outcome stands
        = ModerationService::act(dbM, m.staffId, {read, 2, Action::Undo, {}, {}});
    QCOMPARE(stands.error.kind, DbError::Kind::Invalid);
    QVERIFY2(stands.error.detail.contains(QLatin1String("read")), qPrintable(stands.error.detail));
    QCOMPARE(stateOf(t->db(), read), QStringLiteral("rejected 2"));
    const ModerationService::Outcome undone
        = ModerationService::act(dbM, m.staffId, {unread, 2, Action::Undo, {}, {}});
    QVERIFY2(undone.error.ok(), qPrintable(undone.error.toString()));
    QCOMPARE(stateOf(t->db(), unread), QStringLiteral("pending 3"));
    QVERIFY(PortalEntry::authorMessages(portal, QStringLiteral("p8")).messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestModeratorActions)
#include "tst_moderatoractions.moc"
