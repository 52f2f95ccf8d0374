#pragma once

#include "polls/poll.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Every rule a poll must meet before it is saved, sent for review or scheduled, each problem tied
// to the field it is about ("questions[2].options[0].text_ar") so that the designer shows it next
// to that field. Missing English is a warning (the poll can still go to review); the rest are
// errors. The PostgreSQL functions check again what SQL can check.
namespace Polls {

struct Problem
{
    enum class Severity { Error, Warning };
    QString field;   // a path into the poll: "title_ar", "questions[1].max_picks", ...
    QString message; // one sentence in the UI language
    Severity severity = Severity::Error;
};

class PollValidator
{
public:
    // now: the moment the poll is checked against (opening in the past), UTC.
    static QList<Problem> validate(const Poll &poll, const QDateTime &now);
    static bool hasErrors(const QList<Problem> &problems);
    // The problems of one field (what the designer shows beside it).
    static QList<Problem> forField(const QList<Problem> &problems, const QString &field);
    static QString questionPath(int question);
    static QString optionPath(int question, int option);
};

} // namespace Polls
