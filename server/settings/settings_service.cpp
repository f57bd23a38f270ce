#include "settings_service.h"

#include "engine.h"
#include "settings/settings_registry.h"
#include "providers/evolution/evolution_secrets.h"
#include "storage/settings_store.h"

namespace wag {

Status SettingsService::store(const QString &key, const QString &text)
{
    const SettingDefinition *definition = SettingsRegistry::find(key);
    if (!definition || definition->secret)
        return Status::fail(QStringLiteral("invalid_setting"),
                            QStringLiteral("%1 cannot be saved from the window").arg(key));
    // Validated by the stored layer first: a bad value changes nothing, not even the table.
    Settings &settings = m_engine.editableSettings();
    if (text.isEmpty()) {
        settings.clear(Settings::Layer::Stored, key);
        return SettingsStore(m_engine.database()).remove(key);
    }
    if (const Status s = settings.set(Settings::Layer::Stored, key, text); !s.ok())
        return s;
    return SettingsStore(m_engine.database()).set(key, text, m_engine.clock().now());
}

Status SettingsService::storeProviderKey(const QByteArray &key)
{
    if (key.trimmed().isEmpty())
        return Status::fail(QStringLiteral("invalid_setting"), QStringLiteral("the provider key is empty"));
    if (!m_engine.secrets()) {
        if (const Status s = m_engine.unlockSecrets(); !s.ok())
            return s;
    }
    return evolution::storeApiKey(m_engine.database(), *m_engine.secrets(), key.trimmed(), m_engine.clock());
}

} // namespace wag
