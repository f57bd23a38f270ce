#include "provider_key_editor.h"

#include "engine.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wag {

ProviderKeyEditor::ProviderKeyEditor(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("New provider key"));
    m_key->setPlaceholderText(tr("Type a new key to replace the stored one"));
    m_key->setMinimumWidth(260);
    row->addWidget(m_key, 1);
    m_store = new QPushButton(tr("S&tore key"), this);
    m_store->setObjectName(QStringLiteral("storeProviderKey"));
    row->addWidget(m_store);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("providerKeyState"));
    layout->addWidget(m_state);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("providerKeyMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setFocusProxy(m_key);

    connect(m_store, &QPushButton::clicked, this, &ProviderKeyEditor::store);
    connect(m_key, &QLineEdit::returnPressed, this, &ProviderKeyEditor::store);
    connect(&m_engine, &Engine::settingsChanged, this, [this](const QStringList &keys) {
        if (keys.contains(settings::kProviderKey))
            reload();
    });
    reload();
}

void ProviderKeyEditor::reload()
{
    const SettingsService service(m_engine);
    const QString overriddenBy = service.overriddenBy(settings::kProviderKey);
    m_key->setEnabled(overriddenBy.isEmpty());
    m_store->setEnabled(overriddenBy.isEmpty());
    if (!overriddenBy.isEmpty())
        m_state->setText(overriddenBy == u"environment"
                             ? tr("Set by the environment variable WAG_PROVIDER_KEY.")
                             : tr("Set on the command line (--provider-key)."));
    else
        m_state->setText(service.providerKeyIsSet() ? tr("Key: set (stored encrypted; never shown).")
                                                    : tr("Key: not set."));
}

bool ProviderKeyEditor::store()
{
    // Read once, cleared at once: the key does not stay in the field, whatever happens.
    const QByteArray key = m_key->text().toUtf8();
    m_key->clear();
    const Status s = SettingsService(m_engine).storeProviderKey(key);
    m_message->setStyleSheet(s.ok() ? QString() : QStringLiteral("color: #b00020"));
    if (!s.ok())
        m_message->setText(tr("The key was not stored: %1").arg(s.failure().message));
    else if (SettingsService::needsRestart({settings::kProviderKey}))
        m_message->setText(tr("Key stored — takes effect when the gateway restarts."));
    else
        m_message->setText(tr("Key stored."));
    reload();
    return s.ok();
}

} // namespace wag
