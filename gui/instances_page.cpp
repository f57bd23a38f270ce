#include "instances_page.h"

#include "confirm.h"
#include "engine.h"
#include "instance_badge_delegate.h"
#include "instance_usage_panel.h"
#include "instances/instance_service.h"
#include "qr_code_widget.h"
#include "test_send_panel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wag {

namespace {

QStringList badgesOf(const InstanceRecord &instance)
{
    QStringList badges{instanceStateName(instance.state)};
    if (instance.paused)
        badges << QStringLiteral("paused");
    if (instance.provider == u"simulator")
        badges << QStringLiteral("demo");
    return badges;
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

InstancesPage::InstancesPage(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *splitter = new QSplitter(this);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // Left: the list and the form that adds to it.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("instanceList"));
    m_list->setAccessibleName(tr("Instances"));
    m_list->setItemDelegate(new InstanceBadgeDelegate(m_list));
    m_list->setMinimumWidth(330); // a name and three badges
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // names are short; badges fit
    leftLayout->addWidget(m_list, 1);

    auto *newLabel = new QLabel(tr("New instance"), left);
    leftLayout->addWidget(newLabel);
    auto *newRow = new QHBoxLayout;
    m_newName = new QLineEdit(left);
    m_newName->setObjectName(QStringLiteral("newInstanceName"));
    m_newName->setPlaceholderText(tr("e.g. front-desk"));
    m_newName->setAccessibleName(tr("Name of the new instance"));
    m_newName->setToolTip(tr("3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit."));
    newLabel->setBuddy(m_newName);
    m_create = new QPushButton(tr("C&reate"), left);
    m_create->setObjectName(QStringLiteral("createInstance"));
    newRow->addWidget(m_newName, 1);
    newRow->addWidget(m_create);
    leftLayout->addLayout(newRow);
    m_createError = errorLabel(left);
    m_createError->setObjectName(QStringLiteral("createInstanceError"));
    leftLayout->addWidget(m_createError);

    // Right: the selected instance.
    m_detail = new QWidget(splitter);
    auto *detail = new QVBoxLayout(m_detail);
    m_title = new QLabel(m_detail);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    detail->addWidget(m_title);
    m_state = selectableLabel(m_detail);
    m_state->setObjectName(QStringLiteral("instanceState"));
    detail->addWidget(m_state);

    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("instanceTabs"));
    m_tabs->setAccessibleName(tr("Instance details"));
    detail->addWidget(m_tabs, 1);

    auto *connection = new QWidget(m_tabs);
    auto *connectionLayout = new QVBoxLayout(connection);
    m_qr = new QrCodeWidget(connection);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setMinimumSize(300, 300);
    m_qr->setAccessibleName(tr("QR code to link a phone"));
    connectionLayout->addWidget(m_qr, 1);
    auto *form = new QFormLayout;
    m_phone = selectableLabel(connection);
    m_phone->setObjectName(QStringLiteral("linkedPhone"));
    m_paused = selectableLabel(connection);
    m_paused->setObjectName(QStringLiteral("pausedText"));
    // The provider's own word for why the state is what it is (missing_on_provider,
    // provider_auth_failed, logged_out, …): what an admin searches for in the README.
    m_reason = selectableLabel(connection);
    m_reason->setObjectName(QStringLiteral("stateReason"));
    form->addRow(tr("Linked phone:"), m_phone);
    form->addRow(tr("State reason:"), m_reason);
    form->addRow(tr("Paused:"), m_paused);
    connectionLayout->addLayout(form);
    m_tabs->addTab(connection, tr("Conn&ection"));

    m_usage = new InstanceUsagePanel(m_engine, m_tabs);
    m_usage->setObjectName(QStringLiteral("usagePanel"));
    m_tabs->addTab(m_usage, tr("Limits and us&age"));
    m_testSend = new TestSendPanel(m_engine, m_tabs);
    m_testSend->setObjectName(QStringLiteral("testSendPanel"));
    m_tabs->addTab(m_testSend, tr("&Test send"));

    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(tr("&Connect"), m_detail);
    m_restart = new QPushButton(tr("Re&start"), m_detail);
    m_logout = new QPushButton(tr("&Log out"), m_detail);
    m_pause = new QPushButton(tr("&Pause…"), m_detail);
    m_resume = new QPushButton(tr("Res&ume"), m_detail);
    m_delete = new QPushButton(tr("&Delete…"), m_detail);
    m_connect->setToolTip(tr("Start linking: shows a QR code, or reconnects a linked phone."));
    m_restart->setToolTip(tr("Close and reopen the connection to WhatsApp, e.g. when messages stop going out. "
                             "A linked phone stays linked; while linking, a fresh QR code appears."));
    m_logout->setToolTip(tr("Unlink the phone from this instance."));
    m_pause->setToolTip(tr("Refuse every send through this instance until resumed."));
    m_delete->setToolTip(tr("Delete the instance, its link and its API key scopes."));
    for (auto [button, name] : {std::pair{m_connect, "connectInstance"}, {m_restart, "restartInstance"},
                                {m_logout, "logoutInstance"}, {m_pause, "pauseInstance"},
                                {m_resume, "resumeInstance"}, {m_delete, "deleteInstance"}}) {
        button->setObjectName(QLatin1String(name));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    detail->addLayout(buttons);
    m_actionError = errorLabel(m_detail);
    m_actionError->setObjectName(QStringLiteral("instanceActionError"));
    detail->addWidget(m_actionError);
    splitter->setStretchFactor(1, 1);

    InstanceService &instances = m_engine.instances();
    connect(m_create, &QPushButton::clicked, this, &InstancesPage::createInstance);
    connect(m_newName, &QLineEdit::returnPressed, this, &InstancesPage::createInstance);
    connect(m_newName, &QLineEdit::textEdited, m_createError, &QLabel::hide);
    connect(m_list, &QListWidget::currentRowChanged, this, &InstancesPage::showDetail);
    connect(m_connect, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("connect")); });
    connect(m_restart, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("restart")); });
    connect(m_logout, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("logout")); });
    connect(m_pause, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("pause")); });
    connect(m_resume, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("resume")); });
    connect(m_delete, &QPushButton::clicked, this, [this] { runAction(QStringLiteral("delete")); });
    connect(&instances, &InstanceService::instanceCreated, this, &InstancesPage::reloadList);
    connect(&instances, &InstanceService::instanceRemoved, this, &InstancesPage::reloadList);
    connect(&instances, &InstanceService::stateChanged, this, &InstancesPage::reloadList);
    connect(&instances, &InstanceService::pausedChanged, this, &InstancesPage::reloadList);
    connect(&instances, &InstanceService::qrCodeChanged, this, [this](const QString &id) {
        if (id == selectedInstanceId())
            m_qr->setQrText(m_engine.instances().qrText(id));
    });
    reloadList();
}

void InstancesPage::attachLiveSources()
{
    m_usage->attachLiveSources();
}

void InstancesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString InstancesPage::selectedInstanceId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(InstanceIdRole).toString() : QString();
}

void InstancesPage::selectInstance(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(InstanceIdRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

void InstancesPage::reloadList()
{
    const QString kept = selectedInstanceId();
    m_list->blockSignals(true);
    m_list->clear();
    for (const InstanceRecord &instance : m_engine.instances().list()) {
        auto *item = new QListWidgetItem(instance.name, m_list);
        const QStringList badges = badgesOf(instance);
        item->setData(InstanceIdRole, instance.id);
        item->setData(InstanceBadgesRole, badges);
        QStringList spoken{instance.name};
        for (const QString &kind : badges)
            spoken << InstanceBadgeDelegate::badgeText(kind);
        item->setData(Qt::AccessibleTextRole, spoken.join(QStringLiteral(", ")));
        item->setToolTip(spoken.join(QStringLiteral(" · ")));
    }
    m_list->blockSignals(false);
    selectInstance(kept);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showDetail();
}

void InstancesPage::showDetail()
{
    const QString id = selectedInstanceId();
    const auto instance = id.isEmpty() ? std::nullopt : m_engine.instances().find(id);
    m_detail->setEnabled(instance.has_value());
    m_usage->setInstanceId(instance ? instance->id : QString());
    m_testSend->setInstanceId(instance ? instance->id : QString());
    if (!instance) {
        m_title->setText(tr("No instance yet"));
        m_state->setText(tr("Create one on the left: it starts linking at once and shows a QR code here."));
        m_qr->setQrText({});
        m_qr->setPlaceholder({});
        m_phone->clear();
        m_reason->clear();
        m_paused->clear();
        return;
    }
    m_title->setText(instance->name);
    QString state;
    switch (instance->state) {
    case InstanceState::Open:
        state = tr("Connected: the phone is linked and messages go out.");
        break;
    case InstanceState::Connecting:
        // A linked phone reconnecting (a restart, a lost connection) needs no scan.
        state = instance->linkedPhone.isEmpty()
            ? tr("Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.")
            : tr("Reconnecting to the linked phone…");
        break;
    case InstanceState::Close:
        state = tr("Not connected. Press Connect to link a phone.");
        break;
    }
    if (instance->provider == u"simulator")
        state += QLatin1Char(' ') + tr("(Demo: the built-in simulator, no real WhatsApp account.)");
    m_state->setText(state);
    m_qr->setPlaceholder(instance->state == InstanceState::Open ? tr("Linked — no QR code needed.")
                                                                : tr("No QR code yet."));
    m_qr->setQrText(m_engine.instances().qrText(instance->id));
    m_phone->setText(instance->linkedPhone.isEmpty() ? tr("none") : instance->linkedPhone);
    m_reason->setText(instance->stateReason.isEmpty() ? tr("none") : instance->stateReason);
    m_paused->setText(!instance->paused ? tr("no")
                                        : instance->pausedReason.isEmpty() ? tr("yes")
                                                                           : tr("yes — %1").arg(instance->pausedReason));

    m_connect->setEnabled(instance->state == InstanceState::Close);
    m_restart->setEnabled(instance->state != InstanceState::Close);
    m_logout->setEnabled(instance->state != InstanceState::Close);
    m_pause->setEnabled(!instance->paused);
    m_resume->setEnabled(instance->paused);
}

void InstancesPage::createInstance()
{
    const QString name = m_newName->text().trimmed();
    if (!InstanceService::isValidName(name)) {
        m_createError->setText(tr("Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit."));
        m_createError->show();
        return;
    }
    const Result<InstanceRecord> created = m_engine.instances().create(name);
    if (!created.ok()) {
        m_createError->setText(created.failure().code == u"instance_exists"
                                   ? tr("An instance named \"%1\" exists already.").arg(name)
                                   : created.failure().message);
        m_createError->show();
        return;
    }
    m_createError->hide();
    m_newName->clear();
    selectInstance(created.value().id);
}

void InstancesPage::runAction(const QString &action)
{
    const QString id = selectedInstanceId();
    if (id.isEmpty())
        return;
    InstanceService &instances = m_engine.instances();
    Status outcome = succeeded();
    if (action == u"connect") {
        const auto r = instances.connect(id);
        outcome = r.ok() ? succeeded() : Status(r.failure());
    } else if (action == u"restart") {
        const auto r = instances.restart(id);
        outcome = r.ok() ? succeeded() : Status(r.failure());
    } else if (action == u"logout") {
        const auto r = instances.logout(id);
        outcome = r.ok() ? succeeded() : Status(r.failure());
    } else if (action == u"pause") {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Pause instance"),
                                                     tr("Why? (kept with the pause, for the team)"),
                                                     QLineEdit::Normal, tr("paused from the desktop window"), &ok);
        if (!ok)
            return;
        outcome = instances.pause(id, reason.trimmed());
    } else if (action == u"resume") {
        outcome = instances.resume(id);
    } else if (action == u"delete") {
        const auto instance = instances.find(id);
        if (!instance || !confirmDestructive(this, tr("Delete instance"),
                                             tr("Delete \"%1\"? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.")
                                                 .arg(instance->name)))
            return;
        outcome = instances.remove(id);
    }
    if (outcome.ok()) {
        m_actionError->hide();
        showDetail();
    } else {
        showError(outcome.failure().message);
    }
}

void InstancesPage::showError(const QString &message)
{
    m_actionError->setText(message);
    m_actionError->show();
}

} // namespace wag
