#include "IdentityDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace copydesk::editor
{

IdentityDialog::IdentityDialog(const Identity &prefill, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Who are you?"));
    auto *form = new QFormLayout(this);
    auto *intro =
        new QLabel(tr("Copydesk records every revision, approval and verification under your name. "
                      "Use the email your newsroom knows you by."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(prefill.name, this);
    m_email = new QLineEdit(prefill.email, this);
    m_email->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[^@\\s]+@[^@\\s]+")), m_email));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && m_email->hasAcceptableInput());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_email, &QLineEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

Identity IdentityDialog::identity() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed()};
}

} // namespace copydesk::editor
