#pragma once

#include "auth/session.h"
#include "polls/poll.h"
#include "transactions/transactionstate.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// The rows tests build their cases from, written in one place: a new column means editing this
// file, not every test. Each function inserts one row on the test's admin connection (on
// PostgreSQL the superuser: no row security, the triggers run) and returns its id, or 0 after a
// warning naming the SQL error. Columns a test leaves alone get the database's own defaults or
// the plain values below.
namespace Fixtures {

struct Service
{
    QString code = {};
    QString nameAr = {}; // empty: the code
    QString nameEn = {}; // empty: the code
    QString category = QStringLiteral("residency");
    int slaHours = 24;
};
[[nodiscard]] qint64 service(QSqlDatabase db, const Service &service);

// A document the applicant uploads for a service.
struct Document
{
    QString service = {}; // the service's code
    QString code = {};
    QString nameAr = {};
    QString nameEn = {};
    int position = 0;
};
[[nodiscard]] qint64 document(QSqlDatabase db, const Document &document);

struct CannedResponse
{
    QString service = {}; // the service's code; empty: for every service
    QString titleAr = {};
    QString titleEn = {};
    QString bodyAr = {};
    QString bodyEn = {};
};
[[nodiscard]] qint64 cannedResponse(QSqlDatabase db, const CannedResponse &response);

inline QDateTime utc(int year, int month, int day, int hour = 8)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

struct Transaction
{
    QString reference = {};
    QString service = {}; // the service's code
    TransactionState state = TransactionState::Submitted;
    int priority = 2;
    QString applicantName = QStringLiteral("n");
    QString applicantNameNorm = {}; // empty: ArabicText::normalize(applicantName)
    QString qid = QStringLiteral("28463400123");
    QString phone = {}; // empty: none
    QString email = {}; // empty: none
    QString language = QStringLiteral("ar");
    QString details = QStringLiteral("{}");
    QDateTime submittedAt = utc(2026, 11, 1);
    QDateTime dueAt = utc(2026, 11, 2);
    qint64 assignedTo = 0; // 0: nobody
    QDateTime leaseExpiresAt = {};
};
[[nodiscard]] qint64 transaction(QSqlDatabase db, const Transaction &transaction);

struct Attachment
{
    qint64 transactionId = 0;
    QString documentCode = {};
    QString fileName = {};
    QString url = {};
    QString sha256 = {};
    qint64 sizeBytes = 0;
    QString mimeType = {};
};
[[nodiscard]] qint64 attachment(QSqlDatabase db, const Attachment &attachment);

// A staff row alone: no PostgreSQL login, no roles, no password anyone could use (to sign in,
// see TestDatabase::signInAs or StaffAdmin::createStaff).
struct Staff
{
    QString login = {};
    QString nameAr = {};
    QString nameEn = {};
};
[[nodiscard]] qint64 staff(QSqlDatabase db, const Staff &staff);

// The staff member works on these services (codes; none: every service there is).
[[nodiscard]] bool staffServices(QSqlDatabase db, qint64 staffId, const QStringList &codes = {});

// An issue for discussion.
struct Topic
{
    QString titleAr = QStringLiteral("t");
    QString titleEn = QStringLiteral("t");
    QString bodyAr = QStringLiteral("b");
    QString bodyEn = QStringLiteral("b");
    QString state = QStringLiteral("open");
    QString moderation = QStringLiteral("pre"); // "pre" or "post"
    int reportThreshold = 3;
    QDateTime opensAt = {};  // null: open already
    QDateTime closesAt = {}; // null: no end
};
[[nodiscard]] qint64 topic(QSqlDatabase db, const Topic &topic);

struct Contribution
{
    qint64 topicId = 0;
    QString authorId = QStringLiteral("p1");
    QString authorName = QStringLiteral("A");
    QString body = {};
    QString bodyNorm = {}; // empty: ArabicText::normalize(body)
    QString state = QStringLiteral("published");
    QDateTime submittedAt = {};
};
[[nodiscard]] qint64 contribution(QSqlDatabase db, const Contribution &contribution);

// A poll saved by the editor (signed in) and opened to the website: open since yesterday, for
// ten more days (written directly by `admin`, as the lifecycle's functions would leave it). The
// error's text, or empty.
QString openPoll(QSqlDatabase admin, const Session &editor, const Polls::Poll &poll, qint64 *id);

// The first column of the first row of a query (its values bound in order), as text, or
// "error: ..." (for literal compares).
QString scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {});

} // namespace Fixtures
