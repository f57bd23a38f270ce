#include "settings_registry.h"

#include "core/phone_number.h"

#include <QTimeZone>
#include <QUrl>

namespace wag {

// Empty counts: it means "not configured", which the engine reports when it matters.
static bool isHttpUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

QString SettingDefinition::commandLineName() const
{
    return QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString SettingDefinition::environmentName() const
{
    return QStringLiteral("WAG_") + key.toUpper();
}

static SettingDefinition text(const QString &key, const QString &def, const QString &description,
                              bool onCommandLine)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Text;
    d.defaultValue = def;
    d.description = description;
    d.onCommandLine = onCommandLine;
    return d;
}

static SettingDefinition secretText(const QString &key, const QString &description)
{
    SettingDefinition d = text(key, QString(), description, true);
    d.secret = true;
    return d;
}

static SettingDefinition integer(const QString &key, qint64 def, qint64 min, qint64 max,
                                 const QString &description)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Integer;
    d.defaultValue = def;
    d.minimum = min;
    d.maximum = max;
    d.description = description;
    return d;
}

// On the command line a boolean is a flag without a value ("--simulator-control").
static SettingDefinition boolean(const QString &key, bool def, const QString &description,
                                 bool onCommandLine)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Boolean;
    d.defaultValue = def;
    d.description = description;
    d.onCommandLine = onCommandLine;
    return d;
}

static SettingDefinition choice(const QString &key, const QString &def, const QStringList &choices,
                                const QString &description, bool onCommandLine)
{
    SettingDefinition d;
    d.key = key;
    d.type = SettingType::Choice;
    d.defaultValue = def;
    d.choices = choices;
    d.description = description;
    d.onCommandLine = onCommandLine;
    return d;
}

// What the engine reads only at start-up (see SettingDefinition::restartRequired).
static SettingDefinition restart(SettingDefinition d)
{
    d.restartRequired = true;
    return d;
}

const QList<SettingDefinition> &SettingsRegistry::definitions()
{
    using namespace settings;
    static const QList<SettingDefinition> all = {
        restart(text(kListen, QStringLiteral("127.0.0.1:8480"),
             QStringLiteral("Address and port of the HTTP(S) front door, HOST:PORT"), true)),
        restart(text(kPublicUrl, QString(),
             QStringLiteral("URL at which the provider and 3CX reach the gateway (default: derived from listen)"),
             true)),
        restart(text(kTlsCert, QString(), QStringLiteral("PEM certificate (chain) file; enables HTTPS with tls-key"), true)),
        restart(text(kTlsKey, QString(), QStringLiteral("PEM private key file for tls-cert"), true)),
        restart(choice(kLogLevel, QStringLiteral("info"),
               {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                QStringLiteral("error")},
               QStringLiteral("Least important log messages written to stderr"), true)),
        restart(integer(kHttpMaxHeadBytes, 16 * 1024, 1024, 1024 * 1024,
                QStringLiteral("Largest request line + headers, bytes (431 beyond)"))),
        restart(integer(kHttpMaxBodyBytes, 64 * 1024, 1024, 64 * 1024 * 1024,
                QStringLiteral("Largest request body for routes without their own limit, bytes (413 beyond)"))),
        restart(integer(kHttpHeadTimeoutMs, 10'000, 50, 600'000,
                QStringLiteral("Time allowed to send a request's head, and longest stall inside a body, ms (408)"))),
        restart(integer(kHttpIdleTimeoutMs, 60'000, 50, 3'600'000,
                QStringLiteral("Idle keep-alive connections are closed after this, ms"))),
        restart(integer(kHttpMaxConnections, 1000, 1, 100'000,
                QStringLiteral("Concurrent connections; beyond, the longest-idle one is closed"))),
        choice(kPacing, QStringLiteral("on"), {QStringLiteral("on"), QStringLiteral("off")},
               QStringLiteral("Pace sends per instance (intervals, bursts, queue); off only for benchmarks"), true),
        text(kPhoneDefaultRegion, QString(),
             QStringLiteral("Region for phone numbers written without country code (ISO code, e.g. SA); empty: international only"),
             false),
        text(kTimeZone, QString(),
             QStringLiteral("Time zone of daily and monthly limits (IANA name, e.g. Asia/Riyadh); empty: the system's"),
             false),
        restart(integer(kLogRetentionDays, 90, 1, 3650,
                QStringLiteral("Days the message log and policy events are kept"))),
        integer(kDailyLimit, 500, 0, 10'000'000, QStringLiteral("Messages per instance per day, unless the instance sets its own")),
        integer(kMonthlyLimit, 10'000, 0, 100'000'000, QStringLiteral("Messages per instance per calendar month, unless the instance sets its own")),
        integer(kWarmUpFirstDayCap, 20, 1, 100'000, QStringLiteral("Daily cap on the first day after linking; doubles each day")),
        integer(kWarmUpDays, 14, 0, 365, QStringLiteral("Days after linking during which the warm-up cap applies")),
        integer(kPacingMinIntervalMs, 4'000, 0, 3'600'000, QStringLiteral("Shortest gap between two sends of one instance, ms")),
        integer(kPacingMaxIntervalMs, 8'000, 0, 3'600'000, QStringLiteral("Longest gap (random jitter up to it), ms")),
        integer(kPacingBurstSize, 20, 1, 100'000, QStringLiteral("Sends after which the instance pauses")),
        integer(kPacingBurstPauseMs, 60'000, 0, 3'600'000, QStringLiteral("Length of that pause, ms")),
        integer(kPacingRecipientIntervalMs, 6'000, 0, 3'600'000, QStringLiteral("Shortest gap between two sends to one recipient, ms")),
        integer(kQueueMaxLength, 100, 1, 100'000, QStringLiteral("Messages the pacing queue of one instance holds (429 beyond)")),
        integer(kQueueMaxWaitMs, 600'000, 1'000, 86'400'000, QStringLiteral("Longest wait in the pacing queue, ms (429 beyond)")),
        restart(integer(kProviderSendTimeoutMs, 15'000, 100, 300'000, QStringLiteral("How long a send waits for the provider, ms (502 timeout)"))),
        integer(kApiRateLimitPerMinute, 600, 0, 1'000'000, QStringLiteral("Send requests per API key per minute; 0: no limit")),
        text(kBlockedPhrases, QString(),
             QStringLiteral("Blocked phrases, one per line; empty: the built-in marketing phrases"), false),
        text(kUrlShorteners, QString(),
             QStringLiteral("Blocked link-shortener domains, one per line; empty: the built-in list"), false),
        restart(boolean(kSimulatorControl, false,
                QStringLiteral("Loopback-only /simulator/... routes with which tests and demos act as "
                               "the phone and its contacts"),
                true)),
        restart(boolean(kAllowLoopbackWebhooks, false,
                QStringLiteral("Let webhook destinations on this machine's loopback through (same-machine n8n or CRM)"),
                true)),
        restart(boolean(kWebhookAllowPrivateNetworks, true,
                QStringLiteral("Let webhook destinations on private LAN addresses through (on-premise CRMs)"),
                false)),
        restart(integer(kWebhookAttemptTimeoutMs, 15'000, 1'000, 120'000,
                QStringLiteral("Time one webhook delivery attempt may take, ms"))),
        restart(integer(kWebhookMaxInFlight, 64, 1, 1'000,
                QStringLiteral("Webhook deliveries in flight at once, all destinations together"))),
        restart(integer(kWebhookMaxInFlightPerDestination, 4, 1, 100,
                QStringLiteral("Webhook deliveries in flight at once to one destination"))),
        text(kOptOutKeywords, QString(),
             QStringLiteral("Opt-out keywords, one per line; empty: the built-in multilingual list"), false),
        text(kOptInKeywords, QString(),
             QStringLiteral("Keywords that lift a keyword opt-out, one per line; empty: START, UNSTOP, YES and equivalents"),
             false),
        text(kOptOutConfirmation, QString(),
             QStringLiteral("Reply sent to a contact who opted out by keyword; empty: no reply"), false),
        integer(kConversationWindowHours, 24, 1, 720,
                QStringLiteral("Hours a conversation stays open after the contact's last message")),
        boolean(kThreecxEnabled, true,
                QStringLiteral("Accept calls of 3CX integrations (the 3CX module); off, they answer module_not_enabled"),
                false),
        restart(choice(kProvider, QStringLiteral("simulator"), {QStringLiteral("simulator"), QStringLiteral("evolution")},
               QStringLiteral("Messaging provider: the built-in simulator (Demo) or an Evolution API v2 server; "
                              "given on the command line, it is stored"),
               true)),
        restart(text(kProviderUrl, QString(),
             QStringLiteral("Base URL of the Evolution API server, e.g. http://127.0.0.1:8080; "
                            "given on the command line, it is stored"),
             true)),
        restart(secretText(kProviderKey,
                   QStringLiteral("Global API key of the Evolution API server (AUTHENTICATION_API_KEY); "
                                  "given once, it is stored encrypted"))),
        restart(integer(kProviderPollIntervalMs, 30'000, 1'000, 3'600'000,
                QStringLiteral("How often instance states are asked of the provider, ms (it may show open on a dead connection)"))),
        restart(integer(kProviderRequestTimeoutMs, 10'000, 500, 120'000,
                QStringLiteral("Time one provider request (other than a send) may take, ms"))),
        restart(text(kEvolutionGatewayTag, QString(),
             QStringLiteral("Tag in the names of this gateway's instances on the Evolution server "
                            "(8 hex digits, generated once and stored)"),
             false)),
        text(kLanguage, QString(),
             QStringLiteral("Language of the desktop window and the web portal: en, ar, de, es, fr or pt_BR; empty: the system's"),
             true),
        restart(choice(kKeychain, QStringLiteral("auto"), {QStringLiteral("auto"), QStringLiteral("off")},
               QStringLiteral("Where the data key lives: the OS keychain (auto) or a 0600 file in the data dir (off)"),
               false)),
    };
    return all;
}

const QStringList &SettingsRegistry::languages()
{
    static const QStringList all = {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("de"),
                                    QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR")};
    return all;
}

const SettingDefinition *SettingsRegistry::find(const QString &key)
{
    for (const SettingDefinition &d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

bool SettingsRegistry::parse(const SettingDefinition &definition, const QString &text,
                             QVariant *value, QString *error)
{
    switch (definition.type) {
    case SettingType::Text:
        if (definition.key == settings::kProviderUrl && !isHttpUrl(text)) {
            *error = QStringLiteral("%1 must be an http:// or https:// URL with a host, e.g. "
                                    "http://127.0.0.1:8080, not \"%2\"")
                         .arg(definition.key, text);
            return false;
        }
        if (definition.key == settings::kPublicUrl && !isHttpUrl(text)) {
            *error = QStringLiteral("%1 must be an http:// or https:// URL with a host, e.g. "
                                    "https://gateway.example.com, not \"%2\"")
                         .arg(definition.key, text);
            return false;
        }
        // Checked here, not where they are used: a typo would otherwise be ignored with a
        // warning in the log and the system's zone (or no region) silently used instead.
        if (definition.key == settings::kTimeZone && !text.trimmed().isEmpty()
            && !QTimeZone::isTimeZoneIdAvailable(text.trimmed().toLatin1())) {
            *error = QStringLiteral("%1 must be empty (the system's) or an IANA time zone name such as "
                                    "Asia/Riyadh, not \"%2\"")
                         .arg(definition.key, text);
            return false;
        }
        if (definition.key == settings::kPhoneDefaultRegion && !text.trimmed().isEmpty()
            && !isKnownPhoneRegion(text)) {
            *error = QStringLiteral("%1 must be empty or a two-letter region code such as SA or DE, not \"%2\"")
                         .arg(definition.key, text);
            return false;
        }
        // Exact codes (pt_BR, not pt-br): they name the translation files.
        if (definition.key == settings::kLanguage && !text.trimmed().isEmpty()
            && !languages().contains(text.trimmed())) {
            *error = QStringLiteral("%1 must be empty (the system's) or one of %2, not \"%3\"")
                         .arg(definition.key, languages().join(QStringLiteral(", ")), text);
            return false;
        }
        if (definition.key == settings::kPhoneDefaultRegion)
            *value = text.trimmed().toUpper();
        else if (definition.key == settings::kProviderUrl || definition.key == settings::kLanguage
                 || definition.key == settings::kPublicUrl || definition.key == settings::kTimeZone)
            *value = text.trimmed();
        else
            *value = text;
        return true;
    case SettingType::Integer: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok || n < definition.minimum || n > definition.maximum) {
            *error = QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                         .arg(definition.key)
                         .arg(definition.minimum)
                         .arg(definition.maximum)
                         .arg(text);
            return false;
        }
        *value = n;
        return true;
    }
    case SettingType::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == u"1" || t == u"true" || t == u"on" || t == u"yes") {
            *value = true;
            return true;
        }
        if (t == u"0" || t == u"false" || t == u"off" || t == u"no") {
            *value = false;
            return true;
        }
        *error = QStringLiteral("%1 must be on or off, not \"%2\"").arg(definition.key, text);
        return false;
    }
    case SettingType::Choice:
        if (!definition.choices.contains(text.trimmed().toLower())) {
            *error = QStringLiteral("%1 must be one of %2, not \"%3\"")
                         .arg(definition.key, definition.choices.join(QStringLiteral(", ")), text);
            return false;
        }
        *value = text.trimmed().toLower();
        return true;
    }
    return false;
}

} // namespace wag
