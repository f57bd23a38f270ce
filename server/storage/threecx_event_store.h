#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace wag {

class Database;

// One row of the 3CX event log: what a webhook call asked for and what the gateway did,
// sanitized (SPEC §7): a masked phone for people, a keyed hash of the number for the
// cooldown, never a message text.
struct ThreecxEventRecord
{
    qint64 id = 0;
    QString integrationId;
    QString eventType;   // as sent; "-" when the body had none (or was not readable)
    QString phoneMasked; // empty: no phone
    QString phoneHash;   // empty: no phone
    QString action;      // sent, logged, skipped, refused
    int httpStatus = 200;
    QString error;       // the answer's error code, when refused
    QString reason;      // why skipped, or the real reason behind a refusal (admins only)
    QString messageId;   // when a message was sent
    QDateTime createdAt;
};

// The threecx_events table.
class ThreecxEventStore
{
public:
    explicit ThreecxEventStore(const Database &db) : m_db(db) { }

    Result<qint64> insert(const ThreecxEventRecord &record);
    // The time of the latest message sent for (integration, event type, phone hash) at or
    // after `since`; invalid if none.
    QDateTime lastSentSince(const QString &integrationId, const QString &eventType, const QString &phoneHash,
                            const QDateTime &since) const;
    // Newest first; beforeId > 0 pages back from that row.
    QList<ThreecxEventRecord> page(const QString &integrationId, int limit, qint64 beforeId = 0) const;
    int purgeOlderThan(const QDateTime &before);

private:
    const Database &m_db;
};

} // namespace wag
