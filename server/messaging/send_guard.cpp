#include "send_guard.h"

#include "core/clock.h"
#include "core/phone_number.h"
#include "instances/instance_service.h"
#include "policy/purposes.h"
#include "send_activity.h"
#include "storage/database.h"
#include "storage/message_store.h"
#include "storage/suppression_store.h"

#include <QJsonArray>

#include <cmath>

namespace wag {

namespace {

GuardDecision refuse(GuardDecision d, int status, const QString &error, const QString &message,
                     const QString &rule, QJsonObject details = {})
{
    d.allowed = false;
    d.httpStatus = status;
    d.error = error;
    d.message = message;
    d.rule = rule;
    d.action = QStringLiteral("block");
    d.details = std::move(details);
    return d;
}

QJsonObject allowedPurposesDetails()
{
    return QJsonObject{{QStringLiteral("allowed"), QJsonArray::fromStringList(allowedPurposes())}};
}

qint64 secondsUntil(const QDateTime &now, const QDateTime &then)
{
    return qMax<qint64>(1, qint64(std::ceil(double(now.msecsTo(then)) / 1000.0)));
}

} // namespace

SendGuard::SendGuard(const Clock &clock, const Database &database, InstanceService &instances,
                     const MessageStore &messages,
                     const SuppressionStore &suppressions, SendActivity &activity, Pacer &pacer,
                     OptOutMonitor &optOuts, RecentOutcomes &outcomes, GuardConfig config)
    : m_clock(clock), m_database(database), m_instances(instances), m_messages(messages), m_suppressions(suppressions),
      m_activity(activity), m_pacer(pacer), m_optOuts(optOuts), m_outcomes(outcomes),
      m_config(std::move(config)), m_content(m_config.blockedPhrases, m_config.shortenerDomains)
{
}

void SendGuard::setConfig(GuardConfig config)
{
    m_config = std::move(config);
    m_content = ContentRules(m_config.blockedPhrases, m_config.shortenerDomains);
    m_usage.clear();
    m_window = UsageWindow();
}

GuardDecision SendGuard::evaluate(const SendRequest &request, const ApiKeyRecord &key)
{
    GuardDecision d;
    const QDateTime now = m_clock.now();

    // Instance and the key's scope: an instance outside the scope is as unknown as one
    // that does not exist, so a key cannot probe for other instances.
    const std::optional<InstanceRecord> instance = m_instances.find(request.instanceRef);
    if (!instance || (!key.instanceIds.isEmpty() && !key.instanceIds.contains(instance->id)))
        return refuse(d, 404, QStringLiteral("invalid_instance"),
                      QStringLiteral("No instance \"%1\" for this API key.").arg(request.instanceRef),
                      QStringLiteral("instance"));
    d.instance = instance;

    if (request.purpose.isEmpty())
        return refuse(d, 422, QStringLiteral("message_purpose_required"),
                      QStringLiteral("message_purpose is required; say why this message is sent."),
                      QStringLiteral("purpose"), allowedPurposesDetails());
    if (!isAllowedPurpose(request.purpose))
        return refuse(d, 422, QStringLiteral("message_purpose_not_allowed"),
                      QStringLiteral("\"%1\" is not an allowed purpose; marketing and bulk messages "
                                     "are refused by design.")
                          .arg(request.purpose),
                      QStringLiteral("purpose"), allowedPurposesDetails());

    const PhoneParse phone = normalizePhone(request.phone, m_config.defaultRegion);
    if (!phone.ok())
        return refuse(d, 422, QStringLiteral("invalid_phone"),
                      QStringLiteral("phone: %1").arg(phone.error), QStringLiteral("phone"),
                      QJsonObject{{QStringLiteral("phone"), phone.error}});
    d.e164 = phone.e164;

    // A suppression list that cannot be read must not let a send through.
    const Result<bool> suppressed = isSuppressed(d.e164);
    if (!suppressed)
        return refuse(d, 503, QStringLiteral("internal_error"),
                      QStringLiteral("The suppression list could not be checked; try again."),
                      QStringLiteral("suppression"));
    if (suppressed.value())
        return refuse(d, 403, QStringLiteral("recipient_suppressed"),
                      QStringLiteral("The recipient opted out or was suppressed."),
                      QStringLiteral("suppression"));

    if (instance->state != InstanceState::Open)
        return refuse(d, 409, QStringLiteral("instance_not_connected"),
                      QStringLiteral("Instance \"%1\" is %2, not open.")
                          .arg(instance->name, instanceStateName(instance->state)),
                      QStringLiteral("instance_state"),
                      QJsonObject{{QStringLiteral("state"), instanceStateName(instance->state)}});
    if (instance->paused)
        return refuse(d, 409, QStringLiteral("instance_paused"),
                      QStringLiteral("Instance \"%1\" is paused%2.")
                          .arg(instance->name,
                               instance->pausedReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(instance->pausedReason)),
                      QStringLiteral("paused"),
                      QJsonObject{{QStringLiteral("reason"), instance->pausedReason}});

    const ContentVerdict content = m_content.check(request.message);
    if (content.blocked) {
        GuardDecision r = refuse(d, 403, QStringLiteral("policy_violation"),
                                 QStringLiteral("The message was blocked by the content rule \"%1\".").arg(content.rule),
                                 content.rule,
                                 QJsonObject{{QStringLiteral("action"), QStringLiteral("block")},
                                             {QStringLiteral("risk_score"), 100},
                                             {QStringLiteral("rule"), content.rule},
                                             {QStringLiteral("match"), content.detail}});
        r.riskScore = 100;
        return r;
    }

    const UsageWindow window = windowAt(now);
    if (!checkLimits(*instance, window, now, &d))
        return d;

    RiskSignals signals_;
    signals_.purpose = request.purpose;
    signals_.coldRecipientShare = m_activity.coldShareWith(instance->id, d.e164, window.dayStart);
    signals_.sameTextRecipientsLastHour =
        m_activity.sameTextRecipientsWith(instance->id, request.message, d.e164, now);
    signals_.optOutRate = m_optOuts.optOutRate(instance->id);
    signals_.providerFailureRate = m_outcomes.failureRate(instance->id);
    signals_.outsideConversationWindow = !m_activity.insideConversationWindow(instance->id, d.e164, now);
    const RiskAssessment risk = m_risk.assess(signals_);
    d.riskScore = risk.score;
    if (risk.action == u"block") {
        GuardDecision r = refuse(d, 403, QStringLiteral("policy_violation"),
                                 QStringLiteral("The send was blocked: its risk score is %1 (%2).")
                                     .arg(risk.score)
                                     .arg(risk.reasons.join(QStringLiteral(", "))),
                                 QStringLiteral("risk"),
                                 QJsonObject{{QStringLiteral("action"), QStringLiteral("block")},
                                             {QStringLiteral("risk_score"), risk.score},
                                             {QStringLiteral("rule"), risk.dominantRule},
                                             {QStringLiteral("reasons"), QJsonArray::fromStringList(risk.reasons)}});
        r.riskScore = risk.score;
        return r;
    }
    const bool slow = risk.action == u"slow";

    const Pacer::Slot slot = m_pacer.reserve(instance->id, d.e164, now, slow);
    if (!slot.accepted) {
        GuardDecision r = refuse(d, 429, QStringLiteral("sending_throttled"),
                                 QStringLiteral("The pacing queue of \"%1\" is full; try again later.").arg(instance->name),
                                 QStringLiteral("pacing"),
                                 QJsonObject{{QStringLiteral("reason"), slot.reason},
                                             {QStringLiteral("retry_after_seconds"), secondsUntil(now, now.addMSecs(slot.retryAfterMs))}});
        r.retryAfterSeconds = secondsUntil(now, now.addMSecs(slot.retryAfterMs));
        r.riskScore = risk.score;
        return r;
    }

    d.allowed = true;
    d.action = slow ? QStringLiteral("slow") : QStringLiteral("allow");
    d.rule = slow ? risk.dominantRule : QStringLiteral("allowed");
    d.due = slot.due;
    m_activity.recordAccepted(instance->id, d.e164, request.message, window.dayStart, now);
    countAccepted(instance->id, now);
    m_optOuts.recordSend(instance->id, d.e164);
    return d;
}

Result<bool> SendGuard::isSuppressed(const QString &e164)
{
    const qint64 version = m_database.configurationVersion();
    if (version < 0 || version != m_suppressedVersion || m_suppressed.size() >= kSuppressedCacheLimit) {
        m_suppressed.clear();
        m_suppressedVersion = version;
        m_suppressedIsWholeList = version >= 0 && loadWholeSuppressionList();
    }
    if (m_suppressedIsWholeList)
        return m_suppressed.contains(e164);
    if (const auto known = m_suppressed.constFind(e164); known != m_suppressed.constEnd())
        return *known;
    const Result<bool> answer = m_suppressions.isSuppressed(e164);
    if (answer && version >= 0)
        m_suppressed.insert(e164, answer.value());
    return answer;
}

// False (and nothing kept) when the list is too long or cannot be read whole: the caller
// then asks number by number, which reports read errors to the send.
bool SendGuard::loadWholeSuppressionList()
{
    const int total = m_suppressions.count();
    if (total < 0 || total > kWholeListLimit)
        return false;
    const Result<QList<SuppressionRecord>> rows = m_suppressions.page(QString(), total + 1);
    if (!rows || rows.value().size() != total) // changed between the two reads
        return false;
    for (const SuppressionRecord &row : rows.value())
        m_suppressed.insert(row.phone, true);
    return true;
}

SendGuard::Usage &SendGuard::usageFor(const QString &instanceId, const UsageWindow &window)
{
    Usage &u = m_usage[instanceId];
    if (u.dayStart != window.dayStart || u.day < 0) {
        u.dayStart = window.dayStart;
        u.day = m_messages.countAccepted(instanceId, window.dayStart, window.dayEnd);
    }
    if (u.monthStart != window.monthStart || u.month < 0) {
        u.monthStart = window.monthStart;
        u.month = m_messages.countAccepted(instanceId, window.monthStart, window.monthEnd);
    }
    return u;
}

UsageWindow SendGuard::windowAt(const QDateTime &now)
{
    if (!m_window.isValid() || now < m_window.dayStart || now >= m_window.dayEnd)
        m_window = usageWindowAt(now, m_config.timeZone);
    return m_window;
}

void SendGuard::countAccepted(const QString &instanceId, const QDateTime &at)
{
    const UsageWindow window = windowAt(at);
    Usage &u = usageFor(instanceId, window);
    ++u.day;
    ++u.month;
}

LimitDefaults SendGuard::limitDefaults() const
{
    LimitDefaults defaults;
    defaults.dailyLimit = m_config.defaultDailyLimit;
    defaults.monthlyLimit = m_config.defaultMonthlyLimit;
    defaults.warmUp = m_config.warmUp;
    defaults.timeZone = m_config.timeZone;
    return defaults;
}

UsageReport SendGuard::usageAt(const InstanceRecord &instance, const UsageWindow &window, const QDateTime &now)
{
    const Usage &u = usageFor(instance.id, window);
    return makeUsageReport(instance.dailyLimit, instance.monthlyLimit, instance.linkedAt, u.day, u.month, window,
                           now, limitDefaults());
}

UsageReport SendGuard::usage(const InstanceRecord &instance)
{
    const QDateTime now = m_clock.now();
    return usageAt(instance, windowAt(now), now);
}

bool SendGuard::checkLimits(const InstanceRecord &instance, const UsageWindow &window,
                            const QDateTime &now, GuardDecision *d)
{
    const UsageReport usage = usageAt(instance, window, now);
    if (usage.monthlyLimitReached()) {
        *d = refuse(*d, 429, QStringLiteral("monthly_limit_reached"),
                    QStringLiteral("Instance \"%1\" has sent its %2 messages this month.")
                        .arg(instance.name)
                        .arg(usage.monthlyLimit),
                    QStringLiteral("monthly_limit"),
                    QJsonObject{{QStringLiteral("limit"), usage.monthlyLimit},
                                {QStringLiteral("used"), usage.sentThisMonth}});
        d->retryAfterSeconds = secondsUntil(now, usage.monthResetsAt);
        return false;
    }
    if (usage.dailyLimitReached()) {
        const bool warming = usage.warmUpLowersCap;
        QJsonObject details{{QStringLiteral("limit"), usage.todayCap}, {QStringLiteral("used"), usage.sentToday}};
        if (warming)
            details.insert(QStringLiteral("warm_up"), true);
        *d = refuse(*d, 429, QStringLiteral("daily_limit_reached"),
                    warming ? QStringLiteral("Instance \"%1\" is warming up: %2 messages today at most.")
                                  .arg(instance.name)
                                  .arg(usage.todayCap)
                            : QStringLiteral("Instance \"%1\" has sent its %2 messages today.")
                                  .arg(instance.name)
                                  .arg(usage.todayCap),
                    warming ? QStringLiteral("warm_up") : QStringLiteral("daily_limit"), details);
        d->retryAfterSeconds = secondsUntil(now, usage.dayResetsAt);
        return false;
    }
    return true;
}

} // namespace wag
