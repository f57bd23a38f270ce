#pragma once

#include <QString>
#include <QStringList>

namespace wag::event_types {

// The event names of SPEC §6.2, exactly as customers subscribe to them.
inline const QString kMessageReceived = QStringLiteral("message.received");
inline const QString kMessageSent = QStringLiteral("message.sent");
inline const QString kMessageFailed = QStringLiteral("message.failed");
inline const QString kRecipientOptedOut = QStringLiteral("recipient.opted_out");
inline const QString kInstanceConnected = QStringLiteral("instance.connected");
inline const QString kInstanceDisconnected = QStringLiteral("instance.disconnected");
inline const QString kInstanceConnectionUpdated = QStringLiteral("instance.connection_updated");
inline const QString kInstanceQrUpdated = QStringLiteral("instance.qr_updated");
inline const QString kMessageDelivered = QStringLiteral("message.delivered");
inline const QString kMessageRead = QStringLiteral("message.read");
inline const QString kMessageStatusUpdated = QStringLiteral("message.status_updated");
inline const QString kConversationOpened = QStringLiteral("conversation.opened");
inline const QString kConversationClosed = QStringLiteral("conversation.closed");
inline const QString kCallReceived = QStringLiteral("call.received");
inline const QString kCallMissed = QStringLiteral("call.missed");
inline const QString kGroupMessageReceived = QStringLiteral("group.message_received");
inline const QString kGroupUpdated = QStringLiteral("group.updated");
// Sent by "send test event" to one destination only; nobody subscribes to it.
inline const QString kWebhookTest = QStringLiteral("webhook.test");

// Every event a destination can subscribe to, in the order of SPEC §6.2.
const QStringList &all();
// The four SPEC §6.2 recommends, preselected for a new destination.
const QStringList &recommended();
bool isSubscribable(const QString &name);

} // namespace wag::event_types
