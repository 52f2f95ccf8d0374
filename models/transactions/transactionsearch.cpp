#include "transactions/transactionsearch.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace TransactionSearch {

namespace {

const QString columns
    = QStringLiteral("t.id, t.reference, t.applicant_name, t.qid, t.state, t.submitted_at");

DbError collect(QSqlQuery &q, const QVariantList &values, QList<Hit> *out)
{
    if (DbError e = Database::exec(q, values); !e.ok())
        return e;
    while (q.next())
        out->append({q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     Database::toDateTime(q.value(5))});
    return {};
}

// FTS5 query from search terms: each quoted (no operator injection: the terms hold no
// punctuation, and quotes are removed all the same), all required.
QString ftsQuery(const QStringList &terms, bool prefix)
{
    QStringList quoted;
    for (QString term : terms) {
        term.remove(QLatin1Char('"'));
        if (!term.isEmpty())
            quoted << QLatin1Char('"') + term + QLatin1Char('"')
                          + (prefix ? QStringLiteral("*") : QString());
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace

DbError search(QSqlDatabase &db, const QString &text, Result *result, int limit)
{
    *result = {};
    const QString normalized = ArabicText::normalize(text);
    if (normalized.isEmpty())
        return {};
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // A reference number: MOI-2026-0001234, case and Arabic digits forgiven.
    static const QRegularExpression reference(QStringLiteral("^moi-(\\d{4})-(\\d{1,7})$"));
    if (const auto m = reference.match(normalized); m.hasMatch()) {
        q.prepare(
            QStringLiteral("SELECT %1 FROM transactions t WHERE t.reference = ?").arg(columns));
        result->matchedBy = Result::MatchedBy::Reference;
        const QString canonical
            = QStringLiteral("MOI-%1-%2")
                  .arg(m.captured(1), m.captured(2).rightJustified(7, QLatin1Char('0')));
        return collect(q, {canonical}, &result->hits);
    }
    const QString digits = QString(normalized).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const bool onlyDigits
        = !digits.isEmpty()
          && QString(normalized).remove(QRegularExpression(QStringLiteral("[0-9+ ()-]"))).isEmpty();
    if (onlyDigits && digits.size() == 11) {
        q.prepare(
            QStringLiteral(
                "SELECT %1 FROM transactions t WHERE t.qid = ? ORDER BY t.submitted_at DESC, t.id "
                "LIMIT ?")
                .arg(columns));
        result->matchedBy = Result::MatchedBy::Qid;
        if (DbError e = collect(q, {digits, limit}, &result->hits);
            !e.ok() || !result->hits.isEmpty())
            return e;
    }
    if (onlyDigits && digits.size() >= 7) {
        // Phones are stored as typed ("+974 5551 2345"): compare the last eight digits.
        const QString local = digits.right(8);
        const QString stripped
            = d.isPostgres()
                  ? QStringLiteral("regexp_replace(t.phone, '[^0-9]', '', 'g')")
                  : QStringLiteral("replace(replace(replace(t.phone, ' ', ''), '+', ''), '-', '')");
        q.prepare(QStringLiteral("SELECT %1 FROM transactions t WHERE %2 LIKE ? ORDER BY "
                                 "t.submitted_at DESC, t.id LIMIT ?")
                      .arg(columns, stripped));
        result->matchedBy = Result::MatchedBy::Phone;
        if (DbError e = collect(q, {QLatin1Char('%') + local, limit}, &result->hits);
            !e.ok() || !result->hits.isEmpty())
            return e;
    }

    // A name, however it was spelt and whatever attaches to its words: its search terms.
    result->matchedBy = Result::MatchedBy::Name;
    const QStringList terms = ArabicText::searchTermList(normalized);
    if (terms.isEmpty()) {
        // Punctuation or symbols only: nothing to search for.
    } else if (d.isPostgres()) {
        q.prepare(QStringLiteral(
                      "SELECT %1 FROM transactions t WHERE to_tsvector('simple', t.search_terms) "
                      "@@ plainto_tsquery('simple', ?) ORDER BY t.submitted_at DESC, t.id LIMIT ?")
                      .arg(columns));
        if (DbError e = collect(q, {terms.join(QLatin1Char(' ')), limit}, &result->hits); !e.ok())
            return e;
    } else {
        q.prepare(
            QStringLiteral(
                "SELECT %1 FROM transactions t WHERE t.id IN (SELECT ref_id FROM search_index "
                "WHERE "
                "search_index MATCH ? AND kind = 'transaction') ORDER BY t.submitted_at DESC, t.id "
                "LIMIT ?")
                .arg(columns));
        if (DbError e = collect(
                q, {QStringLiteral("body : ") + ftsQuery(terms, false), limit}, &result->hits);
            !e.ok())
            return e;
    }
    if (!result->hits.isEmpty())
        return {};
    result->matchedBy = Result::MatchedBy::Nothing;
    // Nothing: offer the closest names.
    if (d.isPostgres()) {
        q.prepare(
            QStringLiteral("SELECT %1 FROM transactions t WHERE t.applicant_name_norm % ? "
                           "ORDER BY similarity(t.applicant_name_norm, ?) DESC, t.id LIMIT 10")
                .arg(columns));
        return collect(q, {normalized, normalized}, &result->closest);
    }
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM transactions t WHERE t.id IN (SELECT ref_id FROM search_index WHERE "
            "search_index MATCH ? AND kind = 'transaction' LIMIT 10) ORDER BY t.id")
            .arg(columns));
    // Each term as a prefix, any of them.
    if (terms.isEmpty())
        return {};
    QString any = ftsQuery(terms, true);
    any.replace(QStringLiteral("* \""), QStringLiteral("* OR \""));
    return collect(q, {QStringLiteral("body : (") + any + QLatin1Char(')')}, &result->closest);
}

} // namespace TransactionSearch
