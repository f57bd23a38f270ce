#pragma once

#include "events/gateway_event.h"
#include "events/opt_out_keywords.h"
#include "providers/provider.h"
#include "storage/inbound_message_store.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace wag {

class Clock;
class CommitScheduler;
class Database;
class EventOutbox;
class InstanceService;

struct InboundConfig
{
    qint64 conversationWindowMs = 24LL * 3600 * 1000;
    // Sent to a contact who just opted out by keyword; empty: no reply (the default).
    QString optOutConfirmation;
};

// What happens to everything a provider reports from contacts (SPEC §6.1), in this order:
// de-duplication on the provider's id → opt-out keywords → the inbound log → the contact's
// conversation window → events for the customer's webhooks → (3CX, later) → signals for
// the live front-ends. Each message is one transaction on the group-commit writer: the log
// row, the suppression change and the events are kept or lost together, and a repeated
// provider delivery finds its row and changes nothing.
class InboundPipeline final : public QObject
{
    Q_OBJECT
public:
    InboundPipeline(const Clock &clock, Database &database, CommitScheduler &commits,
                    InstanceService &instances, EventOutbox &outbox, OptOutKeywords keywords,
                    InboundConfig config, QObject *parent = nullptr);

    // Listens to the provider's contact events.
    void attach(Provider &provider);
    // Starts the timer that closes expired conversation windows.
    void start();

    void handleMessage(const QString &instanceId, const InboundMessage &message);
    void handleCall(const QString &instanceId, const CallEvent &call);
    void handleGroupUpdate(const QString &instanceId, const GroupUpdate &update);
    // Emits conversation.closed for every window that ran out (the timer calls it; tests
    // call it after moving their clock).
    void closeExpiredConversations();

    void setKeywords(OptOutKeywords keywords) { m_keywords = std::move(keywords); }
    void setConfig(InboundConfig config);

    // Sends the opt-out confirmation (set by the engine: it goes through the send service).
    using ConfirmationSender = std::function<void(const QString &instanceId, const QString &phone,
                                                  const QString &text)>;
    void setConfirmationSender(ConfirmationSender sender) { m_confirm = std::move(sender); }

signals:
    void messageRecorded(const wag::InboundMessageRecord &record);
    void optedOut(const QString &instanceId, const QString &phone, const QString &keyword);
    void optOutLifted(const QString &instanceId, const QString &phone, const QString &keyword);
    void callRecorded(const QString &instanceId, const wag::CallEvent &call);
    void groupUpdateRecorded(const QString &instanceId, const wag::GroupUpdate &update);
    void conversationClosed(const QString &instanceId, const QString &phone);

private:
    QString instanceName(const QString &instanceId) const;
    void scheduleSweep();

    const Clock &m_clock;
    Database &m_database;
    CommitScheduler &m_commits;
    InstanceService &m_instances;
    EventOutbox &m_outbox;
    OptOutKeywords m_keywords;
    InboundConfig m_config;
    ConfirmationSender m_confirm;
    QTimer m_sweepTimer;
    bool m_sweeping = false;
};

} // namespace wag
