#include "moderation/justificationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

JustificationDialog::JustificationDialog(const QString &title,
                                         const QString &explanation,
                                         const QString &confirm,
                                         QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *what = new QLabel(explanation, this);
    what->setWordWrap(true);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    auto *form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("Justification"), m_text);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, validate);
    validate();
}

QString JustificationDialog::justification() const
{
    return m_text->toPlainText().trimmed();
}

void JustificationDialog::setJustification(const QString &text)
{
    m_text->setPlainText(text);
}
