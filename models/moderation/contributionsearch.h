#pragma once

#include "db/dberror.h"
#include "moderation/queue/contributionrow.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Finding contributions by what they say, however it was spelt and whatever attaches to its
// words: the query goes through ArabicText::searchTerms like the stored text (the normaliser,
// then light stemming), then full-text over the stored terms, indexed as they are: PostgreSQL's
// `simple` configuration on search_terms (contributions_search_fts, migration 018) or SQLite FTS5
// (search_index, kind 'contribution').
// Every word is required; newest first (contributions_submitted_idx, migration 009; by month,
// migration 011).
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

// `tab`: only the contributions of that tab of the moderation queue (its newest `limit`
// matches); none: every contribution.
DbError search(QSqlDatabase &db,
               const QString &text,
               QList<Hit> *hits,
               int limit = 50,
               std::optional<ContributionTab> tab = std::nullopt);

// Which contributions one query looks at, newest first (PostgreSQL; SQLite searches everything):
// those since a moment; those of one calendar month (UTC, year * 12 + month - 1) before a moment;
// those of the months before one, before a moment.
enum class Scope { Everything, Since, Month, BeforeMonth };
// The SQL, exposed for the benchmark's EXPLAIN: a placeholder for the query, then the scope's
// (Since: the moment; Month and BeforeMonth: the month, then the moment), then the limit.
// `within`: a condition on c appended to the match (contributionTabWhere of a tab).
QString searchSql(QSqlDatabase &db, Scope scope = Scope::Everything, const QString &within = {});
// The query parameter for `text` as searchSql expects it; empty when there is nothing to find.
QString queryParameter(QSqlDatabase &db, const QString &text);

} // namespace ContributionSearch
