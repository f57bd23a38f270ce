#pragma once

#include "events/event_payloads.h"
#include "events/gateway_event.h"

#include <QList>

namespace wag {

// The events one status change of an outbound message produces (SPEC §6.2):
//  - accepted by the provider: message.sent;
//  - failed before or at the provider (refused, timed out, never sent from the queue):
//    message.failed;
//  - every change after it was sent (receipts): message.status_updated with the previous
//    status, plus message.delivered, message.read or message.failed. "read" implies
//    "delivered", so a read receipt that overtakes the delivery receipt also produces
//    message.delivered, first.
// Guard refusals produce none: the caller got the answer synchronously.
struct MessageChange
{
    QString instanceId;
    QString instanceName;
    event_payloads::MessageFacts facts;
    MessageStatus status = MessageStatus::Sent;
    MessageStatus previous = MessageStatus::Sending;
    QString errorCode;   // failures: "gateway_send_failed", "provider_failed"
    QString errorReason; // "not_on_whatsapp", "timeout", ...
    QString errorMessage;
    QDateTime at;
};

QList<GatewayEvent> messageChangeEvents(const MessageChange &change);

} // namespace wag
