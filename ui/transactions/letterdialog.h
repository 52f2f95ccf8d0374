#pragma once

#include "transactions/decisionletter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

// Issues the decision letter of one transaction: the clerk picks the language (the applicant's
// by default), sees the page, saves it as PDF (Ctrl+S) or prints it (Ctrl+P); either is recorded
// in the transaction's history. Opened from the transaction form ("Letter...").
class LetterDialog : public QDialog
{
    Q_OBJECT
public:
    LetterDialog(const QString &connectionName,
                 qint64 transactionId,
                 qint64 staffId,
                 QWidget *parent = nullptr);
    ~LetterDialog() override;

    // Shows the dialog modally for the transaction; what the transaction form calls.
    static void
    issue(QWidget *parent, const QString &connectionName, qint64 transactionId, qint64 staffId);

    bool isReady() const { return m_ready; }
    QString language() const;
    void setLanguage(const QString &language);
    const DecisionLetter::LetterData &letter() const { return m_letter; }
    int previewPageCount() const;
    QString statusText() const;
    bool statusIsError() const { return m_statusIsError; }
    QString defaultFileName() const; // <reference>-<lang>.pdf

    // What the buttons do once the file or printer is chosen: produce the letter and record it
    // in the history together; false (and the reason shown) if either fails.
    bool saveTo(const QString &path);
    bool printTo(QPrinter *printer);

    void savePdf(); // asks where (Ctrl+S)
    void print();   // asks which printer (Ctrl+P)

private:
    void reload();
    void showStatus(const QString &text, bool error);

    QString m_connectionName;
    qint64 m_transactionId = 0;
    qint64 m_staffId = 0;
    DecisionLetter::LetterData m_letter;
    bool m_ready = false;
    bool m_statusIsError = false;

    QComboBox *m_language = nullptr;
    QPrinter *m_previewPrinter = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
};
