#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "messaging/key_rate_limiter.h"
#include "storage/threecx_event_store.h"
#include "storage/threecx_integration_store.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace wag {

class Database;
class InstanceService;
class SecretService;
class SendService;

struct ThreecxConfig
{
    // The "threecx_enabled" setting: off, authenticated calls answer module_not_enabled.
    bool moduleEnabled = true;
    qint64 conversationWindowMs = 24LL * 3600 * 1000;
    QString defaultRegion; // for phone numbers written without a country code
};

// What the HTTP front door knows about one webhook call; the service decides the rest.
struct ThreecxWebhookCall
{
    QString integrationId; // from the path
    QHostAddress peer;
    QByteArray secret;    // X-WhatsApp-Gateway-3CX-Secret
    QByteArray timestamp; // X-WhatsApp-Gateway-Timestamp
    QByteArray signature; // X-WhatsApp-Gateway-Signature
    QByteArray body;
};

struct ThreecxAnswer
{
    int status = 200;
    QJsonObject body;
    qint64 retryAfterSeconds = 0; // > 0: Retry-After header
};

struct CreatedThreecxIntegration
{
    ThreecxIntegrationRecord record;
    QString secret; // plaintext: shown once, never readable again through this service
};

// A change of settings: what is set changes, the rest stays.
struct ThreecxSettingsChange
{
    std::optional<bool> enabled;
    std::optional<bool> hmacRequired;
    std::optional<QStringList> allowedIps;
    std::optional<QString> defaultInstance; // id or name
    std::optional<QString> endpointUrl;
    std::optional<bool> inboundEnabled;
    std::optional<bool> outboundEnabled;
    std::optional<bool> callEventsEnabled;
    std::optional<QString> businessName;
    std::optional<bool> strictWindow;
    QHash<QString, QString> templateTexts; // event type → new text (also switches it on)
    QHash<QString, bool> templateEnabled;  // event type → on/off
};

// The 3CX integration (SPEC §7): integrations and their settings for every front-end
// (window, portal, admin commands), and the webhook 3CX calls.
//
// Secrets are "tcxsec_" + 43 base62 characters (256 bits), sealed with the SecretService
// under ThreecxIntegrationStore::secretName(id, generation) and shown once, on creation
// and rotation. A rotation ends the old secret at once: unlike a customer webhook (where
// the gateway signs and receivers catch up), here the gateway is the verifier and the
// admin pastes the new secret into 3CX in the same sitting; an old secret that kept
// working would be exactly what a rotation after a leak must prevent.
//
// Failure codes: "invalid_name", "name_taken", "invalid_instance", "invalid_allowed_ip",
// "invalid_endpoint_url", "invalid_event", "not_found", "secrets_locked", and the
// storage layer's codes.
class ThreecxService : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 256 * 1024;
    static constexpr int kRequestsPerMinute = 60;
    static constexpr qint64 kCooldownMs = 15LL * 60 * 1000;
    static constexpr int kMaxNameLength = 100;
    // What an integration's own messages are logged with where an API send has its key
    // prefix.
    static constexpr char kOrigin[] = "3cx";
    // Template messages answer a call the customer made: customer support by SPEC §5.1's
    // list, and never marketing, so they pass the guard on that purpose.
    static constexpr char kTemplatePurpose[] = "support";

    ThreecxService(const Database &db, const Clock &clock, InstanceService &instances,
                   const SecretService *secrets, QObject *parent = nullptr);

    void setSecrets(const SecretService *secrets) { m_secrets = secrets; }
    // Only while serving: the webhook sends through it.
    void setSender(SendService *sends) { m_sends = sends; }
    void setConfig(const ThreecxConfig &config) { m_config = config; }

    Result<CreatedThreecxIntegration> create(const QString &name, const QString &instanceIdOrName);
    QList<ThreecxIntegrationRecord> list() const;
    // By id or by name.
    std::optional<ThreecxIntegrationRecord> find(const QString &idOrName) const;
    Result<ThreecxIntegrationRecord> update(const QString &idOrName, const ThreecxSettingsChange &change);
    Status setEnabled(const QString &idOrName, bool enabled);
    Result<QString> rotateSecret(const QString &idOrName);
    // Its templates and its event log go with it.
    Status remove(const QString &idOrName);
    // Newest first; beforeId > 0 pages back from that row.
    QList<ThreecxEventRecord> eventLog(const QString &idOrName, int limit, qint64 beforeId = 0) const;

    // POST /integrations/3cx/webhook/{integration_id}: answers through `done` (at once, or
    // once a message went to the provider), after the call is in the event log.
    using AnswerCallback = std::function<void(const ThreecxAnswer &)>;
    void handle(const ThreecxWebhookCall &call, AnswerCallback done);

    // The keyed hash the event log keeps of a phone number (for the cooldown).
    static QString phoneHash(const QString &integrationId, const QString &e164);

signals:
    void integrationsChanged();
    // Every call that reached an integration, after it was logged (for live screens).
    void eventLogged(const wag::ThreecxEventRecord &record);

private:
    struct Facts; // what handle() learnt so far, for the log row
    Result<ThreecxIntegrationRecord> existing(const QString &idOrName) const;
    Status requireSecrets() const;
    std::optional<QString> authenticate(const ThreecxIntegrationRecord &integration,
                                        const ThreecxWebhookCall &call) const;
    void handleOutbound(const ThreecxIntegrationRecord &integration, const QJsonObject &body, Facts facts,
                        AnswerCallback done);
    void handleCallEvent(const ThreecxIntegrationRecord &integration, const QJsonObject &body, Facts facts,
                         AnswerCallback done);
    void sendMessage(const ThreecxIntegrationRecord &integration, const QString &phone, const QString &text,
                     const QString &purpose, Facts facts, AnswerCallback done);
    bool insideWindow(const QString &instanceId, const QString &e164) const;
    // The number the event is about, normalized; nullopt once missing_phone or
    // invalid_phone has been answered. `whose`: "customer's" or "caller's", for the message.
    std::optional<QString> customerPhone(const QJsonObject &body, const Facts &facts, const QString &whose,
                                         const AnswerCallback &done);
    void finish(const Facts &facts, const ThreecxAnswer &answer, const AnswerCallback &done);
    qint64 limiterKey(const QString &integrationId);

    const Database &m_db;
    const Clock &m_clock;
    InstanceService &m_instances;
    const SecretService *m_secrets = nullptr;
    SendService *m_sends = nullptr;
    ThreecxConfig m_config;
    ThreecxIntegrationStore m_integrations;
    ThreecxEventStore m_events;
    KeyRateLimiter m_rate{kRequestsPerMinute};
    QHash<QString, qint64> m_limiterKeys; // the limiter counts by number
    QSet<QString> m_sending;              // template sends in flight: integration|event|phone hash
};

} // namespace wag
