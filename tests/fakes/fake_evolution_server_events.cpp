// The webhook side of FakeEvolutionServer: what Evolution posts (research A.5, A.6), the
// test's controls that make the phone and its contacts act, and the read-only accessors.
#include "fakes/fake_evolution_server.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace wag::test {

namespace {

QString localTimeWithZ()
{
    // `date_time` is the server's local wall clock written as if it were UTC (A.5).
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A `jwt_key` custom header becomes `Authorization: Bearer <HS256 JWT>` (A.5).
QByteArray jwt(const QByteArray &key)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray head = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray claims = base64Url(QJsonDocument(QJsonObject{{QStringLiteral("iat"), now},
                                                                  {QStringLiteral("exp"), now + 600},
                                                                  {QStringLiteral("app"), QStringLiteral("evolution")},
                                                                  {QStringLiteral("action"), QStringLiteral("webhook")}})
                                            .toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(head + '.' + claims, key, QCryptographicHash::Sha256);
    return head + '.' + claims + '.' + base64Url(signature);
}

QString randomHex(int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QString::number(QRandomGenerator::global()->bounded(16), 16).toUpper();
    return out;
}

QString newMessageId() { return QStringLiteral("3EB0") + randomHex(18); }

QString newQrCode()
{
    // The shape of a Baileys QR string: "2@<ref>,<noise key>,<identity key>,<adv secret>".
    const auto part = [](int bytes) {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (char &c : raw)
            c = char(QRandomGenerator::global()->bounded(256));
        return QString::fromLatin1(raw.toBase64());
    };
    return QStringLiteral("2@") + part(48) + QLatin1Char(',') + part(32) + QLatin1Char(',') + part(32)
         + QLatin1Char(',') + part(32);
}

bool terminal(int code) { return code == 401 || code == 402 || code == 403 || code == 406; }

const QList<int> kNoRetry{400, 401, 403, 404, 422}; // WEBHOOK_RETRY_NON_RETRYABLE_STATUS_CODES

} // namespace

// ---------------------------------------------------------------------------------------
// Emission and delivery (server thread)

QJsonObject FakeEvolutionServer::messageData(const Instance &instance, const QJsonObject &key,
                                             const QJsonObject &message, const QString &messageType,
                                             const QString &status, const QString &pushName) const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("pushName"), pushName},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("contextInfo"), QJsonValue::Null},
            {QStringLiteral("messageType"), messageType},
            {QStringLiteral("messageTimestamp"), QDateTime::currentSecsSinceEpoch()},
            {QStringLiteral("instanceId"), instance.id},
            {QStringLiteral("source"), key.value(QStringLiteral("fromMe")).toBool() ? QStringLiteral("unknown")
                                                                                    : QStringLiteral("android")}};
}

void FakeEvolutionServer::emitEvent(Instance &instance, const QString &event, const QJsonValue &data)
{
    const QJsonObject row = instance.webhook;
    if (row.isEmpty() || !row.value(QStringLiteral("enabled")).toBool())
        return;
    // The config lists upper-case names; the wire carries dotted lower-case ones (A.5).
    QString configName = event.toUpper();
    configName.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QJsonArray events = row.value(QStringLiteral("events")).toArray();
    if (!events.isEmpty() && !events.contains(configName))
        return;
    QString url = row.value(QStringLiteral("url")).toString();
    if (row.value(QStringLiteral("webhookByEvents")).toBool()) {
        QString suffix = event.toLower();
        suffix.replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
        url += QLatin1Char('/') + suffix;
    }
    const QString name = instance.name;
    QJsonObject body{{QStringLiteral("event"), event},
                     {QStringLiteral("instance"), name},
                     {QStringLiteral("data"), data},
                     {QStringLiteral("destination"), url},
                     {QStringLiteral("date_time"), localTimeWithZ()},
                     {QStringLiteral("server_url"), QStringLiteral("http://localhost:8080")},
                     {QStringLiteral("apikey"), m_exposeApiKey ? QJsonValue(instance.token) : QJsonValue(QJsonValue::Null)}};
    // `sender` is the account's JID; before the first link it is undefined, so
    // JSON.stringify leaves the key out.
    if (!instance.wuid.isEmpty())
        body.insert(QStringLiteral("sender"), instance.wuid);

    Outgoing outgoing;
    outgoing.instance = name;
    outgoing.event = event;
    outgoing.url = QUrl(url);
    outgoing.headers.insert("Content-Type", "application/json");
    const QJsonObject custom = row.value(QStringLiteral("headers")).toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (it.key() == QStringLiteral("jwt_key"))
            outgoing.headers.insert("Authorization", "Bearer " + jwt(it.value().toString().toUtf8()));
        else
            outgoing.headers.insert(it.key().toUtf8(), it.value().toString().toUtf8());
    }
    outgoing.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_lastOutgoing.insert(name, outgoing);
    enqueue(outgoing);
}

void FakeEvolutionServer::enqueue(const Outgoing &outgoing)
{
    if (m_hold)
        m_held.append(outgoing);
    else
        m_queue.append(outgoing);
    // From the event loop, so a webhook never overtakes the HTTP answer that caused it.
    QTimer::singleShot(0, m_home, [this] { pump(); });
}

void FakeEvolutionServer::pump()
{
    if (m_inFlight || m_queue.isEmpty())
        return;
    deliver(m_queue.takeFirst());
}

void FakeEvolutionServer::deliver(const Outgoing &outgoing)
{
    m_inFlight = true;
    QNetworkRequest request(outgoing.url);
    for (auto it = outgoing.headers.begin(); it != outgoing.headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setTransferTimeout(m_webhookTimeoutMs);
    QNetworkReply *reply = m_network->post(request, outgoing.body);
    QObject::connect(reply, &QNetworkReply::finished, m_home, [this, reply, outgoing] {
        reply->deleteLater();
        EvolutionWebhookPost post;
        post.event = outgoing.event;
        post.instance = outgoing.instance;
        post.url = outgoing.url;
        post.headers = outgoing.headers;
        post.body = outgoing.body;
        post.attempt = outgoing.attempt;
        post.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_posts.append(post);
        m_inFlight = false;
        // Retried on 5xx, other 4xx and timeouts; never on 400/401/403/404/422 (A.5),
        // with the exponential backoff scaled down for tests.
        const bool ok = post.status >= 200 && post.status < 300;
        if (!ok && !kNoRetry.contains(post.status) && outgoing.attempt < m_retryAttempts) {
            Outgoing again = outgoing;
            ++again.attempt;
            ++m_pendingRetries;
            QTimer::singleShot(m_retryDelayMs << (outgoing.attempt - 1), m_home, [this, again] {
                --m_pendingRetries;
                enqueue(again);
            });
        }
        pump();
    });
}

// ---------------------------------------------------------------------------------------
// The phone and its contacts

void FakeEvolutionServer::nextQr(const QString &name)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance || instance->state != QStringLiteral("connecting"))
            return;
        if (instance->qrCount >= m_qrLimit) {
            // QRCODE_LIMIT reached (A.3): the limit message, refused/428, then the monitor
            // ends the session: state close and qrcode {count:0}.
            emitEvent(*instance, QStringLiteral("qrcode.updated"),
                      QJsonObject{{QStringLiteral("message"), QStringLiteral("QR code limit reached, please login again")},
                                  {QStringLiteral("statusCode"), 500}});
            emitEvent(*instance, QStringLiteral("connection.update"),
                      QJsonObject{{QStringLiteral("instance"), name}, {QStringLiteral("state"), QStringLiteral("refused")},
                                  {QStringLiteral("statusReason"), 428}, {QStringLiteral("wuid"), QJsonValue::Null},
                                  {QStringLiteral("profileName"), QJsonValue::Null},
                                  {QStringLiteral("profilePictureUrl"), QJsonValue::Null}});
            instance->qrCount = 0;
            instance->qrCode.clear();
            instance->state = QStringLiteral("close");
            return;
        }
        ++instance->qrCount;
        instance->qrCode = newQrCode();
        // No `count` in the webhook's QR (A.6).
        emitEvent(*instance, QStringLiteral("qrcode.updated"),
                  QJsonObject{{QStringLiteral("qrcode"), QJsonObject{{QStringLiteral("instance"), name},
                                                                    {QStringLiteral("pairingCode"), QJsonValue::Null},
                                                                    {QStringLiteral("code"), instance->qrCode},
                                                                    {QStringLiteral("base64"), qrDataUrl()}}}});
    });
}

void FakeEvolutionServer::scan(const QString &name, const QString &phoneDigits)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        instance->wuid = phoneDigits + QStringLiteral("@s.whatsapp.net");
        instance->profileName = QStringLiteral("Phone ") + phoneDigits.right(4);
        instance->qrCount = 0;
            instance->qrCode.clear();
        instance->state = QStringLiteral("open");
        emitEvent(*instance, QStringLiteral("connection.update"),
                  QJsonObject{{QStringLiteral("instance"), name},
                              {QStringLiteral("wuid"), instance->wuid},
                              {QStringLiteral("profileName"), instance->profileName},
                              {QStringLiteral("profilePictureUrl"), QJsonValue::Null},
                              {QStringLiteral("state"), QStringLiteral("open")},
                              {QStringLiteral("statusReason"), 200}});
    });
}

void FakeEvolutionServer::disconnect(const QString &name, int statusReason)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        if (!terminal(statusReason)) {
            // Evolution reconnects silently: no close, just connecting then open (A.6).
            instance->state = QStringLiteral("connecting");
            emitEvent(*instance, QStringLiteral("connection.update"),
                      QJsonObject{{QStringLiteral("instance"), name}, {QStringLiteral("state"), QStringLiteral("connecting")},
                                  {QStringLiteral("statusReason"), 200}});
            if (!instance->wuid.isEmpty())
                scan(name, instance->wuid.section(QLatin1Char('@'), 0, 0));
            return;
        }
        // Terminal: STATUS_INSTANCE, LOGOUT_INSTANCE, then CONNECTION_UPDATE close (A.3).
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        instance->disconnectionReasonCode = statusReason;
        instance->disconnectionAt = at;
        const QJsonObject lastDisconnect{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("output"), QJsonObject{{QStringLiteral("statusCode"), statusReason}}}}},
            {QStringLiteral("date"), at}};
        emitEvent(*instance, QStringLiteral("status.instance"),
                  QJsonObject{{QStringLiteral("instance"), name}, {QStringLiteral("status"), QStringLiteral("closed")},
                              {QStringLiteral("disconnectionAt"), at}, {QStringLiteral("disconnectionReasonCode"), statusReason},
                              {QStringLiteral("disconnectionObject"),
                               QString::fromUtf8(QJsonDocument(lastDisconnect).toJson(QJsonDocument::Compact))}});
        emitEvent(*instance, QStringLiteral("logout.instance"), QJsonValue::Null);
        emitEvent(*instance, QStringLiteral("connection.update"),
                  QJsonObject{{QStringLiteral("instance"), name}, {QStringLiteral("wuid"), instance->wuid},
                              {QStringLiteral("profileName"), instance->profileName},
                              {QStringLiteral("profilePictureUrl"), QJsonValue::Null},
                              {QStringLiteral("state"), QStringLiteral("close")}, {QStringLiteral("statusReason"), statusReason}});
        instance->state = QStringLiteral("close");
        instance->wuid.clear(); // a logged-out session needs a new QR
        instance->profileName.clear();
    });
}

QString FakeEvolutionServer::inbound(const QString &name, const QString &fromJid, const QString &text,
                                     const InboundOptions &options)
{
    return onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return QString();
        const QString id = options.keyId.isEmpty() ? newMessageId() : options.keyId;
        // Evolution's per-message-id cache drops a repeat of the same upsert (A.6, D.3).
        if (!m_seenUpserts.insert(name + QLatin1Char('/') + id).second)
            return id;
        QJsonObject key{{QStringLiteral("remoteJid"), fromJid}, {QStringLiteral("fromMe"), options.fromMe},
                        {QStringLiteral("id"), id}, {QStringLiteral("addressingMode"), QStringLiteral("pn")}};
        if (!options.lid.isEmpty()) {
            key.insert(QStringLiteral("remoteJid"), options.lid);
            key.insert(QStringLiteral("remoteJidAlt"), fromJid);
            key.insert(QStringLiteral("addressingMode"), QStringLiteral("lid"));
        }
        if (!options.groupJid.isEmpty()) {
            key.insert(QStringLiteral("remoteJid"), options.groupJid);
            key.insert(QStringLiteral("participant"), options.lid.isEmpty() ? fromJid : options.lid);
            if (!options.lid.isEmpty()) {
                key.remove(QStringLiteral("remoteJidAlt"));
                key.insert(QStringLiteral("participantAlt"), fromJid);
            }
        }
        QJsonObject message{{QStringLiteral("conversation"), text}};
        QString type = QStringLiteral("conversation");
        if (!options.mediaType.isEmpty()) {
            static const QMap<QString, QString> mimes{{QStringLiteral("imageMessage"), QStringLiteral("image/jpeg")},
                                                      {QStringLiteral("videoMessage"), QStringLiteral("video/mp4")},
                                                      {QStringLiteral("audioMessage"), QStringLiteral("audio/ogg; codecs=opus")},
                                                      {QStringLiteral("documentMessage"), QStringLiteral("application/pdf")},
                                                      {QStringLiteral("stickerMessage"), QStringLiteral("image/webp")}};
            QJsonObject media{{QStringLiteral("url"), QStringLiteral("https://mmg.whatsapp.net/o1/v/t62.7118-24/f1/m%1").arg(randomHex(8))},
                              {QStringLiteral("mimetype"), mimes.value(options.mediaType, QStringLiteral("application/octet-stream"))},
                              {QStringLiteral("fileLength"), QStringLiteral("12345")},
                              {QStringLiteral("mediaKey"), QStringLiteral("bWVkaWEta2V5")}};
            if (!text.isEmpty())
                media.insert(QStringLiteral("caption"), text);
            message = QJsonObject{{options.mediaType, media}};
            // With webhook.base64 the media itself rides along (A.6); the gateway must not store it.
            if (instance->webhook.value(QStringLiteral("webhookBase64")).toBool())
                message.insert(QStringLiteral("base64"), QString::fromLatin1(QByteArray(4096, 'x').toBase64()));
            type = options.mediaType;
        } else if (options.extendedText) {
            message = QJsonObject{{QStringLiteral("extendedTextMessage"), QJsonObject{{QStringLiteral("text"), text}}}};
            type = QStringLiteral("extendedTextMessage");
        }
        const QString status = options.fromMe ? QStringLiteral("SERVER_ACK") : QStringLiteral("DELIVERY_ACK");
        emitEvent(*instance, QStringLiteral("messages.upsert"),
                  messageData(*instance, key, message, type, status, options.fromMe ? instance->profileName : options.pushName));
        return id;
    });
}

void FakeEvolutionServer::receipt(const QString &name, const QString &keyId, const QString &status)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        // Repeats of one (id, status) are suppressed (A.6); duplicates need repeatLastWebhook.
        if (!m_seenReceipts.insert(name + QLatin1Char('/') + keyId + QLatin1Char('/') + status).second)
            return;
        emitEvent(*instance, QStringLiteral("messages.update"),
                  QJsonObject{{QStringLiteral("keyId"), keyId},
                              {QStringLiteral("remoteJid"), instance->sentTo.value(keyId)},
                              {QStringLiteral("fromMe"), true},
                              {QStringLiteral("participant"), QJsonValue::Null},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("pollUpdates"), QJsonValue::Null},
                              {QStringLiteral("instanceId"), instance->id},
                              {QStringLiteral("messageId"), QString(QStringLiteral("cm") + randomHex(22).toLower())}});
    });
}

QString FakeEvolutionServer::call(const QString &name, const QString &fromJid, const QString &status,
                                  const QString &callId, bool isVideo)
{
    return onThread([&] {
        Instance *instance = find(name);
        const QString id = callId.isEmpty() ? randomHex(32) : callId;
        if (!instance)
            return id;
        // The raw Baileys WACallEvent (A.6).
        emitEvent(*instance, QStringLiteral("call"),
                  QJsonObject{{QStringLiteral("chatId"), fromJid}, {QStringLiteral("from"), fromJid},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("isVideo"), isVideo}, {QStringLiteral("isGroup"), false},
                              {QStringLiteral("status"), status}, {QStringLiteral("offline"), false}});
        return id;
    });
}

void FakeEvolutionServer::groupUpsert(const QString &name, const QString &groupJid, const QString &subject,
                                      const QStringList &participantJids)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        QJsonArray participants;
        for (const QString &jid : participantJids)
            participants.append(QJsonObject{{QStringLiteral("id"), jid}, {QStringLiteral("admin"), QJsonValue::Null}});
        // An array of GroupMetadata (A.6).
        emitEvent(*instance, QStringLiteral("groups.upsert"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), groupJid}, {QStringLiteral("subject"), subject},
                                         {QStringLiteral("owner"), participantJids.value(0)},
                                         {QStringLiteral("creation"), QDateTime::currentSecsSinceEpoch()},
                                         {QStringLiteral("desc"), QString()}, {QStringLiteral("participants"), participants},
                                         {QStringLiteral("announce"), false}, {QStringLiteral("restrict"), false},
                                         {QStringLiteral("size"), participants.size()}}});
    });
}

void FakeEvolutionServer::groupParticipants(const QString &name, const QString &groupJid, const QString &action,
                                            const QStringList &participantJids, const QString &authorJid)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        QJsonArray data;
        for (const QString &jid : participantJids)
            data.append(QJsonObject{{QStringLiteral("jid"), jid}, {QStringLiteral("phoneNumber"), jid},
                                    {QStringLiteral("name"), QJsonValue::Null}, {QStringLiteral("imgUrl"), QJsonValue::Null}});
        QJsonObject body{{QStringLiteral("id"), groupJid}, {QStringLiteral("participants"), QJsonArray::fromStringList(participantJids)},
                         {QStringLiteral("action"), action}, {QStringLiteral("participantsData"), data}};
        if (!authorJid.isEmpty())
            body.insert(QStringLiteral("author"), authorJid);
        emitEvent(*instance, QStringLiteral("group-participants.update"), body);
    });
}

// ---------------------------------------------------------------------------------------
// Delivery controls and faults

void FakeEvolutionServer::repeatLastWebhook(const QString &name)
{
    onThread([&] {
        if (m_lastOutgoing.contains(name))
            enqueue(m_lastOutgoing.value(name));
    });
}

void FakeEvolutionServer::holdWebhooks(bool hold)
{
    onThread([&] { m_hold = hold; });
}

void FakeEvolutionServer::releaseWebhooksReversed()
{
    onThread([&] {
        m_hold = false;
        const QList<Outgoing> held = std::exchange(m_held, {});
        for (auto it = held.crbegin(); it != held.crend(); ++it)
            enqueue(*it);
    });
}

void FakeEvolutionServer::postRawWebhook(const QString &name, const QByteArray &body,
                                         const QMap<QByteArray, QByteArray> &headers, bool replaceHeaders)
{
    onThread([&] {
        Instance *instance = find(name);
        if (!instance)
            return;
        Outgoing outgoing;
        outgoing.instance = name;
        outgoing.event = QStringLiteral("raw");
        outgoing.url = QUrl(instance->webhook.value(QStringLiteral("url")).toString());
        if (!replaceHeaders) {
            const QJsonObject custom = instance->webhook.value(QStringLiteral("headers")).toObject();
            for (auto it = custom.begin(); it != custom.end(); ++it)
                outgoing.headers.insert(it.key().toUtf8(), it.value().toString().toUtf8());
        }
        for (auto it = headers.begin(); it != headers.end(); ++it)
            outgoing.headers.insert(it.key(), it.value());
        if (!outgoing.headers.contains("Content-Type"))
            outgoing.headers.insert("Content-Type", "application/json");
        outgoing.body = body;
        outgoing.attempt = m_retryAttempts; // a probe: never retried
        enqueue(outgoing);
    });
}

void FakeEvolutionServer::setRetry(int maxAttempts, int initialDelayMs)
{
    onThread([&] {
        m_retryAttempts = maxAttempts;
        m_retryDelayMs = initialDelayMs;
    });
}

void FakeEvolutionServer::setDown(Down down)
{
    onThread([&] {
        const Down was = std::exchange(m_down, down);
        if (down == Down::Refused && was != Down::Refused) {
            m_server->close(); // connection refused from now on
            closeAllConnections();
        } else if (down != Down::Refused && was == Down::Refused) {
            m_server->listen(QHostAddress::LocalHost, m_port);
        }
    });
}

void FakeEvolutionServer::setSlow(int delayMs) { onThread([&] { m_slowMs = delayMs; }); }
void FakeEvolutionServer::failNextConnect(const QString &message) { onThread([&] { m_failNextConnect = message; }); }
void FakeEvolutionServer::setQrPending(bool pending) { onThread([&] { m_qrPending = pending; }); }
void FakeEvolutionServer::setQrLimit(int limit) { onThread([&] { m_qrLimit = limit; }); }
void FakeEvolutionServer::setEchoSends(bool echo) { onThread([&] { m_echoSends = echo; }); }
void FakeEvolutionServer::setExposeApiKey(bool expose) { onThread([&] { m_exposeApiKey = expose; }); }

} // namespace wag::test
