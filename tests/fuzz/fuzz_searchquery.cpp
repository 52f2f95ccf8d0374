// libFuzzer target: the search box. What a moderator types becomes the FTS5 query
// (ContributionSearch::queryParameter) run against SQLite's search index, and plain text for
// PostgreSQL's plainto_tsquery. For every input: no crash or undefined behaviour; the query is
// always valid FTS5 (no syntax error, no column filter, operator, NEAR or prefix the person did
// not mean: every word is quoted); it finds a document holding exactly the words typed, quotes
// and all; and text with no word in it searches for nothing.
#include "common/arabictextsearch.h"
#include "moderation/contributionsearch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QSqlDatabase &database()
{
    static QSqlDatabase db = [] {
        QSqlDatabase d
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        if (!d.open())
            abort();
        QSqlQuery q(d);
        // The search index as migration 001 makes it on SQLite (018 fills it with search terms).
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5 (kind "
                                   "UNINDEXED, ref_id UNINDEXED, body, tokenize = 'unicode61 "
                                   "remove_diacritics 2')")))
            abort();
        return d;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    QSqlDatabase &db = database();
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString parameter = ContributionSearch::queryParameter(db, typed);
    const QString terms = ArabicText::searchTerms(typed);
    QSqlQuery q(db);
    // The document holds the words as the index stores them since migration 018: their terms.
    q.prepare(QStringLiteral("INSERT INTO search_index (kind, ref_id, body) VALUES ('c', 1, ?)"));
    q.addBindValue(terms);
    if (!q.exec())
        abort();
    q.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"));
    q.addBindValue(parameter);
    const bool ran = !parameter.isEmpty() && q.exec() && q.next();
    const QString error = q.lastError().text();
    const qint64 found = ran ? q.value(0).toLongLong() : -1;
    q.finish();
    if (!q.exec(QStringLiteral("DELETE FROM search_index")))
        abort();
    if (parameter.isEmpty()) {
        // Nothing searched for: only when no word was typed.
        if (!terms.isEmpty())
            abort();
        return 0;
    }
    if (!ran) {
        std::fprintf(stderr, "FTS5 refused the query: %s\n", qPrintable(error));
        abort();
    }
    // A query of real words finds the document that holds them, a quote inside a word too
    // (`a"b`: the builder once dropped the quote and searched for "ab"). A term of marks alone
    // (U+0613 with no letter) is no token to FTS5's unicode61 on either side: not checked.
    static const QRegularExpression letter(QStringLiteral("[\\p{L}\\p{N}]"));
    bool everyTermHasALetter = true;
    for (const QString &term : terms.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        everyTermHasALetter = everyTermHasALetter && term.contains(letter);
    if (found != 1 && everyTermHasALetter) {
        std::fprintf(stderr,
                     "the document with the words typed was not found (%lld)\n",
                     static_cast<long long>(found));
        abort();
    }
    return 0;
}
