#include "transactions/decisionletters.h"

#include "db/database.h"
#include "db/dialect.h"
#include "transactions/transactionevents.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace DecisionLetter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionLetter", text);
}

// Error details this file gives, so that errorMessage() can say precisely what happened.
const QLatin1String notDecided("letter: not decided");
const QLatin1String notYours("letter: not the deciding clerk");
const QLatin1String badHow("letter: unknown way of issuing");
const QLatin1String outputFailed("letter: output failed: ");

QString normalLanguage(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar");
}

// The letter's number on PostgreSQL: diwan.record_letter checks the state and the clerk again,
// locks the row until the caller's transaction ends (the holder's second window issuing at the
// same moment waits, then counts this letter too) and writes the event and the notification.
DbError recordOnServer(
    QSqlDatabase &db, qint64 transactionId, const QString &how, const QString &lang, int *number)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT diwan.record_letter(?, ?, ?)"));
    const DbError e = Database::exec(q, {transactionId, how, lang});
    if (e.kind == DbError::Kind::Forbidden || e.kind == DbError::Kind::Conflict)
        return DbError::make(DbError::Kind::Forbidden, notYours);
    if (e.kind == DbError::Kind::Invalid)
        return DbError::make(e.kind, notDecided);
    if (!e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::Other, QStringLiteral("no letter number returned"));
    *number = q.value(0).toInt();
    return {};
}

// The same on SQLite, by the application (its single writer serialises two windows).
DbError recordHere(QSqlDatabase &db,
                   qint64 staffId,
                   qint64 transactionId,
                   const QString &how,
                   const QString &lang,
                   int *number)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id = "
                             "? AND kind = 'letter_issued'"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    *number = q.next() ? q.value(0).toInt() + 1 : 1;
    q.finish();

    // The history keeps English words, like every other event note.
    const QString note = QStringLiteral("%1 letter no. %2 %3")
                             .arg(lang == QLatin1String("en") ? QStringLiteral("English")
                                                              : QStringLiteral("Arabic"))
                             .arg(*number)
                             .arg(how == QLatin1String("pdf") ? QStringLiteral("saved as PDF")
                                                              : QStringLiteral("printed"));
    if (DbError e = TransactionService::recordEvent(
            db, transactionId, staffId, QStringLiteral("letter_issued"), {}, {}, note);
        !e.ok())
        return e.kind == DbError::Kind::Forbidden ? DbError::make(e.kind, notYours) : e;
    return TransactionService::notifyChanged(db, transactionId);
}

} // namespace

QString LetterData::letterNumber() const
{
    return QStringLiteral("%1/%2").arg(reference).arg(serial);
}

bool hasLetter(const QString &state)
{
    return TransactionStates::isDecided(state);
}

DbError
loadLetterData(QSqlDatabase &db, qint64 transactionId, const QString &language, LetterData *out)
{
    *out = {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.reference, t.state, t.applicant_name, t.qid, t.language, t.decided_at, "
        "t.reason_code, t.reason_text, t.assigned_to, s.name_ar, s.name_en "
        "FROM transactions t JOIN services s ON s.id = t.service_id WHERE t.id = ?"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound);
    LetterData d;
    d.transactionId = transactionId;
    d.reference = q.value(0).toString();
    d.state = q.value(1).toString();
    d.applicantName = q.value(2).toString();
    d.qid = q.value(3).toString();
    d.language = normalLanguage(language.isEmpty() ? q.value(4).toString() : language);
    d.decidedAt = Database::toDateTime(q.value(5));
    d.reasonCode = q.value(6).toString();
    d.reasonText = q.value(7).toString();
    const qint64 holder = q.value(8).toLongLong();
    d.serviceName = d.isArabic() ? q.value(9).toString() : q.value(10).toString();
    q.finish();
    if (!hasLetter(d.state))
        return DbError::make(DbError::Kind::Invalid, notDecided);

    // Signed by whoever took the decision (still the holder, unless the history says otherwise).
    q.prepare(QStringLiteral(
        "SELECT st.login, st.display_name_ar, st.display_name_en FROM staff st WHERE st.id = "
        "coalesce((SELECT e.staff_id FROM transaction_events e WHERE e.transaction_id = ? AND "
        "e.kind = ? AND e.staff_id IS NOT NULL ORDER BY e.id DESC LIMIT 1), ?)"));
    if (DbError e = Database::exec(q, {transactionId, d.state, holder}); !e.ok())
        return e;
    if (q.next()) {
        const QString name = d.isArabic() ? q.value(1).toString() : q.value(2).toString();
        d.staffName = name.trimmed().isEmpty() ? q.value(0).toString() : name;
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id = ? "
                             "AND kind = 'letter_issued'"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    d.serial = q.next() ? q.value(0).toInt() + 1 : 1;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    *out = d;
    return {};
}

DbError recordLetter(QSqlDatabase &db,
                     qint64 staffId,
                     qint64 transactionId,
                     const QString &how,
                     const QString &language,
                     const std::function<bool(int, QString *)> &output,
                     int *serial)
{
    if (how != QLatin1String("pdf") && how != QLatin1String("print"))
        return DbError::make(DbError::Kind::Invalid, badHow);
    const QString lang = normalLanguage(language);
    return Database::transaction(db, [&]() -> DbError {
        // Checked first here for the precise sentence; on PostgreSQL checked again by the
        // function, under its lock.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, assigned_to FROM transactions WHERE id = ?"));
        if (DbError e = Database::exec(q, {transactionId}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound);
        const QString state = q.value(0).toString();
        const bool mine = !q.value(1).isNull() && q.value(1).toLongLong() == staffId;
        q.finish();
        if (!hasLetter(state))
            return DbError::make(DbError::Kind::Invalid, notDecided);
        if (!mine)
            return DbError::make(DbError::Kind::Forbidden, notYours);

        int number = 0;
        if (DbError e = Dialect::of(db).isPostgres()
                            ? recordOnServer(db, transactionId, how, lang, &number)
                            : recordHere(db, staffId, transactionId, how, lang, &number);
            !e.ok())
            return e;
        if (output) {
            QString why;
            if (!output(number, &why))
                return DbError::make(DbError::Kind::Other, outputFailed + why);
        }
        if (serial)
            *serial = number;
        return {};
    });
}

QString errorMessage(const DbError &error)
{
    if (error.detail == notDecided)
        return tr("A decision letter can be issued only once the transaction is approved or "
                  "rejected. Nothing was recorded.");
    if (error.detail == notYours)
        return tr("Only the clerk who decided this transaction can issue its letter. Nothing was "
                  "recorded.");
    if (error.detail.startsWith(outputFailed))
        return tr("The letter could not be produced (%1). Nothing was recorded.")
            .arg(error.detail.mid(outputFailed.size()));
    return error.userMessage();
}

} // namespace DecisionLetter
