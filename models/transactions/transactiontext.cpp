#include "transactions/transactiontext.h"

#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QHash>

namespace TransactionText {

QString event(const QString &kind, const QString &oldState, const QString &newState)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("submitted"),
         QT_TRANSLATE_NOOP("DomainText", "Submitted through the portal")},
        {QStringLiteral("claimed"), QT_TRANSLATE_NOOP("DomainText", "Claimed")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("DomainText", "Returned to the queue")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("DomainText", "Internal note")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("DomainText", "Message to applicant")},
        {QStringLiteral("requested_documents"),
         QT_TRANSLATE_NOOP("DomainText", "Documents requested")},
        {QStringLiteral("documents_received"),
         QT_TRANSLATE_NOOP("DomainText", "Documents received")},
        {QStringLiteral("letter_issued"),
         QT_TRANSLATE_NOOP("DomainText", "Decision letter issued")},
        {QStringLiteral("document_accepted"), QT_TRANSLATE_NOOP("DomainText", "Document accepted")},
        {QStringLiteral("document_rejected"), QT_TRANSLATE_NOOP("DomainText", "Document rejected")},
        {QStringLiteral("reassigned"), QT_TRANSLATE_NOOP("DomainText", "Reassigned")},
        {QStringLiteral("taken_over"), QT_TRANSLATE_NOOP("DomainText", "Taken over")},
        {QStringLiteral("priority_changed"), QT_TRANSLATE_NOOP("DomainText", "Priority changed")},
    };
    if (const char *word = words.value(kind))
        return QCoreApplication::translate("DomainText", word);
    if (!oldState.isEmpty() && !newState.isEmpty() && oldState != newState)
        return QCoreApplication::translate("DomainText", "%1 to %2")
            .arg(TransactionStates::text(oldState), TransactionStates::text(newState));
    if (!newState.isEmpty())
        return TransactionStates::text(newState);
    return kind;
}

} // namespace TransactionText
