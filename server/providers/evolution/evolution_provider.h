#pragma once

#include "core/clock.h"
#include "providers/evolution/evolution_client.h"
#include "providers/evolution/evolution_secrets.h"
#include "providers/provider.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>

namespace wag {

class Database;
class SecretService;

struct EvolutionOptions
{
    QString baseUrl;      // e.g. "http://127.0.0.1:8080"
    QByteArray apiKey;    // the server's global key (AUTHENTICATION_API_KEY)
    QString gatewayTag;   // see evolution_naming.h
    int requestTimeoutMs = 10'000; // every call but sends
    int sendTimeoutMs = 15'000;    // sendText (the SendService has its own deadline too)
    // The state is asked this often, besides the callbacks: Evolution's webhooks can be lost
    // (its retries live in memory) and it can show open on a dead socket (research D.2).
    int pollIntervalMs = 30'000;
    // While connecting without a QR code ("count": 0, research D.1), connect is asked again
    // this often, this many times; then the instance closes with "qr_unavailable".
    int qrRetryMs = 3'000;
    int qrRetries = 10;
};

// The Evolution API v2 adapter (SPEC §4.1, research §A): drives instances on an Evolution
// server the administrator runs, and turns what it calls back with into Provider signals.
//
// Names: each gateway instance is "wag-<tag>-<hash of id>" on Evolution (evolution_naming.h).
// Callbacks: each instance's webhook points at <public URL>/internal/evolution/<name> with
// the header X-Gateway-Callback-Secret: <a per-instance secret> (evolution_secrets.h); the
// gateway re-asserts that config whenever it connects or reconciles, so people never touch
// Evolution's webhooks.
//
// Reasons an instance can be closed with (the connection.update codes are in
// EventMapper::reasonForStatusCode): "logged_out", "missing_on_provider" (no such instance
// on the server: connect to create it again), "provider_unreachable" (no connection or no
// answer in time), "provider_auth_failed" (401: wrong --provider-key), "qr_limit_reached"
// (Evolution's QRCODE_LIMIT; connect again), "qr_unavailable" (no QR code came; connect
// again), "connect_failed" (connect answered {"error":true}), "connection_lost".
//
// Start-up: with holdConnectsUntilReconciled(), connect requests wait until reconcile() has
// looked at the server once, so an instance that existed there and is now missing is
// reported as such instead of silently being created anew with a fresh QR code. One that
// never existed there (created by the admin command while the gateway was stopped) is
// simply created: it has no callback secret yet, which only creating it makes.
class EvolutionProvider final : public Provider
{
    Q_OBJECT
public:
    EvolutionProvider(EvolutionOptions options, Database &db, const Clock &clock = Clock::system(),
                      QObject *parent = nullptr);
    ~EvolutionProvider() override;

    QString name() const override;        // "evolution"
    QString displayName() const override; // "Evolution API"

    // Wiring, done by the engine once it serves (the key is only readable then). Replaces
    // the HTTP client: calls in flight on the old one are dropped unanswered.
    void setOptions(EvolutionOptions options);
    void setSecretService(const SecretService *secrets) { m_callbackSecrets.setSecretService(secrets); }
    // The gateway's public base URL, asked each time a webhook config is written (it is only
    // known once the front door listens).
    void setPublicUrl(std::function<QString()> publicUrl) { m_publicUrl = std::move(publicUrl); }
    // Every instance of the gateway, for reconcile() and for callbacks naming an instance this
    // provider has not been told about yet (just after a restart).
    void setInstanceLookup(std::function<QList<ProviderInstance>()> lookup) { m_lookup = std::move(lookup); }
    void holdConnectsUntilReconciled() { m_holdConnects = true; }
    // Starts and stops the state poll (pollIntervalMs).
    void startPolling();
    void stopPolling() { m_pollTimer.stop(); }

    void connectInstance(const ProviderInstance &instance) override;
    void logoutInstance(const ProviderInstance &instance) override;
    void deleteInstance(const ProviderInstance &instance) override;
    void refreshState(const ProviderInstance &instance) override;
    void sendText(const ProviderInstance &instance, const QString &e164, const QString &text,
                  SendCallback done) override;
    // POST /instance/restart: Evolution closes and reopens the socket (its session stays)
    // and reports the states that follow; refused (and only logged) for a closed instance.
    void restartInstance(const ProviderInstance &instance) override;

    // Looks at the server once: is it there, does it take the key, which of the gateway's
    // instances exist on it. Re-asserts every existing instance's webhook, reports its state,
    // and closes missing ones with "missing_on_provider" (one log line each). Then lets held
    // connects go on. `done` (optional) runs when it is over. At start-up and on demand.
    void reconcile(std::function<void()> done = {});

    // --- The callback side (EvolutionCallbackController) --------------------------------
    QString evolutionName(const QString &instanceId) const;
    QString callbackUrl(const QString &instanceId) const;
    // The gateway instance behind an Evolution name; empty when it is none of ours.
    QString instanceIdForName(const QString &evolutionName);
    // Constant-time check of the X-Gateway-Callback-Secret value for that name.
    bool authenticateCallback(const QString &evolutionName, const QByteArray &presentedSecret);
    // Maps one (authenticated) envelope and emits the signals; see EventMapper.
    void handleCallback(const QString &evolutionName, const QJsonObject &envelope);
    // The secret the instance's webhook config carries (created if needed); for tests.
    QByteArray callbackSecret(const QString &instanceId) { return m_callbackSecrets.secretFor(instanceId); }

    const EvolutionOptions &options() const { return m_options; }

private:
    struct Tracked
    {
        ProviderInstance instance;
        QString name;          // on Evolution
        bool reported = false; // a state has been reported at least once
        InstanceState state = InstanceState::Close;
        QString reason;
        QString phone;
        QString qr;
        int qrAttempts = 0;
    };
    enum class Health { Unknown, Ok, Unreachable, AuthFailed };

    Tracked &track(const ProviderInstance &instance);
    Tracked *tracked(const QString &instanceId);
    void report(const QString &instanceId, InstanceState state, const QString &reason,
                const QString &phone = {});
    void showQr(const QString &instanceId, const QString &qrText);
    void reportFailure(const QString &instanceId, const evolution::Reply &reply, const char *during);
    void noteHealth(const evolution::Reply &reply);
    void resumeAfterOutage();
    void reportMissing(const QString &instanceId);

    void startConnect(const QString &instanceId);
    void createInstance(const QString &instanceId);
    void requestQr(const QString &instanceId);
    void scheduleQrRetry(const QString &instanceId);
    void assertWebhook(const QString &instanceId, std::function<void()> then = {});
    QJsonObject webhookConfig(const QString &instanceId);
    void applyState(const QString &instanceId, const QString &evolutionState, int statusReason,
                    const QString &ownerJid);
    void finishReconcile(const QSet<QString> &missing);
    void pollStates();
    void rememberAcceptedCall(const QString &callId);

    EvolutionOptions m_options;
    Database &m_db;
    const Clock &m_clock;
    evolution::Client *m_client; // child
    evolution::CallbackSecrets m_callbackSecrets;
    std::function<QString()> m_publicUrl;
    std::function<QList<ProviderInstance>()> m_lookup;
    QHash<QString, Tracked> m_tracked; // by gateway instance id
    QHash<QString, QString> m_idByName;
    bool m_holdConnects = false;
    QSet<QString> m_heldConnects;
    // Instances that were open, connecting or about to connect when the server became
    // unreachable (or refused the key): connected again as soon as it answers.
    QSet<QString> m_resumeWhenHealthy;
    Health m_health = Health::Unknown;
    QTimer m_pollTimer;
    // Calls answered on a device: their later "timeout"/"reject" is not a missed call.
    QSet<QString> m_acceptedCalls;
    std::deque<QString> m_acceptedOrder;
};

} // namespace wag
