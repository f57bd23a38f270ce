#include "settings_service.h"

#include "engine.h"
#include "settings/settings_registry.h"
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

} // namespace wag
