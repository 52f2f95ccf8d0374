#include "moderation/contributionsearch.h"

#include "common/arabictextsearch.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QSqlQuery>

namespace ContributionSearch {

QString searchSql(QSqlDatabase &db, Scope scope, const QString &within)
{
    const QString columns
        = QStringLiteral("c.id, c.topic_id, c.author_name, c.body, c.state, c.submitted_at");
    if (Dialect::of(db).isPostgres()) {
        // The scope narrows the full-text bitmap: a recent window (contributions_submitted_idx,
        // its lower bound a known value so that the planner sees how narrow it is), or one
        // calendar month before it (the month is a key of contributions_search_fts itself,
        // migration 011), or every month before those. MATERIALIZED: the matches are collected,
        // then sorted; otherwise the planner may walk contributions_submitted_idx backwards
        // computing to_tsvector for every row until it has a page (seconds for a rare word).
        // The page is chosen from (id, submitted_at) of the matches; only its rows are joined.
        QString where = within;
        switch (scope) {
        case Scope::Everything:
            break;
        case Scope::Since:
            where += QStringLiteral(" AND c.submitted_at >= CAST(? AS timestamptz)");
            break;
        case Scope::Month:
            where += QStringLiteral(" AND c.submitted_month = ? AND c.submitted_at < CAST(? AS "
                                    "timestamptz)");
            break;
        case Scope::BeforeMonth:
            where += QStringLiteral(" AND c.submitted_month < ? AND c.submitted_at < CAST(? AS "
                                    "timestamptz)");
            break;
        }
        return QStringLiteral("WITH m AS MATERIALIZED (SELECT c.id, c.submitted_at FROM "
                              "contributions c WHERE to_tsvector('simple', c.search_terms) @@ "
                              "plainto_tsquery('simple', ?)%2), "
                              "p AS (SELECT m.id FROM m ORDER BY m.submitted_at DESC, m.id DESC "
                              "LIMIT ?) SELECT %1 FROM p JOIN contributions c ON c.id = p.id "
                              "ORDER BY c.submitted_at DESC, c.id DESC")
            .arg(columns, where);
    }
    return QStringLiteral("SELECT %1 FROM contributions c WHERE c.id IN (SELECT ref_id FROM "
                          "search_index WHERE search_index MATCH ? AND kind = 'contribution')%2 "
                          "ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?")
        .arg(columns, within);
}

QString queryParameter(QSqlDatabase &db, const QString &text)
{
    const QStringList terms = ArabicText::searchTermList(text);
    if (Dialect::of(db).isPostgres())
        return terms.join(QLatin1Char(' '));
    // FTS5: each term an FTS5 string (no operator injection), all required, in the body column.
    // A quote separates words in searchTermList as it does in the stored terms, so `a"b` asks
    // for the terms a and b; were one ever left in a term it is doubled, FTS5's escape, never
    // dropped (dropping it joined the two halves into a word the index does not hold).
    QStringList quoted;
    for (QString term : terms) {
        term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted << QLatin1Char('"') + term + QLatin1Char('"');
    }
    return quoted.isEmpty() ? QString() : QStringLiteral("body : ") + quoted.join(QLatin1Char(' '));
}

DbError search(QSqlDatabase &db,
               const QString &text,
               QList<Hit> *hits,
               int limit,
               std::optional<ContributionTab> tab)
{
    const QString within = tab ? contributionTabWhere(*tab) : QString();
    hits->clear();
    const QString parameter = queryParameter(db, text);
    if (parameter.isEmpty())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Appends the newest `limit - hits` matches of one scope; scopes come newest first and do
    // not overlap, so the hits stay newest first.
    auto fetch = [&](Scope scope, const QVariantList &bounds) -> DbError {
        q.prepare(searchSql(db, scope, within));
        QVariantList values{parameter};
        values << bounds << limit - int(hits->size());
        if (DbError e = Database::exec(q, values); !e.ok())
            return e;
        while (q.next())
            hits->append({q.value(0).toLongLong(),
                          q.value(1).toLongLong(),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          Database::toDateTime(q.value(5))});
        q.finish();
        return {};
    };
    if (!Dialect::of(db).isPostgres())
        return fetch(Scope::Everything, {});
    // Newest first without reading every match of a common phrase: the last week before the
    // newest contribution, then month by month before it (a year at most), then whatever is
    // older, stopping as soon as the page is full.
    q.prepare(QStringLiteral("SELECT CAST(w AS text), month_of(w), month_of(f) FROM (SELECT "
                             "max(submitted_at) - interval '7 days' AS w, min(submitted_at) AS f "
                             "FROM contributions) b"));
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    const bool any = q.next() && !q.isNull(0);
    const QString week = any ? q.value(0).toString() : QString();
    const int newestMonth = q.value(1).toInt();
    const int oldestMonth = q.value(2).toInt();
    q.finish();
    if (!any)
        return {};
    if (DbError e = fetch(Scope::Since, {week}); !e.ok() || hits->size() >= limit)
        return e;
    constexpr int monthsOneByOne = 13;
    int month = newestMonth;
    for (; month >= oldestMonth && month > newestMonth - monthsOneByOne; --month) {
        if (DbError e = fetch(Scope::Month, {month, week}); !e.ok() || hits->size() >= limit)
            return e;
    }
    if (month < oldestMonth)
        return {};
    return fetch(Scope::BeforeMonth, {month + 1, week});
}

} // namespace ContributionSearch
