#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "core/deadline_queue.h"
#include "providers/provider.h"

#include <QHash>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

class QTimer;

namespace wag {

struct SimulatorOptions
{
    int sendLatencyMs = 0;       // until a send is answered; 0: the next event-loop turn
    int deliveredDelayMs = 1000; // from the send to the "delivered" receipt; <= 0: none
    int readDelayMs = 3000;      // from the send to the "read" receipt; <= 0: none
    int qrRefreshMs = 20000;     // a new QR text this often while connecting, like WhatsApp
    int lateAnswerMs = 30000;    // …0003 numbers: accepted, but only after this long
};

// The built-in provider ("Demo"): a WhatsApp account with a phone attached, simulated in
// memory and deterministically, so the whole product can be tried and tested on one
// machine without an account. Tests, demos and the loopback-only /simulator/... routes act
// as the phone and the contacts through the control operations below.
//
// Life of an instance: connectInstance → connecting, with a QR text
// "WAG-SIM:<instance id>:<n>" that changes every qrRefreshMs → scan() → open, linked to
// phoneFor(id) → logout → close ("logged_out"), or disconnect() → close
// ("connection_lost"; the session survives, so connecting again goes straight to open,
// as a real phone coming back online does). restartInstance on an open instance reports
// connecting ("restarting") at once and open again, on the same linked phone, on the next
// event-loop turn; on a connecting one it gives a fresh QR text; a closed or unknown one is
// left alone (as Evolution refuses to restart a closed instance).
//
// Sends, by the recipient's last digits (so every outcome can be provoked on purpose):
//   …0000 → refused, "not_on_whatsapp"      …0001 → never answered (tests send timeouts)
//   …0002 → refused, "provider_error"       …0003 → accepted after lateAnswerMs (tests
//   answers that come after the send timeout)  anything else → accepted, external id
//   "SIM" + 16 upper-case hex digits, then "delivered" and "read" receipts.
// Every answer arrives from the event loop, never inside sendText, as with a real provider.
//
// Everything lives in memory: a restarted gateway has a simulator that knows nothing. The
// InstanceService therefore calls restoreLinked() at start-up for instances it stored as
// open; a real provider keeps its sessions on its own server and reconnects by itself.
class SimulatorProvider final : public Provider
{
    Q_OBJECT
public:
    explicit SimulatorProvider(SimulatorOptions options = {},
                               const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SimulatorProvider() override;

    // Takes effect for what happens next: sends made from now on, the next QR rotation.
    void setOptions(const SimulatorOptions &options);
    const SimulatorOptions &options() const { return m_options; }

    QString name() const override;        // "simulator"
    QString displayName() const override; // "Demo"

    void connectInstance(const ProviderInstance &instance) override;
    void restartInstance(const ProviderInstance &instance) override;
    void logoutInstance(const ProviderInstance &instance) override;
    void deleteInstance(const ProviderInstance &instance) override;
    void refreshState(const ProviderInstance &instance) override;
    void sendText(const ProviderInstance &instance, const QString &e164, const QString &text,
                  SendCallback done) override;

    // Makes an instance open on `phoneE164` (phoneFor(id) when empty) without a scan: the
    // restart path described above.
    void restoreLinked(const ProviderInstance &instance, const QString &phoneE164);

    // --- Control: the phone and the contacts --------------------------------------------
    // Failure codes: "unknown_instance" (never connected here), "instance_not_connected"
    // (not open), "unknown_message", "validation_error".

    // The phone scans the QR code: links from any state (connecting, close, already open)
    // and goes open.
    Status scan(const QString &instanceId);
    // A contact writes to the linked number; emits messageReceived. Gives the external id
    // ("SIMIN" + 16 hex digits). fromE164: '+' and 8 to 15 digits; text not empty.
    // A given `externalId` is used as is, so tests can deliver the same message twice, as
    // real providers do.
    Result<QString> inbound(const QString &instanceId, const QString &fromE164,
                            const QString &text, const QString &fromName = {},
                            const QString &groupId = {}, const QString &groupName = {},
                            const QString &externalId = {});
    // A receipt for a message this simulator sent (its external id); any of sent,
    // delivered, read, failed, in any order (the engine must cope with that).
    Status receipt(const QString &instanceId, const QString &externalId, MessageStatus status);
    // A contact calls: status "offer" (ringing) or "missed". Gives the call id.
    // A given `callId` ties a "missed" to the "offer" before it.
    Result<QString> call(const QString &instanceId, const QString &fromE164,
                         const QString &status, const QString &callId = {}, bool isVideo = false);
    // A group the linked number is in changed; emits groupUpdated. Gives the change's id.
    Result<QString> groupUpdate(const QString &instanceId, const QString &groupId,
                                const QString &groupName, const QString &fromE164,
                                const QString &change);
    // The phone goes offline: close with reason "connection_lost" (from open or
    // connecting). Note: hides QObject::disconnect in this class; use QObject::disconnect.
    Status disconnect(const QString &instanceId);

    // --- What the simulated phone knows (for tests and the control routes) ---------------
    bool knows(const QString &instanceId) const;
    InstanceState state(const QString &instanceId) const; // close for unknown instances
    QString linkedPhone(const QString &instanceId) const;
    QString qrText(const QString &instanceId) const;

    // The number an instance links to: "+1555" and 7 digits taken from the SHA-256 of the
    // instance id (the first 8 bytes, big-endian, modulo 10^7, zero-padded). Stable across
    // restarts and machines; 555 numbers are the fictional range of the NANP.
    static QString phoneFor(const QString &instanceId);

private:
    struct Phone
    {
        QString name;
        InstanceState state = InstanceState::Close;
        QString linkedPhone; // set while a session exists (open, or offline after disconnect)
        QString qrText;
        int qrCounter = 0;
        std::unique_ptr<QTimer> qrTimer;
        bool reopening = false; // restarted while open: back to open on the next turn
    };
    struct SentMessage
    {
        QString instanceId;
        QString recipient;
    };

    std::optional<Failure> refuseContactEvent(const QString &instanceId, const QString &fromE164) const;
    Phone *phone(const QString &instanceId);
    const Phone *phone(const QString &instanceId) const;
    Phone &ensurePhone(const ProviderInstance &instance);
    void startQr(const QString &instanceId, Phone &p);
    void stopQr(Phone &p);
    void rotateQr(const QString &instanceId);
    void goOpen(const QString &instanceId, Phone &p, const QString &phoneE164);
    void goClosed(const QString &instanceId, Phone &p, const QString &reason, bool endSession);
    void finishRestart(const QString &instanceId);
    void rememberSent(const QString &externalId, const QString &instanceId,
                      const QString &recipient);
    void scheduleReceipts(const QString &instanceId, const QString &externalId,
                          const SimulatorOptions &options);
    void emitReceiptIfStillLinked(const QString &instanceId, const QString &externalId,
                                  MessageStatus status);
    QString nextId(const QString &prefix);
    static Failure unknownInstance(const QString &instanceId);
    static Failure notConnected(const QString &instanceId);

    SimulatorOptions m_options;
    const Clock &m_clock;
    std::unordered_map<QString, Phone> m_phones; // not QHash: Phone is move-only
    // Sent messages, so receipt() can tell its own ids from made-up ones. Bounded: a
    // benchmark sending millions must not grow the process without end.
    QHash<QString, SentMessage> m_sent;
    std::deque<QString> m_sentOrder;
    quint64 m_idBase = 0; // random per process: ids stay unique across restarts
    quint64 m_idCounter = 0;
    DeadlineQueue m_receipts; // send answers and receipts, one timer for all
};

} // namespace wag
