#pragma once

#include "messaging/message_status.h"
#include "providers/provider.h"
#include "storage/instance_store.h"

#include <QJsonObject>
#include <QString>

// The event-specific fields of each SPEC §6.3 payload, one builder per event family, so a
// field name is spelled in exactly one place (the OpenAPI document in resources/ describes
// the same fields and a test holds the two together). Empty optional text is sent as null,
// never left out: receivers can rely on every documented key being present.

namespace wag::event_payloads {

// message.received
QJsonObject messageReceived(const InboundMessage &message);
// group.message_received
QJsonObject groupMessageReceived(const InboundMessage &message);

struct MessageFacts
{
    QString messageId;
    qint64 logId = 0;
    QString to; // E.164
    QString reference;
    QString externalMessageId;
};
// message.sent, message.delivered, message.read: status only.
// message.failed: with `error` ({code, reason, message}).
// message.status_updated: with `previous_status`.
QJsonObject messageStatus(const MessageFacts &facts, MessageStatus status);
QJsonObject messageFailed(const MessageFacts &facts, const QString &code, const QString &reason,
                          const QString &message);
QJsonObject messageStatusUpdated(const MessageFacts &facts, MessageStatus status,
                                 MessageStatus previous);

// recipient.opted_out; `source` is how the opt-out came: "keyword" (an inbound message).
QJsonObject recipientOptedOut(const QString &phone, const QString &keyword, const QString &source);

// instance.connected / disconnected / connection_updated / qr_updated (never the QR text).
QJsonObject instanceState(InstanceState state, InstanceState previous, const QString &reason,
                          const QString &phone);

// conversation.opened / conversation.closed
QJsonObject conversation(const QString &phone, const QDateTime &openedAt,
                         const QDateTime &lastInboundAt, const QDateTime &closedAt);

// call.received / call.missed
QJsonObject call(const CallEvent &call);

// group.updated
QJsonObject groupUpdated(const QString &groupId, const QString &groupName, const QString &from,
                         const QString &change);

// webhook.test
QJsonObject webhookTest(const QString &destinationId);

} // namespace wag::event_payloads
