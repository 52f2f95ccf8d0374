#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Seeder {

// A few responses to an open poll with an open question, sent through the portal's entry point
// (Polls::PollResponses::submit) as the website would, so that their open answers arrive in
// moderation ("Open poll answers") with their automatic flags, as in production. The bulk
// answers of the seeder (no respondent hash) are not moderated. The texts come from
// resources/demo/polls.json ("portal_open_answers"). `sent`: how many went through; a poll that
// refuses them (none open at `now`) sends none, which is no error.
DbError sendPortalPollAnswers(QSqlDatabase &db, const QDateTime &now, int *sent = nullptr);

} // namespace Seeder
