#include "moderation/rejectdialog.h"

#include "common/domaintext.h"
#include "moderation/moderationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

RejectDialog::RejectDialog(int count, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reject %n contributions", nullptr, count));
    for (const QString &code : ModerationService::reasonCodes())
        m_reason->addItem(DomainText::reportReason(code), code);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Words for the author"), m_text);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject", "a contribution"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RejectDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    validate();
}

QString RejectDialog::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString RejectDialog::reasonText() const
{
    return m_text->toPlainText().trimmed();
}

void RejectDialog::setReason(const QString &code, const QString &text)
{
    const int i = m_reason->findData(code);
    if (i >= 0)
        m_reason->setCurrentIndex(i);
    m_text->setPlainText(text);
    validate();
}

void RejectDialog::validate()
{
    // "Other" says which in the moderator's own words.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(reasonCode() != QLatin1String("other") || !reasonText().isEmpty());
}
