#pragma once

#include "auth/roles.h"
#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Deterministic demo and benchmark data: the same seed and scale give the same rows on SQLite
// and PostgreSQL. Content (services, documents, names, topics, polls) comes from resources/demo;
// on PostgreSQL rows are loaded with COPY through libpq.
namespace Seeder {

struct DemoAccount
{
    QString login;
    QString password;
    Roles roles;
    QString displayNameAr;
    QString displayNameEn;
};
// One account per role plus a supervisor; passwords are for the demo database only.
const QList<DemoAccount> &demoAccounts();

struct Options
{
    qint64 transactions = 3000; // --scale
    qint64 contributions = 0;   // 0: transactions / 4
    qint64 pollResponses = 0;   // 0: transactions * 2
    quint64 seed = 2026;
    bool createAccounts = true; // demo staff (on PostgreSQL: LOGIN roles, needs CREATEROLE)
    // After the load, a few open poll answers through the portal's entry point, which wait in
    // moderation as in production (the demo; sendPortalPollAnswers).
    bool portalPollAnswers = false;
    QDateTime now; // "today" of the data; default: the current time
    // For COPY on PostgreSQL: the same server, with this password.
    ConnectionProfile profile;
    QString password;
    std::function<void(const QString &stage, qint64 done, qint64 total)> progress;
};

struct Report
{
    qint64 services = 0;
    qint64 staff = 0;
    qint64 transactions = 0;
    qint64 attachments = 0;
    qint64 contributions = 0;
    qint64 polls = 0;
    qint64 pollResponses = 0;
    qint64 milliseconds = 0;
};

// Refuses (Kind::Invalid) a database that already holds transactions.
DbError seed(QSqlDatabase &db, const Options &options, Report *report = nullptr);
bool isSeeded(QSqlDatabase &db);

} // namespace Seeder
