#pragma once

#include "dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Finding contributions by what they say, however it was spelt: the words go through
// ArabicText::normalize like the stored body_norm, then full-text on PostgreSQL's `arabic`
// configuration (contributions_search_fts) or SQLite FTS5 (search_index, kind 'contribution').
// Every word is required; newest first (contributions_submitted_idx, migration 009).
namespace ContributionSearch {

struct Hit
{
    qint64 id = 0;
    qint64 topicId = 0;
    QString author;
    QString body;
    QString state;
    QDateTime submittedAt;
};

DbError search(QSqlDatabase &db, const QString &text, QList<Hit> *hits, int limit = 50);

// The SQL, exposed for the benchmark's EXPLAIN (one placeholder for the query, one for the
// limit; `windowed` adds one for the earliest submitted_at, PostgreSQL only).
QString searchSql(QSqlDatabase &db, bool windowed = false);
// The query parameter for `text` as searchSql expects it; empty when there is nothing to find.
QString queryParameter(QSqlDatabase &db, const QString &text);

} // namespace ContributionSearch
