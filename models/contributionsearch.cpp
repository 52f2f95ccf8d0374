#include "contributionsearch.h"

#include "arabictext.h"
#include "database.h"
#include "dialect.h"

#include <QSqlQuery>

namespace ContributionSearch {

QString searchSql(QSqlDatabase &db)
{
    const QString columns
        = QStringLiteral("c.id, c.topic_id, c.author_name, c.body, c.state, c.submitted_at");
    if (Dialect::of(db).isPostgres())
        return QStringLiteral("SELECT %1 FROM contributions c WHERE to_tsvector('arabic', "
                              "c.body_norm) @@ plainto_tsquery('arabic', ?) "
                              "ORDER BY c.submitted_at DESC, c.id DESC LIMIT ?")
            .arg(columns);
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(searchSql(db));
    if (DbError e = Database::exec(q, {parameter, limit}); !e.ok())
        return e;
    while (q.next())
        hits->append({q.value(0).toLongLong(),
                      q.value(1).toLongLong(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      Database::toDateTime(q.value(5))});
    return {};
}

} // namespace ContributionSearch
