#include "db/pgcopy.h"

#include "db/dialect.h"

#include <QSqlError>

#include <libpq-fe.h>

#include <dlfcn.h>
#include <type_traits>

#include <vector>

namespace {

// libpq is opened on first use instead of linked: the program then starts without loading it
// and the twenty libraries it pulls in (Kerberos, LDAP, TLS), which cost more start-up time than
// the rest of Diwan's own libraries (see tests/bench, cold_start). QPSQL loads it anyway once a
// PostgreSQL connection is made.
struct LibPq
{
    bool loaded = false;
    QString error;
    decltype(&::PQclear) PQclear = nullptr;
    decltype(&::PQconnectdbParams) PQconnectdbParams = nullptr;
    decltype(&::PQerrorMessage) PQerrorMessage = nullptr;
    decltype(&::PQexec) PQexec = nullptr;
    decltype(&::PQexecParams) PQexecParams = nullptr;
    decltype(&::PQfinish) PQfinish = nullptr;
    decltype(&::PQgetResult) PQgetResult = nullptr;
    decltype(&::PQgetisnull) PQgetisnull = nullptr;
    decltype(&::PQgetvalue) PQgetvalue = nullptr;
    decltype(&::PQnfields) PQnfields = nullptr;
    decltype(&::PQntuples) PQntuples = nullptr;
    decltype(&::PQputCopyData) PQputCopyData = nullptr;
    decltype(&::PQputCopyEnd) PQputCopyEnd = nullptr;
    decltype(&::PQresultErrorField) PQresultErrorField = nullptr;
    decltype(&::PQresultErrorMessage) PQresultErrorMessage = nullptr;
    decltype(&::PQresultStatus) PQresultStatus = nullptr;
    decltype(&::PQsetNoticeProcessor) PQsetNoticeProcessor = nullptr;
    decltype(&::PQstatus) PQstatus = nullptr;
};

const LibPq &pq()
{
    static const LibPq lib = [] {
        LibPq l;
        void *handle = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            l.error = QString::fromLocal8Bit(::dlerror());
            return l;
        }
        bool all = true;
        auto bind = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(handle, name));
            all = all && fn;
        };
        bind(l.PQclear, "PQclear");
        bind(l.PQconnectdbParams, "PQconnectdbParams");
        bind(l.PQerrorMessage, "PQerrorMessage");
        bind(l.PQexec, "PQexec");
        bind(l.PQexecParams, "PQexecParams");
        bind(l.PQfinish, "PQfinish");
        bind(l.PQgetResult, "PQgetResult");
        bind(l.PQgetisnull, "PQgetisnull");
        bind(l.PQgetvalue, "PQgetvalue");
        bind(l.PQnfields, "PQnfields");
        bind(l.PQntuples, "PQntuples");
        bind(l.PQputCopyData, "PQputCopyData");
        bind(l.PQputCopyEnd, "PQputCopyEnd");
        bind(l.PQresultErrorField, "PQresultErrorField");
        bind(l.PQresultErrorMessage, "PQresultErrorMessage");
        bind(l.PQresultStatus, "PQresultStatus");
        bind(l.PQsetNoticeProcessor, "PQsetNoticeProcessor");
        bind(l.PQstatus, "PQstatus");
        l.loaded = all;
        if (!all)
            l.error = QStringLiteral("libpq.so.5 lacks a function Diwan needs");
        return l;
    }();
    return lib;
}

constexpr qsizetype flushThreshold = 1024 * 1024;

// libpq's message for a failed statement, classified like a QPSQL error.
DbError resultError(const PGresult *result, PGconn *conn)
{
    QString message;
    QString state;
    if (result) {
        message = QString::fromUtf8(pq().PQresultErrorMessage(result)).trimmed();
        state = QString::fromLatin1(pq().PQresultErrorField(result, PG_DIAG_SQLSTATE));
    }
    if (message.isEmpty())
        message = QString::fromUtf8(pq().PQerrorMessage(conn)).trimmed();
    DbError e = DbError::fromSql(
        QSqlError(QStringLiteral("PgCopy"), message, QSqlError::StatementError, state));
    if (e.ok())
        e = DbError::make(DbError::Kind::Other, message);
    return e;
}

// Appends one UTF-16 string as UTF-8, escaped for COPY's text format.
void appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype size = text.size();
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            switch (c) {
            case '\\':
                out.append("\\\\", 2);
                break;
            case '\t':
                out.append("\\t", 2);
                break;
            case '\n':
                out.append("\\n", 2);
                break;
            case '\r':
                out.append("\\r", 2);
                break;
            case 0:
                break; // PostgreSQL text cannot hold NUL
            default:
                out.append(char(c));
                break;
            }
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < size && p[i + 1] >= 0xDC00 && p[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (p[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD; // a lone surrogate is not valid UTF-8
        }
        if (c < 0x800) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.append(char(0xE0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        } else {
            out.append(char(0xF0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3F)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        }
    }
}

QByteArray quotedIdentifier(const QString &name)
{
    // Table names may be schema-qualified: quote each part.
    QByteArrayList parts;
    for (const QString &part : name.split(QLatin1Char('.'))) {
        QByteArray p = part.toUtf8();
        p.replace('"', "\"\"");
        parts << '"' + p + '"';
    }
    return parts.join('.');
}
} // namespace

PgCopy::~PgCopy()
{
    close();
}

DbError PgCopy::open(const ConnectionProfile &profile, const QString &password)
{
    close();
    if (!profile.isPostgres())
        return DbError::make(DbError::Kind::Invalid,
                             QStringLiteral("COPY needs a PostgreSQL profile"));
    if (!pq().loaded)
        return DbError::make(DbError::Kind::DriverMissing,
                             QStringLiteral("cannot load libpq for COPY: ") + pq().error);
    QList<QByteArray> keys{"host", "port", "dbname", "user", "client_encoding"};
    QList<QByteArray> values{profile.host.toUtf8(),
                             QByteArray::number(profile.port),
                             profile.database.toUtf8(),
                             profile.user.toUtf8(),
                             "UTF8"};
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it) {
        keys << it.key().toUtf8();
        values << it.value().toUtf8();
    }
    if (!profile.options.contains(QStringLiteral("application_name"))) {
        keys << "application_name";
        values << "diwan-copy";
    }
    if (!profile.options.contains(QStringLiteral("connect_timeout"))) {
        keys << "connect_timeout";
        values << "10";
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = pq().PQconnectdbParams(k.data(), v.data(), 0);
    if (!m_conn)
        return DbError::make(DbError::Kind::Unreachable, QStringLiteral("out of memory"));
    if (pq().PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(pq().PQerrorMessage(m_conn)).trimmed();
        close();
        DbError e = DbError::fromSql(
            QSqlError(QStringLiteral("PgCopy"), message, QSqlError::ConnectionError));
        if (e.kind == DbError::Kind::Other || e.kind == DbError::Kind::ConnectionLost
            || e.kind == DbError::Kind::None)
            e = DbError{DbError::Kind::Unreachable, message, {}, {}};
        return e;
    }
    // NOTICEs (e.g. "role is already a member") are not for the person running a bulk load.
    pq().PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    for (const QString &statement : Dialect(Dialect::Kind::Postgres).sessionSetup()) {
        if (DbError e = exec(statement); !e.ok()) {
            close();
            return e;
        }
    }
    return {};
}

void PgCopy::close()
{
    if (m_conn)
        pq().PQfinish(m_conn);
    m_conn = nullptr;
    m_inCopy = false;
    m_buffer.clear();
}

DbError PgCopy::connectionError(const QString &what) const
{
    const QString message = m_conn ? QString::fromUtf8(pq().PQerrorMessage(m_conn)).trimmed()
                                   : QStringLiteral("not connected");
    DbError e = DbError::fromSql(QSqlError(QStringLiteral("PgCopy"),
                                           what + QStringLiteral(": ") + message,
                                           QSqlError::ConnectionError));
    if (e.ok())
        e = DbError::make(DbError::Kind::ConnectionLost, message);
    return e;
}

DbError PgCopy::exec(const QString &sql, const QStringList &params, QList<QStringList> *rows)
{
    if (!m_conn)
        return connectionError(QStringLiteral("exec"));
    if (m_inCopy)
        return DbError::make(DbError::Kind::Invalid, QStringLiteral("a COPY is in progress"));
    const QByteArray query = sql.toUtf8();
    QList<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QString &p : params) {
        storage << p.toUtf8();
        values.push_back(p.isNull() ? nullptr : storage.last().constData());
    }
    PGresult *result = params.isEmpty() ? pq().PQexec(m_conn, query.constData())
                                        : pq().PQexecParams(m_conn,
                                                            query.constData(),
                                                            int(values.size()),
                                                            nullptr,
                                                            values.data(),
                                                            nullptr,
                                                            nullptr,
                                                            0);
    const ExecStatusType status = result ? pq().PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        DbError e = resultError(result, m_conn);
        pq().PQclear(result);
        return e;
    }
    if (rows) {
        rows->clear();
        const int n = pq().PQntuples(result);
        const int columns = pq().PQnfields(result);
        for (int r = 0; r < n; ++r) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row << (pq().PQgetisnull(result, r, c)
                            ? QString()
                            : QString::fromUtf8(pq().PQgetvalue(result, r, c)));
            rows->append(row);
        }
    }
    pq().PQclear(result);
    return {};
}

DbError PgCopy::beginCopy(const QString &table, const QStringList &columns)
{
    if (!m_conn)
        return connectionError(QStringLiteral("COPY"));
    if (m_inCopy)
        return DbError::make(DbError::Kind::Invalid, QStringLiteral("a COPY is in progress"));
    QByteArrayList quoted;
    for (const QString &c : columns)
        quoted << quotedIdentifier(c);
    const QByteArray sql
        = "COPY " + quotedIdentifier(table) + " (" + quoted.join(", ") + ") FROM STDIN";
    PGresult *result = pq().PQexec(m_conn, sql.constData());
    if (!result || pq().PQresultStatus(result) != PGRES_COPY_IN) {
        DbError e = resultError(result, m_conn);
        pq().PQclear(result);
        return e;
    }
    pq().PQclear(result);
    m_inCopy = true;
    m_firstField = true;
    m_rows = 0;
    m_streamError = {};
    m_buffer.clear();
    m_buffer.reserve(flushThreshold + 64 * 1024);
    return {};
}

void PgCopy::separate()
{
    if (!m_firstField)
        m_buffer.append('\t');
    m_firstField = false;
}

void PgCopy::addNull()
{
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopy::addInt(qint64 value)
{
    separate();
    char digits[24];
    int n = 0;
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        m_buffer.append('-');
    while (n)
        m_buffer.append(digits[--n]);
}

void PgCopy::addBool(bool value)
{
    separate();
    m_buffer.append(value ? 't' : 'f');
}

void PgCopy::addText(QStringView value)
{
    separate();
    appendEscaped(m_buffer, value);
}

void PgCopy::addLatin1(const char *text, int size)
{
    separate();
    m_buffer.append(text, size);
}

DbError PgCopy::endRow()
{
    m_buffer.append('\n');
    m_firstField = true;
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        return flush();
    return m_streamError;
}

DbError PgCopy::flush()
{
    if (!m_streamError.ok())
        return m_streamError;
    if (m_buffer.isEmpty())
        return {};
    if (pq().PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        m_streamError = connectionError(QStringLiteral("COPY data"));
    m_buffer.clear();
    return m_streamError;
}

DbError PgCopy::endCopy(qint64 *rows)
{
    if (!m_inCopy)
        return DbError::make(DbError::Kind::Invalid, QStringLiteral("no COPY in progress"));
    flush();
    m_inCopy = false;
    const bool sent = m_streamError.ok();
    if (pq().PQputCopyEnd(m_conn, sent ? nullptr : "client error") != 1 && sent)
        m_streamError = connectionError(QStringLiteral("COPY end"));
    // The server's verdict on the whole COPY; drain every result.
    DbError e;
    while (PGresult *result = pq().PQgetResult(m_conn)) {
        if (pq().PQresultStatus(result) != PGRES_COMMAND_OK && e.ok())
            e = resultError(result, m_conn);
        pq().PQclear(result);
    }
    if (e.ok() && !m_streamError.ok())
        e = m_streamError; // the server's own message, if any, says more
    if (e.ok() && rows)
        *rows = m_rows;
    m_buffer.clear();
    return e;
}
