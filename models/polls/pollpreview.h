#pragma once

#include "polls/poll.h"

#include <QString>
#include <QStringList>

// The poll as the citizen will see it on the website, in one language (read-only HTML for the
// designer's preview). The texts of the fixed scales come from
// resources/templates/poll_preview.json in both languages, whatever the UI language.
namespace PollPreview {

QString html(const Polls::Poll &poll, const QString &language);
// One of those texts ("yes", "other", ...) or list of texts ("likert"), in `language`.
QString word(const char *key, const QString &language);
QStringList scale(const char *key, const QString &language);

} // namespace PollPreview
