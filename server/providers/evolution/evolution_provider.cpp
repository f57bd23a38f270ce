#include "evolution_provider.h"

#include "core/logging.h"
#include "providers/evolution/evolution_event_mapper.h"
#include "providers/evolution/evolution_jid.h"
#include "providers/evolution/evolution_naming.h"

#include <QJsonArray>
#include <QUrl>

namespace wag {

using evolution::Reply;

namespace {

const QString kLoggedOut = QStringLiteral("logged_out");
const QString kMissing = QStringLiteral("missing_on_provider");
const QString kUnreachable = QStringLiteral("provider_unreachable");
const QString kAuthFailed = QStringLiteral("provider_auth_failed");

// Enough to tie every recent call's end to its accept; older ones are forgotten.
constexpr std::size_t kRememberedCalls = 1000;

QString pathFor(const char *route, const QString &name)
{
    return QLatin1String(route) + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

// The events the gateway maps (EventMapper). Always sent: Evolution reads events.length
// whenever a webhook is enabled (research A.3/A.4).
QJsonArray subscribedEvents()
{
    return QJsonArray{QStringLiteral("QRCODE_UPDATED"),    QStringLiteral("CONNECTION_UPDATE"),
                      QStringLiteral("MESSAGES_UPSERT"),   QStringLiteral("MESSAGES_UPDATE"),
                      QStringLiteral("CALL"),              QStringLiteral("GROUPS_UPSERT"),
                      QStringLiteral("GROUP_PARTICIPANTS_UPDATE"), QStringLiteral("LOGOUT_INSTANCE"),
                      QStringLiteral("REMOVE_INSTANCE")};
}

// A send refused because the recipient has no WhatsApp: 400 with
// response.message = [{"jid":…, "exists":false, "number":…}].
bool isNotOnWhatsApp(const Reply &reply)
{
    if (reply.httpStatus != 400)
        return false;
    const QJsonValue message = reply.json.toObject().value(QLatin1String("response")).toObject().value(QLatin1String("message"));
    for (const QJsonValue &item : message.toArray()) {
        const QJsonObject entry = item.toObject();
        if (entry.contains(QLatin1String("exists")) && !entry.value(QLatin1String("exists")).toBool())
            return true;
    }
    return false;
}

QString qrCodeOf(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    QString code = object.value(QLatin1String("code")).toString();
    if (code.isEmpty()) // create nests it under "qrcode"
        code = object.value(QLatin1String("qrcode")).toObject().value(QLatin1String("code")).toString();
    return code;
}

} // namespace

EvolutionProvider::EvolutionProvider(EvolutionOptions options, Database &db, const Clock &clock,
                                     QObject *parent)
    : Provider(parent), m_options(std::move(options)), m_db(db), m_clock(clock),
      m_client(new evolution::Client(m_options.baseUrl, m_options.apiKey, this)),
      m_callbackSecrets(db, clock)
{
    m_pollTimer.setInterval(std::max(1000, m_options.pollIntervalMs));
    QObject::connect(&m_pollTimer, &QTimer::timeout, this, &EvolutionProvider::pollStates);
}

EvolutionProvider::~EvolutionProvider() = default;

void EvolutionProvider::setOptions(EvolutionOptions options)
{
    m_options = std::move(options);
    delete m_client;
    m_client = new evolution::Client(m_options.baseUrl, m_options.apiKey, this);
    m_pollTimer.setInterval(std::max(1000, m_options.pollIntervalMs));
    // Names depend on the tag: whatever was tracked under the old one is stale.
    m_idByName.clear();
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        it->name = evolutionName(it.key());
        m_idByName.insert(it->name, it.key());
    }
}

QString EvolutionProvider::name() const
{
    return QStringLiteral("evolution");
}

QString EvolutionProvider::displayName() const
{
    return QStringLiteral("Evolution API");
}

void EvolutionProvider::startPolling()
{
    m_pollTimer.start();
}

QString EvolutionProvider::evolutionName(const QString &instanceId) const
{
    return evolution::instanceName(m_options.gatewayTag, instanceId);
}

QString EvolutionProvider::callbackUrl(const QString &instanceId) const
{
    QString base = m_publicUrl ? m_publicUrl() : QString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1String(evolution::kCallbackPathPrefix) + evolutionName(instanceId);
}

EvolutionProvider::Tracked &EvolutionProvider::track(const ProviderInstance &instance)
{
    Tracked &t = m_tracked[instance.id];
    if (t.name.isEmpty()) {
        t.name = evolutionName(instance.id);
        m_idByName.insert(t.name, instance.id);
    }
    if (!instance.name.isEmpty())
        t.instance = instance;
    else if (t.instance.id.isEmpty())
        t.instance.id = instance.id;
    return t;
}

EvolutionProvider::Tracked *EvolutionProvider::tracked(const QString &instanceId)
{
    const auto it = m_tracked.find(instanceId);
    return it == m_tracked.end() ? nullptr : &*it;
}

QString EvolutionProvider::instanceIdForName(const QString &name)
{
    if (const auto it = m_idByName.constFind(name); it != m_idByName.constEnd())
        return *it;
    if (!m_lookup || !evolution::isOwnInstanceName(m_options.gatewayTag, name))
        return {};
    // Just after a restart a callback may come before anything asked about the instance.
    for (const ProviderInstance &instance : m_lookup()) {
        if (evolutionName(instance.id) == name) {
            track(instance);
            return instance.id;
        }
    }
    return {};
}

// --- Reporting -------------------------------------------------------------------------

void EvolutionProvider::report(const QString &instanceId, InstanceState state, const QString &reason,
                               const QString &phone)
{
    Tracked *t = tracked(instanceId);
    if (!t)
        return;
    // The poll repeats what is already known every 30 s; only news goes out.
    const bool news = !t->reported || t->state != state || t->reason != reason
        || (!phone.isEmpty() && phone != t->phone);
    t->reported = true;
    t->state = state;
    t->reason = reason;
    if (!phone.isEmpty())
        t->phone = phone;
    if (state != InstanceState::Connecting) {
        t->qrAttempts = 0;
        if (!t->qr.isEmpty()) {
            t->qr.clear();
            emit qrCodeChanged(instanceId, QString());
        }
    }
    if (news)
        emit connectionChanged(instanceId, state, reason, phone);
}

void EvolutionProvider::showQr(const QString &instanceId, const QString &qrText)
{
    Tracked *t = tracked(instanceId);
    if (!t)
        return;
    if (!qrText.isEmpty() && (!t->reported || t->state != InstanceState::Connecting))
        report(instanceId, InstanceState::Connecting, QString());
    t->qrAttempts = 0;
    if (t->qr == qrText)
        return;
    t->qr = qrText;
    emit qrCodeChanged(instanceId, qrText);
}

// One line per change of the server's health, not one per instance and poll.
void EvolutionProvider::noteHealth(const Reply &reply)
{
    Health now = Health::Ok;
    if (reply.outcome == Reply::Outcome::Unreachable || reply.outcome == Reply::Outcome::Timeout)
        now = Health::Unreachable;
    else if (reply.outcome == Reply::Outcome::AuthFailed)
        now = Health::AuthFailed;
    if (now == m_health)
        return;
    const Health before = m_health;
    m_health = now;
    switch (now) {
    case Health::Unreachable:
        qCWarning(lcApp).noquote() << "evolution: cannot reach the provider at" << m_options.baseUrl
                                   << QStringLiteral("(%1);").arg(reply.message) << "instances show" << kUnreachable
                                   << "until it answers";
        break;
    case Health::AuthFailed:
        qCWarning(lcApp).noquote() << "evolution: the provider at" << m_options.baseUrl
                                   << "refused the API key (HTTP 401); check --provider-key; instances show"
                                   << kAuthFailed;
        break;
    case Health::Ok:
        if (before != Health::Unknown) {
            qCInfo(lcApp).noquote() << "evolution: the provider at" << m_options.baseUrl << "answers again";
            // From the event loop: this runs inside a reply's handler.
            QTimer::singleShot(0, this, &EvolutionProvider::resumeAfterOutage);
        }
        break;
    case Health::Unknown:
        break;
    }
}

void EvolutionProvider::resumeAfterOutage()
{
    const QSet<QString> ids = std::exchange(m_resumeWhenHealthy, {});
    for (const QString &id : ids) {
        if (tracked(id))
            connectInstance(tracked(id)->instance);
    }
}

void EvolutionProvider::reportFailure(const QString &instanceId, const Reply &reply, const char *during)
{
    noteHealth(reply);
    const Tracked *t = tracked(instanceId);
    // Only what was up before this outage comes back by itself; a closed one stays closed.
    const bool wasUp = t && (!t->reported || t->state != InstanceState::Close);
    switch (reply.outcome) {
    case Reply::Outcome::Unreachable:
    case Reply::Outcome::Timeout:
        if (wasUp)
            m_resumeWhenHealthy.insert(instanceId);
        report(instanceId, InstanceState::Close, kUnreachable);
        return;
    case Reply::Outcome::AuthFailed:
        if (wasUp)
            m_resumeWhenHealthy.insert(instanceId);
        report(instanceId, InstanceState::Close, kAuthFailed);
        return;
    case Reply::Outcome::HttpError:
        if (reply.httpStatus == 404) {
            reportMissing(instanceId);
            return;
        }
        break;
    case Reply::Outcome::Ok:
        break;
    }
    qCWarning(lcApp).noquote() << "evolution:" << during << "failed for" << evolutionName(instanceId) << "-"
                               << reply.message;
}

void EvolutionProvider::reportMissing(const QString &instanceId)
{
    Tracked *t = tracked(instanceId);
    if (!t)
        return;
    if (!(t->reported && t->state == InstanceState::Close && t->reason == kMissing))
        qCWarning(lcApp).noquote() << "evolution: instance" << t->instance.name << QStringLiteral("(%1)").arg(t->name)
                                   << "does not exist on the provider at" << m_options.baseUrl
                                   << "- connect it to create it again";
    report(instanceId, InstanceState::Close, kMissing);
}

// --- Lifecycle -------------------------------------------------------------------------

QJsonObject EvolutionProvider::webhookConfig(const QString &instanceId)
{
    const QByteArray secret = m_callbackSecrets.secretFor(instanceId);
    return QJsonObject{
        {QStringLiteral("enabled"), true},
        {QStringLiteral("url"), callbackUrl(instanceId)},
        {QStringLiteral("headers"),
         QJsonObject{{QLatin1String(evolution::kCallbackSecretHeader), QString::fromLatin1(secret)}}},
        {QStringLiteral("byEvents"), false},
        {QStringLiteral("base64"), false}, // media bytes never travel to the gateway
        {QStringLiteral("events"), subscribedEvents()},
    };
}

void EvolutionProvider::connectInstance(const ProviderInstance &instance)
{
    track(instance);
    if (m_holdConnects) {
        m_heldConnects.insert(instance.id);
        return;
    }
    startConnect(instance.id);
}

void EvolutionProvider::startConnect(const QString &instanceId)
{
    const QString name = evolutionName(instanceId);
    m_client->get(pathFor("/instance/connectionState/", name), m_options.requestTimeoutMs,
                  [this, instanceId](const Reply &reply) {
                      if (!tracked(instanceId))
                          return; // deleted meanwhile
                      if (reply.httpStatus == 404) {
                          createInstance(instanceId);
                          return;
                      }
                      if (!reply.ok()) {
                          reportFailure(instanceId, reply, "connect");
                          return;
                      }
                      noteHealth(reply);
                      const QString state = reply.json.toObject().value(QLatin1String("instance")).toObject()
                                                .value(QLatin1String("state")).toString();
                      if (state == u"open") {
                          assertWebhook(instanceId);
                          report(instanceId, InstanceState::Open, QString());
                          return;
                      }
                      assertWebhook(instanceId, [this, instanceId] { requestQr(instanceId); });
                  });
}

void EvolutionProvider::createInstance(const QString &instanceId)
{
    const QString name = evolutionName(instanceId);
    const QJsonObject body{
        {QStringLiteral("instanceName"), name},
        {QStringLiteral("qrcode"), true},
        {QStringLiteral("integration"), QStringLiteral("WHATSAPP-BAILEYS")},
        {QStringLiteral("groupsIgnore"), false},
        {QStringLiteral("rejectCall"), false},
        {QStringLiteral("webhook"), webhookConfig(instanceId)},
    };
    qCInfo(lcApp).noquote() << "evolution: creating" << name << "for instance" << tracked(instanceId)->instance.name;
    m_client->post(QStringLiteral("/instance/create"), body, m_options.requestTimeoutMs,
                   [this, instanceId](const Reply &reply) {
                       if (!tracked(instanceId))
                           return;
                       if (reply.httpStatus == 403) {
                           // Created by an earlier attempt whose answer got lost: carry on.
                           assertWebhook(instanceId, [this, instanceId] { requestQr(instanceId); });
                           return;
                       }
                       if (!reply.ok()) {
                           reportFailure(instanceId, reply, "create");
                           if (reply.outcome == Reply::Outcome::HttpError && reply.httpStatus != 404)
                               report(instanceId, InstanceState::Close, QStringLiteral("connect_failed"));
                           return;
                       }
                       noteHealth(reply);
                       report(instanceId, InstanceState::Connecting, QString());
                       if (const QString code = qrCodeOf(reply.json); !code.isEmpty())
                           showQr(instanceId, code);
                       else
                           scheduleQrRetry(instanceId); // {"count":0}: Evolution had none yet
                   });
}

void EvolutionProvider::requestQr(const QString &instanceId)
{
    m_client->get(pathFor("/instance/connect/", evolutionName(instanceId)), m_options.requestTimeoutMs,
                  [this, instanceId](const Reply &reply) {
                      if (!tracked(instanceId))
                          return;
                      if (!reply.ok()) {
                          reportFailure(instanceId, reply, "connect");
                          if (reply.outcome == Reply::Outcome::HttpError && reply.httpStatus != 404)
                              report(instanceId, InstanceState::Close, QStringLiteral("connect_failed"));
                          return;
                      }
                      noteHealth(reply);
                      if (reply.isErrorOn200()) {
                          qCWarning(lcApp).noquote() << "evolution: connect refused for" << evolutionName(instanceId)
                                                     << "-" << evolution::Client::errorText(reply.json);
                          report(instanceId, InstanceState::Close, QStringLiteral("connect_failed"));
                          return;
                      }
                      const QJsonObject object = reply.json.toObject();
                      if (object.value(QLatin1String("instance")).toObject().value(QLatin1String("state")).toString() == u"open") {
                          report(instanceId, InstanceState::Open, QString());
                          return;
                      }
                      if (const QString code = qrCodeOf(reply.json); !code.isEmpty()) {
                          showQr(instanceId, code);
                          return;
                      }
                      report(instanceId, InstanceState::Connecting, QString());
                      scheduleQrRetry(instanceId);
                  });
}

void EvolutionProvider::scheduleQrRetry(const QString &instanceId)
{
    Tracked *t = tracked(instanceId);
    if (!t)
        return;
    t->qrAttempts += 1;
    if (t->qrAttempts > m_options.qrRetries) {
        qCWarning(lcApp).noquote() << "evolution: no QR code for" << t->instance.name << QStringLiteral("(%1)").arg(t->name)
                                   << "after" << m_options.qrRetries << "tries; connect it again";
        report(instanceId, InstanceState::Close, QStringLiteral("qr_unavailable"));
        return;
    }
    QTimer::singleShot(m_options.qrRetryMs, this, [this, instanceId] {
        const Tracked *now = tracked(instanceId);
        // A QR code may have come through the callback meanwhile, or the phone linked.
        if (now && now->state == InstanceState::Connecting && now->qr.isEmpty())
            requestQr(instanceId);
    });
}

void EvolutionProvider::assertWebhook(const QString &instanceId, std::function<void()> then)
{
    const QJsonObject body{{QStringLiteral("webhook"), webhookConfig(instanceId)}};
    m_client->post(pathFor("/webhook/set/", evolutionName(instanceId)), body, m_options.requestTimeoutMs,
                   [this, instanceId, then = std::move(then)](const Reply &reply) {
                       if (!tracked(instanceId))
                           return;
                       if (!reply.ok()) {
                           reportFailure(instanceId, reply, "setting the webhook");
                           if (reply.outcome != Reply::Outcome::HttpError || reply.httpStatus == 404)
                               return;
                       }
                       if (then)
                           then();
                   });
}

void EvolutionProvider::logoutInstance(const ProviderInstance &instance)
{
    track(instance);
    const QString id = instance.id;
    m_client->remove(pathFor("/instance/logout/", evolutionName(id)), m_options.requestTimeoutMs,
                     [this, id](const Reply &reply) {
                         if (!tracked(id))
                             return;
                         // 400 "not connected" and 404 end where a logout ends: not linked.
                         if (reply.ok() || reply.httpStatus == 400 || reply.httpStatus == 404) {
                             noteHealth(reply);
                             report(id, InstanceState::Close, kLoggedOut);
                             return;
                         }
                         reportFailure(id, reply, "logout");
                     });
}

void EvolutionProvider::deleteInstance(const ProviderInstance &instance)
{
    const QString id = instance.id;
    const QString name = evolutionName(id);
    m_client->remove(pathFor("/instance/delete/", name), m_options.requestTimeoutMs,
                     [this, name](const Reply &reply) {
                         noteHealth(reply);
                         if (!reply.ok() && reply.httpStatus != 404)
                             qCWarning(lcApp).noquote() << "evolution: deleting" << name
                                                        << "on the provider failed -" << reply.message
                                                        << "(remove it in Evolution's manager)";
                     });
    m_tracked.remove(id);
    m_idByName.remove(name);
    m_heldConnects.remove(id);
    m_resumeWhenHealthy.remove(id);
    m_callbackSecrets.forget(id);
}

void EvolutionProvider::restartInstance(const ProviderInstance &instance)
{
    track(instance);
    const QString id = instance.id;
    m_client->post(pathFor("/instance/restart/", evolutionName(id)), QJsonObject{}, m_options.requestTimeoutMs,
                   [this, id](const Reply &reply) {
                       if (!tracked(id))
                           return;
                       if (!reply.ok() || reply.isErrorOn200()) {
                           if (reply.ok())
                               qCWarning(lcApp).noquote() << "evolution: restart refused for" << evolutionName(id) << "-"
                                                          << evolution::Client::errorText(reply.json);
                           else
                               reportFailure(id, reply, "restart");
                           return;
                       }
                       // The socket comes back by itself; ask shortly how it went.
                       QTimer::singleShot(2000, this, [this, id] {
                           if (const Tracked *t = tracked(id))
                               refreshState(t->instance);
                       });
                   });
}

void EvolutionProvider::refreshState(const ProviderInstance &instance)
{
    track(instance);
    const QString id = instance.id;
    m_client->get(pathFor("/instance/connectionState/", evolutionName(id)), m_options.requestTimeoutMs,
                  [this, id](const Reply &reply) {
                      if (!tracked(id))
                          return;
                      if (!reply.ok()) {
                          reportFailure(id, reply, "reading the state");
                          return;
                      }
                      noteHealth(reply);
                      const QString state = reply.json.toObject().value(QLatin1String("instance")).toObject()
                                                .value(QLatin1String("state")).toString();
                      applyState(id, state, 0, QString());
                  });
}

// A state Evolution reports when asked (connectionState, fetchInstances).
void EvolutionProvider::applyState(const QString &instanceId, const QString &evolutionState,
                                   int statusReason, const QString &ownerJid)
{
    const Tracked *t = tracked(instanceId);
    if (!t)
        return;
    if (evolutionState == u"open") {
        report(instanceId, InstanceState::Open, QString(), evolution::phoneFromJid(ownerJid));
    } else if (evolutionState == u"connecting") {
        report(instanceId, InstanceState::Connecting, QString());
        if (t->qr.isEmpty() && t->qrAttempts == 0)
            requestQr(instanceId); // connecting without a code on screen: fetch it
    } else if (evolutionState == u"refused") {
        report(instanceId, InstanceState::Close, QStringLiteral("qr_limit_reached"));
    } else if (evolutionState == u"close") {
        // Keep a reason already known (logged_out, qr_limit_reached…); a plain close
        // otherwise.
        const bool known = t->reported && t->state == InstanceState::Close && !t->reason.isEmpty()
            && t->reason != kUnreachable && t->reason != kAuthFailed && t->reason != kMissing;
        const QString reason = statusReason > 0 ? evolution::EventMapper::reasonForStatusCode(statusReason)
                                                : (known ? t->reason : QStringLiteral("connection_closed"));
        report(instanceId, InstanceState::Close, reason);
    }
    // No state at all: the instance is not loaded in Evolution's memory; nothing to say.
}

void EvolutionProvider::pollStates()
{
    const QList<Tracked> all = m_tracked.values();
    for (const Tracked &t : all)
        refreshState(t.instance);
}

// --- Reconciliation ---------------------------------------------------------------------

void EvolutionProvider::reconcile(std::function<void()> done)
{
    const QList<ProviderInstance> instances = m_lookup ? m_lookup() : QList<ProviderInstance>();
    for (const ProviderInstance &instance : instances)
        track(instance);
    m_client->get(QStringLiteral("/instance/fetchInstances"), m_options.requestTimeoutMs,
                  [this, instances, done = std::move(done)](const Reply &reply) {
                      noteHealth(reply);
                      QSet<QString> missing;
                      if (!reply.ok()) {
                          const QString reason = reply.outcome == Reply::Outcome::AuthFailed ? kAuthFailed : kUnreachable;
                          if (reply.outcome == Reply::Outcome::HttpError)
                              qCWarning(lcApp).noquote() << "evolution: listing instances failed -" << reply.message;
                          else
                              for (const ProviderInstance &instance : instances) {
                                  // Connected once the server answers again.
                                  if (m_heldConnects.contains(instance.id))
                                      m_resumeWhenHealthy.insert(instance.id);
                                  report(instance.id, InstanceState::Close, reason);
                                  missing.insert(instance.id); // nothing to connect to now
                              }
                          finishReconcile(missing);
                          if (done)
                              done();
                          return;
                      }
                      QHash<QString, QJsonObject> rows;
                      for (const QJsonValue &value : reply.json.toArray()) {
                          const QJsonObject row = value.toObject();
                          QString name = row.value(QLatin1String("name")).toString();
                          if (name.isEmpty()) // older servers: {"instance":{"instanceName",…}}
                              name = row.value(QLatin1String("instance")).toObject().value(QLatin1String("instanceName")).toString();
                          rows.insert(name, row);
                      }
                      for (const ProviderInstance &instance : instances) {
                          const QString name = evolutionName(instance.id);
                          const auto row = rows.constFind(name);
                          if (row == rows.constEnd()) {
                              // No callback secret: this gateway never created it there.
                              const bool neverCreated = m_heldConnects.contains(instance.id)
                                  && m_callbackSecrets.existingSecret(instance.id).isEmpty();
                              if (neverCreated)
                                  continue; // the held connect below creates it
                              reportMissing(instance.id);
                              missing.insert(instance.id);
                              continue;
                          }
                          assertWebhook(instance.id);
                          const QString state = row->value(QLatin1String("connectionStatus")).toString();
                          // Connecting ones get their QR code from the held connect below.
                          if (state != u"connecting" || !m_heldConnects.contains(instance.id))
                              applyState(instance.id, state, row->value(QLatin1String("disconnectionReasonCode")).toInt(),
                                         row->value(QLatin1String("ownerJid")).toString());
                      }
                      for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
                          if (evolution::isOwnInstanceName(m_options.gatewayTag, it.key()) && !m_idByName.contains(it.key()))
                              qCInfo(lcApp).noquote() << "evolution:" << it.key()
                                                      << "on the provider belongs to no instance of this gateway; left alone";
                      }
                      finishReconcile(missing);
                      if (done)
                          done();
                  });
}

void EvolutionProvider::finishReconcile(const QSet<QString> &missing)
{
    m_holdConnects = false;
    const QSet<QString> held = std::exchange(m_heldConnects, {});
    for (const QString &id : held) {
        // A missing instance is reported, not silently re-created with a new QR code: the
        // person decides (connect creates it again).
        if (!missing.contains(id) && tracked(id))
            startConnect(id);
    }
}

// --- Sending ---------------------------------------------------------------------------

void EvolutionProvider::sendText(const ProviderInstance &instance, const QString &e164,
                                 const QString &text, SendCallback done)
{
    track(instance);
    const QString id = instance.id;
    const QJsonObject body{{QStringLiteral("number"), evolution::digitsForSend(e164)},
                           {QStringLiteral("text"), text}};
    m_client->post(pathFor("/message/sendText/", evolutionName(id)), body, m_options.sendTimeoutMs,
                   [this, id, done = std::move(done)](const Reply &reply) {
                       SendResult result;
                       if (reply.ok()) {
                           noteHealth(reply);
                           result.externalId = reply.json.toObject().value(QLatin1String("key")).toObject()
                                                   .value(QLatin1String("id")).toString();
                           result.accepted = !result.externalId.isEmpty();
                           if (!result.accepted) {
                               result.failureReason = QStringLiteral("provider_error");
                               result.failureMessage = QStringLiteral("the provider accepted the message but gave no id");
                           }
                       } else if (reply.outcome == Reply::Outcome::Timeout) {
                           result.failureReason = QStringLiteral("timeout");
                           result.failureMessage = QStringLiteral("the provider did not answer in time");
                       } else if (isNotOnWhatsApp(reply)) {
                           result.failureReason = QStringLiteral("not_on_whatsapp");
                           result.failureMessage = QStringLiteral("the number is not on WhatsApp");
                       } else if (reply.httpStatus == 404) {
                           result.failureReason = QStringLiteral("not_connected");
                           result.failureMessage = QStringLiteral("the instance does not exist on the provider");
                           reportMissing(id);
                       } else {
                           result.failureReason = QStringLiteral("provider_error");
                           result.failureMessage = reply.outcome == Reply::Outcome::Unreachable
                               ? QStringLiteral("the provider cannot be reached: ") + reply.message
                               : reply.message;
                           noteHealth(reply);
                           // "Connection Closed" while the state says open (research D.2): the
                           // socket is dead; reopen it.
                           if (reply.httpStatus >= 500 && reply.message.contains(QLatin1String("Connection Closed"))) {
                               if (const Tracked *t = tracked(id)) {
                                   report(id, InstanceState::Connecting, QStringLiteral("connection_lost"));
                                   restartInstance(t->instance);
                               }
                           }
                       }
                       done(result);
                   });
}

// --- Callbacks ---------------------------------------------------------------------------

bool EvolutionProvider::authenticateCallback(const QString &evolutionName, const QByteArray &presentedSecret)
{
    const QString id = instanceIdForName(evolutionName);
    if (id.isEmpty()) {
        // Same work as a real check, so an unknown name is not told apart by timing.
        evolution::CallbackSecrets::constantTimeEquals(QByteArrayLiteral("-"), presentedSecret);
        return false;
    }
    return m_callbackSecrets.matches(id, presentedSecret);
}

void EvolutionProvider::rememberAcceptedCall(const QString &callId)
{
    if (m_acceptedCalls.contains(callId))
        return;
    m_acceptedCalls.insert(callId);
    m_acceptedOrder.push_back(callId);
    while (m_acceptedOrder.size() > kRememberedCalls) {
        m_acceptedCalls.remove(m_acceptedOrder.front());
        m_acceptedOrder.pop_front();
    }
}

void EvolutionProvider::handleCallback(const QString &evolutionName, const QJsonObject &envelope)
{
    const QString id = instanceIdForName(evolutionName);
    if (id.isEmpty())
        return;
    const QList<evolution::ProviderEvent> events = evolution::EventMapper::map(envelope, m_clock.now());
    for (const evolution::ProviderEvent &event : events) {
        using Kind = evolution::ProviderEvent::Kind;
        if (!tracked(id))
            return; // a slot deleted the instance
        switch (event.kind) {
        case Kind::Connection:
            if (event.state == InstanceState::Close && event.reason == kMissing)
                reportMissing(id);
            else
                report(id, event.state, event.reason, event.phoneE164);
            break;
        case Kind::QrCode:
            showQr(id, event.qrText);
            break;
        case Kind::Message:
            emit messageReceived(id, event.message);
            break;
        case Kind::Receipt:
            emit messageStatusChanged(id, event.externalId, event.status, event.error);
            break;
        case Kind::CallAccepted:
            rememberAcceptedCall(event.call.callId);
            break;
        case Kind::Call:
            if (event.call.kind == CallEvent::Kind::Missed && m_acceptedCalls.contains(event.call.callId))
                break; // answered, then ended: not missed
            emit callReceived(id, event.call);
            break;
        case Kind::Group:
            emit groupUpdated(id, event.group);
            break;
        }
    }
}

} // namespace wag
