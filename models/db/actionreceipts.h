#pragma once

#include "db/database.h"

#include <QHash>
#include <QUuid>

// An idempotency key per staff action (issue 15): a clerk's decision, note or letter, a
// manager's supervision, a moderator's action, an editor's poll or topic transition.
//
// The window that offers an action makes a key (QUuid::createUuid()) when the person starts it
// and keeps it until the action is reported done or refused. When the answer is lost (the server
// restarted between its commit and its acknowledgement, a network cut), the connection is
// re-opened and the action sent again with the same key: the key is claimed in the same database
// transaction as the action's writes, so a key claimed already means the first send was
// committed, and the retry is reported done without writing anything again (no second note, no
// "someone changed it" for one's own decision).
//
// The key travels with the connection, not in every service's arguments: the caller opens a
// Scope around the service call. The first Database::transaction() begun inside the Scope claims
// its key (every action on SQLite, and those on PostgreSQL made of several statements); an
// action that is one autocommit call of a diwan.* function wraps it in once(). A second action
// in the same Scope runs without a key.
//
// On PostgreSQL diwan.claim_action_receipt(uuid) (migration 025, SECURITY DEFINER, every staff
// group) writes diwan.action_receipts; on SQLite claim() does the same in C++. Receipts are kept
// retentionDays days: each claim removes up to 100 older ones (skipping rows another claim is
// removing), so the table holds about a week of staff actions and never grows without bound.
namespace ActionReceipts {

constexpr int retentionDays = 7;

class Scope
{
public:
    Scope(const QSqlDatabase &db, const QUuid &key);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    // The key had been claimed already: the action was done by an earlier send and nothing was
    // written now. The service reported success; the caller may say "already done".
    bool repeated() const { return m_repeated; }

private:
    friend bool pending(const QSqlDatabase &db);
    friend DbError keepResult(QSqlDatabase &db, qint64 id, int version);
    friend DbError keptResult(QSqlDatabase &db, qint64 *id, int *version);
    friend DbError Database::claimActionKey(QSqlDatabase &db, bool *done);
    QString m_connection;
    QUuid m_key;
    bool m_taken = false;
    bool m_repeated = false;
    Scope *m_outer = nullptr;
};

// Whether the connection has a Scope whose key is not claimed yet.
bool pending(const QSqlDatabase &db);

// Claims `key` in the transaction open on `db`: *first is false when it was claimed before.
DbError claim(QSqlDatabase &db, const QUuid &key, bool *first);

// The connection's innermost Scope, or none.
const Scope *current(const QSqlDatabase &db);
// Keeps with the receipt of the current Scope's key (claimed in the transaction open on `db`)
// the id and version of the row its action created or saved (migration 029).
DbError keepResult(QSqlDatabase &db, qint64 id, int version);
// What keepResult kept for the current Scope's key: NotFound when nothing was.
DbError keptResult(QSqlDatabase &db, qint64 *id, int *version);

// Runs `write` (a DbError()) at most once per key of the connection's Scope: in one transaction
// with the claim (Database::transaction claims it); when the key was claimed before, nothing
// runs and the result is success. Without a Scope (or its key claimed already), `write` runs as
// it is. Actions that are a Database::transaction already need no once().
template<typename Write> DbError once(QSqlDatabase &db, Write &&write)
{
    if (!pending(db))
        return write();
    return Database::transaction(db, std::forward<Write>(write));
}

// An action that creates a row (a poll draft, a new version of a poll, a topic) or saves one and
// reports its new version: `create` (a DbError()) sets *id (and *version, if given). Like once(),
// it runs at most once per key of the connection's Scope, and the receipt keeps *id and *version
// in the same transaction; a repeat (the first send's answer lost) creates nothing and sets *id
// and *version to what the first send created, so the window shows that row, not a second one.
template<typename Create>
DbError created(QSqlDatabase &db, qint64 *id, int *version, Create &&create)
{
    if (!pending(db))
        return create();
    DbError e = Database::transaction(db, [&]() -> DbError {
        if (DbError c = create(); !c.ok())
            return c;
        return keepResult(db, *id, version ? *version : 0);
    });
    if (e.ok() && current(db)->repeated()) {
        int kept = 0;
        e = keptResult(db, id, &kept);
        if (version)
            *version = kept;
    }
    return e;
}

// The keys a window keeps (one per user action, named by the caller, e.g. "12/approve"): the
// same until the action is saved or refused by a server that is still there. When the connection
// was lost the outcome is unknown, and the next send of that action is the same action again.
class Keys
{
public:
    // Runs `call` (a DbError()) in a Scope with the action's key, then keeps or drops the key.
    template<typename Call>
    DbError send(QSqlDatabase &db, const QString &action, Call &&call, bool *repeated = nullptr)
    {
        DbError e;
        {
            const Scope scope(db, key(action));
            e = call();
            if (repeated)
                *repeated = scope.repeated();
        }
        settle(action, e, db);
        return e;
    }

private:
    QUuid key(const QString &action);
    void settle(const QString &action, const DbError &result, const QSqlDatabase &db);
    QHash<QString, QUuid> m_keys;
};

} // namespace ActionReceipts
