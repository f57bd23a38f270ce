#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace wag {

enum class SettingType { Text, Integer, Boolean, Choice };

// One typed setting. Its value can come from (weakest first) the built-in default, the
// settings the GUI and portal edit (stored in the database), an environment variable
// WAG_<KEY>, and the command line --<key-with-dashes>. The registry is the only list of
// settings: --help, the README table and validation are all derived from it.
struct SettingDefinition
{
    QString key; // lower_snake_case
    SettingType type = SettingType::Text;
    QVariant defaultValue;
    QString description;
    qint64 minimum = 0; // Integer only
    qint64 maximum = 0;
    QStringList choices; // Choice only
    bool onCommandLine = false;
    // A secret (the provider key): accepted from the command line and the environment, but
    // never read from or written to the settings table; the engine seals it into the
    // secrets table instead, and --help shows no value for it.
    bool secret = false;
    // The running gateway reads it only when it starts (the front door, the provider, the
    // data key, the dispatcher's limits): a new value takes effect after a restart. The
    // others the engine applies at once (Engine::applySettings()).
    bool restartRequired = false;

    QString commandLineName() const; // "http-max-body-bytes"
    QString environmentName() const; // "WAG_HTTP_MAX_BODY_BYTES"
};

namespace settings {
inline const QString kListen = QStringLiteral("listen");
inline const QString kPublicUrl = QStringLiteral("public_url");
inline const QString kTlsCert = QStringLiteral("tls_cert");
inline const QString kTlsKey = QStringLiteral("tls_key");
inline const QString kLogLevel = QStringLiteral("log_level");
inline const QString kHttpMaxHeadBytes = QStringLiteral("http_max_head_bytes");
inline const QString kHttpMaxBodyBytes = QStringLiteral("http_max_body_bytes");
inline const QString kHttpHeadTimeoutMs = QStringLiteral("http_head_timeout_ms");
inline const QString kHttpIdleTimeoutMs = QStringLiteral("http_idle_timeout_ms");
inline const QString kHttpMaxConnections = QStringLiteral("http_max_connections");
inline const QString kKeychain = QStringLiteral("keychain");
inline const QString kSimulatorControl = QStringLiteral("simulator_control");
inline const QString kPacing = QStringLiteral("pacing");
inline const QString kPhoneDefaultRegion = QStringLiteral("phone_default_region");
inline const QString kTimeZone = QStringLiteral("time_zone");
inline const QString kLogRetentionDays = QStringLiteral("log_retention_days");
inline const QString kDailyLimit = QStringLiteral("daily_limit");
inline const QString kMonthlyLimit = QStringLiteral("monthly_limit");
inline const QString kWarmUpFirstDayCap = QStringLiteral("warmup_first_day_cap");
inline const QString kWarmUpDays = QStringLiteral("warmup_days");
inline const QString kPacingMinIntervalMs = QStringLiteral("pacing_min_interval_ms");
inline const QString kPacingMaxIntervalMs = QStringLiteral("pacing_max_interval_ms");
inline const QString kPacingBurstSize = QStringLiteral("pacing_burst_size");
inline const QString kPacingBurstPauseMs = QStringLiteral("pacing_burst_pause_ms");
inline const QString kPacingRecipientIntervalMs = QStringLiteral("pacing_recipient_interval_ms");
inline const QString kQueueMaxLength = QStringLiteral("queue_max_length");
inline const QString kQueueMaxWaitMs = QStringLiteral("queue_max_wait_ms");
inline const QString kProviderSendTimeoutMs = QStringLiteral("provider_send_timeout_ms");
inline const QString kApiRateLimitPerMinute = QStringLiteral("api_rate_limit_per_minute");
inline const QString kBlockedPhrases = QStringLiteral("content_blocked_phrases");
inline const QString kUrlShorteners = QStringLiteral("content_url_shorteners");
inline const QString kAllowLoopbackWebhooks = QStringLiteral("allow_loopback_webhooks");
inline const QString kWebhookAllowPrivateNetworks = QStringLiteral("webhook_allow_private_networks");
inline const QString kWebhookAttemptTimeoutMs = QStringLiteral("webhook_attempt_timeout_ms");
inline const QString kWebhookMaxInFlight = QStringLiteral("webhook_max_in_flight");
inline const QString kWebhookMaxInFlightPerDestination = QStringLiteral("webhook_max_in_flight_per_destination");
inline const QString kOptOutKeywords = QStringLiteral("opt_out_keywords");
inline const QString kOptInKeywords = QStringLiteral("opt_in_keywords");
inline const QString kOptOutConfirmation = QStringLiteral("opt_out_confirmation");
inline const QString kConversationWindowHours = QStringLiteral("conversation_window_hours");
inline const QString kThreecxEnabled = QStringLiteral("threecx_enabled");
inline const QString kProvider = QStringLiteral("provider");
inline const QString kProviderUrl = QStringLiteral("provider_url");
inline const QString kProviderKey = QStringLiteral("provider_key");
inline const QString kProviderPollIntervalMs = QStringLiteral("provider_poll_interval_ms");
inline const QString kProviderRequestTimeoutMs = QStringLiteral("provider_request_timeout_ms");
inline const QString kEvolutionGatewayTag = QStringLiteral("evolution_gateway_tag");
inline const QString kLanguage = QStringLiteral("language");
} // namespace settings

class SettingsRegistry
{
public:
    // The languages the window and the portal are translated into (settings/language.h);
    // "language" accepts these or empty.
    static const QStringList &languages();

    static const QList<SettingDefinition> &definitions();
    static const SettingDefinition *find(const QString &key);

    // Turns text (from a flag, a variable or the database) into a typed value. On failure
    // returns false and a sentence that names the setting and what it accepts.
    static bool parse(const SettingDefinition &definition, const QString &text, QVariant *value,
                      QString *error);
};

} // namespace wag
