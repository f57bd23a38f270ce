#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace wag {

// Asks for a new password twice. OK hands it to `apply` (the user service, which has the
// rules); a refusal is shown in the dialog, which stays open to try again.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &userName, std::function<Status(const QString &)> apply,
                   QWidget *parent = nullptr);

    void accept() override;

private:
    std::function<Status(const QString &)> m_apply;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace wag
