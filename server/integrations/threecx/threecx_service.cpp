#include "threecx_service.h"

#include "core/phone_number.h"
#include "core/random.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_events.h"
#include "integrations/threecx/threecx_request_auth.h"
#include "messaging/send_request.h"
#include "messaging/send_service.h"
#include "policy/purposes.h"
#include "secrets/secret_service.h"
#include "storage/database.h"
#include "storage/inbound_message_store.h"
#include "webhooks/webhook_signature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

namespace wag {

namespace {

Q_LOGGING_CATEGORY(lcThreecx, "wag.3cx")

const QString kSecretPrefix = QStringLiteral("tcxsec_");
constexpr int kSecretCharacters = 43; // base62: 43 characters carry 256 bits

const QString kSent = QStringLiteral("sent");
const QString kLogged = QStringLiteral("logged");
const QString kSkipped = QStringLiteral("skipped");
const QString kRefused = QStringLiteral("refused");

template<typename T>
Result<T> failWith(const char *code, const QString &message)
{
    return Result<T>::fail(QString::fromLatin1(code), message);
}

ThreecxAnswer failure(int status, const QString &error, const QString &message, const QJsonObject &details = {},
                      qint64 retryAfterSeconds = 0)
{
    return {status,
            QJsonObject{{QStringLiteral("success"), false},
                        {QStringLiteral("error"), error},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("details"), details}},
            retryAfterSeconds};
}

// The one answer for every failure before authentication (SPEC §7): it must not tell a
// prober whether the id exists, the secret was wrong or the address was refused.
ThreecxAnswer invalidWebhook()
{
    return {401,
            QJsonObject{{QStringLiteral("success"), false},
                        {QStringLiteral("error"), QStringLiteral("invalid_3cx_webhook")},
                        {QStringLiteral("message"), QStringLiteral("Invalid 3CX webhook request.")}},
            0};
}

QString stringField(const QJsonObject &body, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
        if (value.isDouble()) // some PBX templates send numbers bare
            return QString::number(value.toDouble(), 'f', 0);
    }
    return {};
}

// Where 3CX puts the customer's number depends on the direction and on the template an
// admin wrote, and a body may carry both ends of a call. `customer_phone` says it outright;
// otherwise an agent's reply goes *to* the customer, while a call event comes *from* the
// caller (its `to` is usually the company's own number).
QString phoneField(const QJsonObject &body, const QString &eventType)
{
    if (eventType == threecx::kOutboundMessage)
        return stringField(body, {"customer_phone", "to", "phone", "from", "caller"});
    return stringField(body, {"customer_phone", "caller", "from", "phone", "to"});
}

} // namespace

struct ThreecxService::Facts
{
    QString integrationId;
    QString eventType = QStringLiteral("-");
    QString phoneMasked;
    QString phoneHash;
    QString reason; // for the log: why skipped or refused
};

ThreecxService::ThreecxService(const Database &db, const Clock &clock, InstanceService &instances,
                               const SecretService *secrets, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(clock),
      m_instances(instances),
      m_secrets(secrets),
      m_integrations(db),
      m_events(db)
{
}

QString ThreecxService::phoneHash(const QString &integrationId, const QString &e164)
{
    // Keyed by the integration so equal numbers do not line up across integrations; the
    // log shows the masked number, this only answers "the same caller again?".
    return QString::fromLatin1(
        QCryptographicHash::hash((integrationId + QLatin1Char(':') + e164).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Status ThreecxService::requireSecrets() const
{
    return SecretService::requireReady(m_secrets, QStringLiteral("3CX secrets"));
}

Result<ThreecxIntegrationRecord> ThreecxService::existing(const QString &idOrName) const
{
    if (std::optional<ThreecxIntegrationRecord> record = find(idOrName))
        return *record;
    return failWith<ThreecxIntegrationRecord>("not_found", QStringLiteral("no 3CX integration \"%1\"").arg(idOrName));
}

std::optional<ThreecxIntegrationRecord> ThreecxService::find(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return std::nullopt;
    if (std::optional<ThreecxIntegrationRecord> byId = m_integrations.find(key))
        return byId;
    return m_integrations.findByName(key);
}

QList<ThreecxIntegrationRecord> ThreecxService::list() const
{
    return m_integrations.list();
}

Result<CreatedThreecxIntegration> ThreecxService::create(const QString &name, const QString &instanceIdOrName)
{
    using R = Result<CreatedThreecxIntegration>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return failWith<CreatedThreecxIntegration>(
            "invalid_name", QStringLiteral("a 3CX integration needs a name of 1 to %1 characters").arg(kMaxNameLength));
    if (m_integrations.findByName(trimmed))
        return failWith<CreatedThreecxIntegration>("name_taken",
                                                   QStringLiteral("a 3CX integration \"%1\" exists").arg(trimmed));
    const std::optional<InstanceRecord> instance = m_instances.find(instanceIdOrName.trimmed());
    if (!instance)
        return failWith<CreatedThreecxIntegration>("invalid_instance",
                                                   QStringLiteral("no instance \"%1\"").arg(instanceIdOrName));
    if (const Status s = requireSecrets(); !s.ok())
        return R(s.failure());

    CreatedThreecxIntegration created;
    created.secret = kSecretPrefix + randomBase62(kSecretCharacters);
    ThreecxIntegrationRecord &r = created.record;
    r.id = makeId(QStringLiteral("tcx"));
    r.name = trimmed;
    r.defaultInstanceId = instance->id;
    r.secretGeneration = 1;
    r.secret = m_secrets->seal(ThreecxIntegrationStore::secretName(r.id, 1), created.secret.toUtf8());
    for (const QString &event : threecx::templateEvents())
        r.templates.insert(event, ThreecxTemplate{threecx::defaultTemplate(event), false});
    r.createdAt = m_clock.now();
    r.updatedAt = r.createdAt;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.status().failure());
    if (const Status s = m_integrations.insert(r); !s.ok()) {
        if (s.failure().code == QLatin1String(kStorageConflict))
            return failWith<CreatedThreecxIntegration>("name_taken",
                                                       QStringLiteral("a 3CX integration \"%1\" exists").arg(trimmed));
        return R(s.failure());
    }
    if (!transaction.commit())
        return R(transaction.status().failure());
    emit integrationsChanged();
    return created;
}

Result<ThreecxIntegrationRecord> ThreecxService::update(const QString &idOrName, const ThreecxSettingsChange &change)
{
    using R = Result<ThreecxIntegrationRecord>;
    Result<ThreecxIntegrationRecord> found = existing(idOrName);
    if (!found)
        return found;
    ThreecxIntegrationRecord r = found.value();
    if (change.allowedIps) {
        QStringList entries;
        for (const QString &entry : *change.allowedIps) {
            const QString trimmed = entry.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (!threecx::isValidAllowedIp(trimmed))
                return failWith<ThreecxIntegrationRecord>(
                    "invalid_allowed_ip",
                    QStringLiteral("\"%1\" is neither an IP address nor a CIDR range such as 192.0.2.0/24").arg(trimmed));
            entries.append(trimmed);
        }
        r.allowedIps = entries;
    }
    if (change.defaultInstance) {
        const std::optional<InstanceRecord> instance = m_instances.find(change.defaultInstance->trimmed());
        if (!instance)
            return failWith<ThreecxIntegrationRecord>("invalid_instance",
                                                      QStringLiteral("no instance \"%1\"").arg(*change.defaultInstance));
        r.defaultInstanceId = instance->id;
    }
    if (change.endpointUrl) {
        const QString text = change.endpointUrl->trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty()
            && (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
            return failWith<ThreecxIntegrationRecord>("invalid_endpoint_url",
                                                      QStringLiteral("\"%1\" is not an http or https URL").arg(text));
        r.endpointUrl = text;
    }
    for (auto it = change.templateTexts.cbegin(); it != change.templateTexts.cend(); ++it) {
        if (!threecx::isTemplateEvent(it.key()))
            return failWith<ThreecxIntegrationRecord>(
                "invalid_event", QStringLiteral("\"%1\" has no template; events with templates: %2")
                                     .arg(it.key(), threecx::templateEvents().join(QStringLiteral(", "))));
        if (it->trimmed().isEmpty() || characterCount(*it) > kMaxMessageCharacters)
            return failWith<ThreecxIntegrationRecord>(
                "invalid_template", QStringLiteral("a template needs 1 to %1 characters").arg(kMaxMessageCharacters));
        r.templates[it.key()] = ThreecxTemplate{*it, true};
    }
    for (auto it = change.templateEnabled.cbegin(); it != change.templateEnabled.cend(); ++it) {
        if (!threecx::isTemplateEvent(it.key()))
            return failWith<ThreecxIntegrationRecord>(
                "invalid_event", QStringLiteral("\"%1\" has no template; events with templates: %2")
                                     .arg(it.key(), threecx::templateEvents().join(QStringLiteral(", "))));
        r.templates[it.key()].enabled = it.value();
        if (r.templates[it.key()].text.isEmpty())
            r.templates[it.key()].text = threecx::defaultTemplate(it.key());
    }
    auto apply = [](auto &field, const auto &value) {
        if (value)
            field = *value;
    };
    apply(r.enabled, change.enabled);
    apply(r.hmacRequired, change.hmacRequired);
    apply(r.inboundEnabled, change.inboundEnabled);
    apply(r.outboundEnabled, change.outboundEnabled);
    apply(r.callEventsEnabled, change.callEventsEnabled);
    apply(r.strictWindow, change.strictWindow);
    if (change.businessName)
        r.businessName = change.businessName->trimmed();

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R(transaction.status().failure());
    if (const Status s = m_integrations.updateSettings(r, now); !s.ok())
        return R(s.failure());
    if (!transaction.commit())
        return R(transaction.status().failure());
    r.updatedAt = now;
    emit integrationsChanged();
    return r;
}

Status ThreecxService::setEnabled(const QString &idOrName, bool enabled)
{
    ThreecxSettingsChange change;
    change.enabled = enabled;
    const Result<ThreecxIntegrationRecord> updated = update(idOrName, change);
    return updated ? succeeded() : Status(updated.failure());
}

Result<QString> ThreecxService::rotateSecret(const QString &idOrName)
{
    const Result<ThreecxIntegrationRecord> record = existing(idOrName);
    if (!record)
        return Result<QString>(record.failure());
    if (const Status s = requireSecrets(); !s.ok())
        return Result<QString>(s.failure());
    const QString secret = kSecretPrefix + randomBase62(kSecretCharacters);
    const int generation = record->secretGeneration + 1;
    const SealedSecret sealed =
        m_secrets->seal(ThreecxIntegrationStore::secretName(record->id, generation), secret.toUtf8());
    if (const Status s = m_integrations.replaceSecret(record->id, sealed, generation, m_clock.now()); !s.ok())
        return Result<QString>(s.failure());
    emit integrationsChanged();
    return secret;
}

Status ThreecxService::remove(const QString &idOrName)
{
    const Result<ThreecxIntegrationRecord> record = existing(idOrName);
    if (!record)
        return Status(record.failure());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status(transaction.status().failure());
    if (const Status s = m_integrations.remove(record->id); !s.ok())
        return s;
    if (!transaction.commit())
        return Status(transaction.status().failure());
    m_limiterKeys.remove(record->id);
    emit integrationsChanged();
    return succeeded();
}

QList<ThreecxEventRecord> ThreecxService::eventLog(const QString &idOrName, int limit, qint64 beforeId) const
{
    const std::optional<ThreecxIntegrationRecord> record = find(idOrName);
    return record ? m_events.page(record->id, limit, beforeId) : QList<ThreecxEventRecord>();
}

qint64 ThreecxService::limiterKey(const QString &integrationId)
{
    auto it = m_limiterKeys.constFind(integrationId);
    if (it == m_limiterKeys.cend())
        it = m_limiterKeys.insert(integrationId, qint64(m_limiterKeys.size()) + 1);
    return *it;
}

// The reason a call is not from this integration's 3CX, or nothing when it is.
std::optional<QString> ThreecxService::authenticate(const ThreecxIntegrationRecord &integration,
                                                    const ThreecxWebhookCall &call) const
{
    if (!integration.enabled)
        return QStringLiteral("integration disabled");
    if (!threecx::isAllowedPeer(call.peer, integration.allowedIps))
        return QStringLiteral("address %1 not in the allowed IPs").arg(call.peer.toString());
    if (!m_secrets || !m_secrets->isReady())
        return QStringLiteral("the data key is not unlocked, the secret cannot be checked");
    const std::optional<QByteArray> secret = m_secrets->open(
        ThreecxIntegrationStore::secretName(integration.id, integration.secretGeneration), integration.secret);
    if (!secret)
        return QStringLiteral("the stored secret cannot be opened with this data key; rotate it");
    if (call.secret.isEmpty() || !constantTimeEquals(*secret, call.secret.trimmed()))
        return QStringLiteral("wrong or missing X-WhatsApp-Gateway-3CX-Secret");
    // A signature that is there is checked even when not required: a wrong one means the
    // body was changed on the way or someone guesses.
    if (integration.hmacRequired || !call.signature.isEmpty()) {
        const threecx::SignatureCheck check = threecx::verifySignature(
            QString::fromUtf8(*secret), call.timestamp, call.signature, call.body, m_clock.now());
        if (check != threecx::SignatureCheck::Valid)
            return QString::fromLatin1(threecx::signatureCheckName(check));
    }
    return std::nullopt;
}

void ThreecxService::finish(const Facts &facts, const ThreecxAnswer &answer, const AnswerCallback &done)
{
    ThreecxEventRecord row;
    row.integrationId = facts.integrationId;
    row.eventType = facts.eventType.left(64);
    row.phoneMasked = facts.phoneMasked;
    row.phoneHash = facts.phoneHash;
    row.httpStatus = answer.status;
    row.reason = facts.reason;
    row.createdAt = m_clock.now();
    if (answer.status >= 400) {
        row.action = kRefused;
        row.error = answer.body.value(QStringLiteral("error")).toString();
    } else {
        row.action = answer.body.value(QStringLiteral("action")).toString();
        row.messageId = answer.body.value(QStringLiteral("message_id")).toString();
        if (row.reason.isEmpty())
            row.reason = answer.body.value(QStringLiteral("reason")).toString();
    }
    const Result<qint64> inserted = m_events.insert(row);
    if (inserted) {
        row.id = inserted.value();
        emit eventLogged(row);
    } else {
        qCWarning(lcThreecx).noquote() << "3CX event log row not written:" << inserted.failure().message;
    }
    done(answer);
}

void ThreecxService::handle(const ThreecxWebhookCall &call, AnswerCallback done)
{
    const std::optional<ThreecxIntegrationRecord> found = m_integrations.find(call.integrationId.trimmed());
    if (!found) {
        // Not logged in the event log: it belongs to no integration, and rows for made-up
        // ids would let anyone fill the table.
        qCWarning(lcThreecx).noquote() << "3CX webhook for unknown integration" << call.integrationId.left(64)
                                       << "from" << call.peer.toString() << "refused";
        done(invalidWebhook());
        return;
    }
    const ThreecxIntegrationRecord &integration = *found;
    Facts facts;
    facts.integrationId = integration.id;
    if (const std::optional<QString> reason = authenticate(integration, call)) {
        qCWarning(lcThreecx).noquote() << "3CX webhook for" << integration.id << "from" << call.peer.toString()
                                       << "refused:" << *reason;
        facts.reason = *reason;
        finish(facts, invalidWebhook(), done);
        return;
    }
    // The front door refuses larger bodies before reading them (the route's limit); this
    // keeps the rule when the service is called another way.
    if (call.body.size() > kMaxBodyBytes) {
        finish(facts,
               failure(413, QStringLiteral("payload_too_large"),
                       QStringLiteral("The body is over %1 KiB.").arg(kMaxBodyBytes / 1024)),
               done);
        return;
    }
    qint64 retryAfterMs = 0;
    if (!m_rate.take(limiterKey(integration.id), m_clock.now(), &retryAfterMs)) {
        const qint64 seconds = qMax<qint64>(1, (retryAfterMs + 999) / 1000);
        finish(facts,
               failure(429, QStringLiteral("webhook_rate_limited"),
                       QStringLiteral("More than %1 webhook calls a minute for this integration.").arg(kRequestsPerMinute),
                       QJsonObject{{QStringLiteral("retry_after_seconds"), seconds}}, seconds),
               done);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish(facts, failure(400, QStringLiteral("invalid_json"), QStringLiteral("The body must be a JSON object.")),
               done);
        return;
    }
    const QJsonObject body = document.object();
    facts.eventType = body.value(QLatin1String("event_type")).toString().trimmed();
    if (const QString raw = phoneField(body, facts.eventType); !raw.isEmpty()) {
        const PhoneParse phone = normalizePhone(raw, m_config.defaultRegion);
        // An unreadable number is logged as a mask of its digits, never as written.
        facts.phoneMasked = maskPhone(phone.ok() ? phone.e164 : raw);
        if (phone.ok())
            facts.phoneHash = phoneHash(integration.id, phone.e164);
    }
    if (!m_config.moduleEnabled) {
        finish(facts,
               failure(403, QStringLiteral("module_not_enabled"),
                       QStringLiteral("The 3CX module is turned off on this gateway.")),
               done);
        return;
    }
    if (facts.eventType == threecx::kOutboundMessage) {
        handleOutbound(integration, body, facts, std::move(done));
        return;
    }
    if (threecx::isTemplateEvent(facts.eventType)) {
        handleCallEvent(integration, body, facts, std::move(done));
        return;
    }
    // test, inbound_reply, call_started, queue_event and anything newer 3CX may send.
    finish(facts,
           {200,
            QJsonObject{{QStringLiteral("success"), true},
                        {QStringLiteral("event_type"), facts.eventType},
                        {QStringLiteral("action"), kLogged}},
            0},
           done);
}

bool ThreecxService::insideWindow(const QString &instanceId, const QString &e164) const
{
    const std::optional<ConversationRecord> conversation = ConversationStore(m_db).find(instanceId, e164);
    // The same rule as the inbound pipeline's: the window ends `window` after the last
    // inbound message, that instant excluded.
    return conversation && !conversation->closedAt.isValid() && conversation->lastInboundAt.isValid()
        && conversation->lastInboundAt.msecsTo(m_clock.now()) < m_config.conversationWindowMs;
}

std::optional<QString> ThreecxService::customerPhone(const QJsonObject &body, const Facts &facts,
                                                    const QString &whose, const AnswerCallback &done)
{
    const QString rawPhone = phoneField(body, facts.eventType);
    if (rawPhone.isEmpty()) {
        finish(facts,
               failure(422, QStringLiteral("missing_phone"),
                       QStringLiteral("Send the %1 number in to, from, customer_phone, caller or phone.").arg(whose)),
               done);
        return std::nullopt;
    }
    const PhoneParse phone = normalizePhone(rawPhone, m_config.defaultRegion);
    if (!phone.ok()) {
        finish(facts, failure(422, QStringLiteral("invalid_phone"), phone.error), done);
        return std::nullopt;
    }
    return phone.e164;
}

void ThreecxService::handleOutbound(const ThreecxIntegrationRecord &integration, const QJsonObject &body,
                                    Facts facts, AnswerCallback done)
{
    if (!integration.outboundEnabled) {
        finish(facts,
               failure(403, QStringLiteral("outbound_disabled"),
                       QStringLiteral("Agent replies from 3CX are turned off for this integration.")),
               done);
        return;
    }
    const std::optional<QString> e164 = customerPhone(body, facts, QStringLiteral("customer's"), done);
    if (!e164)
        return;
    const QString text = body.value(QLatin1String("message_text")).isString()
        ? body.value(QLatin1String("message_text")).toString()
        : body.value(QLatin1String("message")).toString();
    if (text.trimmed().isEmpty()) {
        finish(facts,
               failure(422, QStringLiteral("missing_message_text"),
                       QStringLiteral("Send the reply's text in message_text or message.")),
               done);
        return;
    }
    const QString purpose = body.value(QLatin1String("message_purpose")).toString().trimmed();
    if (!isAllowedPurpose(purpose)) {
        finish(facts,
               failure(422, QStringLiteral("message_purpose_not_allowed"),
                       purpose.isEmpty() ? QStringLiteral("Send message_purpose; allowed: %1.")
                                               .arg(allowedPurposes().join(QStringLiteral(", ")))
                                         : QStringLiteral("The purpose \"%1\" is not allowed.").arg(purpose.left(64)),
                       QJsonObject{{QStringLiteral("allowed"), QJsonArray::fromStringList(allowedPurposes())}}),
               done);
        return;
    }
    if (!insideWindow(integration.defaultInstanceId, *e164)) {
        finish(facts,
               failure(409, QStringLiteral("conversation_window_closed"),
                       QStringLiteral("The customer has not written within the last %1 hours; an agent may reply "
                                      "only inside the conversation window.")
                           .arg(m_config.conversationWindowMs / 3'600'000)),
               done);
        return;
    }
    sendMessage(integration, *e164, text, purpose, facts, std::move(done));
}

void ThreecxService::handleCallEvent(const ThreecxIntegrationRecord &integration, const QJsonObject &body,
                                     Facts facts, AnswerCallback done)
{
    if (!integration.callEventsEnabled) {
        finish(facts,
               failure(403, QStringLiteral("call_events_disabled"),
                       QStringLiteral("Call events are turned off for this integration.")),
               done);
        return;
    }
    const std::optional<QString> e164 = customerPhone(body, facts, QStringLiteral("caller's"), done);
    if (!e164)
        return;
    auto skipped = [&](const QString &reason) {
        finish(facts,
               {200,
                QJsonObject{{QStringLiteral("success"), true},
                            {QStringLiteral("event_type"), facts.eventType},
                            {QStringLiteral("action"), kSkipped},
                            {QStringLiteral("reason"), reason}},
                0},
               done);
    };
    const ThreecxTemplate tpl = integration.templates.value(facts.eventType);
    if (!tpl.enabled || tpl.text.trimmed().isEmpty()) {
        skipped(QStringLiteral("template_off"));
        return;
    }
    // Strict window mode (the default): a template is a free-form message, which WhatsApp
    // allows only inside a conversation the customer opened; a caller who never wrote in is
    // not messaged. Off, the template goes out anyway and the guard's risk score weighs it.
    if (integration.strictWindow && !insideWindow(integration.defaultInstanceId, *e164)) {
        skipped(QStringLiteral("window_closed"));
        return;
    }
    // One template per (integration, event type, caller) in kCooldownMs: a PBX reporting the
    // same missed call twice, or a caller ringing five times, gets one message. Exactly
    // kCooldownMs after the last one, the next may go.
    const QString inFlightKey = integration.id + QLatin1Char('|') + facts.eventType + QLatin1Char('|') + facts.phoneHash;
    const QDateTime since = m_clock.now().addMSecs(-kCooldownMs + 1);
    if (m_sending.contains(inFlightKey)
        || m_events.lastSentSince(integration.id, facts.eventType, facts.phoneHash, since).isValid()) {
        skipped(QStringLiteral("cooldown"));
        return;
    }
    QHash<QString, QString> variables{
        {QStringLiteral("customer_phone"), *e164},
        {QStringLiteral("agent_extension"), stringField(body, {"agent_extension"})},
        {QStringLiteral("queue"), stringField(body, {"queue"})},
        {QStringLiteral("call_time"), stringField(body, {"call_time"})},
        {QStringLiteral("business_name"), integration.businessName},
    };
    m_sending.insert(inFlightKey);
    sendMessage(integration, *e164, threecx::renderTemplate(tpl.text, variables),
                QString::fromLatin1(kTemplatePurpose), facts,
                [this, inFlightKey, done = std::move(done)](const ThreecxAnswer &answer) {
                    m_sending.remove(inFlightKey);
                    done(answer);
                });
}

void ThreecxService::sendMessage(const ThreecxIntegrationRecord &integration, const QString &phone,
                                 const QString &text, const QString &purpose, Facts facts, AnswerCallback done)
{
    if (!m_sends) {
        finish(facts,
               failure(502, QStringLiteral("gateway_send_failed"), QStringLiteral("The gateway is not sending now.")),
               done);
        return;
    }
    if (integration.defaultInstanceId.isEmpty()) {
        finish(facts,
               failure(404, QStringLiteral("invalid_instance"),
                       QStringLiteral("This 3CX integration has no instance to send from; set one.")),
               done);
        return;
    }
    SendRequest request;
    request.instanceRef = integration.defaultInstanceId;
    request.phone = phone;
    request.message = text;
    request.purpose = purpose;
    // The full guard of SPEC §5.1 and its answers: recipient_suppressed, sending_throttled,
    // policy_violation, limits, gateway_send_failed for the provider's refusal, … pass
    // through unchanged, so 3CX sees the send API's codes and statuses.
    m_sends->sendAsPerson(request, QString::fromLatin1(kOrigin),
                          [this, facts, done = std::move(done)](const SendAnswer &answer) {
                              if (answer.status >= 400) {
                                  finish(facts, {answer.status, answer.body, answer.retryAfterSeconds}, done);
                                  return;
                              }
                              QJsonObject body{{QStringLiteral("success"), true},
                                               {QStringLiteral("event_type"), facts.eventType},
                                               {QStringLiteral("action"), kSent},
                                               {QStringLiteral("message_id"), answer.body.value(QStringLiteral("message_id"))},
                                               {QStringLiteral("status"), answer.body.value(QStringLiteral("status"))},
                                               {QStringLiteral("log_id"), answer.body.value(QStringLiteral("log_id"))}};
                              finish(facts, {200, body, 0}, done);
                          });
}

} // namespace wag
