#pragma once

#include <QString>

// The words for the domain's codes (states, reasons, demographics), in the UI language, as the
// glossary has them. The database stores the English keys; people read these.
namespace DomainText {

QString contributionState(const QString &key);
QString publicationState(const QString &key); // polls and topics
QString reportReason(const QString &key);
QString questionKind(const QString &key);
QString priority(int level);
QString serviceCategory(const QString &key);
// What the applicant typed in: the field's label and the value's words (choices are keys).
QString applicationField(const QString &key);
QString applicationValue(const QString &key, const QString &value);

} // namespace DomainText
