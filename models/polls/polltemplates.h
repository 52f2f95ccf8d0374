#pragma once

#include "polls/poll.h"

#include <QList>
#include <QString>

// The polls an editor can start from (resources/templates/poll_templates.json): each a Diwan poll
// document read with PollJson, so that a template is exactly what an export would give.
namespace Polls {

struct PollTemplate
{
    QString nameAr;
    QString nameEn;
    Poll poll;
};

// Every template that reads as a valid poll document (one that does not is left out, with a
// warning naming it).
const QList<PollTemplate> &pollTemplates();

} // namespace Polls
