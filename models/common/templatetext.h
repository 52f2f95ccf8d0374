#pragma once

#include <QHash>
#include <QString>

// Message templates ("Dear {name}, your transaction {reference} ..."): each {variable} replaced
// by its value in one pass over the template, so that a value never becomes a template itself
// (an applicant named "{reason}" stays "{reason}"). Unknown variables and lone braces stay as
// they are.
namespace TemplateText {

QString fill(const QString &text, const QHash<QString, QString> &values);

} // namespace TemplateText
