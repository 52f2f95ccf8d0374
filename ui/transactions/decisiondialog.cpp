#include "transactions/decisiondialog.h"

#include "common/presenter.h"
#include "transactions/transactionstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

QString DecisionDialog::actionName(Action action)
{
    switch (action) {
    case Action::RequestDocuments:
        return tr("Request documents");
    case Action::ResumeReview:
        return tr("Resume review");
    case Action::Approve:
        return tr("Approve");
    case Action::Reject:
        return tr("Reject");
    case Action::Escalate:
        return tr("Escalate to supervisor");
    }
    return {};
}

DecisionDialog::DecisionDialog(Action action,
                               const TransactionDetail::Detail &detail,
                               const TransactionService::Decision &draft,
                               QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_detail(detail)
{
    const Presenter &p = Presenter::current();
    setWindowTitle(tr("%1: %2").arg(actionName(action), p.code(detail.reference)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const bool english = detail.language == QLatin1String("en");

    if (action == Action::Reject) {
        m_reason = new QComboBox(this);
        m_reason->addItem(tr("Choose a reason"), QString());
        for (const auto &r : TransactionDetail::rejectionReasons())
            m_reason->addItem(p.language() == QLatin1String("en") ? r.textEn : r.textAr, r.code);
        m_reasonText = textBox(this, 3);
        form->addRow(tr("Reason"), m_reason);
        form->addRow(tr("Reason as the applicant reads it"), m_reasonText);
        connect(m_reason, &QComboBox::currentIndexChanged, this, [this, english](int index) {
            // The reason's sentence in the applicant's language; the clerk may edit it.
            for (const auto &r : TransactionDetail::rejectionReasons())
                if (r.code == m_reason->itemData(index).toString())
                    m_reasonText->setPlainText(english ? r.textEn : r.textAr);
        });
        const int index = m_reason->findData(draft.reasonCode);
        if (index > 0)
            m_reason->setCurrentIndex(index);
        if (!draft.reasonText.isEmpty())
            m_reasonText->setPlainText(draft.reasonText);
        connect(m_reasonText, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    }
    if (action == Action::RequestDocuments) {
        m_documents = new QListWidget(this);
        const QString ui = p.language();
        for (const auto &d : detail.documents) {
            auto *item = new QListWidgetItem(english ? d.nameEn : d.nameAr, m_documents);
            item->setData(Qt::UserRole, d.code);
            item->setToolTip(ui == QLatin1String("en") ? d.nameEn : d.nameAr);
            // Pre-tick what is missing or was rejected; the clerk's earlier choice wins.
            bool wanted = true;
            for (const auto &a : detail.attachments)
                if (a.documentCode == d.code && a.reviewState != QLatin1String("rejected"))
                    wanted = false;
            if (!draft.missingDocuments.isEmpty())
                wanted = draft.missingDocuments.contains(item->text());
            item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        }
        m_documents->setMaximumHeight(m_documents->sizeHintForRow(0) * 6 + 8);
        form->addRow(tr("Documents the applicant must provide"), m_documents);
        connect(m_documents, &QListWidget::itemChanged, this, &DecisionDialog::update);
    }
    const bool toApplicant = action == Action::Approve || action == Action::Reject
                             || action == Action::RequestDocuments;
    if (toApplicant) {
        m_message = textBox(this, 3);
        m_message->setPlainText(draft.message);
        form->addRow(tr("Message to applicant (optional)"), m_message);
        connect(m_message, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    }
    m_note = textBox(this, 2);
    m_note->setPlainText(draft.note);
    form->addRow(action == Action::Escalate ? tr("Why it needs the supervisor")
                                            : tr("Internal note (optional)"),
                 m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);

    if (toApplicant) {
        m_preview = new QTextBrowser(this);
        m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 6 + 12);
        // The applicant reads it in their own language and direction.
        m_preview->setLayoutDirection(english ? Qt::LeftToRight : Qt::RightToLeft);
        form->addRow(english ? tr("The applicant will read (English)")
                             : tr("The applicant will read (Arabic)"),
                     m_preview);
    }
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_missing);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionName(action));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    update();
}

TransactionService::Decision DecisionDialog::decision() const
{
    TransactionService::Decision d;
    d.action = m_action;
    if (m_reason) {
        d.reasonCode = m_reason->currentData().toString();
        d.reasonText = m_reasonText->toPlainText().trimmed();
    }
    if (m_documents)
        for (int i = 0; i < m_documents->count(); ++i)
            if (m_documents->item(i)->checkState() == Qt::Checked)
                d.missingDocuments << m_documents->item(i)->text();
    if (m_message)
        d.message = m_message->toPlainText().trimmed();
    d.note = m_note->toPlainText().trimmed();
    return d;
}

QString DecisionDialog::missing() const
{
    const TransactionService::Decision d = decision();
    if (m_action == Action::Reject && d.reasonCode.isEmpty())
        return tr("Choose the reason for the rejection.");
    if (m_action == Action::Reject && d.reasonText.isEmpty())
        return tr("Write the reason as the applicant will read it.");
    if (m_action == Action::RequestDocuments && d.missingDocuments.isEmpty())
        return tr("Tick at least one document the applicant has to provide.");
    if (m_action == Action::Escalate && d.note.isEmpty())
        return tr("Write why this transaction needs the supervisor.");
    return {};
}

QString DecisionDialog::preview() const
{
    return m_preview ? m_preview->toPlainText() : QString();
}

void DecisionDialog::update()
{
    const QString why = missing();
    m_missing->setText(why);
    m_missing->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!m_preview)
        return;
    const TransactionService::Decision d = decision();
    QString key;
    switch (m_action) {
    case Action::Approve:
        key = TransactionStates::key(TransactionState::Approved);
        break;
    case Action::Reject:
        key = TransactionStates::key(TransactionState::Rejected);
        break;
    default:
        key = TransactionStates::key(TransactionState::AwaitingApplicant);
        break;
    }
    QHash<QString, QString> values = m_detail.variables();
    values.insert(QStringLiteral("reason"), d.reasonText);
    values.insert(QStringLiteral("documents"),
                  d.missingDocuments.join(m_detail.language == QLatin1String("en")
                                              ? QStringLiteral(", ")
                                              : QStringLiteral(u"\u060c ")));
    values.insert(QStringLiteral("message"), d.message);
    m_preview->setPlainText(TransactionService::applicantMessage(key, m_detail.language, values));
}
