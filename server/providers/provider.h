#pragma once

#include "messaging/message_status.h"
#include "storage/instance_store.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace wag {

// The gateway's own view of an instance, as a provider needs it. Providers derive their
// own names from `id` (so two gateways can share one provider server).
struct ProviderInstance
{
    QString id;
    QString name;
};

struct SendResult
{
    bool accepted = false;
    QString externalId;     // the provider's message id when accepted
    QString failureReason;  // "not_on_whatsapp", "timeout", "not_connected", "provider_error"
    QString failureMessage; // for people and logs
};

struct InboundMessage
{
    QString externalId;
    QString fromE164;
    QString fromName;
    QString text;
    QString messageType = QStringLiteral("text"); // text, image, audio, video, document, …
    QString groupId;   // set for group messages
    QString groupName;
    QDateTime at;      // UTC
};

struct CallEvent
{
    enum class Kind { Offer, Missed };
    Kind kind = Kind::Offer;
    QString callId;
    QString fromE164;
    bool isVideo = false;
    QDateTime at;
};

struct GroupUpdate
{
    QString groupId;
    QString groupName;
    QString fromE164; // who made the change, when the provider says
    QString change;   // "created", "subject", "participants_added", "participants_removed", ...
    QString externalId; // the provider's id for this change, for de-duplication; may be empty
    QDateTime at;
};

// One messaging engine (the built-in simulator, Evolution API, later Meta Cloud API or
// WAHA) behind one interface. Calls are asynchronous and never block; results and
// everything the provider reports later arrive as signals. The engine never knows which
// provider it talks to.
class Provider : public QObject
{
    Q_OBJECT
public:
    using SendCallback = std::function<void(const SendResult &)>;

    using QObject::QObject;
    ~Provider() override = default;

    virtual QString name() const = 0;        // "simulator", "evolution"
    virtual QString displayName() const = 0; // shown to people: "Demo", "Evolution API"

    // Makes sure the instance exists on the provider and starts linking it: the state
    // goes to connecting and QR codes follow through qrCodeChanged, until it is open.
    virtual void connectInstance(const ProviderInstance &instance) = 0;
    // Closes and reopens the connection of a linked or linking instance; its session stays.
    // Open: connecting, then open again on the same linked phone (no new scan). Connecting:
    // a fresh QR code. A closed instance is left as it is: connect it instead.
    virtual void restartInstance(const ProviderInstance &instance) = 0;
    // Unlinks the phone; the instance stays and can be connected again.
    virtual void logoutInstance(const ProviderInstance &instance) = 0;
    // Removes the instance from the provider.
    virtual void deleteInstance(const ProviderInstance &instance) = 0;
    // Asks for the current state; the answer comes as connectionChanged.
    virtual void refreshState(const ProviderInstance &instance) = 0;
    // Sends one text to an E.164 number. `done` is called exactly once.
    virtual void sendText(const ProviderInstance &instance, const QString &e164,
                          const QString &text, SendCallback done) = 0;

signals:
    void connectionChanged(const QString &instanceId, wag::InstanceState state,
                           const QString &reason, const QString &phoneE164);
    // The text to encode as a QR code for linking; empty when there is none (linked, closed).
    void qrCodeChanged(const QString &instanceId, const QString &qrText);
    void messageStatusChanged(const QString &instanceId, const QString &externalId,
                              wag::MessageStatus status, const QString &error);
    void messageReceived(const QString &instanceId, const wag::InboundMessage &message);
    void callReceived(const QString &instanceId, const wag::CallEvent &call);
    void groupUpdated(const QString &instanceId, const wag::GroupUpdate &update);
};

} // namespace wag
