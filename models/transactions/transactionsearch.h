#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Finding a transaction the way a clerk asks for it: by reference, QID, phone, or the
// applicant's name however it was spelt (both sides go through ArabicText::searchTerms: the
// normaliser and light stemming; the stored search_terms under PostgreSQL's `simple`
// configuration, or SQLite FTS5). When nothing matches, the closest names are offered (pg_trgm
// similarity, or FTS5 prefixes of the terms).
namespace TransactionSearch {

struct Hit
{
    qint64 id = 0;
    QString reference;
    QString applicant;
    QString qid;
    QString state;
    QDateTime submittedAt;
};

struct Result
{
    QList<Hit> hits;
    QList<Hit> closest; // only when hits is empty
    enum class MatchedBy { Nothing, Reference, Qid, Phone, Name } matchedBy = MatchedBy::Nothing;
};

DbError search(QSqlDatabase &db, const QString &text, Result *result, int limit = 50);

} // namespace TransactionSearch
