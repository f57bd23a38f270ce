#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "events/inbound_pipeline.h"
#include "secrets/data_key_provider.h"
#include "settings/settings.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <memory>

class QHostAddress;

namespace wag {

class ApiKeyService;
class Database;
class FrontDoor;
class HealthController;
class InstanceService;
class Provider;
class Router;
class SecretService;
class SimulatorController;
class SimulatorProvider;
class EvolutionProvider;
class EvolutionCallbackController;
class CommitScheduler;
class EventOutbox;
class InboundPipeline;
class HostResolver;
class WebhookHttpClient;
class WebhookDispatcher;
class SendMessageController;
class SendService;
class SettingsService;
class SuppressionService;
class RetentionService;
struct SendConfig;
class UserService;
class WebhookService;
class ThreecxService;
class ThreecxWebhookController;
struct ThreecxConfig;
class MessageLogService; // the read-only log services (server/logs/) the front-ends page through
class InboundLogService;
class PolicyEventService;
namespace portal {
class Portal;
}

// Builds and owns the services; the one object the desktop window, the portal and the
// admin commands are given. open() is enough for admin commands (storage and services);
// serve() additionally takes the data key and opens the front door.
class Engine final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString dataDir;
        Settings settings; // environment and command-line layers already applied
        const Clock *clock = &Clock::system();
    };

    static Result<std::unique_ptr<Engine>> open(Config config);
    ~Engine() override;

    Status serve();
    void stop();

    const QString &dataDir() const { return m_config.dataDir; }
    const Settings &settings() const { return m_config.settings; }
    // For the settings service (server/settings/settings_service.h), which stores an edited
    // value and applies it here in the same step, so readers see what was saved.
    Settings &editableSettings() { return m_config.settings; }
    // Hands the effective settings to the running services that read them live (limits,
    // pacing, guard, opt-out keywords, conversation window, default region) and emits
    // settingsChanged. What only start-up reads is marked restartRequired in the registry.
    void applySettings(const QStringList &changedKeys);
    // Stores and applies edited settings (server/settings/settings_service.h): what the
    // window's and the portal's Settings pages both save through.
    SettingsService &settingsService() { return *m_settingsService; }
    const Clock &clock() const { return *m_config.clock; }
    // The zone of the gateway's days (daily limits, the portal's date filters): the
    // "time_zone" setting, or the system's when it is empty or unknown.
    QTimeZone timeZone() const;
    QString databasePath() const;
    // The URL people and integrations use, e.g. "http://127.0.0.1:8480".
    QString baseUrl() const;
    bool isServing() const;

    Database &database() { return *m_database; }
    UserService &users() { return *m_users; }
    ApiKeyService &apiKeys() { return *m_apiKeys; }
    InstanceService &instances() { return *m_instances; }
    SuppressionService &suppressions() { return *m_suppressions; }
    // Only while serving.
    SendService *sends() { return m_sends.get(); }
    EventOutbox *outbox() { return m_outbox.get(); }
    InboundPipeline *inbound() { return m_inbound.get(); }
    WebhookDispatcher *dispatcher() { return m_dispatcher.get(); }
    // The provider that drives every instance, chosen by the "provider" setting: the
    // built-in simulator (default) or Evolution API. Exactly one of simulator() and
    // evolution() is non-null.
    Provider &provider() { return *m_provider; }
    SimulatorProvider *simulator() { return m_simulator.get(); }
    EvolutionProvider *evolution() { return m_evolution.get(); }
    // Evolution only: re-asserts webhooks, refreshes states, reports instances missing on the
    // server (serve() does it after starting the instances; the GUI may ask again).
    void reconcileProvider();
    SecretService *secrets() { return m_secrets.get(); }
    // Takes the data key now (serve() does it anyway): admin commands that seal secrets.
    Status unlockSecrets();
    // Where the data key came from, once taken: the keychain, or the key file and why
    // (SPEC §3). The desktop window says so plainly when it is the file. `key` is never set.
    const DataKeyResult &dataKeyOrigin() const { return m_dataKeyOrigin; }
    bool hasDataKey() const { return m_secrets != nullptr; }
    WebhookService &webhooks() { return *m_webhooks; }
    // 3CX integrations (SPEC §7); their webhook answers only while serving.
    ThreecxService &threecx() { return *m_threecx; }
    FrontDoor *frontDoor() { return m_frontDoor; }
    MessageLogService &messageLog() { return *m_messageLog; }
    InboundLogService &inboundLog() { return *m_inboundLog; }
    PolicyEventService &policyEvents() { return *m_policyEvents; }
    // The web portal (server/portal/); only while serving.
    portal::Portal *portal() { return m_portal.get(); }

signals:
    void servingChanged(bool serving);
    void settingsChanged(const QStringList &keys);

private:
    explicit Engine(Config config);
    Status loadStoredSettings();
    Status obtainDataKey();
    Status storeProviderFlags();
    Status prepareEvolution();
    void applyLanguage();
    SendConfig sendConfig() const;
    OptOutKeywords optOutKeywords() const;
    InboundConfig inboundConfig() const;
    ThreecxConfig threecxConfig() const;

    Config m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ApiKeyService> m_apiKeys;
    // Declared before m_instances, which holds a reference to the chosen one.
    std::unique_ptr<SimulatorProvider> m_simulator;
    std::unique_ptr<EvolutionProvider> m_evolution;
    Provider *m_provider = nullptr;
    std::unique_ptr<InstanceService> m_instances;
    std::unique_ptr<SuppressionService> m_suppressions;
    std::unique_ptr<SettingsService> m_settingsService;
    std::unique_ptr<SecretService> m_secrets;
    DataKeyResult m_dataKeyOrigin; // without the key
    std::unique_ptr<WebhookService> m_webhooks; // after m_instances and m_secrets, which it uses
    std::unique_ptr<ThreecxService> m_threecx;  // likewise; sends through m_sends while serving
    std::unique_ptr<CommitScheduler> m_commits;
    std::unique_ptr<EventOutbox> m_outbox;
    std::unique_ptr<SendService> m_sends;
    std::unique_ptr<InboundPipeline> m_inbound;
    // Declared in the order they use each other, so the dispatcher goes first.
    std::unique_ptr<HostResolver> m_hostResolver;
    std::unique_ptr<WebhookHttpClient> m_webhookClient;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<SendMessageController> m_sendController;
    std::unique_ptr<RetentionService> m_retention;
    QTimer *m_storeWatch = nullptr; // notices admin commands run by another process
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HealthController> m_health;
    std::unique_ptr<SimulatorController> m_simulatorControl; // --simulator-control, simulator only
    std::unique_ptr<EvolutionCallbackController> m_evolutionCallbacks;
    std::unique_ptr<ThreecxWebhookController> m_threecxWebhook;
    std::unique_ptr<portal::Portal> m_portal; // its routes are in m_router
    FrontDoor *m_frontDoor = nullptr; // child QObject
    std::unique_ptr<MessageLogService> m_messageLog;
    std::unique_ptr<InboundLogService> m_inboundLog;
    std::unique_ptr<PolicyEventService> m_policyEvents;
};

// "HOST:PORT" → address and port; IPv6 as "[::1]:8480". False with a reason otherwise.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port,
                        QString *error);

} // namespace wag
