#pragma once

#include <QString>

class QSqlError;

// What went wrong talking to the database, classified so that the UI can say it in a sentence
// a clerk understands (userMessage()) while the technical detail stays available.
struct DbError
{
    enum class Kind {
        None,
        WrongPassword,
        Unreachable,
        Timeout,
        Tls,
        MissingRole,
        SchemaTooNew,
        SchemaTooOld,
        NoSchema,
        DriverMissing,
        BadUrl,
        Conflict,
        Forbidden,
        Invalid,
        NotFound,
        ConnectionLost,
        NotSetUp,    // PostgreSQL: a login in a Diwan group with no staff account
        Deactivated, // a staff account that was deactivated
        Other,
    };

    Kind kind = Kind::None;
    QString detail;
    QString sqlState;
    QString message; // when set: the specific sentence for the user, already translated

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); }

    static DbError fromSql(const QSqlError &error);
    static DbError make(Kind kind, const QString &detail = {}) { return {kind, detail, {}, {}}; }
    // An error with its own translated sentence (e.g. "Write the reason for the rejection").
    static DbError said(Kind kind, const QString &message, const QString &detail = {})
    {
        return {kind, detail, {}, message};
    }

    // One sentence in the current UI language, for the person in front of the screen.
    QString userMessage() const;
    QString toString() const; // message plus the technical detail, for logs and the CLI
};
