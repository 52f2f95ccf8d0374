#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reading what moderators did and what the queue's detail pane and filters show around one
// contribution: the moderation log per contribution and per moderator (newest first, keyset
// paged), the author's other contributions and whether they are blocked, and the topics and
// moderators the queue can be narrowed to. Reads only; ModerationService writes.
namespace ModerationLog {

struct Entry
{
    qint64 id = 0;
    qint64 contributionId = 0;
    qint64 staffId = 0; // 0: the database itself (auto_hide)
    QString staffAr;
    QString staffEn;
    QString action;     // as ModerationService::actionKey says it, or "auto_hide"
    QString reasonCode; // reject: the reason; hide: "author_blocked"; undo: the action undone
    QString reason;
    QDateTime at;
    QString excerpt; // the contribution's first words (per moderator)
};

// A contribution's log, oldest first (at most `limit`).
DbError
ofContribution(QSqlDatabase &db, qint64 contributionId, QList<Entry> *entries, int limit = 200);

// A moderator's log, newest first; the next page starts after `after` (the last entry read).
DbError ofModerator(QSqlDatabase &db,
                    qint64 staffId,
                    QList<Entry> *entries,
                    const Entry *after = nullptr,
                    int limit = 100);

struct Named
{
    qint64 id = 0;
    QString nameAr;
    QString nameEn;
};
// Topics that have contributions, newest first; staff who moderated anything, by name.
DbError topics(QSqlDatabase &db, QList<Named> *topics);
DbError moderators(QSqlDatabase &db, QList<Named> *moderators);

// The author of a contribution as a moderator weighs them.
struct Author
{
    QString authorId;
    int pending = 0;
    int published = 0;
    int hidden = 0;
    int rejected = 0;
    bool blocked = false;
    QString blockReason;
    QDateTime blockedAt;
    struct Item
    {
        qint64 id = 0;
        QString state;
        QString body;
        QDateTime submittedAt;
    };
    QList<Item> others; // their latest other contributions (at most 10)
};
DbError author(QSqlDatabase &db, const QString &authorId, qint64 except, Author *author);

} // namespace ModerationLog
