#pragma once

#include "transactions/transactiondetail.h"
#include "transactions/transactionservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

// Asks what a decision needs before it is taken: the reason of a rejection, the documents the
// applicant must provide, an optional message, an internal note, and shows the applicant's
// message as they will read it. OK stays disabled until the decision is complete.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    using Action = TransactionService::Decision::Action;
    DecisionDialog(Action action,
                   const TransactionDetail::Detail &detail,
                   const TransactionService::Decision &draft,
                   QWidget *parent = nullptr);

    TransactionService::Decision decision() const;
    // Why OK is disabled, in the user's language; empty when the decision is complete.
    QString missing() const;
    QString preview() const;
    static QString actionName(Action action);

private:
    void update();

    Action m_action;
    TransactionDetail::Detail m_detail;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_reasonText = nullptr;
    QListWidget *m_documents = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_missing = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
