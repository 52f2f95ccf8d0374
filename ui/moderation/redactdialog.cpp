#include "moderation/redactdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>

RedactDialog::RedactDialog(const QString &body, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(body, this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Redact personal data"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMinimumSize(420, 120);
    auto *hint = new QLabel(tr("Select the personal data in the text. Only the audit trail will "
                               "keep the original."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(m_text);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Redact"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &RedactDialog::validate);
    validate();
}

int RedactDialog::from() const
{
    return m_text->textCursor().selectionStart();
}

int RedactDialog::length() const
{
    const QTextCursor c = m_text->textCursor();
    return c.selectionEnd() - c.selectionStart();
}

void RedactDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString RedactDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RedactDialog::select(int from, int length)
{
    QTextCursor c = m_text->textCursor();
    c.setPosition(from);
    c.setPosition(from + length, QTextCursor::KeepAnchor);
    m_text->setTextCursor(c);
    validate();
}

void RedactDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(length() > 0);
}
