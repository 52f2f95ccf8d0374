#pragma once

#include "polls/poll.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Reads a LimeSurvey survey structure file (.lss, its XML export; old layouts with the texts in
// the question rows and new ones with *_l10ns sections) into a Diwan poll: groups flatten into one
// ordered question list, types map to Diwan's, answer options and the Arabic and English texts
// come across, HTML is reduced to plain text (never rendered). What cannot map (equations,
// quotas, expressions, other languages, unsupported types) is listed in the report with why. A
// file that is not a LimeSurvey survey, or from which no question can be imported, is refused
// with the reason. Texts for scripts and support staff: English, stable, not translated.
namespace Polls {

struct LimeSurveyImport
{
    std::optional<Poll> poll;
    QString refusal;         // why nothing was imported, when poll is empty
    QStringList notImported; // "question G01Q02 (gender): ...", "quotas: ..."
    QStringList notes;       // what was changed on the way: HTML reduced, missing Arabic, ...
    int questionsImported = 0;
};

class LimeSurveyImporter
{
public:
    static LimeSurveyImport read(const QByteArray &xml);
    // "<p>Hello&nbsp;<b>you</b></p><script>x()</script>" -> "Hello you"
    static QString plainText(const QString &html);
};

} // namespace Polls
