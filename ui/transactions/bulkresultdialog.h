#pragma once

#include "transactions/supervision.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

// Runs a supervisor's action over many transactions, one database transaction each, step by
// step on the GUI thread (each step is one short write, so the window stays live and Cancel
// answers at once), and shows the outcome of every item: its reference and "Done" or the reason
// it failed, with a summary such as "12 done, 2 failed".
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(const QString &connectionName,
                     qint64 supervisorId,
                     const Supervision::Request &request,
                     const QList<QPair<qint64, int>> &items,
                     QWidget *parent = nullptr);

    // Asks for the target or priority and the reason (ReassignDialog), then runs the action with
    // this dialog. TakeOver asks like Reassign, with "Take over myself" chosen.
    static void run(QWidget *parent,
                    const QString &connectionName,
                    qint64 supervisorId,
                    Supervision::Action action,
                    const QList<QPair<qint64, int>> &items);

    // Starts processing (called when shown; the test calls it directly).
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const QList<Supervision::BulkItemResult> &results() const { return m_results; }
    QTableWidget *table() const { return m_table; }
    QString summary() const;
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Cancel while running stops after the item in hand; what was done stays done.
    void reject() override;
    QSize sizeHint() const override;

signals:
    void allDone();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void step();
    void addRow(const Supervision::BulkItemResult &result);
    void fitRow(int row);
    void fitRows();
    void finish();

    QString m_connectionName;
    qint64 m_supervisorId;
    Supervision::Request m_request;
    QList<QPair<qint64, int>> m_items;
    QList<Supervision::BulkItemResult> m_results;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
