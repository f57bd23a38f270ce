#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wag {

class Engine;

// The people who sign in: a table (name, role, state, created), a form to add one, and per
// selected user: change role, disable/enable, reset password, remove (after a
// confirmation). Every rule — names, passwords, the last enabled admin — is the user
// service's; this panel shows its answers.
class UsersPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPanel(Engine &engine, QWidget *parent = nullptr);

    void reload();
    bool addUser();
    void toggleRole();
    void toggleDisabled();
    void resetPassword();
    void removeSelected();

protected:
    void showEvent(QShowEvent *event) override; // admin commands may have changed users

private:
    QString selectedName() const;
    void selectName(const QString &name);
    void updateButtons();
    void report(const QString &message, bool error);

    Engine &m_engine;
    QTableWidget *m_table = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_newConfirm = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace wag
