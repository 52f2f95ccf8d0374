#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

struct pg_conn; // libpq's PGconn; libpq-fe.h stays out of the headers (diwan_core links it
                // privately)

// Bulk loading into PostgreSQL on a libpq connection of its own: QPSQL cannot COPY. Rows are
// streamed with COPY ... FROM STDIN in text format, about 1 MB at a time; simple statements
// (BEGIN, SET, setval) go through exec(). The session is set up as Database::open does
// (search_path diwan, UTC), so table names may be written unqualified.
class PgCopy
{
public:
    PgCopy() = default;
    ~PgCopy();
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    DbError open(const ConnectionProfile &profile, const QString &password);
    void close();
    bool isOpen() const { return m_conn != nullptr; }

    // One statement; text parameters $1, $2, ... (a null QString is SQL NULL). Result rows, if
    // wanted, come back as text (NULL as a null QString).
    DbError
    exec(const QString &sql, const QStringList &params = {}, QList<QStringList> *rows = nullptr);

    // COPY table (columns) FROM STDIN. Then for each row: one add*() call per column, in order,
    // and endRow(); finally endCopy(). An error while streaming is reported by endRow/endCopy.
    DbError beginCopy(const QString &table, const QStringList &columns);
    void addNull();
    void addInt(qint64 value);
    void addBool(bool value);
    void addText(QStringView value);
    void addLatin1(const char *text,
                   int size); // ASCII that needs no escaping (numbers, timestamps)
    DbError endRow();
    DbError endCopy(qint64 *rows = nullptr);
    bool inCopy() const { return m_inCopy; }

private:
    void separate();
    DbError flush();
    DbError connectionError(const QString &what) const;

    pg_conn *m_conn = nullptr;
    QByteArray m_buffer;
    bool m_inCopy = false;
    bool m_firstField = true;
    qint64 m_rows = 0;
    DbError m_streamError;
};
