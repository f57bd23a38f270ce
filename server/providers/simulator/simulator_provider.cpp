#include "simulator_provider.h"

#include "core/logging.h"
#include "core/phone_number.h"
#include "core/random.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimer>
#include <QtEndian>

#include <algorithm>

namespace wag {

namespace {

// Enough for any test or demo to send a receipt for a recent message; a benchmark that
// sends millions forgets the oldest ones instead of growing without end.
constexpr std::size_t kRememberedMessages = 100'000;

const QString kLoggedOut = QStringLiteral("logged_out");
const QString kConnectionLost = QStringLiteral("connection_lost");
const QString kRestarting = QStringLiteral("restarting");

bool isE164(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9][0-9]{7,14}")));
    return pattern.match(text).hasMatch();
}

// Inbound messages and calls both come "from" a number the simulator makes up on request.
Failure fromNotE164()
{
    return Failure{QStringLiteral("validation_error"),
                   QStringLiteral("from must be an E.164 number, e.g. +15551234567")};
}

// splitmix64's finaliser: a bijection on 64-bit values, so distinct counters give distinct
// ids that still look random (nobody should read meaning into an external id).
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SimulatorProvider::SimulatorProvider(SimulatorOptions options, const Clock &clock,
                                     QObject *parent)
    : Provider(parent), m_options(options), m_clock(clock)
{
    const QByteArray salt = randomBytes(8);
    if (salt.size() == 8)
        m_idBase = qFromBigEndian<quint64>(salt.constData());
}

SimulatorProvider::~SimulatorProvider() = default;

void SimulatorProvider::setOptions(const SimulatorOptions &options)
{
    m_options = options;
}

QString SimulatorProvider::name() const
{
    return QStringLiteral("simulator");
}

QString SimulatorProvider::displayName() const
{
    return QStringLiteral("Demo");
}

QString SimulatorProvider::phoneFor(const QString &instanceId)
{
    const QByteArray hash = QCryptographicHash::hash(instanceId.toUtf8(), QCryptographicHash::Sha256);
    const quint64 value = qFromBigEndian<quint64>(hash.constData());
    return QStringLiteral("+1555%1").arg(value % 10'000'000ULL, 7, 10, QLatin1Char('0'));
}

QString SimulatorProvider::nextId(const QString &prefix)
{
    const quint64 value = mix(m_idBase + ++m_idCounter);
    return prefix + QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0')).toUpper();
}

SimulatorProvider::Phone *SimulatorProvider::phone(const QString &instanceId)
{
    const auto it = m_phones.find(instanceId);
    return it == m_phones.end() ? nullptr : &it->second;
}

const SimulatorProvider::Phone *SimulatorProvider::phone(const QString &instanceId) const
{
    const auto it = m_phones.find(instanceId);
    return it == m_phones.end() ? nullptr : &it->second;
}

SimulatorProvider::Phone &SimulatorProvider::ensurePhone(const ProviderInstance &instance)
{
    Phone &p = m_phones[instance.id];
    if (!instance.name.isEmpty())
        p.name = instance.name;
    return p;
}

bool SimulatorProvider::knows(const QString &instanceId) const
{
    return phone(instanceId) != nullptr;
}

InstanceState SimulatorProvider::state(const QString &instanceId) const
{
    const Phone *p = phone(instanceId);
    return p ? p->state : InstanceState::Close;
}

QString SimulatorProvider::linkedPhone(const QString &instanceId) const
{
    const Phone *p = phone(instanceId);
    return p ? p->linkedPhone : QString();
}

QString SimulatorProvider::qrText(const QString &instanceId) const
{
    const Phone *p = phone(instanceId);
    return p ? p->qrText : QString();
}

Failure SimulatorProvider::unknownInstance(const QString &instanceId)
{
    return Failure{QStringLiteral("unknown_instance"),
                   QStringLiteral("the simulator has no instance %1; connect it first").arg(instanceId)};
}

// A contact can only write or call a phone that is linked and online, and has a number.
std::optional<Failure> SimulatorProvider::refuseContactEvent(const QString &instanceId,
                                                             const QString &fromE164) const
{
    const Phone *p = phone(instanceId);
    if (!p)
        return unknownInstance(instanceId);
    if (p->state != InstanceState::Open)
        return notConnected(instanceId);
    if (!isE164(fromE164))
        return fromNotE164();
    return std::nullopt;
}

Failure SimulatorProvider::notConnected(const QString &instanceId)
{
    return Failure{QStringLiteral("instance_not_connected"),
                   QStringLiteral("instance %1 is not connected (scan its QR code first)").arg(instanceId)};
}

// --- Lifecycle -------------------------------------------------------------------------
// Signals are emitted last in each step, after the phone's state is complete: a slot may
// call back into the simulator (even delete the instance), so nothing touches `p` after.

void SimulatorProvider::startQr(const QString &instanceId, Phone &p)
{
    if (!p.qrTimer) {
        p.qrTimer = std::make_unique<QTimer>();
        p.qrTimer->setSingleShot(true);
        QObject::connect(p.qrTimer.get(), &QTimer::timeout, this,
                         [this, instanceId] { rotateQr(instanceId); });
    }
    p.qrCounter += 1;
    p.qrText = QStringLiteral("WAG-SIM:%1:%2").arg(instanceId).arg(p.qrCounter);
    // Re-armed at each rotation so that setOptions() applies from the next one on.
    if (m_options.qrRefreshMs > 0)
        p.qrTimer->start(m_options.qrRefreshMs);
    else
        p.qrTimer->stop();
}

void SimulatorProvider::stopQr(Phone &p)
{
    if (p.qrTimer)
        p.qrTimer->stop();
}

void SimulatorProvider::rotateQr(const QString &instanceId)
{
    Phone *p = phone(instanceId);
    if (!p || p->state != InstanceState::Connecting)
        return;
    startQr(instanceId, *p);
    emit qrCodeChanged(instanceId, p->qrText);
}

void SimulatorProvider::goOpen(const QString &instanceId, Phone &p, const QString &phoneE164)
{
    stopQr(p);
    const bool hadQr = !p.qrText.isEmpty();
    p.qrText.clear();
    p.reopening = false;
    p.state = InstanceState::Open;
    p.linkedPhone = phoneE164;
    qCInfo(lcApp).noquote() << "simulator:" << instanceId << "open, linked to" << phoneE164;
    emit connectionChanged(instanceId, InstanceState::Open, QString(), phoneE164);
    if (hadQr)
        emit qrCodeChanged(instanceId, QString());
}

void SimulatorProvider::goClosed(const QString &instanceId, Phone &p, const QString &reason,
                                 bool endSession)
{
    stopQr(p);
    const bool hadQr = !p.qrText.isEmpty();
    p.qrText.clear();
    p.reopening = false;
    p.state = InstanceState::Close;
    if (endSession)
        p.linkedPhone.clear();
    const QString stillLinked = p.linkedPhone;
    qCInfo(lcApp).noquote() << "simulator:" << instanceId << "closed:" << reason;
    emit connectionChanged(instanceId, InstanceState::Close, reason, stillLinked);
    if (hadQr)
        emit qrCodeChanged(instanceId, QString());
}

void SimulatorProvider::connectInstance(const ProviderInstance &instance)
{
    Phone &p = ensurePhone(instance);
    switch (p.state) {
    case InstanceState::Open:
    case InstanceState::Connecting:
        return; // already linked, or already showing QR codes
    case InstanceState::Close:
        break;
    }
    // After disconnect() the session is still there: like a phone coming back online, it
    // reconnects without a new scan.
    if (!p.linkedPhone.isEmpty()) {
        goOpen(instance.id, p, p.linkedPhone);
        return;
    }
    p.state = InstanceState::Connecting;
    startQr(instance.id, p);
    const QString qr = p.qrText;
    emit connectionChanged(instance.id, InstanceState::Connecting, QString(), QString());
    emit qrCodeChanged(instance.id, qr);
}

void SimulatorProvider::restoreLinked(const ProviderInstance &instance, const QString &phoneE164)
{
    Phone &p = ensurePhone(instance);
    goOpen(instance.id, p, phoneE164.isEmpty() ? phoneFor(instance.id) : phoneE164);
}

void SimulatorProvider::restartInstance(const ProviderInstance &instance)
{
    Phone *p = phone(instance.id);
    if (!p)
        return; // never connected here: nothing to restart
    switch (p->state) {
    case InstanceState::Close:
        qCInfo(lcApp).noquote() << "simulator:" << instance.id << "is closed; not restarting it";
        return;
    case InstanceState::Connecting: {
        if (p->reopening)
            return; // already on its way back to open
        startQr(instance.id, *p);
        const QString qr = p->qrText;
        emit qrCodeChanged(instance.id, qr);
        return;
    }
    case InstanceState::Open:
        break;
    }
    // The socket closes and comes back with the same session, as a real one does a moment
    // later: from the event loop, so the connecting state is seen first.
    p->state = InstanceState::Connecting;
    p->reopening = true;
    const QString linked = p->linkedPhone;
    qCInfo(lcApp).noquote() << "simulator:" << instance.id << "restarting";
    m_receipts.schedule(0, [this, id = instance.id] { finishRestart(id); });
    emit connectionChanged(instance.id, InstanceState::Connecting, kRestarting, linked);
}

void SimulatorProvider::finishRestart(const QString &instanceId)
{
    // Logged out, scanned, lost or deleted meanwhile: that has decided already.
    Phone *p = phone(instanceId);
    if (!p || !p->reopening)
        return;
    p->reopening = false;
    if (p->state != InstanceState::Connecting || p->linkedPhone.isEmpty())
        return;
    goOpen(instanceId, *p, p->linkedPhone);
}

void SimulatorProvider::logoutInstance(const ProviderInstance &instance)
{
    // Also for an instance this simulator does not know (a closed one after a restart):
    // the answer is the same, closed and unlinked, and the gateway needs to hear it.
    goClosed(instance.id, ensurePhone(instance), kLoggedOut, true);
}

void SimulatorProvider::deleteInstance(const ProviderInstance &instance)
{
    // The QR timer goes with the phone; pending receipts find no phone and are dropped.
    m_phones.erase(instance.id);
}

void SimulatorProvider::refreshState(const ProviderInstance &instance)
{
    const Phone *p = phone(instance.id);
    const InstanceState current = p ? p->state : InstanceState::Close;
    const QString linked = p ? p->linkedPhone : QString();
    const QString qr = p ? p->qrText : QString();
    emit connectionChanged(instance.id, current, QString(), linked);
    if (current == InstanceState::Connecting)
        emit qrCodeChanged(instance.id, qr);
}

// --- Sending ---------------------------------------------------------------------------

void SimulatorProvider::sendText(const ProviderInstance &instance, const QString &e164,
                                 const QString &text, SendCallback done)
{
    Q_UNUSED(text);
    const QString digits = digitsOnly(e164);
    const Phone *p = phone(instance.id);
    SendResult result;
    if (!p || p->state != InstanceState::Open) {
        result.failureReason = QStringLiteral("not_connected");
        result.failureMessage = QStringLiteral("the instance is not connected");
    } else if (!isE164(e164) || digits.endsWith(QLatin1String("0000"))) {
        result.failureReason = QStringLiteral("not_on_whatsapp");
        result.failureMessage = QStringLiteral("%1 is not on WhatsApp").arg(e164);
    } else if (digits.endsWith(QLatin1String("0001"))) {
        // The provider that never answers: the engine's send timeout has to notice.
        qCDebug(lcApp).noquote() << "simulator: leaving a send to a …0001 number unanswered";
        return;
    } else if (digits.endsWith(QLatin1String("0002"))) {
        result.failureReason = QStringLiteral("provider_error");
        result.failureMessage = QStringLiteral("the simulated provider failed (number ends in 0002)");
    } else {
        result.accepted = true;
        result.externalId = nextId(QStringLiteral("SIM"));
        rememberSent(result.externalId, instance.id, e164);
    }

    // Answered from the event loop, never from inside sendText: callers must not depend on
    // re-entrancy that no real provider gives them.
    const SimulatorOptions options = m_options;
    const QString instanceId = instance.id;
    const bool late = result.accepted && digits.endsWith(QLatin1String("0003"));
    m_receipts.schedule(std::max(0, late ? options.lateAnswerMs : options.sendLatencyMs),
                        [this, done = std::move(done), result, instanceId, options] {
                            done(result);
                            if (result.accepted)
                                scheduleReceipts(instanceId, result.externalId, options);
                        });
}

void SimulatorProvider::rememberSent(const QString &externalId, const QString &instanceId,
                                     const QString &recipient)
{
    m_sent.insert(externalId, SentMessage{instanceId, recipient});
    m_sentOrder.push_back(externalId);
    while (m_sentOrder.size() > kRememberedMessages) {
        m_sent.remove(m_sentOrder.front());
        m_sentOrder.pop_front();
    }
}

// Receipts are timed from the send but chained one after the other (answer, delivered,
// read), so they can never overtake each other or the send's own answer, whatever the
// options say.
void SimulatorProvider::scheduleReceipts(const QString &instanceId, const QString &externalId,
                                         const SimulatorOptions &options)
{
    // Both receipts are timed from the send; one deadline queue serves every message.
    const int answeredAt = std::max(0, options.sendLatencyMs);
    const int readDelay = options.readDelayMs;
    if (options.deliveredDelayMs > 0) {
        const int deliveredAt = std::max(options.deliveredDelayMs, answeredAt);
        m_receipts.schedule(deliveredAt - answeredAt, [this, instanceId, externalId] {
            emitReceiptIfStillLinked(instanceId, externalId, MessageStatus::Delivered);
        });
        if (readDelay > 0)
            m_receipts.schedule(std::max(readDelay, deliveredAt) - answeredAt, [this, instanceId, externalId] {
                emitReceiptIfStillLinked(instanceId, externalId, MessageStatus::Read);
            });
    } else if (readDelay > 0) {
        m_receipts.schedule(std::max(readDelay, answeredAt) - answeredAt, [this, instanceId, externalId] {
            emitReceiptIfStillLinked(instanceId, externalId, MessageStatus::Read);
        });
    }
}

void SimulatorProvider::emitReceiptIfStillLinked(const QString &instanceId,
                                                 const QString &externalId, MessageStatus status)
{
    // A logged-out, offline or deleted phone reports nothing.
    const Phone *p = phone(instanceId);
    if (!p || p->state != InstanceState::Open || !m_sent.contains(externalId))
        return;
    emit messageStatusChanged(instanceId, externalId, status, QString());
}

// --- Control ---------------------------------------------------------------------------

Status SimulatorProvider::scan(const QString &instanceId)
{
    Phone *p = phone(instanceId);
    if (!p)
        return unknownInstance(instanceId);
    if (p->state == InstanceState::Open)
        return succeeded();
    goOpen(instanceId, *p, p->linkedPhone.isEmpty() ? phoneFor(instanceId) : p->linkedPhone);
    return succeeded();
}

Result<QString> SimulatorProvider::inbound(const QString &instanceId, const QString &fromE164,
                                           const QString &text, const QString &fromName,
                                           const QString &groupId, const QString &groupName,
                                           const QString &externalId)
{
    if (const std::optional<Failure> refused = refuseContactEvent(instanceId, fromE164))
        return *refused;
    if (text.trimmed().isEmpty())
        return Result<QString>::fail(QStringLiteral("validation_error"),
                                     QStringLiteral("text must not be empty"));
    InboundMessage message;
    message.externalId = externalId.isEmpty() ? nextId(QStringLiteral("SIMIN")) : externalId;
    message.fromE164 = fromE164;
    message.fromName = fromName;
    message.text = text;
    message.messageType = QStringLiteral("text");
    message.groupId = groupId;
    message.groupName = groupName;
    message.at = m_clock.now();
    emit messageReceived(instanceId, message);
    return message.externalId;
}

Status SimulatorProvider::receipt(const QString &instanceId, const QString &externalId,
                                  MessageStatus status)
{
    const Phone *p = phone(instanceId);
    if (!p)
        return unknownInstance(instanceId);
    if (p->state != InstanceState::Open)
        return notConnected(instanceId);
    switch (status) {
    case MessageStatus::Sent:
    case MessageStatus::Delivered:
    case MessageStatus::Read:
    case MessageStatus::Failed:
        break;
    case MessageStatus::Queued:
    case MessageStatus::Sending:
    case MessageStatus::Blocked:
        return Status::fail(QStringLiteral("validation_error"),
                            QStringLiteral("a receipt is sent, delivered, read or failed, not %1")
                                .arg(messageStatusName(status)));
    }
    const auto it = m_sent.constFind(externalId);
    if (it == m_sent.constEnd() || it->instanceId != instanceId)
        return Status::fail(QStringLiteral("unknown_message"),
                            QStringLiteral("instance %1 sent no message %2").arg(instanceId, externalId));
    emit messageStatusChanged(instanceId, externalId, status,
                              status == MessageStatus::Failed
                                  ? QStringLiteral("simulated delivery failure")
                                  : QString());
    return succeeded();
}

Result<QString> SimulatorProvider::call(const QString &instanceId, const QString &fromE164,
                                        const QString &status, const QString &callId, bool isVideo)
{
    if (const std::optional<Failure> refused = refuseContactEvent(instanceId, fromE164))
        return *refused;
    CallEvent event;
    if (status == u"offer")
        event.kind = CallEvent::Kind::Offer;
    else if (status == u"missed")
        event.kind = CallEvent::Kind::Missed;
    else
        return Result<QString>::fail(QStringLiteral("validation_error"),
                                     QStringLiteral("status must be offer or missed"));
    event.callId = callId.isEmpty() ? nextId(QStringLiteral("SIMCALL")) : callId;
    event.fromE164 = fromE164;
    event.isVideo = isVideo;
    event.at = m_clock.now();
    emit callReceived(instanceId, event);
    return event.callId;
}

Result<QString> SimulatorProvider::groupUpdate(const QString &instanceId, const QString &groupId,
                                               const QString &groupName, const QString &fromE164,
                                               const QString &change)
{
    const Phone *p = phone(instanceId);
    if (!p)
        return unknownInstance(instanceId);
    if (p->state != InstanceState::Open)
        return notConnected(instanceId);
    if (groupId.trimmed().isEmpty() || change.trimmed().isEmpty())
        return Result<QString>::fail(QStringLiteral("validation_error"),
                                     QStringLiteral("group_id and change must not be empty"));
    GroupUpdate update;
    update.groupId = groupId;
    update.groupName = groupName;
    update.fromE164 = fromE164;
    update.change = change;
    update.externalId = nextId(QStringLiteral("SIMGRP"));
    update.at = m_clock.now();
    emit groupUpdated(instanceId, update);
    return update.externalId;
}

Status SimulatorProvider::disconnect(const QString &instanceId)
{
    Phone *p = phone(instanceId);
    if (!p)
        return unknownInstance(instanceId);
    if (p->state == InstanceState::Close)
        return notConnected(instanceId);
    goClosed(instanceId, *p, kConnectionLost, false);
    return succeeded();
}

} // namespace wag
