#include "instances_page.h"

#include "confirm.h"
#include "engine.h"
#include "instance_badge_delegate.h"
#include "instances/instance_service.h"
#include "qr_code_widget.h"
#include "settings/settings_registry.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
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
    m_qr = new QrCodeWidget(m_detail);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setMinimumSize(300, 300);
    detail->addWidget(m_qr, 1);

    auto *form = new QFormLayout;
    m_phone = selectableLabel(m_detail);
    m_phone->setObjectName(QStringLiteral("linkedPhone"));
    m_paused = selectableLabel(m_detail);
    m_limits = selectableLabel(m_detail);
    // The provider's own word for why the state is what it is (missing_on_provider,
    // provider_auth_failed, logged_out, …): what an admin searches for in the README.
    m_reason = selectableLabel(m_detail);
    m_reason->setObjectName(QStringLiteral("stateReason"));
    form->addRow(tr("Linked phone:"), m_phone);
    form->addRow(tr("State reason:"), m_reason);
    form->addRow(tr("Paused:"), m_paused);
    form->addRow(tr("Limits:"), m_limits);
    detail->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(tr("&Connect"), m_detail);
    m_logout = new QPushButton(tr("&Log out"), m_detail);
    m_pause = new QPushButton(tr("&Pause…"), m_detail);
    m_resume = new QPushButton(tr("Res&ume"), m_detail);
    m_delete = new QPushButton(tr("&Delete…"), m_detail);
    m_connect->setToolTip(tr("Start linking: shows a QR code, or reconnects a linked phone."));
    m_logout->setToolTip(tr("Unlink the phone from this instance."));
    m_pause->setToolTip(tr("Refuse every send through this instance until resumed."));
    m_delete->setToolTip(tr("Delete the instance, its link and its API key scopes."));
    for (auto [button, name] : {std::pair{m_connect, "connectInstance"}, {m_logout, "logoutInstance"},
                                {m_pause, "pauseInstance"}, {m_resume, "resumeInstance"},
                                {m_delete, "deleteInstance"}}) {
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
    if (!instance) {
        m_title->setText(tr("No instance yet"));
        m_state->setText(tr("Create one on the left: it starts linking at once and shows a QR code here."));
        m_qr->setQrText({});
        m_qr->setPlaceholder({});
        m_phone->clear();
        m_reason->clear();
        m_paused->clear();
        m_limits->clear();
        return;
    }
    m_title->setText(instance->name);
    QString state;
    switch (instance->state) {
    case InstanceState::Open:
        state = tr("Connected: the phone is linked and messages go out.");
        break;
    case InstanceState::Connecting:
        state = tr("Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.");
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
    const Settings &settings = m_engine.settings();
    const QString daily = instance->dailyLimit ? QString::number(*instance->dailyLimit)
                                               : tr("%1 (gateway default)").arg(settings.integer(settings::kDailyLimit));
    const QString monthly = instance->monthlyLimit ? QString::number(*instance->monthlyLimit)
                                                   : tr("%1 (gateway default)").arg(settings.integer(settings::kMonthlyLimit));
    m_limits->setText(tr("%1 a day, %2 a month").arg(daily, monthly));

    m_connect->setEnabled(instance->state == InstanceState::Close);
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
