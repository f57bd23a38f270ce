#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/instance_store.h"

#include <QHash>
#include <QImage>
#include <QObject>

#include <optional>

namespace wag {

class Database;
class Provider;
struct ProviderInstance;

// Instances (linked WhatsApp numbers) and their life: every front-end creates, connects,
// pauses and removes them here, and this service alone drives the provider for them.
//
// The database is the truth that several processes share (the admin command writes to it
// while the gateway runs); the provider is what this process drives. Provider reports are
// persisted first (state, linked phone) and then announced through this service's signals,
// so a slot reading the store sees what the signal says.
//
// Provider calls: a service drives the provider from construction, unless told not to with
// setDrivesProvider(false) — the engine does that in admin-command processes, which exit
// at once and must not leave half-done provider operations behind. Such a service only
// writes the store; the serving process picks the change up through reconcileWithStore()
// (or startAll() at its next start). startAll() turns driving on.
class EventOutbox;

class InstanceService : public QObject
{
    Q_OBJECT

public:
    InstanceService(Database &db, const Clock &clock, Provider &provider,
                    QObject *parent = nullptr);

    // name: [a-z0-9][a-z0-9-]{2,39} ("invalid_instance_name"), unique ("instance_exists").
    // The instance is stored in state connecting and the provider starts linking it at once
    // (SPEC §4: its QR code is there to scan). Emits instanceCreated, then qrCodeChanged.
    Result<InstanceRecord> create(const QString &name);
    // The same with an explicit provider name (non-empty, "validation_error"); kept for the
    // admin command and older callers. The engine's provider drives it whatever the name.
    Result<InstanceRecord> create(const QString &name, const QString &provider);
    QList<InstanceRecord> list() const; // by name
    std::optional<InstanceRecord> find(const QString &idOrName) const;

    // Every operation below takes the id or the name; an unknown one fails with
    // "invalid_instance". While not driving the provider, connect, restart and logout fail
    // with "not_running".

    // From close: connecting again (or straight to open if the provider still has a
    // session). From connecting or open: nothing changes. Note: hides QObject::connect
    // inside this class; use QObject::connect there.
    Result<InstanceRecord> connect(const QString &idOrName);
    // Closes and reopens the provider connection, for an instance that looks stuck: an open
    // one goes connecting and comes back open on the same linked phone (no new scan, the
    // warm-up keeps its day), a connecting one gets a fresh QR code. A closed one fails with
    // "instance_not_connected": connect it instead. The states follow as stateChanged.
    Result<InstanceRecord> restart(const QString &idOrName);
    // Unlinks the phone: close, linked phone cleared (when the provider confirms).
    Result<InstanceRecord> logout(const QString &idOrName);
    // Paused instances accept no sends; the reason is for people ("daily limit reached") and
    // is stored with the flag (instances.paused_reason). Pausing a paused instance again
    // only updates the reason; resuming clears it.
    Status pause(const QString &idOrName, const QString &reason);
    Status resume(const QString &idOrName);
    // Deletes it on the provider and from the store (API key scope rows go with it).
    Status remove(const QString &idOrName);
    // nullopt: no limit of the instance's own. "validation_error" for negative limits or a
    // monthly limit below the daily one.
    Status setLimits(const QString &idOrName, std::optional<qint64> daily,
                     std::optional<qint64> monthly);

    // The QR text the provider last gave for the instance (by id); empty when there is none
    // (open, closed, or not yet known). The image is rendered from it, 8 px per module.
    QString qrText(const QString &id) const;
    QImage qrImage(const QString &id) const;
    QString pausedReason(const QString &id) const; // empty when not paused or none given
    // Why the provider last said the instance is in its state ("logged_out",
    // "provider_unreachable", "missing_on_provider", …); empty when it gave none. Stored with
    // the state, also when the state itself did not change (a closed instance whose provider
    // then became unreachable).
    QString stateReason(const QString &id) const;

    // Start-up of the serving process: drives the provider from now on and brings every
    // stored instance back: open → linked again (the simulator's restoreLinked; a real
    // provider is asked to connect and reconnects its own session), connecting →
    // connecting (a fresh QR code), close → left closed.
    void startAll();
    // Catches up with changes another process (the admin command) made to the instances
    // table: rows new to this service start connecting as if created here (instanceCreated),
    // rows that vanished are deleted on the provider and forgotten (instanceRemoved).
    void reconcileWithStore();

    void setDrivesProvider(bool drives) { m_drivesProvider = drives; }
    bool drivesProvider() const { return m_drivesProvider; }
    Provider &provider() { return m_provider; }
    // Where instance events go (SPEC §6.2); without one, none are recorded.
    void setEventOutbox(EventOutbox *outbox) { m_outbox = outbox; }

    static bool isValidName(const QString &name);

signals:
    void instanceCreated(const QString &id);
    void instanceRemoved(const QString &id);
    void stateChanged(const QString &id, wag::InstanceState state, wag::InstanceState previous,
                      const QString &reason);
    void qrCodeChanged(const QString &id); // read it with qrText() / qrImage()
    void pausedChanged(const QString &id, bool paused, const QString &reason);
    void limitsChanged(const QString &id); // setLimits() stored new limits

private:
    Result<InstanceRecord> resolve(const QString &idOrName) const;
    Status changePaused(const QString &idOrName, bool paused, const QString &reason);
    void onProviderConnection(const QString &id, InstanceState state, const QString &reason,
                              const QString &phoneE164);
    void onProviderQrCode(const QString &id, const QString &qrText);
    void bringUp(const InstanceRecord &instance);
    void forget(const QString &id);
    static ProviderInstance providerInstance(const InstanceRecord &instance);

    Database &m_db;
    InstanceStore m_instances;
    const Clock &m_clock;
    Provider &m_provider;
    EventOutbox *m_outbox = nullptr;
    bool m_drivesProvider = true;
    bool m_started = false;
    QHash<QString, QString> m_known; // id → name of every instance this service has seen
    QHash<QString, QString> m_qrTexts;
    // Records by id and by name, for find() on the send path; valid while the
    // configuration version (bumped by any change to instances, in any process) holds.
    mutable QHash<QString, InstanceRecord> m_records;
    mutable qint64 m_recordsVersion = -1;
};

} // namespace wag
