#pragma once

#include "moderation/moderationservice.h"

// ModerationService's rules on SQLite, where no database function checks them: the state
// machine, the version, the log (with what each action found, for undo), redaction, blocking,
// undo and the soft claim, each in one transaction. PostgreSQL does the same in migrations 013
// and 017; ModerationService picks one or the other.
namespace ModerationSqlite {

DbError act(QSqlDatabase &db,
            qint64 staffId,
            const ModerationService::Request &request,
            const std::pair<QString, QString> &message,
            int *version);

DbError
lookAt(QSqlDatabase &db, qint64 staffId, qint64 contributionId, ModerationService::Claim *holder);

} // namespace ModerationSqlite
