#include "instance_service.h"

#include "events/event_outbox.h"
#include "events/event_payloads.h"
#include "events/event_types.h"

#include "core/logging.h"
#include "core/qr_code.h"
#include "core/random.h"
#include "providers/provider.h"
#include "providers/simulator/simulator_provider.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSet>

namespace wag {

namespace {

const QString kLoggedOut = QStringLiteral("logged_out");

Failure notRunning()
{
    return Failure{QStringLiteral("not_running"),
                   QStringLiteral("instances connect and log out in the running gateway, not "
                                  "from an admin command")};
}

// SPEC §6.2: instance.connection_updated for every change of state, and besides it
// instance.connected on reaching open and instance.disconnected on losing it.
QList<GatewayEvent> instanceStateEvents(const InstanceRecord &instance, InstanceState state,
                                        InstanceState previous, const QString &reason,
                                        const QString &phone, const QDateTime &at)
{
    const QJsonObject fields = event_payloads::instanceState(state, previous, reason, phone);
    QList<GatewayEvent> events;
    events.append(makeGatewayEvent(event_types::kInstanceConnectionUpdated, instance.id, instance.name, at, fields));
    if (state == InstanceState::Open)
        events.append(makeGatewayEvent(event_types::kInstanceConnected, instance.id, instance.name, at, fields));
    else if (previous == InstanceState::Open)
        events.append(makeGatewayEvent(event_types::kInstanceDisconnected, instance.id, instance.name, at, fields));
    return events;
}

} // namespace

InstanceService::InstanceService(Database &db, const Clock &clock, Provider &provider,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_instances(db), m_clock(clock), m_provider(provider)
{
    QObject::connect(&m_provider, &Provider::connectionChanged, this,
                     &InstanceService::onProviderConnection);
    QObject::connect(&m_provider, &Provider::qrCodeChanged, this,
                     &InstanceService::onProviderQrCode);
}

bool InstanceService::isValidName(const QString &name)
{
    // No '_' allowed, which is what keeps names apart from "inst_…" ids.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{2,39}")));
    return pattern.match(name).hasMatch();
}

ProviderInstance InstanceService::providerInstance(const InstanceRecord &instance)
{
    return ProviderInstance{instance.id, instance.name};
}

Result<InstanceRecord> InstanceService::resolve(const QString &idOrName) const
{
    if (std::optional<InstanceRecord> instance = m_instances.findByIdOrName(idOrName))
        return std::move(*instance);
    return Result<InstanceRecord>::fail(QStringLiteral("invalid_instance"),
                                        QStringLiteral("there is no instance \"%1\"").arg(idOrName));
}

Result<InstanceRecord> InstanceService::create(const QString &name)
{
    return create(name, m_provider.name());
}

Result<InstanceRecord> InstanceService::create(const QString &name, const QString &provider)
{
    if (!isValidName(name))
        return Result<InstanceRecord>::fail(
            QStringLiteral("invalid_instance_name"),
            QStringLiteral("instance names are 3 to 40 characters: lower-case letters a-z, "
                           "digits and '-', starting with a letter or digit"));
    if (provider.trimmed().isEmpty())
        return Result<InstanceRecord>::fail(QStringLiteral("validation_error"),
                                            QStringLiteral("an instance needs a provider"));

    const auto exists = [&] {
        return Result<InstanceRecord>::fail(
            QStringLiteral("instance_exists"),
            QStringLiteral("an instance named \"%1\" already exists").arg(name));
    };
    if (m_instances.findByName(name))
        return exists();

    InstanceRecord instance;
    instance.id = makeId(QStringLiteral("inst"));
    instance.name = name;
    instance.provider = provider.trimmed();
    // Stored as connecting even when this process does not drive the provider (an admin
    // command): the serving process then connects it, now through reconcileWithStore() or
    // at its next start through startAll(), which leaves only closed instances closed.
    instance.state = InstanceState::Connecting;
    instance.createdAt = m_clock.now();
    const Status inserted = m_instances.insert(instance);
    if (!inserted) {
        // Another process created the same name since the lookup above.
        if (inserted.failure().code == QLatin1String(kStorageConflict))
            return exists();
        return inserted.failure();
    }
    qCInfo(lcApp).noquote() << "instance" << instance.name << "created as" << instance.id;
    m_known.insert(instance.id, instance.name);
    emit instanceCreated(instance.id);
    if (m_drivesProvider)
        m_provider.connectInstance(providerInstance(instance));
    // The provider may already have moved it on; answer with what is stored now.
    return m_instances.findById(instance.id).value_or(instance);
}

QList<InstanceRecord> InstanceService::list() const
{
    return m_instances.all();
}

std::optional<InstanceRecord> InstanceService::find(const QString &idOrName) const
{
    const qint64 version = m_db.configurationVersion();
    if (version < 0 || version != m_recordsVersion) {
        m_records.clear();
        m_recordsVersion = version;
    }
    if (const auto cached = m_records.constFind(idOrName); cached != m_records.constEnd())
        return *cached;
    std::optional<InstanceRecord> record = m_instances.findByIdOrName(idOrName);
    if (record && version >= 0 && m_records.size() < 10'000) {
        m_records.insert(record->id, *record);
        m_records.insert(record->name, *record);
    }
    return record;
}

Result<InstanceRecord> InstanceService::connect(const QString &idOrName)
{
    Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance;
    if (!m_drivesProvider)
        return notRunning();
    m_known.insert(instance->id, instance->name);
    if (instance->state == InstanceState::Open)
        return instance;
    m_provider.connectInstance(providerInstance(instance.value()));
    return m_instances.findById(instance->id).value_or(instance.value());
}

Result<InstanceRecord> InstanceService::restart(const QString &idOrName)
{
    Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance;
    if (!m_drivesProvider)
        return notRunning();
    if (instance->state == InstanceState::Close)
        return Result<InstanceRecord>::fail(
            QStringLiteral("instance_not_connected"),
            QStringLiteral("instance \"%1\" is not connected, so there is nothing to restart; "
                           "connect it instead")
                .arg(instance->name));
    m_known.insert(instance->id, instance->name);
    qCInfo(lcApp).noquote() << "instance" << instance->name << "restarting its connection";
    m_provider.restartInstance(providerInstance(instance.value()));
    return m_instances.findById(instance->id).value_or(instance.value());
}

Result<InstanceRecord> InstanceService::logout(const QString &idOrName)
{
    Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance;
    if (!m_drivesProvider)
        return notRunning();
    m_known.insert(instance->id, instance->name);
    qCInfo(lcApp).noquote() << "instance" << instance->name << "logging out";
    m_provider.logoutInstance(providerInstance(instance.value()));
    return m_instances.findById(instance->id).value_or(instance.value());
}

Status InstanceService::pause(const QString &idOrName, const QString &reason)
{
    return changePaused(idOrName, true, reason);
}

Status InstanceService::resume(const QString &idOrName)
{
    return changePaused(idOrName, false, QString());
}

Status InstanceService::changePaused(const QString &idOrName, bool paused, const QString &reason)
{
    const Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance.failure();
    if (instance->paused == paused && (!paused || instance->pausedReason == reason))
        return succeeded();
    if (const Status s = m_instances.setPaused(instance->id, paused, reason); !s.ok())
        return s;
    if (paused)
        qCInfo(lcApp).noquote() << "instance" << instance->name << "paused:" << reason;
    else
        qCInfo(lcApp).noquote() << "instance" << instance->name << "resumed";
    emit pausedChanged(instance->id, paused, reason);
    return succeeded();
}

Status InstanceService::remove(const QString &idOrName)
{
    const Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance.failure();
    const QString id = instance->id;
    // The row first: if that fails nothing has changed, whereas an instance deleted on the
    // provider but still stored could never link again.
    if (const Status s = m_instances.remove(id); !s.ok())
        return s;
    if (m_drivesProvider)
        m_provider.deleteInstance(providerInstance(instance.value()));
    qCInfo(lcApp).noquote() << "instance" << instance->name << "removed";
    forget(id);
    emit instanceRemoved(id);
    return succeeded();
}

Status InstanceService::setLimits(const QString &idOrName, std::optional<qint64> daily,
                                  std::optional<qint64> monthly)
{
    if ((daily && *daily < 0) || (monthly && *monthly < 0))
        return Status::fail(QStringLiteral("validation_error"),
                            QStringLiteral("limits are whole numbers of 0 or more"));
    if (daily && monthly && *monthly < *daily)
        return Status::fail(QStringLiteral("validation_error"),
                            QStringLiteral("the monthly limit (%1) cannot be below the daily "
                                           "limit (%2)")
                                .arg(*monthly)
                                .arg(*daily));
    const Result<InstanceRecord> instance = resolve(idOrName);
    if (!instance)
        return instance.failure();
    if (const Status s = m_instances.setLimits(instance->id, daily, monthly); !s.ok())
        return s;
    emit limitsChanged(instance->id);
    return succeeded();
}

QString InstanceService::qrText(const QString &id) const
{
    return m_qrTexts.value(id);
}

QImage InstanceService::qrImage(const QString &id) const
{
    return renderQrCode(qrText(id));
}

QString InstanceService::pausedReason(const QString &id) const
{
    const std::optional<InstanceRecord> instance = m_instances.findById(id);
    return instance && instance->paused ? instance->pausedReason : QString();
}

QString InstanceService::stateReason(const QString &id) const
{
    const std::optional<InstanceRecord> instance = find(id);
    return instance ? instance->stateReason : QString();
}

void InstanceService::startAll()
{
    m_drivesProvider = true;
    if (m_started) {
        reconcileWithStore();
        return;
    }
    m_started = true;
    const QList<InstanceRecord> instances = m_instances.all();
    for (const InstanceRecord &instance : instances) {
        m_known.insert(instance.id, instance.name);
        bringUp(instance);
    }
    qCInfo(lcApp) << "instances started:" << instances.size();
}

// What start-up does for one stored instance.
void InstanceService::bringUp(const InstanceRecord &instance)
{
    switch (instance.state) {
    case InstanceState::Open:
        // The simulator keeps its phones in memory only, so it is told what it had; a real
        // provider still holds the session on its own server and reconnects by itself when
        // asked to connect.
        if (auto *simulator = qobject_cast<SimulatorProvider *>(&m_provider))
            simulator->restoreLinked(providerInstance(instance), instance.linkedPhone);
        else
            m_provider.connectInstance(providerInstance(instance));
        break;
    case InstanceState::Connecting:
        m_provider.connectInstance(providerInstance(instance));
        break;
    case InstanceState::Close:
        break; // a closed instance reconnects on request only (SPEC §4)
    }
}

void InstanceService::reconcileWithStore()
{
    // all() reads as empty when the database does not answer; that must not look like
    // "every instance was deleted".
    if (m_db.schemaVersion() < 0) {
        qCWarning(lcApp) << "instances: database not readable; not reconciling";
        return;
    }
    const QList<InstanceRecord> instances = m_instances.all();
    QSet<QString> present;
    for (const InstanceRecord &instance : instances) {
        present.insert(instance.id);
        if (m_known.contains(instance.id))
            continue;
        // Created by another process: from here on it is as if it had been created here.
        qCInfo(lcApp).noquote() << "instance" << instance.name << "appeared in the database";
        m_known.insert(instance.id, instance.name);
        emit instanceCreated(instance.id);
        if (!m_drivesProvider)
            continue;
        if (instance.state == InstanceState::Open)
            bringUp(instance);
        else
            m_provider.connectInstance(providerInstance(instance));
    }
    const QList<QString> knownIds = m_known.keys();
    for (const QString &id : knownIds) {
        if (present.contains(id))
            continue;
        qCInfo(lcApp).noquote() << "instance" << m_known.value(id)
                                << "was removed from the database";
        if (m_drivesProvider)
            m_provider.deleteInstance(ProviderInstance{id, m_known.value(id)});
        forget(id);
        emit instanceRemoved(id);
    }
}

void InstanceService::forget(const QString &id)
{
    m_known.remove(id);
    m_qrTexts.remove(id);
}

void InstanceService::onProviderConnection(const QString &id, InstanceState state,
                                           const QString &reason, const QString &phoneE164)
{
    const std::optional<InstanceRecord> instance = m_instances.findById(id);
    if (!instance) {
        qCDebug(lcApp).noquote() << "provider reported on unknown instance" << id;
        return;
    }
    const InstanceState previous = instance->state;
    // The state, its reason, the linked phone and the events that report them are one change.
    Transaction transaction(m_db);
    if (state != previous) {
        if (const Status s = m_instances.setState(id, state); !s.ok())
            qCWarning(lcApp).noquote() << "instance" << instance->name
                                       << "state not stored:" << s.failure().message;
    }
    // Also when the state stays: a closed instance whose provider then became unreachable.
    if (reason != instance->stateReason) {
        if (const Status s = m_instances.setStateReason(id, reason); !s.ok())
            qCWarning(lcApp).noquote() << "instance" << instance->name
                                       << "state reason not stored:" << s.failure().message;
    }
    // The linked phone follows the session: set when linked, cleared only on logout. A
    // connection lost keeps it, since the same phone comes back.
    QString phoneToStore;
    bool phoneChanges = false;
    if (state == InstanceState::Open && !phoneE164.isEmpty()
        && phoneE164 != instance->linkedPhone) {
        phoneToStore = phoneE164;
        phoneChanges = true;
    } else if (state == InstanceState::Close && reason == kLoggedOut
               && !instance->linkedPhone.isEmpty()) {
        phoneChanges = true;
    }
    if (phoneChanges) {
        if (const Status s = m_instances.setLinkedPhone(id, phoneToStore, m_clock.now()); !s.ok())
            qCWarning(lcApp).noquote() << "instance" << instance->name
                                       << "linked phone not stored:" << s.failure().message;
    }
    QList<GatewayEvent> events;
    if (state != previous && m_outbox) {
        const QString phone = state == InstanceState::Open && !phoneE164.isEmpty() ? phoneE164 : instance->linkedPhone;
        events = m_outbox->wanted(instanceStateEvents(*instance, state, previous, reason, phone, m_clock.now()));
        for (const GatewayEvent &event : std::as_const(events)) {
            if (const Status s = EventOutbox::record(m_db, event); !s.ok())
                qCWarning(lcApp).noquote() << "instance" << instance->name
                                           << "event not stored:" << s.failure().message;
        }
    }
    if (!transaction.commit()) {
        qCWarning(lcApp).noquote() << "instance" << instance->name
                                   << "change not stored:" << transaction.status().failure().message;
        events.clear();
    }
    if (m_outbox)
        m_outbox->committed(events);
    // A provider that forgets to withdraw its QR code once linked or closed must not leave
    // a stale one on screen.
    if (state != InstanceState::Connecting && m_qrTexts.contains(id)) {
        m_qrTexts.remove(id);
        emit qrCodeChanged(id);
    }
    if (state == previous)
        return;
    qCInfo(lcApp).noquote() << "instance" << instance->name << instanceStateName(previous)
                            << "->" << instanceStateName(state)
                            << (reason.isEmpty() ? QString() : QStringLiteral("(%1)").arg(reason));
    emit stateChanged(id, state, previous, reason);
}

void InstanceService::onProviderQrCode(const QString &id, const QString &qrText)
{
    if (!m_known.contains(id) || m_qrTexts.value(id) == qrText)
        return;
    if (qrText.isEmpty())
        m_qrTexts.remove(id);
    else
        m_qrTexts.insert(id, qrText);
    if (!qrText.isEmpty() && m_outbox && m_outbox->wants(id, event_types::kInstanceQrUpdated)) {
        // The event says that a new code is on screen, never what it encodes: whoever
        // holds the code can link the number.
        if (const std::optional<InstanceRecord> instance = m_instances.findById(id)) {
            const GatewayEvent event = makeGatewayEvent(
                event_types::kInstanceQrUpdated, id, instance->name, m_clock.now(),
                event_payloads::instanceState(instance->state, instance->state, QString(), QString()));
            if (const Status s = EventOutbox::record(m_db, event); s.ok())
                m_outbox->committed({event});
            else
                qCWarning(lcApp).noquote() << "QR event not stored:" << s.failure().message;
        }
    }
    emit qrCodeChanged(id);
}

} // namespace wag
