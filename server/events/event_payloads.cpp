#include "event_payloads.h"

#include "events/gateway_event.h"

namespace wag::event_payloads {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(eventTime(at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject messageFacts(const MessageFacts &facts, MessageStatus status)
{
    return {
        {QStringLiteral("message_id"), textOrNull(facts.messageId)},
        {QStringLiteral("log_id"), facts.logId},
        {QStringLiteral("to"), facts.to},
        {QStringLiteral("status"), messageStatusName(status)},
        {QStringLiteral("reference"), textOrNull(facts.reference)},
        {QStringLiteral("external_message_id"), textOrNull(facts.externalMessageId)},
    };
}

} // namespace

QJsonObject messageReceived(const InboundMessage &message)
{
    // The documented set is closed: a type a provider adds later is "other" until mapped.
    static const QStringList kTypes = {
        QStringLiteral("text"),    QStringLiteral("image"),    QStringLiteral("audio"),
        QStringLiteral("video"),   QStringLiteral("document"), QStringLiteral("sticker"),
        QStringLiteral("location"), QStringLiteral("contact"), QStringLiteral("reaction"),
    };
    const QString type = kTypes.contains(message.messageType) ? message.messageType : QStringLiteral("other");
    return {
        {QStringLiteral("from"), message.fromE164},
        {QStringLiteral("from_name"), textOrNull(message.fromName)},
        {QStringLiteral("message_text"), message.text},
        {QStringLiteral("message_type"), type},
        {QStringLiteral("external_message_id"), message.externalId},
    };
}

QJsonObject groupMessageReceived(const InboundMessage &message)
{
    QJsonObject fields = messageReceived(message);
    fields.insert(QStringLiteral("group_id"), message.groupId);
    fields.insert(QStringLiteral("group_name"), textOrNull(message.groupName));
    return fields;
}

QJsonObject messageStatus(const MessageFacts &facts, MessageStatus status)
{
    return messageFacts(facts, status);
}

QJsonObject messageFailed(const MessageFacts &facts, const QString &code, const QString &reason,
                          const QString &message)
{
    QJsonObject fields = messageFacts(facts, MessageStatus::Failed);
    fields.insert(QStringLiteral("error"), QJsonObject{
                                               {QStringLiteral("code"), code},
                                               {QStringLiteral("reason"), textOrNull(reason)},
                                               {QStringLiteral("message"), textOrNull(message)},
                                           });
    return fields;
}

QJsonObject messageStatusUpdated(const MessageFacts &facts, MessageStatus status,
                                 MessageStatus previous)
{
    QJsonObject fields = messageFacts(facts, status);
    fields.insert(QStringLiteral("previous_status"), messageStatusName(previous));
    return fields;
}

QJsonObject recipientOptedOut(const QString &phone, const QString &keyword, const QString &source)
{
    return {
        {QStringLiteral("phone"), phone},
        {QStringLiteral("keyword"), textOrNull(keyword)},
        {QStringLiteral("source"), source},
    };
}

QJsonObject instanceState(InstanceState state, InstanceState previous, const QString &reason,
                          const QString &phone)
{
    return {
        {QStringLiteral("state"), instanceStateName(state)},
        {QStringLiteral("previous_state"), instanceStateName(previous)},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("phone"), textOrNull(phone)},
    };
}

QJsonObject conversation(const QString &phone, const QDateTime &openedAt,
                         const QDateTime &lastInboundAt, const QDateTime &closedAt)
{
    return {
        {QStringLiteral("phone"), phone},
        {QStringLiteral("opened_at"), timeOrNull(openedAt)},
        {QStringLiteral("last_inbound_at"), timeOrNull(lastInboundAt)},
        {QStringLiteral("closed_at"), timeOrNull(closedAt)},
    };
}

QJsonObject call(const CallEvent &call)
{
    return {
        {QStringLiteral("from"), call.fromE164},
        {QStringLiteral("call_id"), call.callId},
        {QStringLiteral("is_video"), call.isVideo},
    };
}

QJsonObject groupUpdated(const QString &groupId, const QString &groupName, const QString &from,
                         const QString &change)
{
    return {
        {QStringLiteral("group_id"), groupId},
        {QStringLiteral("group_name"), textOrNull(groupName)},
        {QStringLiteral("from"), textOrNull(from)},
        {QStringLiteral("message_text"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("change"), change},
    };
}

QJsonObject webhookTest(const QString &destinationId)
{
    return {
        {QStringLiteral("destination_id"), destinationId},
        {QStringLiteral("message"), QStringLiteral("This is a test event from WhatsApp Gateway.")},
    };
}

} // namespace wag::event_payloads
