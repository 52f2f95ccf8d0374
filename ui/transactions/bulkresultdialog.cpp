#include "transactions/bulkresultdialog.h"

#include "common/presenter.h"
#include "transactions/reassigndialog.h"
#include "transactions/transactionoverview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

BulkResultDialog::BulkResultDialog(const QString &connectionName,
                                   qint64 supervisorId,
                                   const Supervision::Request &request,
                                   const QList<QPair<qint64, int>> &items,
                                   QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_supervisorId(supervisorId)
    , m_request(request)
    , m_items(items)
{
    switch (request.action) {
    case Supervision::Action::Reassign:
        setWindowTitle(tr("Reassigning transactions"));
        break;
    case Supervision::Action::TakeOver:
        setWindowTitle(tr("Taking over transactions"));
        break;
    case Supervision::Action::SetPriority:
        setWindowTitle(tr("Changing priority"));
        break;
    case Supervision::Action::Escalate:
        setWindowTitle(tr("Escalating transactions"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Rows grow with their wrapped message, whatever the width.
    connect(m_table->horizontalHeader(),
            &QHeaderView::sectionResized,
            this,
            &BulkResultDialog::fitRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_table, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkResultDialog::reject);
    m_status->setText(tr("Working: %1 of %2").arg(0).arg(items.size()));
    resize(sizeHint());
}

QSize BulkResultDialog::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24};
}

void BulkResultDialog::run(QWidget *parent,
                           const QString &connectionName,
                           qint64 supervisorId,
                           Supervision::Action action,
                           const QList<QPair<qint64, int>> &items)
{
    if (items.isEmpty())
        return;
    // The services of the selection, for the list of colleagues who can take them all.
    QList<qint64> services;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName);
        QList<qint64> ids;
        for (const auto &item : items)
            ids << item.first;
        TransactionOverview::servicesOf(db, ids, &services);
    }
    ReassignDialog::Mode mode = ReassignDialog::Mode::Reassign;
    if (action == Supervision::Action::SetPriority)
        mode = ReassignDialog::Mode::Priority;
    else if (action == Supervision::Action::Escalate)
        mode = ReassignDialog::Mode::Escalate;
    const std::optional<Supervision::Request> request
        = ReassignDialog::ask(parent,
                              mode,
                              connectionName,
                              services,
                              int(items.size()),
                              supervisorId,
                              action == Supervision::Action::TakeOver);
    if (!request)
        return;
    BulkResultDialog dialog(connectionName, supervisorId, *request, items, parent);
    dialog.exec();
}

void BulkResultDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    start();
}

void BulkResultDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &BulkResultDialog::step);
}

void BulkResultDialog::cancel()
{
    m_cancelled = true;
}

void BulkResultDialog::reject()
{
    if (m_finished || !m_started) {
        QDialog::reject();
        return;
    }
    // Stop after the item in hand; what was done stays done and the table says what was not.
    cancel();
}

void BulkResultDialog::step()
{
    const int next = int(m_results.size());
    if (next >= m_items.size() || m_cancelled) {
        finish();
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const auto &[id, version] = m_items.at(next);
    const Supervision::BulkItemResult r
        = Supervision::apply(db, m_supervisorId, m_request, id, version);
    m_results.append(r);
    addRow(r);
    m_progress->setValue(next + 1);
    m_status->setText(tr("Working: %1 of %2").arg(next + 1).arg(m_items.size()));
    QTimer::singleShot(0, this, &BulkResultDialog::step);
}

void BulkResultDialog::addRow(const Supervision::BulkItemResult &result)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    // Latin references read left to right inside the Arabic table.
    const QString reference = result.reference.isEmpty()
                                  ? QStringLiteral("#%1").arg(result.transactionId)
                                  : result.reference;
    auto *ref = new QTableWidgetItem(QChar(0x2066) + reference + QChar(0x2069));
    ref->setData(Qt::UserRole, result.transactionId);
    QString text;
    if (!result.attempted)
        text = tr("Not done: cancelled");
    else if (result.error.ok())
        text = tr("Done");
    else
        text = Supervision::errorText(result.error);
    auto *outcome = new QTableWidgetItem(text);
    outcome->setToolTip(text);
    if (result.attempted && !result.error.ok())
        outcome->setForeground(palette().color(QPalette::Active, QPalette::Text).lightness() > 128
                                   ? QColor(0xff, 0x8a, 0x80)
                                   : QColor(0xb0, 0x00, 0x20));
    m_table->setItem(row, 0, ref);
    m_table->setItem(row, 1, outcome);
    fitRow(row);
    m_table->scrollToItem(ref);
}

void BulkResultDialog::fitRow(int row)
{
    // The item view's own row sizing measures before the column has its final width and then
    // clips the second line of a wrapped message: measure the text at the column's width.
    const QTableWidgetItem *item = m_table->item(row, 1);
    if (!item)
        return;
    const int margin
        = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int width = qMax(m_table->columnWidth(1) - 4 * margin, 40);
    const QRect text = m_table->fontMetrics().boundingRect(
        QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text());
    m_table->setRowHeight(row, text.height() + 4 * margin + 2);
}

void BulkResultDialog::fitRows()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        fitRow(row);
}

void BulkResultDialog::finish()
{
    if (m_finished)
        return;
    // What was never attempted is listed too, so the supervisor knows exactly what to redo.
    for (qsizetype i = m_results.size(); i < m_items.size(); ++i) {
        Supervision::BulkItemResult skipped;
        skipped.transactionId = m_items.at(i).first;
        skipped.attempted = false;
        m_results.append(skipped);
        addRow(skipped);
    }
    m_finished = true;
    m_progress->hide();
    m_status->setText(summary());
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    emit allDone();
}

QString BulkResultDialog::summary() const
{
    int done = 0;
    int failed = 0;
    int skipped = 0;
    for (const auto &r : m_results) {
        if (!r.attempted)
            ++skipped;
        else if (r.error.ok())
            ++done;
        else
            ++failed;
    }
    const Presenter &p = Presenter::current();
    QString text = tr("%1, %2").arg(p.digitsOf(tr("%n done", nullptr, done)),
                                    p.digitsOf(tr("%n failed", nullptr, failed)));
    if (skipped)
        text += QLatin1Char(' ') + p.digitsOf(tr("(%n not done: cancelled)", nullptr, skipped));
    return text;
}
