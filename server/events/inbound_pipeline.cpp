#include "inbound_pipeline.h"

#include "core/clock.h"
#include "core/logging.h"
#include "events/event_outbox.h"
#include "events/event_payloads.h"
#include "events/event_types.h"
#include "instances/instance_service.h"
#include "storage/commit_scheduler.h"
#include "storage/database.h"
#include "storage/suppression_store.h"

#include <memory>

namespace wag {

namespace {

// Conversations closed per transaction; a sweep that finds more goes on in the next one.
constexpr int kSweepBatch = 500;
// The sweep timer never sleeps longer than this, so a window that an admin command or a
// clock change shortened is still noticed.
constexpr qint64 kLongestSweepWaitMs = 60'000;

struct MessageOutcome
{
    bool duplicate = false;
    bool optedOut = false;
    bool lifted = false;
    InboundMessageRecord record;
    QList<GatewayEvent> events;
};

Status recordAll(const Database &db, const QList<GatewayEvent> &events)
{
    for (const GatewayEvent &event : events) {
        if (const Status s = EventOutbox::record(db, event); !s.ok())
            return s;
    }
    return succeeded();
}

} // namespace

InboundPipeline::InboundPipeline(const Clock &clock, Database &database, CommitScheduler &commits,
                                 InstanceService &instances, EventOutbox &outbox,
                                 OptOutKeywords keywords, InboundConfig config, QObject *parent)
    : QObject(parent), m_clock(clock), m_database(database), m_commits(commits),
      m_instances(instances), m_outbox(outbox), m_keywords(std::move(keywords)), m_config(std::move(config))
{
    m_sweepTimer.setSingleShot(true);
    connect(&m_sweepTimer, &QTimer::timeout, this, &InboundPipeline::closeExpiredConversations);
}

void InboundPipeline::attach(Provider &provider)
{
    connect(&provider, &Provider::messageReceived, this, &InboundPipeline::handleMessage);
    connect(&provider, &Provider::callReceived, this, &InboundPipeline::handleCall);
    connect(&provider, &Provider::groupUpdated, this, &InboundPipeline::handleGroupUpdate);
}

void InboundPipeline::start()
{
    scheduleSweep();
}

void InboundPipeline::setConfig(InboundConfig config)
{
    m_config = std::move(config);
    scheduleSweep();
}

QString InboundPipeline::instanceName(const QString &instanceId) const
{
    const std::optional<InstanceRecord> instance = m_instances.find(instanceId);
    return instance ? instance->name : QString();
}

void InboundPipeline::handleMessage(const QString &instanceId, const InboundMessage &message)
{
    if (message.externalId.isEmpty()) {
        // Without the provider's id a repeated delivery could not be told apart.
        qCWarning(lcApp).noquote() << "inbound message without a provider id on" << instanceId << "ignored";
        return;
    }
    const bool isGroup = !message.groupId.isEmpty();
    // Opt-out keywords are asked first, before anything else sees the text (SPEC §6.1). In a
    // group, "STOP" is said to the group, not to this number.
    const KeywordMatch match = isGroup ? KeywordMatch{} : m_keywords.match(message.text);
    // The gateway's own reception time: provider clocks drift, and the window, the log and
    // the event must agree.
    const QDateTime at = m_clock.now();
    const QString name = instanceName(instanceId);
    const qint64 windowMs = m_config.conversationWindowMs;

    InboundMessageRecord base;
    base.instanceId = instanceId;
    base.externalId = message.externalId;
    base.fromPhone = message.fromE164;
    base.fromName = message.fromName;
    base.text = message.text;
    base.messageType = message.messageType.isEmpty() ? QStringLiteral("text") : message.messageType;
    base.groupId = message.groupId;
    base.groupName = message.groupName;
    if (match.action == KeywordAction::OptOut)
        base.optOutKeyword = match.keyword;
    base.createdAt = at;

    // The writer cannot ask the outbox, so it is told which events anyone wants.
    QSet<QString> wanted;
    for (const QString &type : {event_types::kMessageReceived, event_types::kGroupMessageReceived,
                                event_types::kRecipientOptedOut, event_types::kConversationOpened}) {
        if (m_outbox.wants(instanceId, type))
            wanted.insert(type);
    }
    auto outcome = std::make_shared<MessageOutcome>();
    m_commits.submit(
        [base, message, match, isGroup, at, name, windowMs, wanted, outcome](const Database &db) -> Status {
            *outcome = MessageOutcome{}; // a retried Work starts afresh
            InboundMessageRecord record = base;
            const Result<bool> inserted = InboundMessageStore(db).insertIfNew(record);
            if (!inserted)
                return inserted.failure();
            if (!inserted.value()) {
                outcome->duplicate = true;
                return succeeded();
            }
            outcome->record = record;
            QList<GatewayEvent> &events = outcome->events;
            auto add = [&](const QString &type, const QJsonObject &fields) {
                if (wanted.contains(type))
                    events.append(makeGatewayEvent(type, record.instanceId, name, at, fields));
            };
            using namespace event_payloads;
            const QString phone = record.fromPhone;
            if (isGroup) {
                add(event_types::kGroupMessageReceived, groupMessageReceived(message));
                return recordAll(db, events);
            }
            SuppressionStore suppressions(db);
            if (match.action == KeywordAction::OptOut) {
                const Result<bool> already = suppressions.isSuppressed(phone);
                if (!already)
                    return already.failure();
                // A number suppressed already (by hand, say) keeps its record and its reason:
                // the opt-out changes nothing, so no event announces one.
                if (!already.value()) {
                    SuppressionRecord s;
                    s.phone = phone;
                    s.reason = SuppressionReason::OptOutKeyword;
                    s.source = name.isEmpty() ? record.instanceId : name;
                    s.note = QStringLiteral("wrote \"%1\"").arg(match.keyword);
                    s.createdBy = QStringLiteral("contact");
                    s.createdAt = at;
                    if (const Status added = suppressions.add(s); !added.ok())
                        return added;
                    outcome->optedOut = true;
                    add(event_types::kRecipientOptedOut, recipientOptedOut(phone, match.keyword, QStringLiteral("keyword")));
                }
            } else if (match.action == KeywordAction::OptIn) {
                // Only a keyword opt-out is the contact's own to lift; a manual, imported or
                // 3CX suppression was someone else's decision.
                const std::optional<SuppressionRecord> existing = suppressions.find(phone);
                if (existing && existing->reason == SuppressionReason::OptOutKeyword) {
                    if (const Status removed = suppressions.remove(phone); !removed.ok())
                        return removed;
                    outcome->lifted = true;
                }
            }
            const Result<ConversationStore::Touch> touch
                = ConversationStore(db).touch(record.instanceId, phone, at, windowMs);
            if (!touch)
                return touch.failure();
            if (touch->opened)
                add(event_types::kConversationOpened, conversation(phone, touch->conversation.openedAt,
                                                                   touch->conversation.lastInboundAt, QDateTime()));
            add(event_types::kMessageReceived, messageReceived(message));
            return recordAll(db, events);
        },
        [this, outcome, instanceId, match](const Status &s) {
            if (!s.ok()) {
                qCCritical(lcApp).noquote() << "inbound message on" << instanceId
                                            << "could not be recorded:" << s.failure().message;
                return;
            }
            if (outcome->duplicate)
                return;
            m_outbox.committed(outcome->events);
            emit messageRecorded(outcome->record);
            const QString phone = outcome->record.fromPhone;
            if (outcome->optedOut) {
                emit optedOut(instanceId, phone, match.keyword);
                if (m_confirm && !m_config.optOutConfirmation.trimmed().isEmpty())
                    m_confirm(instanceId, phone, m_config.optOutConfirmation.trimmed());
            }
            if (outcome->lifted)
                emit optOutLifted(instanceId, phone, match.keyword);
            scheduleSweep();
        });
}

void InboundPipeline::handleCall(const QString &instanceId, const CallEvent &call)
{
    if (call.callId.isEmpty()) {
        qCWarning(lcApp).noquote() << "call without an id on" << instanceId << "ignored";
        return;
    }
    const bool missed = call.kind == CallEvent::Kind::Missed;
    const QString type = missed ? event_types::kCallMissed : event_types::kCallReceived;
    const bool wanted = m_outbox.wants(instanceId, type);
    const QDateTime at = m_clock.now();
    const GatewayEvent event = wanted ? makeGatewayEvent(type, instanceId, instanceName(instanceId), at,
                                                         event_payloads::call(call))
                                      : GatewayEvent();
    auto fresh = std::make_shared<bool>(false);
    m_commits.submit(
        [instanceId, type, call, event, at, wanted, fresh](const Database &db) -> Status {
            const Result<bool> seen = SeenProviderEventStore(db).markSeen(instanceId, type, call.callId, at);
            if (!seen)
                return seen.failure();
            *fresh = seen.value();
            return *fresh && wanted ? EventOutbox::record(db, event) : succeeded();
        },
        [this, instanceId, call, event, wanted, fresh](const Status &s) {
            if (!s.ok()) {
                qCCritical(lcApp).noquote() << "call on" << instanceId << "could not be recorded:" << s.failure().message;
                return;
            }
            if (!*fresh)
                return;
            if (wanted)
                m_outbox.committed({event});
            emit callRecorded(instanceId, call);
        });
}

void InboundPipeline::handleGroupUpdate(const QString &instanceId, const GroupUpdate &update)
{
    const bool wanted = m_outbox.wants(instanceId, event_types::kGroupUpdated);
    const QDateTime at = m_clock.now();
    const GatewayEvent event = wanted
        ? makeGatewayEvent(event_types::kGroupUpdated, instanceId, instanceName(instanceId), at,
                           event_payloads::groupUpdated(update.groupId, update.groupName, update.fromE164, update.change))
        : GatewayEvent();
    auto fresh = std::make_shared<bool>(true);
    m_commits.submit(
        [instanceId, update, event, at, wanted, fresh](const Database &db) -> Status {
            if (!update.externalId.isEmpty()) {
                const Result<bool> seen = SeenProviderEventStore(db).markSeen(
                    instanceId, QStringLiteral("group"), update.externalId, at);
                if (!seen)
                    return seen.failure();
                *fresh = seen.value();
            }
            return *fresh && wanted ? EventOutbox::record(db, event) : succeeded();
        },
        [this, instanceId, update, event, wanted, fresh](const Status &s) {
            if (!s.ok()) {
                qCCritical(lcApp).noquote() << "group change on" << instanceId
                                            << "could not be recorded:" << s.failure().message;
                return;
            }
            if (!*fresh)
                return;
            if (wanted)
                m_outbox.committed({event});
            emit groupUpdateRecorded(instanceId, update);
        });
}

void InboundPipeline::closeExpiredConversations()
{
    if (m_sweeping)
        return;
    m_sweeping = true;
    const QDateTime now = m_clock.now();
    const qint64 windowMs = m_config.conversationWindowMs;
    auto events = std::make_shared<QList<GatewayEvent>>();
    auto closed = std::make_shared<QList<ConversationRecord>>();
    // A handful of instances; read here, on the owner's thread: their names, and whether
    // anyone wants to hear of closed conversations.
    QHash<QString, QString> names;
    QSet<QString> wanted;
    for (const InstanceRecord &instance : m_instances.list()) {
        names.insert(instance.id, instance.name);
        if (m_outbox.wants(instance.id, event_types::kConversationClosed))
            wanted.insert(instance.id);
    }
    m_commits.submit(
        [now, windowMs, events, closed, names, wanted](const Database &db) -> Status {
            events->clear();
            closed->clear();
            const Result<QList<ConversationRecord>> expired = ConversationStore(db).closeExpired(now, windowMs, kSweepBatch);
            if (!expired)
                return expired.failure();
            for (const ConversationRecord &c : expired.value()) {
                if (!wanted.contains(c.instanceId))
                    continue;
                // Occurred when the window ran out, which a late sweep does not change.
                events->append(makeGatewayEvent(event_types::kConversationClosed, c.instanceId,
                                                names.value(c.instanceId), c.closedAt,
                                                event_payloads::conversation(c.phone, c.openedAt,
                                                                             c.lastInboundAt, c.closedAt)));
            }
            *closed = expired.value();
            return recordAll(db, *events);
        },
        [this, events, closed](const Status &s) {
            m_sweeping = false;
            if (!s.ok()) {
                qCWarning(lcApp).noquote() << "conversation windows not closed:" << s.failure().message;
                m_sweepTimer.start(int(kLongestSweepWaitMs));
                return;
            }
            m_outbox.committed(*events);
            for (const ConversationRecord &c : std::as_const(*closed))
                emit conversationClosed(c.instanceId, c.phone);
            if (closed->size() >= kSweepBatch)
                QMetaObject::invokeMethod(this, &InboundPipeline::closeExpiredConversations, Qt::QueuedConnection);
            else
                scheduleSweep();
        });
}

void InboundPipeline::scheduleSweep()
{
    const QDateTime next = ConversationStore(m_database).nextExpiry(m_config.conversationWindowMs);
    if (!next.isValid()) {
        m_sweepTimer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, m_clock.now().msecsTo(next), kLongestSweepWaitMs);
    m_sweepTimer.start(int(wait));
}

} // namespace wag
