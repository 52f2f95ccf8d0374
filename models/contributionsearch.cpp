#include "contributionsearch.h"

#include "arabictext.h"
#include "database.h"
#include "dialect.h"

#include <QSqlQuery>

namespace ContributionSearch {

QString searchSql(QSqlDatabase &db, bool windowed)
{
    const QString columns
        = QStringLiteral("c.id, c.topic_id, c.author_name, c.body, c.state, c.submitted_at");
    if (Dialect::of(db).isPostgres()) {
        // The window (contributions_submitted_idx, its lower bound a known value so that the
        // planner sees how narrow it is) is ANDed with the full-text bitmap: only the matches
        // inside it are read from the table. MATERIALIZED: the matches are collected, then
        // sorted; otherwise the planner may walk contributions_submitted_idx backwards
        // computing to_tsvector for every row until it has a page (seconds for a rare word).
        // The page is chosen from (id, submitted_at) of the matches; only its rows are joined.
        return QStringLiteral("WITH m AS MATERIALIZED (SELECT c.id, c.submitted_at FROM "
                              "contributions c WHERE to_tsvector('arabic', c.body_norm) @@ "
                              "plainto_tsquery('arabic', ?)%2), "
                              "p AS (SELECT m.id FROM m ORDER BY m.submitted_at DESC, m.id DESC "
                              "LIMIT ?) SELECT %1 FROM p JOIN contributions c ON c.id = p.id "
                              "ORDER BY c.submitted_at DESC, c.id DESC")
            .arg(columns,
                 windowed ? QStringLiteral(" AND c.submitted_at >= CAST(? AS timestamptz)")
                          : QString());
    }
    return QStringLiteral("SELECT %1 FROM contributions c WHERE c.id IN (SELECT ref_id FROM "
                          "search_index WHERE search_index MATCH ? AND kind = 'contribution') "
                          "ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?")
        .arg(columns);
}

QString queryParameter(QSqlDatabase &db, const QString &text)
{
    const QString normalized = ArabicText::normalize(text);
    if (Dialect::of(db).isPostgres())
        return normalized;
    // FTS5: each word quoted (no operator injection), all required, in the body column.
    QStringList terms;
    for (QString word : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return terms.isEmpty() ? QString() : QStringLiteral("body : ") + terms.join(QLatin1Char(' '));
}

DbError search(QSqlDatabase &db, const QString &text, QList<Hit> *hits, int limit)
{
    hits->clear();
    const QString parameter = queryParameter(db, text);
    if (parameter.isEmpty())
        return {};
    // Newest first without reading every match of a common word: look in the last week before
    // the newest contribution, then everything, and stop as soon as a window holds a full page
    // (its rows are then the newest of all).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<QVariant> lowerBounds{QVariant()};
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT CAST(max(submitted_at) - interval '7 days' AS text) "
                                 "FROM contributions"));
        if (DbError e = Database::exec(q); !e.ok())
            return e;
        if (q.next() && !q.isNull(0))
            lowerBounds.prepend(q.value(0).toString());
        q.finish();
    }
    for (const QVariant &lower : std::as_const(lowerBounds)) {
        hits->clear();
        q.prepare(searchSql(db, lower.isValid()));
        QVariantList values{parameter};
        if (lower.isValid())
            values << lower;
        values << limit;
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
        if (hits->size() >= limit)
            break;
    }
    return {};
}

} // namespace ContributionSearch
