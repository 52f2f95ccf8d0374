#include "contributionsearch.h"

#include "arabictext.h"
#include "database.h"
#include "dialect.h"

#include <QSqlQuery>

namespace ContributionSearch {

QString searchSql(QSqlDatabase &db, int days)
{
    const QString columns
        = QStringLiteral("c.id, c.topic_id, c.author_name, c.body, c.state, c.submitted_at");
    if (Dialect::of(db).isPostgres()) {
        // The window (contributions_submitted_idx) is ANDed with the full-text bitmap, so only
        // the matches inside it are read from the table.
        const QString window
            = days > 0 ? QStringLiteral(" AND c.submitted_at >= (SELECT max(m.submitted_at) FROM "
                                        "contributions m) - interval '%1 days'")
                             .arg(days)
                       : QString();
        return QStringLiteral("SELECT %1 FROM contributions c WHERE to_tsvector('arabic', "
                              "c.body_norm) @@ plainto_tsquery('arabic', ?)%2 "
                              "ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?")
            .arg(columns, window);
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
    // Newest first without reading every match of a common word: look in the last week, then
    // the last quarter, then everything, and stop as soon as a window holds a full page (its
    // rows are then the newest of all). A rare word costs three small index scans.
    const QList<int> windows = Dialect::of(db).isPostgres() ? QList<int>{7, 90, 0} : QList<int>{0};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (int days : windows) {
        hits->clear();
        q.prepare(searchSql(db, days));
        if (DbError e = Database::exec(q, {parameter, limit}); !e.ok())
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
