#pragma once

#include "polls/poll.h"

#include <QString>

// The poll as the citizen will see it on the website, in one language (read-only HTML for the
// designer's preview). The texts of the fixed scales come from
// resources/templates/poll_preview.json in both languages, whatever the UI language.
namespace PollPreview {

QString html(const Polls::Poll &poll, const QString &language);

} // namespace PollPreview
