#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The states of an e-service transaction and the legal changes between them: the one place the
// service, the form, the queue and the seeder read them from. The database stores the key; the
// PostgreSQL and SQLite triggers refuse every change canChange() refuses (tst_transactionstate
// tries every pair against them).
enum class TransactionState {
    Submitted,
    InReview,
    AwaitingApplicant,
    Escalated,
    Approved,
    Rejected,
    Withdrawn,
};

namespace TransactionStates {

const QList<TransactionState> &all();
// The stored key: "submitted", "in_review", "awaiting_applicant", ...
QString key(TransactionState state);
std::optional<TransactionState> fromKey(QStringView key);
// The state's name in the UI language, as the glossary has it; an unknown key is shown as is.
QString text(TransactionState state);
QString text(const QString &key);
// Still waiting for a decision: the queue shows these.
bool isOpen(TransactionState state);
bool isOpen(QStringView key);
// Approved or rejected: the states a decision letter is issued for.
bool isDecided(TransactionState state);
bool isDecided(QStringView key);
// Not yet decided and not waiting on anyone but the clerk: claimable, and what the queue counts
// as waiting.
bool isUndecided(TransactionState state);
bool isUndecided(QStringView key);
// The states isOpen() and isUndecided() accept, in the schema's order.
QList<TransactionState> openStates();
QList<TransactionState> undecidedStates();
// The legal state changes (the same as the database triggers).
bool canChange(TransactionState from, TransactionState to);
// "'submitted', 'in_review'": for SQL written with constant state lists (never user input).
QString sqlList(const QList<TransactionState> &states);

} // namespace TransactionStates
