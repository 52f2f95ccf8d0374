#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Rejecting contributions: a reason of the list, and for "Other" the words the author reads.
// The author gets the reason's bilingual message (ModerationService::rejectionMessage).
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectDialog(int count, QWidget *parent = nullptr);

    QString reasonCode() const;
    QString reasonText() const;
    // What the moderator chose and typed before (kept after a conflict, so nothing is lost).
    void setReason(const QString &code, const QString &text);

private:
    void validate();

    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
