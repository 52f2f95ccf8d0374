#pragma once

#include "transactions/supervision.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks a supervisor what to do with one or many transactions and why: whom to give them to
// (a clerk of the service, back to the queue, or themselves), a new priority, or an escalation.
// The reason is mandatory: OK stays disabled until it is filled in.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Reassign, Priority, Escalate };

    ReassignDialog(Mode mode,
                   const QList<Supervision::StaffChoice> &staff,
                   int count,
                   QWidget *parent = nullptr);

    // What was chosen (valid once accepted).
    Supervision::Request request() const;

    // Loads the clerks who work on every one of `serviceIds` (but `self`, who has "Take over
    // myself") and asks; nothing if cancelled.
    static std::optional<Supervision::Request> ask(QWidget *parent,
                                                   Mode mode,
                                                   const QString &connectionName,
                                                   const QList<qint64> &serviceIds,
                                                   int count,
                                                   qint64 self,
                                                   bool takeOver = false);

    QComboBox *targetBox() const { return m_target; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_target = nullptr;
    QComboBox *m_priority = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
