#pragma once

#include "messaging/send_request.h"
#include "policy/content_rules.h"
#include "policy/limits.h"
#include "policy/opt_out_monitor.h"
#include "policy/pacer.h"
#include "policy/risk_scorer.h"
#include "policy/usage_report.h"
#include "storage/api_key_store.h"
#include "storage/instance_store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace wag {

class Clock;
class Database;
class InstanceService;
class MessageStore;
class SendActivity;
class SuppressionStore;

// The guard's settings, read from the settings registry by the engine.
struct GuardConfig
{
    QString defaultRegion;       // for national phone formats; empty: international only
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    int defaultDailyLimit = kDefaultDailyLimit;
    int defaultMonthlyLimit = kDefaultMonthlyLimit;
    WarmUpConfig warmUp;
    QStringList blockedPhrases = ContentRules::defaultBlockedPhrases();
    QStringList shortenerDomains = ContentRules::defaultShortenerDomains();
};

// What the guard decided about one send, and why. A refusal carries the API's answer; an
// acceptance carries what the send needs next (instance, E.164 number, when it is due).
struct GuardDecision
{
    bool allowed = false;

    int httpStatus = 0;
    QString error;   // SPEC §5 code
    QString message; // for people
    QJsonObject details;
    qint64 retryAfterSeconds = 0; // > 0: send Retry-After

    QString rule;   // the rule that decided: "purpose", "suppression", "daily_limit", …
    QString action; // "allow", "slow" or "block"
    std::optional<int> riskScore;

    std::optional<InstanceRecord> instance; // known from the instance step on
    QString e164;                           // known from the phone step on
    QDateTime due;                          // allowed: when the pacing queue lets it go
};

// The responsible-messaging guard of SPEC §5.1, after the key, JSON and field checks:
// instance and key scope → purpose → phone → suppression → instance open and not paused →
// content rules → daily/monthly limits (with warm-up) → risk → pacing. The first failure
// answers. Each rule is its own unit in server/policy/; this class only puts them in order
// and turns their verdicts into the API's errors.
class SendGuard
{
public:
    SendGuard(const Clock &clock, const Database &database, InstanceService &instances,
              const MessageStore &messages,
              const SuppressionStore &suppressions, SendActivity &activity, Pacer &pacer,
              OptOutMonitor &optOuts, RecentOutcomes &outcomes, GuardConfig config = {});

    void setConfig(GuardConfig config);
    const GuardConfig &config() const { return m_config; }

    GuardDecision evaluate(const SendRequest &request, const ApiKeyRecord &key);

    // Remembers an accepted send in the usage counters (the counters start from the
    // message log once per window, then follow in memory).
    void countAccepted(const QString &instanceId, const QDateTime &at);

    // The instance's usage and caps now, from the counters and the rules evaluate() applies.
    UsageReport usage(const InstanceRecord &instance);

private:
    struct Usage
    {
        QDateTime dayStart;
        QDateTime monthStart;
        int day = -1;   // -1: not loaded yet
        int month = -1;
    };
    Usage &usageFor(const QString &instanceId, const UsageWindow &window);
    UsageReport usageAt(const InstanceRecord &instance, const UsageWindow &window, const QDateTime &now);
    LimitDefaults limitDefaults() const;
    bool checkLimits(const InstanceRecord &instance, const UsageWindow &window, const QDateTime &now,
                     GuardDecision *decision);

    Result<bool> isSuppressed(const QString &e164);

    const Clock &m_clock;
    const Database &m_database;
    InstanceService &m_instances;
    const MessageStore &m_messages;
    const SuppressionStore &m_suppressions;
    SendActivity &m_activity;
    Pacer &m_pacer;
    OptOutMonitor &m_optOuts;
    RecentOutcomes &m_outcomes;
    GuardConfig m_config;
    ContentRules m_content;
    RiskScorer m_risk;
    QHash<QString, Usage> m_usage;
    // The current day and month in the configured time zone change once a day; working
    // them out (time-zone arithmetic) on every send would not.
    UsageWindow windowAt(const QDateTime &now);
    UsageWindow m_window;
    // Suppression answers by number, kept while the configuration version holds (any
    // change to the list, here or by an admin command, bumps it). A list of at most
    // kWholeListLimit numbers is read whole at each version, so that a send to a number
    // not on it (nearly every send, and every new recipient) needs no query; a longer list
    // is asked number by number and the answers are kept.
    bool loadWholeSuppressionList();
    QHash<QString, bool> m_suppressed;
    qint64 m_suppressedVersion = -1;
    bool m_suppressedIsWholeList = false;
    static constexpr int kSuppressedCacheLimit = 100'000;
    static constexpr int kWholeListLimit = 10'000;
};

} // namespace wag
