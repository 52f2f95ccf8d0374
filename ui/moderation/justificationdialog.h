#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Blocking or unblocking an author: what happens, and the moderator's justification (required),
// which the moderation log keeps.
class JustificationDialog : public QDialog
{
    Q_OBJECT
public:
    JustificationDialog(const QString &title,
                        const QString &explanation,
                        const QString &confirm,
                        QWidget *parent = nullptr);

    QString justification() const;
    void setJustification(const QString &text);

private:
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
