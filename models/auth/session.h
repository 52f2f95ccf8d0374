#pragma once

#include "auth/roles.h"
#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QString>

// Who is signed in, where, with which roles. Built by signIn(); the password is not kept here.
struct Session
{
    ConnectionProfile profile;
    QString connectionName;
    // A hot standby of the central database that searches and dashboards read from
    // (diwan --read-replica); empty when there is none or it could not be opened.
    QString readConnectionName;
    ConnectionProfile readProfile;
    bool readReplicaRequested = false;
    qint64 staffId = 0;
    QString login;
    QString displayNameAr;
    QString displayNameEn;
    Roles roles;
    int schemaVersion = 0;

    // Where reads that may lag a moment behind (searches, dashboards) go.
    QString readConnection() const
    {
        return readConnectionName.isEmpty() ? connectionName : readConnectionName;
    }
    bool isValid() const { return !login.isEmpty(); }
    bool has(Role role) const { return roles.testFlag(role); }
    QString displayName(const QString &language) const
    {
        const QString &n = language == QLatin1String("ar") ? displayNameAr : displayNameEn;
        return n.isEmpty() ? login : n;
    }
};

struct SignInResult
{
    DbError error;
    Session session;
};

// Opens `connectionName` and checks, in this order: the server and the password, the user's
// Diwan roles, and the schema version. Safe to call from a worker thread (the connection then
// belongs to that thread). On failure the connection is closed.
SignInResult signIn(const ConnectionProfile &profile,
                    const QString &login,
                    const QString &password,
                    const QString &connectionName);

// Opens the read replica for a signed-in PostgreSQL session, with the same login and password,
// as `session.connectionName + "-read"`, and checks that it is a hot standby (it refuses writes)
// with a schema this Diwan understands. On success sets session.readConnectionName; on failure
// the session reads from the central database and the error says why.
DbError
openReadReplica(Session &session, const ConnectionProfile &replica, const QString &password);
