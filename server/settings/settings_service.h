#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace wag {

class Engine;

// Saves a setting edited in the GUI (or portal): validated by the registry, written to the
// settings table, and applied to the engine's effective settings at once, so the window
// shows what was saved. Secrets are refused: they belong to the secrets service.
class SettingsService
{
public:
    explicit SettingsService(Engine &engine) : m_engine(engine) { }

    // Empty text removes the stored value (the default applies again).
    Status store(const QString &key, const QString &text);
    // The Evolution server's global key, sealed with the data key in the secrets table the
    // way --provider-key is (never in the settings table). Takes the data key if the engine
    // has not yet; an empty key is refused ("invalid_setting").
    Status storeProviderKey(const QByteArray &key);

private:
    Engine &m_engine;
};

} // namespace wag
