#pragma once

#include "messaging/message_status.h"
#include "providers/provider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wag::evolution {

// One thing an Evolution callback says, in the gateway's terms. Each kind fills its own
// fields; the provider turns it into the matching Provider signal.
struct ProviderEvent
{
    enum class Kind {
        Connection,   // state, reason, phoneE164
        QrCode,       // qrText (empty: withdrawn)
        Message,      // message
        Receipt,      // externalId, status, error
        Call,         // call
        CallAccepted, // call.callId: a later timeout/reject of it is not a missed call
        Group,        // group
    };
    Kind kind = Kind::Connection;
    InstanceState state = InstanceState::Close;
    QString reason;
    QString phoneE164;
    QString qrText;
    InboundMessage message;
    QString externalId;
    MessageStatus status = MessageStatus::Sent;
    QString error;
    CallEvent call;
    GroupUpdate group;
};

// Turns one Evolution webhook envelope ({event, instance, data, destination, date_time,
// sender, server_url, apikey}) into what the gateway cares about. Stateless and free of
// I/O, so every payload shape of research §A.6 is a unit test. Event names are accepted
// dotted lower-case ("messages.upsert", as Evolution sends them) and in the upper-case
// underscore form of its configuration ("MESSAGES_UPSERT"), which some proxies and the
// docs use.
//
// Left out on purpose: our own sends echoed back (fromMe, also as send.message), status
// broadcasts, receipts for messages we did not send, events the gateway has no use for
// (contacts, chats, presence, labels…). Media bytes (message.base64, thumbnails) are never
// copied: only the type and any caption are kept.
class EventMapper
{
public:
    // `now` stamps events whose payload carries no time of its own (Evolution's date_time
    // is the server's local wall clock with a 'Z' glued on, so it is not trusted).
    static QList<ProviderEvent> map(const QJsonObject &envelope, const QDateTime &now);

    // "messages.upsert" for "MESSAGES_UPSERT", "group-participants.update" and
    // "GROUP_PARTICIPANTS_UPDATE" alike: lower case, '_' and '-' as '.'.
    static QString canonicalEventName(const QString &name);

    // Baileys' disconnect code (connection.update statusReason) as a reason people read.
    static QString reasonForStatusCode(int statusReason);
    // Evolution's message "messageType" ("imageMessage", …) as the gateway's message_type.
    static QString messageTypeFor(const QString &evolutionType);
    // SERVER_ACK → sent, DELIVERY_ACK → delivered, READ/PLAYED → read, ERROR → failed;
    // false for PENDING, DELETED and anything unknown.
    static bool receiptStatus(const QString &evolutionStatus, MessageStatus *status);
};

} // namespace wag::evolution
