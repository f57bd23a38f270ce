#include "api_keys_page.h"

#include "accounts/api_key_service.h"
#include "confirm.h"
#include "engine.h"
#include "instances/instance_service.h"
#include "secret_once_dialog.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wag {

ApiKeysPage::ApiKeysPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("apiKeyTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setHorizontalHeaderLabels({tr("Prefix"), tr("Name"), tr("Instances"), tr("Created"), tr("Last used"), tr("Revoked")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeApiKey"));
    rowButtons->addWidget(m_revoke);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    auto *createBox = new QGroupBox(tr("New API key"), this);
    auto *form = new QFormLayout(createBox);
    m_name = new QLineEdit(createBox);
    m_name->setObjectName(QStringLiteral("apiKeyName"));
    m_name->setPlaceholderText(tr("e.g. crm"));
    m_name->setAccessibleName(tr("Name of the new API key"));
    form->addRow(tr("&Name:"), m_name);
    m_scope = new QListWidget(createBox);
    m_scope->setObjectName(QStringLiteral("apiKeyScope"));
    m_scope->setAccessibleName(tr("Instances the key may send through"));
    m_scope->setMaximumHeight(120);
    form->addRow(tr("&Instances:"), m_scope);
    form->addRow(QString(), new QLabel(tr("None ticked: the key may use every instance."), createBox));
    auto *create = new QPushButton(tr("&Create key"), createBox);
    create->setObjectName(QStringLiteral("createApiKey"));
    form->addRow(QString(), create);
    layout->addWidget(createBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("apiKeyMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(create, &QPushButton::clicked, this, &ApiKeysPage::createKey);
    connect(m_name, &QLineEdit::returnPressed, this, &ApiKeysPage::createKey);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPage::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_table->selectedItems();
        m_revoke->setEnabled(!selected.isEmpty() && m_table->item(selected.first()->row(), 5)->text().isEmpty());
    });
    // Deleting an instance changes the keys' scope; a new one is a new scope choice.
    connect(&m_engine.instances(), &InstanceService::instanceCreated, this, &ApiKeysPage::reloadScopeChoices);
    connect(&m_engine.instances(), &InstanceService::instanceRemoved, this, [this] {
        reloadScopeChoices();
        reload();
    });
    reloadScopeChoices();
    reload();
}

void ApiKeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ApiKeysPage::reloadScopeChoices()
{
    m_scope->clear();
    for (const InstanceRecord &instance : m_engine.instances().list()) {
        auto *item = new QListWidgetItem(instance.name, m_scope);
        item->setData(Qt::UserRole, instance.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ApiKeysPage::reload()
{
    QHash<QString, QString> names;
    for (const InstanceRecord &instance : m_engine.instances().list())
        names.insert(instance.id, instance.name);
    const QLocale locale;
    const auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    m_table->setRowCount(0);
    for (const ApiKeyRecord &key : m_engine.apiKeys().list()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList scope;
        for (const QString &id : key.instanceIds)
            scope << names.value(id, id);
        auto *prefix = new QTableWidgetItem(key.prefix + QStringLiteral("…"));
        prefix->setData(Qt::UserRole, key.prefix);
        m_table->setItem(row, 0, prefix);
        m_table->setItem(row, 1, new QTableWidgetItem(key.name));
        m_table->setItem(row, 2, new QTableWidgetItem(scope.isEmpty() ? tr("all") : scope.join(QStringLiteral(", "))));
        m_table->setItem(row, 3, new QTableWidgetItem(time(key.createdAt)));
        m_table->setItem(row, 4, new QTableWidgetItem(key.lastUsedAt.isValid() ? time(key.lastUsedAt) : tr("never")));
        m_table->setItem(row, 5, new QTableWidgetItem(time(key.revokedAt)));
    }
    m_table->resizeColumnsToContents();
    m_revoke->setEnabled(false);
}

void ApiKeysPage::createKey()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        report(tr("Give the key a name that says who uses it, e.g. \"crm\"."), true);
        return;
    }
    QStringList scope;
    for (int row = 0; row < m_scope->count(); ++row) {
        if (m_scope->item(row)->checkState() == Qt::Checked)
            scope << m_scope->item(row)->data(Qt::UserRole).toString();
    }
    const Result<CreatedApiKey> created = m_engine.apiKeys().create(name, scope);
    if (!created.ok()) {
        report(created.failure().message, true);
        return;
    }
    report({}, false);
    m_name->clear();
    reloadScopeChoices();
    reload();
    SecretOnceDialog::showSecret(this, tr("New API key"),
                                 tr("The key for \"%1\". Integrations send it as \"Authorization: Bearer <key>\":").arg(name),
                                 created.value().plaintext);
}

void ApiKeysPage::revokeSelected()
{
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const QString prefix = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 1)->text();
    if (!confirmDestructive(this, tr("Revoke API key"),
                            tr("Revoke the key \"%1\" (%2…)? Whatever uses it is refused from the next request on.").arg(name, prefix)))
        return;
    if (const Status s = m_engine.apiKeys().revoke(prefix); !s.ok())
        report(s.failure().message, true);
    else
        report(tr("The key \"%1\" is revoked.").arg(name), false);
    reload();
}

void ApiKeysPage::report(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(message);
}

} // namespace wag
