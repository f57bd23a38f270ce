#include "evolution_event_mapper.h"

#include "evolution_jid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace wag::evolution {

namespace {

QJsonObject objectAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString stringAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Evolution passes an object where it has one and an array where Baileys batches; the
// gateway treats both as a list.
QList<QJsonObject> objectsOf(const QJsonValue &value)
{
    QList<QJsonObject> out;
    if (value.isObject()) {
        out.append(value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                out.append(item.toObject());
        }
    }
    return out;
}

// messageTimestamp: seconds, as a number, a string, or protobuf's Long {low, high}.
QDateTime timestampOf(const QJsonValue &value, const QDateTime &fallback)
{
    qint64 seconds = 0;
    if (value.isDouble())
        seconds = qint64(value.toDouble());
    else if (value.isString())
        seconds = value.toString().toLongLong();
    else if (value.isObject())
        seconds = qint64(value.toObject().value(QLatin1String("low")).toDouble());
    if (seconds <= 0)
        return fallback;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// Containers WhatsApp wraps a message in (disappearing, view-once, captioned documents).
QJsonObject unwrapMessage(QJsonObject message)
{
    static const char *wrappers[] = {"ephemeralMessage", "viewOnceMessage", "viewOnceMessageV2",
                                     "viewOnceMessageV2Extension", "documentWithCaptionMessage"};
    for (int depth = 0; depth < 4; ++depth) {
        bool unwrapped = false;
        for (const char *wrapper : wrappers) {
            const QJsonObject inner = objectAt(objectAt(message, wrapper), "message");
            if (!inner.isEmpty()) {
                message = inner;
                unwrapped = true;
                break;
            }
        }
        if (!unwrapped)
            break;
    }
    return message;
}

QString typeKeyOf(const QJsonObject &message)
{
    for (auto it = message.constBegin(); it != message.constEnd(); ++it) {
        if (it.key() == u"conversation" || it.key().endsWith(QLatin1String("Message")))
            return it.key();
    }
    return {};
}

// The readable part of a message: its text, a caption, a reaction's emoji.
QString textOf(const QJsonObject &message)
{
    if (const QString text = stringAt(message, "conversation"); !text.isEmpty())
        return text;
    if (const QString text = stringAt(objectAt(message, "extendedTextMessage"), "text"); !text.isEmpty())
        return text;
    static const char *captioned[] = {"imageMessage", "videoMessage", "documentMessage", "ptvMessage"};
    for (const char *key : captioned) {
        if (const QString caption = stringAt(objectAt(message, key), "caption"); !caption.isEmpty())
            return caption;
    }
    if (const QString emoji = stringAt(objectAt(message, "reactionMessage"), "text"); !emoji.isEmpty())
        return emoji;
    return {};
}

// The sender's phone: the JID itself for a person, else the phone JID Baileys 7 puts next
// to a linked id (…Alt), else the older senderPn.
QString phoneOf(const QString &jid, const QString &alternative, const QString &senderPn)
{
    if (const QString phone = phoneFromJid(jid); !phone.isEmpty())
        return phone;
    if (const QString phone = phoneFromJid(alternative); !phone.isEmpty())
        return phone;
    return phoneFromJid(senderPn);
}

std::optional<ProviderEvent> mapUpsert(const QJsonObject &data, const QDateTime &now)
{
    const QJsonObject key = objectAt(data, "key");
    if (key.value(QLatin1String("fromMe")).toBool())
        return std::nullopt; // our own sends, echoed back
    const QString remoteJid = stringAt(key, "remoteJid");
    const QString id = stringAt(key, "id");
    if (id.isEmpty() || remoteJid.isEmpty() || isBroadcastJid(remoteJid))
        return std::nullopt;

    ProviderEvent event;
    event.kind = ProviderEvent::Kind::Message;
    InboundMessage &m = event.message;
    m.externalId = id;
    if (isGroupJid(remoteJid)) {
        m.groupId = remoteJid;
        m.fromE164 = phoneOf(stringAt(key, "participant"), stringAt(key, "participantAlt"),
                             stringAt(key, "participantPn"));
    } else {
        m.fromE164 = phoneOf(remoteJid, stringAt(key, "remoteJidAlt"), stringAt(key, "senderPn"));
    }
    if (m.fromE164.isEmpty())
        return std::nullopt; // a linked id with no phone next to it: nobody to answer
    m.fromName = stringAt(data, "pushName");
    const QJsonObject message = unwrapMessage(objectAt(data, "message"));
    QString type = stringAt(data, "messageType");
    if (type.isEmpty() || type == u"ephemeralMessage" || type.startsWith(QLatin1String("viewOnce"))
        || type == u"documentWithCaptionMessage")
        type = typeKeyOf(message);
    m.messageType = EventMapper::messageTypeFor(type);
    m.text = textOf(message);
    m.at = timestampOf(data.value(QLatin1String("messageTimestamp")), now);
    return event;
}

QList<ProviderEvent> mapReceipts(const QJsonValue &dataValue)
{
    QList<ProviderEvent> events;
    for (const QJsonObject &data : objectsOf(dataValue)) {
        // 2.x: flat {keyId, fromMe, status}; older servers: {key:{id, fromMe}, update:{status}}.
        const QJsonObject key = objectAt(data, "key");
        const QString id = data.contains(QLatin1String("keyId")) ? stringAt(data, "keyId") : stringAt(key, "id");
        const bool fromMe = data.contains(QLatin1String("fromMe")) ? data.value(QLatin1String("fromMe")).toBool()
                                                                   : key.value(QLatin1String("fromMe")).toBool();
        QString status = stringAt(data, "status");
        if (status.isEmpty())
            status = stringAt(objectAt(data, "update"), "status");
        MessageStatus mapped = MessageStatus::Sent;
        if (!fromMe || id.isEmpty() || !EventMapper::receiptStatus(status, &mapped))
            continue; // receipts of what contacts sent us, or no step worth reporting
        ProviderEvent event;
        event.kind = ProviderEvent::Kind::Receipt;
        event.externalId = id;
        event.status = mapped;
        if (mapped == MessageStatus::Failed)
            event.error = QStringLiteral("WhatsApp reported the message as failed (ERROR)");
        events.append(event);
    }
    return events;
}

ProviderEvent connection(InstanceState state, const QString &reason, const QString &phone = {})
{
    ProviderEvent event;
    event.kind = ProviderEvent::Kind::Connection;
    event.state = state;
    event.reason = reason;
    event.phoneE164 = phone;
    return event;
}

ProviderEvent qrCode(const QString &text)
{
    ProviderEvent event;
    event.kind = ProviderEvent::Kind::QrCode;
    event.qrText = text;
    return event;
}

QList<ProviderEvent> mapConnection(const QJsonObject &data)
{
    const QString state = stringAt(data, "state");
    const int code = data.value(QLatin1String("statusReason")).toInt();
    if (state == u"open")
        return {connection(InstanceState::Open, {}, phoneFromJid(stringAt(data, "wuid")))};
    if (state == u"connecting")
        return {connection(InstanceState::Connecting, {})};
    if (state == u"refused")
        return {qrCode({}), connection(InstanceState::Close, QStringLiteral("qr_limit_reached"))};
    if (state == u"close")
        return {connection(InstanceState::Close, EventMapper::reasonForStatusCode(code))};
    return {};
}

QList<ProviderEvent> mapQrCode(const QJsonObject &data)
{
    const QJsonObject qr = objectAt(data, "qrcode");
    if (const QString code = stringAt(qr, "code"); !code.isEmpty())
        return {qrCode(code)};
    // The limit-reached variant: {"message":"QR code limit reached…","statusCode":500}.
    if (data.contains(QLatin1String("statusCode")) || data.contains(QLatin1String("message")))
        return {qrCode({}), connection(InstanceState::Close, QStringLiteral("qr_limit_reached"))};
    return {};
}

QList<ProviderEvent> mapCalls(const QJsonValue &dataValue, const QDateTime &now)
{
    QList<ProviderEvent> events;
    for (const QJsonObject &data : objectsOf(dataValue)) {
        const QString status = stringAt(data, "status");
        const QString id = stringAt(data, "id");
        if (id.isEmpty())
            continue;
        ProviderEvent event;
        event.kind = ProviderEvent::Kind::Call;
        event.call.callId = id;
        event.call.fromE164 = phoneOf(stringAt(data, "from"), stringAt(data, "callerPn"), {});
        event.call.isVideo = data.value(QLatin1String("isVideo")).toBool();
        event.call.at = data.contains(QLatin1String("date"))
            ? QDateTime::fromString(stringAt(data, "date"), Qt::ISODateWithMs).toUTC()
            : now;
        if (!event.call.at.isValid())
            event.call.at = now;
        if (status == u"offer") {
            event.call.kind = CallEvent::Kind::Offer;
        } else if (status == u"timeout" || status == u"reject") {
            event.call.kind = CallEvent::Kind::Missed;
        } else if (status == u"accept") {
            event.kind = ProviderEvent::Kind::CallAccepted;
        } else {
            continue; // ringing, terminate: nothing new for the gateway
        }
        events.append(event);
    }
    return events;
}

// Group changes carry no id of their own. A redelivery of one webhook is byte-for-byte the
// same envelope, so the hash of its event, data and date_time identifies it; the same change
// made again later has a later date_time.
QString groupChangeId(const QString &event, const QJsonObject &data, const QString &dateTime)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(event.toUtf8());
    hash.addData(QJsonDocument(data).toJson(QJsonDocument::Compact));
    hash.addData(dateTime.toUtf8());
    return QStringLiteral("EVOGRP") + QString::fromLatin1(hash.result().left(12).toHex());
}

QString participantsChange(const QString &action)
{
    if (action == u"add")
        return QStringLiteral("participants_added");
    if (action == u"remove")
        return QStringLiteral("participants_removed");
    if (action == u"promote")
        return QStringLiteral("participants_promoted");
    if (action == u"demote")
        return QStringLiteral("participants_demoted");
    return QStringLiteral("participants_changed");
}

QList<ProviderEvent> mapGroups(const QString &event, const QJsonValue &dataValue,
                               const QString &dateTime, const QDateTime &now)
{
    QList<ProviderEvent> events;
    for (const QJsonObject &data : objectsOf(dataValue)) {
        const QString groupId = stringAt(data, "id");
        if (!isGroupJid(groupId))
            continue;
        ProviderEvent out;
        out.kind = ProviderEvent::Kind::Group;
        out.group.groupId = groupId;
        out.group.groupName = stringAt(data, "subject");
        out.group.at = now;
        out.group.externalId = groupChangeId(event, data, dateTime);
        if (event == u"groups.upsert") {
            out.group.change = QStringLiteral("created");
            out.group.fromE164 = phoneOf(stringAt(data, "owner"), stringAt(data, "ownerPn"), {});
        } else {
            out.group.change = participantsChange(stringAt(data, "action"));
            out.group.fromE164 = phoneOf(stringAt(data, "author"), stringAt(data, "authorPn"), {});
        }
        events.append(out);
    }
    return events;
}

} // namespace

QString EventMapper::canonicalEventName(const QString &name)
{
    QString canonical = name.trimmed().toLower();
    canonical.replace(QLatin1Char('_'), QLatin1Char('.'));
    canonical.replace(QLatin1Char('-'), QLatin1Char('.'));
    return canonical;
}

QString EventMapper::reasonForStatusCode(int statusReason)
{
    switch (statusReason) {
    case 401:
        return QStringLiteral("logged_out");
    case 403:
        return QStringLiteral("forbidden");
    case 402:
    case 406:
        return QStringLiteral("account_unavailable");
    case 408:
        return QStringLiteral("connection_lost");
    case 411:
        return QStringLiteral("multidevice_mismatch");
    case 440:
        return QStringLiteral("connection_replaced");
    case 500:
        return QStringLiteral("bad_session");
    case 503:
        return QStringLiteral("service_unavailable");
    case 515:
        return QStringLiteral("restart_required");
    default:
        return QStringLiteral("connection_closed");
    }
}

QString EventMapper::messageTypeFor(const QString &evolutionType)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("conversation"), QStringLiteral("text")},
        {QStringLiteral("extendedTextMessage"), QStringLiteral("text")},
        {QStringLiteral("imageMessage"), QStringLiteral("image")},
        {QStringLiteral("audioMessage"), QStringLiteral("audio")},
        {QStringLiteral("pttMessage"), QStringLiteral("audio")},
        {QStringLiteral("videoMessage"), QStringLiteral("video")},
        {QStringLiteral("ptvMessage"), QStringLiteral("video")},
        {QStringLiteral("documentMessage"), QStringLiteral("document")},
        {QStringLiteral("documentWithCaptionMessage"), QStringLiteral("document")},
        {QStringLiteral("stickerMessage"), QStringLiteral("sticker")},
        {QStringLiteral("locationMessage"), QStringLiteral("location")},
        {QStringLiteral("liveLocationMessage"), QStringLiteral("location")},
        {QStringLiteral("contactMessage"), QStringLiteral("contact")},
        {QStringLiteral("contactsArrayMessage"), QStringLiteral("contact")},
        {QStringLiteral("reactionMessage"), QStringLiteral("reaction")},
    };
    return types.value(evolutionType, QStringLiteral("other"));
}

bool EventMapper::receiptStatus(const QString &evolutionStatus, MessageStatus *status)
{
    const QString s = evolutionStatus.toUpper();
    if (s == u"SERVER_ACK")
        *status = MessageStatus::Sent;
    else if (s == u"DELIVERY_ACK")
        *status = MessageStatus::Delivered;
    else if (s == u"READ" || s == u"PLAYED")
        *status = MessageStatus::Read;
    else if (s == u"ERROR")
        *status = MessageStatus::Failed;
    else
        return false;
    return true;
}

QList<ProviderEvent> EventMapper::map(const QJsonObject &envelope, const QDateTime &now)
{
    const QString event = canonicalEventName(stringAt(envelope, "event"));
    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (event == u"messages.upsert") {
        QList<ProviderEvent> events;
        for (const QJsonObject &one : objectsOf(data)) {
            if (std::optional<ProviderEvent> mapped = mapUpsert(one, now))
                events.append(*mapped);
        }
        return events;
    }
    if (event == u"messages.update")
        return mapReceipts(data);
    if (event == u"connection.update")
        return mapConnection(data.toObject());
    if (event == u"qrcode.updated")
        return mapQrCode(data.toObject());
    if (event == u"logout.instance")
        return {qrCode({}), connection(InstanceState::Close, QStringLiteral("logged_out"))};
    if (event == u"remove.instance" || event == u"instance.delete")
        return {qrCode({}), connection(InstanceState::Close, QStringLiteral("missing_on_provider"))};
    if (event == u"call")
        return mapCalls(data, now);
    if (event == u"groups.upsert")
        return mapGroups(QStringLiteral("groups.upsert"), data, stringAt(envelope, "date_time"), now);
    if (event == u"group.participants.update")
        return mapGroups(QStringLiteral("group-participants.update"), data,
                         stringAt(envelope, "date_time"), now);
    return {};
}

} // namespace wag::evolution
