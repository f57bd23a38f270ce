#include "message_events.h"

#include "events/event_types.h"

namespace wag {

namespace {

bool wasSent(MessageStatus status)
{
    return status == MessageStatus::Sent || status == MessageStatus::Delivered
        || status == MessageStatus::Read;
}

} // namespace

QList<GatewayEvent> messageChangeEvents(const MessageChange &c)
{
    using namespace event_payloads;
    QList<GatewayEvent> events;
    auto add = [&](const QString &type, const QJsonObject &fields) {
        events.append(makeGatewayEvent(type, c.instanceId, c.instanceName, c.at, fields));
    };
    const QJsonObject failed = messageFailed(c.facts, c.errorCode, c.errorReason, c.errorMessage);
    if (!wasSent(c.previous)) {
        if (c.status == MessageStatus::Sent)
            add(event_types::kMessageSent, messageStatus(c.facts, MessageStatus::Sent));
        else if (c.status == MessageStatus::Failed)
            add(event_types::kMessageFailed, failed);
        return events;
    }
    add(event_types::kMessageStatusUpdated, messageStatusUpdated(c.facts, c.status, c.previous));
    switch (c.status) {
    case MessageStatus::Delivered:
        add(event_types::kMessageDelivered, messageStatus(c.facts, MessageStatus::Delivered));
        break;
    case MessageStatus::Read:
        if (c.previous == MessageStatus::Sent)
            add(event_types::kMessageDelivered, messageStatus(c.facts, MessageStatus::Delivered));
        add(event_types::kMessageRead, messageStatus(c.facts, MessageStatus::Read));
        break;
    case MessageStatus::Failed:
        add(event_types::kMessageFailed, failed);
        break;
    default:
        break;
    }
    return events;
}

} // namespace wag
