#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wag {

class Engine;
class Settings;

// One edited value; empty text removes the stored value (the default applies again).
struct SettingChange
{
    QString key;
    QString text;
};

// Saves settings edited in the GUI (or portal): validated by the registry and checked
// together, written to the settings table, and applied to the engine's effective settings
// at once (Engine::applySettings), so the window shows what was saved and what the engine
// reads live works with it immediately. Secrets are refused: they belong to the secrets
// service.
//
// Checks beyond one value's type: the listen address parses; tls_cert and tls_key are
// given together and load; pacing_min_interval_ms ≤ pacing_max_interval_ms; the Evolution
// provider has a URL and a stored key. A value that the environment or the command line
// outranks may be saved (the first-run wizard does), but it only takes effect once that
// override is gone; overriddenBy() says so, and the window does not offer to edit it.
class SettingsService
{
public:
    explicit SettingsService(Engine &engine) : m_engine(engine) { }

    Status store(const QString &key, const QString &text);
    // All or nothing: if any value is refused nothing is saved, the failure carries the
    // first refusal ("invalid_setting"), and `refused` (if given) gets every refused key
    // with its sentence.
    Status storeAll(const QList<SettingChange> &changes, QHash<QString, QString> *refused = nullptr);

    // The Evolution server's global key, sealed with the data key in the secrets table the
    // way --provider-key is (never in the settings table). Takes the data key if the engine
    // has not yet; an empty key is refused ("invalid_setting").
    Status storeProviderKey(const QByteArray &key);
    // Whether a provider key is stored (or given by the environment or the command line).
    // The key itself is never handed out here.
    bool providerKeyIsSet() const;

    // The effective settings (every layer resolved), for pages that show current values.
    const Settings &effective() const;

    // "environment" or "command line" when that layer outranks the stored value; empty
    // when a saved value takes effect.
    QString overriddenBy(const QString &key) const;
    // True if any of `keys` is read only when the gateway starts.
    static bool needsRestart(const QStringList &keys);

private:
    void checkTogether(const QStringList &changed, const Settings &candidate,
                       QHash<QString, QString> *refused) const;

    Engine &m_engine;
};

} // namespace wag
