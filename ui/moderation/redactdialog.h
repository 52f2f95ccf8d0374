#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Redacting personal data: the moderator selects the passage in the contribution's text and
// says why (optional); the passage becomes the redaction mark, the original stays in the audit
// trail only.
class RedactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RedactDialog(const QString &body, QWidget *parent = nullptr);

    int from() const;
    int length() const;
    QString reason() const;
    void setReason(const QString &reason);
    // Selects the passage (tests, and a suggestion when the flags found one).
    void select(int from, int length);

private:
    void validate();

    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
