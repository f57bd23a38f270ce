#include "first_run_pages.h"

#include "engine.h"
#include "first_run_wizard.h"
#include "qr_code_widget.h"
#include "accounts/user_service.h"
#include "instances/instance_service.h"
#include "providers/evolution/evolution_client.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/password_hasher.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wag {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(QObject::tr("Error"));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

constexpr int kTestTimeoutMs = 10000;

} // namespace

// ---- Provider ------------------------------------------------------------------------

ProviderPage::ProviderPage(Engine &engine, FirstRunWizard *wizard) : m_engine(engine), m_wizard(wizard)
{
    setTitle(tr("Messaging provider"));
    setSubTitle(tr("Try the gateway with the built-in simulator, or connect it to your Evolution API server."));

    m_demo = new QRadioButton(tr("&Demo (built-in simulator, no phone needed)"), this);
    m_demo->setObjectName(QStringLiteral("providerDemo"));
    m_evolution = new QRadioButton(tr("&Evolution API server"), this);
    m_evolution->setObjectName(QStringLiteral("providerEvolution"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_evolution);

    m_url = lineEdit(this, QStringLiteral("providerUrl"), tr("Evolution API URL"));
    m_url->setPlaceholderText(tr("e.g. http://127.0.0.1:8080"));
    m_url->setText(engine.settings().text(settings::kProviderUrl));
    m_key = lineEdit(this, QStringLiteral("providerKey"), tr("Evolution API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    form->addRow(testRow);

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_error = errorLabel(this, QStringLiteral("providerError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_evolution);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(m_error);
    layout->addStretch(1);

    (engine.evolution() ? m_evolution : m_demo)->setChecked(true);
    connect(m_demo, &QRadioButton::toggled, this, &ProviderPage::updateFields);
    connect(m_test, &QPushButton::clicked, this, &ProviderPage::testConnection);
    for (QLineEdit *edit : {m_url, m_key})
        connect(edit, &QLineEdit::textChanged, this, [this] { setError(m_error, {}); });
    updateFields();
}

void ProviderPage::updateFields()
{
    const bool evolution = m_evolution->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_key, m_test, m_result})
        w->setEnabled(evolution);
    const bool differs = evolution != (m_engine.evolution() != nullptr);
    m_restartNote->setText(differs ? tr("The gateway switches to this provider after a restart.") : QString());
    m_restartNote->setVisible(differs);
    setError(m_error, {});
}

void ProviderPage::showError(const QString &text) { setError(m_error, text); }

// Lists the server's instances: the cheapest call that needs the key. Asynchronous: the
// window stays responsive while the server (or its absence) takes its time.
void ProviderPage::testConnection()
{
    const QString url = m_url->text().trimmed();
    const QString key = m_key->text().trimmed();
    if (url.isEmpty() || key.isEmpty()) {
        showError(tr("Enter the server URL and its API key first."));
        return;
    }
    const int run = ++m_testRun;
    m_testOk = false;
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    auto *client = new evolution::Client(url, key.toUtf8(), this);
    QPointer<ProviderPage> self(this);
    client->get(QStringLiteral("/instance/fetchInstances"), kTestTimeoutMs,
                [self, client, run, url, key](const evolution::Reply &reply) {
                    client->deleteLater();
                    if (!self || run != self->m_testRun)
                        return;
                    self->m_test->setEnabled(self->m_evolution->isChecked());
                    using Outcome = evolution::Reply::Outcome;
                    switch (reply.outcome) {
                    case Outcome::Ok:
                        self->m_testOk = true;
                        self->m_testedUrl = url;
                        self->m_testedKey = key;
                        self->m_result->setText(tr("Reachable: the server accepted the key."));
                        break;
                    case Outcome::AuthFailed:
                        self->m_result->setText(tr("Wrong key: the server refused it."));
                        break;
                    case Outcome::HttpError:
                        self->m_result->setText(tr("The server answered HTTP %1: %2")
                                                    .arg(reply.httpStatus)
                                                    .arg(reply.message));
                        break;
                    case Outcome::Unreachable:
                    case Outcome::Timeout:
                        self->m_result->setText(tr("Unreachable: %1").arg(reply.message));
                        break;
                    }
                });
}

bool ProviderPage::validatePage()
{
    SettingsService settings(m_engine);
    if (m_demo->isChecked()) {
        if (const Status s = settings.store(settings::kProvider, QStringLiteral("simulator")); !s.ok()) {
            showError(s.failure().message);
            return false;
        }
        m_wizard->setRestartNeeded(m_engine.evolution() != nullptr);
        return true;
    }
    const QString url = m_url->text().trimmed();
    const QString key = m_key->text().trimmed();
    if (!m_testOk || url != m_testedUrl || key != m_testedKey) {
        showError(tr("Test the connection first: the server must be reachable and accept this key."));
        return false;
    }
    // The key first: the settings service accepts the Evolution provider only with one.
    if (const Status s = settings.storeProviderKey(key.toUtf8()); !s.ok()) {
        showError(tr("The key could not be stored: %1").arg(s.failure().message));
        return false;
    }
    if (const Status s = settings.storeAll({{settings::kProvider, QStringLiteral("evolution")},
                                            {settings::kProviderUrl, url}});
        !s.ok()) {
        showError(s.failure().message);
        return false;
    }
    m_wizard->setRestartNeeded(m_engine.evolution() == nullptr);
    return true;
}

// ---- First admin user -----------------------------------------------------------------

UserPage::UserPage(Engine &engine) : m_engine(engine)
{
    setTitle(tr("First administrator"));
    setSubTitle(tr("This person signs in to the window and the portal and can add other users later."));
    m_name = lineEdit(this, QStringLiteral("userName"), tr("User name"));
    m_name->setPlaceholderText(tr("e.g. admin"));
    m_password = lineEdit(this, QStringLiteral("userPassword"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(passwords::kMinimumLength));
    m_confirm = lineEdit(this, QStringLiteral("userPasswordConfirm"), tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = errorLabel(this, QStringLiteral("userError"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_confirm);
    form->addRow(m_error);
    for (QLineEdit *edit : {m_name, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, [this] { setError(m_error, {}); });
}

bool UserPage::validatePage()
{
    const QString name = UserService::normalizeName(m_name->text().trimmed());
    if (m_password->text() != m_confirm->text()) {
        setError(m_error, tr("The passwords do not match."));
        return false;
    }
    if (!m_created.isEmpty() && name == m_created)
        return true;
    const auto created = m_engine.users().createUser(name, QStringLiteral("admin"), m_password->text());
    if (!created.ok()) {
        const QString &code = created.failure().code;
        if (code == u"invalid_user_name")
            setError(m_error, tr("Names are 2 to 40 characters: letters, digits, '.', '-' or '_', starting with a letter or digit."));
        else if (code == u"weak_password")
            setError(m_error, tr("The password needs at least %1 characters.").arg(passwords::kMinimumLength));
        else if (code == u"user_exists")
            setError(m_error, tr("A user named %1 already exists.").arg(name));
        else
            setError(m_error, created.failure().message);
        return false;
    }
    m_created = name;
    return true;
}

// ---- First instance -------------------------------------------------------------------

InstancePage::InstancePage(Engine &engine, FirstRunWizard *wizard) : m_engine(engine), m_wizard(wizard)
{
    setTitle(tr("First instance"));
    setSubTitle(tr("An instance is one WhatsApp number linked to the gateway."));
    m_name = lineEdit(this, QStringLiteral("instanceName"), tr("Instance name"));
    m_name->setPlaceholderText(tr("e.g. front-desk"));
    auto *hint = new QLabel(tr("3 to 40 characters: lower-case letters a-z, digits and '-'."), this);
    hint->setWordWrap(true);
    m_error = errorLabel(this, QStringLiteral("instanceError"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Instance name:"), m_name);
    form->addRow(hint);
    form->addRow(m_error);
    connect(m_name, &QLineEdit::textChanged, this, [this] { setError(m_error, {}); });
}

bool InstancePage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (!InstanceService::isValidName(name)) {
        setError(m_error, tr("\"%1\" is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and '-'.")
                              .arg(name));
        return false;
    }
    if (!m_wizard->instanceId().isEmpty()) {
        if (const auto existing = m_engine.instances().find(m_wizard->instanceId()); existing && existing->name == name)
            return true;
    }
    const auto created = m_engine.instances().create(name);
    if (!created.ok()) {
        setError(m_error, created.failure().code == u"instance_exists"
                              ? tr("An instance named %1 already exists.").arg(name)
                              : created.failure().message);
        return false;
    }
    m_wizard->setInstanceId(created.value().id);
    return true;
}

// ---- QR code ----------------------------------------------------------------------------

QrPage::QrPage(Engine &engine, FirstRunWizard *wizard) : m_engine(engine), m_wizard(wizard)
{
    setTitle(tr("Link the phone"));
    setSubTitle(tr("On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code."));
    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("wizardQr"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("qrState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Instance state"));
    m_scan = new QPushButton(tr("&Simulate scan"), this);
    m_scan->setObjectName(QStringLiteral("simulateScan"));
    m_scan->setToolTip(tr("Demo only: act as if a phone scanned the code."));
    m_restartNote = new QLabel(tr("Restart the gateway to use the provider you chose."), this);
    m_restartNote->setObjectName(QStringLiteral("qrRestartNote"));
    m_restartNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_scan, 0, Qt::AlignLeft);
    layout->addWidget(m_restartNote);

    connect(m_scan, &QPushButton::clicked, this, [this] {
        if (SimulatorProvider *simulator = m_engine.simulator(); simulator && !m_wizard->instanceId().isEmpty()) {
            if (const Status s = simulator->scan(m_wizard->instanceId()); !s.ok())
                m_state->setText(s.failure().message);
        }
    });
    auto mine = [this](const QString &id) { return id == m_wizard->instanceId(); };
    connect(&engine.instances(), &InstanceService::qrCodeChanged, this, [this, mine](const QString &id) {
        if (mine(id))
            refresh();
    });
    connect(&engine.instances(), &InstanceService::stateChanged, this, [this, mine](const QString &id) {
        if (mine(id))
            refresh();
    });
}

void QrPage::initializePage()
{
    m_restartNote->setVisible(m_wizard->restartNeeded());
    m_scan->setVisible(m_engine.simulator() != nullptr);
    refresh();
}

void QrPage::refresh()
{
    const auto instance = m_engine.instances().find(m_wizard->instanceId());
    if (!instance) {
        m_qr->setQrText({});
        m_state->clear();
        return;
    }
    if (instance->state == InstanceState::Open) {
        m_qr->setQrText({});
        m_qr->setPlaceholder(tr("Linked — no QR code needed."));
        m_state->setText(tr("Open: %1 is linked to WhatsApp.").arg(instance->name));
        m_scan->setEnabled(false);
        return;
    }
    const QString qr = m_engine.instances().qrText(instance->id);
    m_qr->setQrText(qr);
    m_qr->setPlaceholder(tr("Waiting for the QR code…"));
    m_state->setText(qr.isEmpty() ? tr("Connecting: waiting for a QR code from the provider.")
                                  : tr("Waiting for the scan: the code refreshes by itself."));
    m_scan->setEnabled(m_engine.simulator() != nullptr && !qr.isEmpty());
}

} // namespace wag
