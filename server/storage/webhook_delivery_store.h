#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

class Database;

enum class DeliveryState { Pending, Delivered, Failed };
QString deliveryStateName(DeliveryState state);

// A delivery the dispatcher should attempt now, with what it needs to make the request.
struct DueDelivery
{
    qint64 id = 0;
    QString destinationId;
    int attempts = 0; // made so far
    QString eventId;
    QString eventType;
    QByteArray body;
    QDateTime eventCreatedAt;
};

// One attempt, as the delivery log shows it.
struct WebhookAttemptRecord
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    QString destinationId;
    QString eventId;
    QString eventType; // filled by attempts(), not stored
    int attempt = 0;   // 1 for the first
    int statusCode = 0; // 0: no HTTP answer
    qint64 latencyMs = 0;
    QString error;
    QByteArray responseExcerpt; // first 1 KiB
    QDateTime createdAt;
};

struct DeliveryRecord
{
    qint64 id = 0;
    QString destinationId;
    QString eventId;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatusCode = 0;
    QString lastError;
};

// The webhook_deliveries and webhook_attempts tables.
class WebhookDeliveryStore
{
public:
    explicit WebhookDeliveryStore(const Database &db) : m_db(db) { }

    // Pending deliveries due at `now` to enabled destinations, oldest due first. Those to
    // `skipDestinations` are left out: the dispatcher names the destinations already at
    // their concurrency cap, so their backlog cannot fill the page and starve the others.
    QList<DueDelivery> due(const QDateTime &now, int limit,
                           const QStringList &skipDestinations = {}) const;
    // When the next pending delivery to an enabled destination is due; invalid if none.
    QDateTime nextDueAt() const;

    // Logs the attempt and moves the delivery on: to `state`, and when still pending, to
    // `nextAttemptAt`.
    Status recordAttempt(const WebhookAttemptRecord &attempt, DeliveryState state,
                         const QDateTime &nextAttemptAt);

    // Makes the event's deliveries pending again, due at `at`, with a fresh retry schedule,
    // and adds deliveries for enabled destinations of its instance that subscribe to it and
    // never had one. destinationId empty: every destination. Returns how many are pending.
    Result<int> redeliverEvent(const QString &eventId, const QString &destinationId, const QDateTime &at);
    // The same for every event of the instance created in [from, to).
    Result<int> redeliverRange(const QString &instanceId, const QString &destinationId,
                               const QDateTime &from, const QDateTime &to, const QDateTime &at);

    QList<DeliveryRecord> forEvent(const QString &eventId) const;
    // The delivery log of one destination, newest first; beforeId > 0 pages back.
    QList<WebhookAttemptRecord> attempts(const QString &destinationId, int limit, qint64 beforeId = 0) const;
    int pendingCount(const QString &destinationId = {}) const; // -1 on error

private:
    const Database &m_db;
};

} // namespace wag
