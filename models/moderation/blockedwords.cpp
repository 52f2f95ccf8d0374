// ModerationService: the moderators' list of abusive words (moderationservice.h says what).

#include "auth/roles.h"
#include "common/arabictext.h"
#include "common/contributionflags.h"
#include "db/database.h"
#include "db/dialect.h"
#include "moderation/moderationservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace ModerationService {

namespace {

// The refusals, as diwan.add_blocked_word and diwan.remove_blocked_word raise them (032).
const QString WordEmpty = QStringLiteral("DW121");
const QString WordTooShort = QStringLiteral("DW122");
const QString WordExists = QStringLiteral("DW123");
const QString WordNotListed = QStringLiteral("DW124");
const QString WordTooLong = QStringLiteral("DW125");

DbError refused(const QString &sqlState, const QString &detail)
{
    return {DbError::Kind::Invalid, detail, sqlState, {}};
}

// The sentence the moderator reads for a refusal of either database; `listed`, for a key listed
// already, is the word listed under it.
DbError explained(DbError e, const QString &word, const QString &listed)
{
    const QString key = blockedWordKey(word);
    if (e.sqlState == WordEmpty) {
        e.kind = DbError::Kind::Invalid;
        e.message = QCoreApplication::translate("BlockedWords", "Type the word to block.");
    } else if (e.sqlState == WordTooShort) {
        e.kind = DbError::Kind::Invalid;
        e.message = QCoreApplication::translate(
                        "BlockedWords",
                        "This word is too short: it is matched as %1, and a blocked word needs at "
                        "least two letters or digits once marks, spaces and repeated letters are "
                        "taken out.")
                        .arg(ArabicText::isolate(key.isEmpty() ? QStringLiteral("-") : key));
    } else if (e.sqlState == WordTooLong) {
        e.kind = DbError::Kind::Invalid;
        e.message = QCoreApplication::translate("BlockedWords",
                                                "A blocked word has at most %1 characters.")
                        .arg(blockedWordMaxLength);
    } else if (e.sqlState == WordExists) {
        e.kind = DbError::Kind::Invalid;
        e.message = QCoreApplication::translate(
                        "BlockedWords",
                        "This word is on the list already, as %1: both are matched as %2.")
                        .arg(ArabicText::isolate(listed.isEmpty() ? word.trimmed() : listed),
                             ArabicText::isolate(key));
    } else if (e.sqlState == WordNotListed) {
        e.kind = DbError::Kind::NotFound;
        e.message = QCoreApplication::translate(
            "BlockedWords",
            "This word is not on the list (any more): another moderator may have "
            "removed it. The list is shown again.");
    }
    return e;
}

QString listedWord(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT word FROM blocked_words WHERE word_key = ?"));
    return Database::exec(q, {key}).ok() && q.next() ? q.value(0).toString() : QString();
}

// SQLite: the caller is an active moderator (diwan.caller_moderator_id on PostgreSQL).
DbError checkModerator(QSqlDatabase &db, qint64 staffId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT roles, active FROM staff WHERE id = ?"));
    if (DbError e = Database::exec(q, {staffId}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotSetUp,
                             QStringLiteral("staff %1 does not exist").arg(staffId));
    if (!q.value(1).toBool())
        return DbError::make(DbError::Kind::Deactivated,
                             QStringLiteral("staff %1 is deactivated").arg(staffId));
    if (!RoleNames::parse(q.value(0).toString()).testFlag(Role::Moderator))
        return DbError::make(DbError::Kind::Forbidden,
                             QStringLiteral("only moderators keep the blocked words"));
    return {};
}

// diwan.add_blocked_word, on SQLite.
DbError addOnSqlite(QSqlDatabase &db, qint64 staffId, const QString &word, const QString &key)
{
    return Database::transaction(db, [&]() -> DbError {
        if (DbError e = checkModerator(db, staffId); !e.ok())
            return e;
        if (word.isEmpty())
            return refused(WordEmpty, QStringLiteral("word_empty"));
        if (word.size() > blockedWordMaxLength)
            return refused(WordTooLong, QStringLiteral("word_too_long"));
        if (key.size() < 2)
            return refused(WordTooShort, QStringLiteral("word_too_short: %1").arg(key));
        if (!listedWord(db, key).isEmpty())
            return refused(WordExists, QStringLiteral("word_exists: %1").arg(key));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO blocked_words (word, word_key, added_by) VALUES (?, ?, ?)"));
        return Database::exec(q, {word, key, staffId});
    });
}

// diwan.remove_blocked_word, on SQLite.
DbError removeOnSqlite(QSqlDatabase &db, qint64 staffId, const QString &key)
{
    return Database::transaction(db, [&]() -> DbError {
        if (DbError e = checkModerator(db, staffId); !e.ok())
            return e;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM blocked_words WHERE word_key = ?"));
        if (DbError e = Database::exec(q, {key}); !e.ok())
            return e;
        if (q.numRowsAffected() < 1)
            return refused(WordNotListed, QStringLiteral("word_not_listed: %1").arg(key));
        return DbError{};
    });
}

bool isArabic(const QString &key)
{
    return !key.isEmpty() && key.at(0).script() == QChar::Script_Arabic;
}

} // namespace

QString blockedWordKey(const QString &word)
{
    return ContributionFlags::matchKey(word.trimmed());
}

DbError blockedWords(QSqlDatabase &db, QList<BlockedWord> *words)
{
    words->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.word, w.word_key, s.display_name_ar, s.display_name_en, "
                             "w.added_at FROM blocked_words w "
                             "LEFT JOIN staff s ON s.id = w.added_by"));
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    while (q.next())
        words->append({q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       Database::toDateTime(q.value(4))});
    std::sort(words->begin(), words->end(), [](const BlockedWord &a, const BlockedWord &b) {
        const bool arA = isArabic(a.key);
        const bool arB = isArabic(b.key);
        return arA != arB ? arA : a.key < b.key;
    });
    return {};
}

DbError addBlockedWord(QSqlDatabase &db, qint64 staffId, const QString &word, QString *key)
{
    const QString trimmed = word.trimmed();
    const QString k = blockedWordKey(trimmed);
    DbError e;
    if (Dialect::of(db).isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.add_blocked_word(?)"));
        e = Database::exec(q, {trimmed});
        if (e.ok() && key)
            *key = q.next() ? q.value(0).toString() : k;
    } else {
        e = addOnSqlite(db, staffId, trimmed, k);
        if (e.ok() && key)
            *key = k;
    }
    if (e.ok())
        return e;
    return explained(e, trimmed, e.sqlState == WordExists ? listedWord(db, k) : QString());
}

DbError removeBlockedWord(QSqlDatabase &db, qint64 staffId, const QString &word)
{
    DbError e;
    if (Dialect::of(db).isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.remove_blocked_word(?)"));
        e = Database::exec(q, {word.trimmed()});
    } else {
        e = removeOnSqlite(db, staffId, blockedWordKey(word));
    }
    return explained(e, word, {});
}

} // namespace ModerationService
