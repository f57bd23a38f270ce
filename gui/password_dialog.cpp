#include "password_dialog.h"

#include "user_texts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wag {

PasswordDialog::PasswordDialog(const QString &userName, std::function<Status(const QString &)> apply,
                               QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(userName));
    auto *form = new QFormLayout(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_password->setPlaceholderText(UserTexts::passwordHint());
    m_password->setMinimumWidth(260);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("newPasswordAgain"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("New password again"));
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("Password &again:"), m_confirm);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set &password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setPassword"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The passwords do not match."));
        m_confirm->setFocus();
        return;
    }
    if (const Status s = m_apply(m_password->text()); !s.ok()) {
        m_error->setText(UserTexts::failureText(s.failure()));
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace wag
