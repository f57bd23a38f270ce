#pragma once

#include "core/result.h"

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

private:
    Engine &m_engine;
};

} // namespace wag
