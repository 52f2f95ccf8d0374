#include "transactions/reassigndialog.h"

#include "common/domaintext.h"
#include "common/presenter.h"
#include "shell/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlDatabase>
#include <QVBoxLayout>

namespace {
// Special choices in the target box; staff members are their ids (> 0).
constexpr qint64 ToQueue = 0;
constexpr qint64 ToMyself = -1;
} // namespace

ReassignDialog::ReassignDialog(Mode mode,
                               const QList<Supervision::StaffChoice> &staff,
                               int count,
                               QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    switch (mode) {
    case Mode::Reassign:
        setWindowTitle(tr("Reassign transactions"));
        break;
    case Mode::Priority:
        setWindowTitle(tr("Change priority"));
        break;
    case Mode::Escalate:
        setWindowTitle(tr("Escalate transactions"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *count_ = new QLabel(tr("Selected transactions: %1").arg(count), this);
    layout->addWidget(count_);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (mode == Mode::Reassign) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("target"));
        m_target->addItem(tr("Back to the queue", "unassign: nobody holds it"), ToQueue);
        m_target->addItem(tr("Take over myself"), ToMyself);
        if (!staff.isEmpty())
            m_target->insertSeparator(m_target->count());
        const bool arabic = LanguageManager::instance().language() == QLatin1String("ar");
        for (const Supervision::StaffChoice &s : staff) {
            QString name = arabic ? s.nameAr : s.nameEn;
            if (name.isEmpty())
                name = s.login;
            m_target->addItem(
                tr("%1 (%2)").arg(name,
                                  Presenter::current().digitsOf(
                                      tr("holds %n transaction(s)", nullptr, int(s.holding)))),
                s.id);
        }
        form->addRow(tr("&Assign to:"), m_target);
        if (staff.isEmpty()) {
            auto *none = new QLabel(tr("No other clerk works on all the selected services."), this);
            none->setWordWrap(true);
            form->addRow(QString(), none);
        }
    } else if (mode == Mode::Priority) {
        m_priority = new QComboBox(this);
        m_priority->setObjectName(QStringLiteral("priority"));
        for (int level = 1; level <= 4; ++level)
            m_priority->addItem(DomainText::priority(level), level);
        m_priority->setCurrentIndex(0);
        form->addRow(tr("&Priority:"), m_priority);
    } else {
        auto *where = new QLabel(tr("The transactions go to your own supervisor, or to the "
                                    "managers of their service if you have none."),
                                 this);
        where->setWordWrap(true);
        form->addRow(where);
    }

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? The reason is kept in each transaction's history."));
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Reason:"), m_reason);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReassignDialog::updateOk);
    updateOk();
    (m_target     ? static_cast<QWidget *>(m_target)
     : m_priority ? static_cast<QWidget *>(m_priority)
                  : m_reason)
        ->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ReassignDialog::updateOk()
{
    const bool blank = m_reason->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank);
    m_hint->setText(blank ? tr("A reason is required before you can continue.") : QString());
}

Supervision::Request ReassignDialog::request() const
{
    Supervision::Request r;
    r.reason = m_reason->toPlainText().trimmed();
    switch (m_mode) {
    case Mode::Reassign: {
        const qint64 target = m_target->currentData().toLongLong();
        if (target == ToMyself) {
            r.action = Supervision::Action::TakeOver;
        } else {
            r.action = Supervision::Action::Reassign;
            r.toStaffId = target;
        }
        break;
    }
    case Mode::Priority:
        r.action = Supervision::Action::SetPriority;
        r.priority = m_priority->currentData().toInt();
        break;
    case Mode::Escalate:
        r.action = Supervision::Action::Escalate;
        break;
    }
    return r;
}

std::optional<Supervision::Request> ReassignDialog::ask(QWidget *parent,
                                                        Mode mode,
                                                        const QString &connectionName,
                                                        const QList<qint64> &serviceIds,
                                                        int count,
                                                        qint64 self,
                                                        bool takeOver)
{
    QList<Supervision::StaffChoice> staff;
    if (mode == Mode::Reassign) {
        QSqlDatabase db = QSqlDatabase::database(connectionName);
        // Only someone who works on every selected service can take them all.
        bool first = true;
        for (qint64 service : serviceIds) {
            const QList<Supervision::StaffChoice> of = Supervision::assignableStaff(db, service);
            if (first) {
                staff = of;
                first = false;
                continue;
            }
            QSet<qint64> ids;
            for (const auto &s : of)
                ids.insert(s.id);
            staff.removeIf([&](const Supervision::StaffChoice &s) { return !ids.contains(s.id); });
        }
    }
    staff.removeIf([&](const Supervision::StaffChoice &s) { return s.id == self; });
    ReassignDialog dialog(mode, staff, count, parent);
    if (takeOver && dialog.m_target)
        dialog.m_target->setCurrentIndex(dialog.m_target->findData(ToMyself));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}
