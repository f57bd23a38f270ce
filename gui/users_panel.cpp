#include "users_panel.h"

#include "accounts/user_service.h"
#include "confirm.h"
#include "engine.h"
#include "password_dialog.h"
#include "user_texts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wag {

namespace {

enum Column { NameColumn, RoleColumn, StateColumn, CreatedColumn, LastSignInColumn, ColumnCount };

QString shortTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

UsersPanel::UsersPanel(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State"), tr("Created"), tr("Last portal sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    m_role = new QPushButton(tr("Make &administrator"), this);
    m_role->setObjectName(QStringLiteral("changeUserRole"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("toggleUserDisabled"));
    m_password = new QPushButton(tr("Reset &password…"), this);
    m_password->setObjectName(QStringLiteral("resetUserPassword"));
    m_remove = new QPushButton(tr("Re&move…"), this);
    m_remove->setObjectName(QStringLiteral("removeUser"));
    for (QPushButton *button : {m_role, m_disable, m_password, m_remove})
        rowButtons->addWidget(button);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    auto *addBox = new QGroupBox(tr("New user"), this);
    auto *form = new QFormLayout(addBox);
    m_newName = new QLineEdit(addBox);
    m_newName->setObjectName(QStringLiteral("newUserName"));
    m_newName->setAccessibleName(tr("Name of the new user"));
    m_newName->setPlaceholderText(tr("e.g. fatima"));
    form->addRow(tr("&Name:"), m_newName);
    m_newRole = new QComboBox(addBox);
    m_newRole->setObjectName(QStringLiteral("newUserRole"));
    m_newRole->setAccessibleName(tr("Role of the new user"));
    m_newRole->addItem(tr("Operator — instances, logs, suppressions, test sends"), QStringLiteral("operator"));
    m_newRole->addItem(tr("Administrator — everything, also keys, users and settings"), QStringLiteral("admin"));
    form->addRow(tr("&Role:"), m_newRole);
    m_newPassword = new QLineEdit(addBox);
    m_newPassword->setObjectName(QStringLiteral("newUserPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setAccessibleName(tr("Password of the new user"));
    m_newPassword->setPlaceholderText(UserTexts::passwordHint());
    form->addRow(tr("Pass&word:"), m_newPassword);
    m_newConfirm = new QLineEdit(addBox);
    m_newConfirm->setObjectName(QStringLiteral("newUserPasswordAgain"));
    m_newConfirm->setEchoMode(QLineEdit::Password);
    m_newConfirm->setAccessibleName(tr("Password of the new user, again"));
    form->addRow(tr("Password aga&in:"), m_newConfirm);
    auto *add = new QPushButton(tr("Add &user"), addBox);
    add->setObjectName(QStringLiteral("addUser"));
    form->addRow(QString(), add);
    layout->addWidget(addBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_newConfirm, &QLineEdit::returnPressed, this, &UsersPanel::addUser);
    connect(m_role, &QPushButton::clicked, this, &UsersPanel::toggleRole);
    connect(m_disable, &QPushButton::clicked, this, &UsersPanel::toggleDisabled);
    connect(m_password, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_remove, &QPushButton::clicked, this, &UsersPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPanel::updateButtons);

    // Tab goes through the table, its buttons, then the new-user form, top to bottom.
    setTabOrder(m_table, m_role);
    setTabOrder(m_role, m_disable);
    setTabOrder(m_disable, m_password);
    setTabOrder(m_password, m_remove);
    setTabOrder(m_remove, m_newName);
    setTabOrder(m_newName, m_newRole);
    setTabOrder(m_newRole, m_newPassword);
    setTabOrder(m_newPassword, m_newConfirm);
    setTabOrder(m_newConfirm, add);
    reload();
}

void UsersPanel::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void UsersPanel::reload()
{
    const QString selected = selectedName();
    const QList<UserRecord> users = m_engine.users().list();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const UserRecord &user = users.at(row);
        auto *name = new QTableWidgetItem(user.name);
        name->setData(Qt::UserRole, user.name);
        name->setData(Qt::UserRole + 1, user.role == UserRole::Admin);
        name->setData(Qt::UserRole + 2, user.isDisabled());
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(UserTexts::roleName(user.role)));
        m_table->setItem(row, StateColumn,
                         new QTableWidgetItem(user.isDisabled() ? tr("Disabled since %1").arg(shortTime(user.disabledAt))
                                                                : tr("Enabled")));
        m_table->setItem(row, CreatedColumn, new QTableWidgetItem(shortTime(user.createdAt)));
        m_table->setItem(row, LastSignInColumn, new QTableWidgetItem(user.lastSignInAt.isValid()
                                                                         ? shortTime(user.lastSignInAt)
                                                                         : tr("never")));
    }
    m_table->resizeColumnsToContents();
    selectName(selected);
    updateButtons();
}

QString UsersPanel::selectedName() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_table->item(selected.first()->row(), NameColumn)->data(Qt::UserRole).toString();
}

void UsersPanel::selectName(const QString &name)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!name.isEmpty() && m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == name)
            m_table->selectRow(row);
    }
}

void UsersPanel::updateButtons()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const bool any = !selected.isEmpty();
    for (QPushButton *button : {m_role, m_disable, m_password, m_remove})
        button->setEnabled(any);
    if (!any)
        return;
    const QTableWidgetItem *name = m_table->item(selected.first()->row(), NameColumn);
    const bool admin = name->data(Qt::UserRole + 1).toBool();
    const bool disabled = name->data(Qt::UserRole + 2).toBool();
    m_role->setText(admin ? tr("Make &operator") : tr("Make &administrator"));
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
}

bool UsersPanel::addUser()
{
    if (m_newPassword->text() != m_newConfirm->text()) {
        report(tr("The passwords do not match."), true);
        m_newConfirm->setFocus();
        return false;
    }
    const auto created = m_engine.users().createUser(m_newName->text().trimmed(), m_newRole->currentData().toString(),
                                                     m_newPassword->text());
    if (!created) {
        report(UserTexts::failureText(created.failure()), true);
        return false;
    }
    m_newName->clear();
    m_newPassword->clear();
    m_newConfirm->clear();
    m_newRole->setCurrentIndex(0);
    reload();
    selectName(created->name);
    report(tr("Added %1 (%2).").arg(created->name, UserTexts::roleName(created->role)), false);
    return true;
}

void UsersPanel::toggleRole()
{
    const QString name = selectedName();
    const std::optional<UserRecord> user = m_engine.users().find(name);
    if (!user) {
        reload();
        return;
    }
    const bool makeAdmin = user->role != UserRole::Admin;
    const Status s = m_engine.users().setRole(name, makeAdmin ? QStringLiteral("admin") : QStringLiteral("operator"));
    reload();
    if (!s.ok())
        report(UserTexts::failureText(s.failure()), true);
    else
        report(makeAdmin ? tr("%1 is now an administrator.").arg(name) : tr("%1 is now an operator.").arg(name), false);
}

void UsersPanel::toggleDisabled()
{
    const QString name = selectedName();
    const std::optional<UserRecord> user = m_engine.users().find(name);
    if (!user) {
        reload();
        return;
    }
    const bool disable = !user->isDisabled();
    const Status s = m_engine.users().setDisabled(name, disable);
    reload();
    if (!s.ok())
        report(UserTexts::failureText(s.failure()), true);
    else
        report(disable ? tr("%1 can no longer sign in.").arg(name) : tr("%1 can sign in again.").arg(name), false);
}

void UsersPanel::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    PasswordDialog dialog(name, [this, name](const QString &password) {
        return m_engine.users().resetPassword(name, password);
    }, this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("New password set for %1.").arg(name), false);
}

void UsersPanel::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!confirmDestructive(this, tr("Remove user"),
                            tr("Remove the user %1? They can no longer sign in; this cannot be undone.").arg(name)))
        return;
    const Status s = m_engine.users().remove(name);
    reload();
    if (!s.ok())
        report(UserTexts::failureText(s.failure()), true);
    else
        report(tr("Removed %1.").arg(name), false);
}

void UsersPanel::report(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

} // namespace wag
