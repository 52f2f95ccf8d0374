#include "searchcommand.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "moderation/contributionsearch.h"
#include "transactions/transactionsearch.h"

namespace SearchCommand {

namespace {

// The text with the given spans in brackets; every part shown safely on a terminal.
QString marked(const QString &text, const QList<ArabicText::Span> &spans)
{
    QString out;
    qsizetype done = 0;
    for (const ArabicText::Span &s : spans) {
        out += ArabicText::showControlsPlain(QStringView(text).mid(done, s.start - done));
        out += QLatin1Char('[')
               + ArabicText::showControlsPlain(QStringView(text).mid(s.start, s.length))
               + QLatin1Char(']');
        done = s.start + s.length;
    }
    out += ArabicText::showControlsPlain(QStringView(text).mid(done));
    return out;
}

QString whole(const QString &text)
{
    return QLatin1Char('[') + ArabicText::showControlsPlain(text) + QLatin1Char(']');
}

QString transactionLine(const TransactionSearch::Hit &hit,
                        TransactionSearch::Result::MatchedBy by,
                        const QStringList &terms)
{
    using By = TransactionSearch::Result::MatchedBy;
    QString text
        = by == By::Reference ? whole(hit.reference) : ArabicText::showControlsPlain(hit.reference);
    text += QLatin1Char(' ')
            + (by == By::Name
                   ? marked(hit.applicant, ArabicText::matchingWords(hit.applicant, terms))
                   : ArabicText::showControlsPlain(hit.applicant));
    if (by == By::Qid)
        text += QStringLiteral(" QID ") + whole(hit.qid);
    else if (by == By::Phone)
        text += QStringLiteral(" [phone]");
    return QStringLiteral("transaction\t%1\t%2").arg(hit.id).arg(text);
}

} // namespace

int run(
    QSqlDatabase &db, Area area, int limit, const QString &text, QTextStream &out, QTextStream &err)
{
    const QStringList terms = ArabicText::searchTermList(text);
    int found = 0;
    TransactionSearch::Result transactions;
    if (area != Area::Contributions) {
        if (DbError e = TransactionSearch::search(db, text, &transactions, limit); !e.ok()) {
            err << "diwan-admin: search: " << e.toString() << "\n";
            return 1;
        }
        for (const TransactionSearch::Hit &hit : std::as_const(transactions.hits))
            out << transactionLine(hit, transactions.matchedBy, terms) << "\n";
        found += int(transactions.hits.size());
    }
    if (area != Area::Transactions) {
        QList<ContributionSearch::Hit> hits;
        if (DbError e = ContributionSearch::search(db, text, &hits, limit); !e.ok()) {
            err << "diwan-admin: search: " << e.toString() << "\n";
            return 1;
        }
        for (const ContributionSearch::Hit &hit : std::as_const(hits))
            out << "contribution\t" << hit.id << "\t"
                << marked(hit.body, ArabicText::matchingWords(hit.body, terms)) << "\n";
        found += int(hits.size());
    }
    if (found == 0) {
        // The website's own words, as the transactions page says them; then what comes closest.
        out << "nothing found. If you don't find what you are looking for, use more precise "
               "words.\n";
        if (!transactions.closest.isEmpty()) {
            out << "Closest matches:\n";
            for (const TransactionSearch::Hit &hit : std::as_const(transactions.closest))
                out << transactionLine(hit, TransactionSearch::Result::MatchedBy::Nothing, terms)
                    << "\n";
        }
    }
    out.flush();
    return 0;
}

} // namespace SearchCommand
