#pragma once

#include "polls/poll.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A poll as versioned JSON ("format": "diwan-poll", "version": 1): every field written, so that
// export then import gives the same poll. Import is strict: a missing, unknown or mistyped key,
// or a newer version, is refused with the place and what is wrong
// ("questions[2].options[0].text_ar: expected a string"). Texts for scripts (diwan-admin) and
// support staff: English, stable, not translated.
namespace Polls {

struct JsonImport
{
    std::optional<Poll> poll;
    QString error; // "<path>: <what is wrong>" when poll is empty
};

class PollJson
{
public:
    static constexpr int Version = 1;
    static QByteArray toJson(const Poll &poll);
    static JsonImport fromJson(const QByteArray &json);
};

} // namespace Polls
