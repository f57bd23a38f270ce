#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace wag {

class Database;

// One Idempotency-Key seen on the send API (SPEC §5). Keys live in the namespace of the API
// key that sent them. A row without a response is a request still in flight.
struct IdempotencyRecord
{
    qint64 apiKeyId = 0;
    QString key;
    QByteArray requestHash; // ASCII (hex) digest of the request body; stored as text
    std::optional<qint64> logId;
    std::optional<int> responseStatus; // HTTP status of the stored answer
    QByteArray responseBody;
    QDateTime createdAt;

    bool hasResponse() const { return responseStatus.has_value(); }
};

// The idempotency_keys table. Expiry (24 h) and the replay decisions belong to the caller.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(const Database &db) : m_db(db) { }

    // kStorageConflict if (apiKeyId, key) is already there: the caller looks it up and
    // decides between replay, "reused" and "in flight".
    Status insert(const IdempotencyRecord &record);
    // kStorageNotFound if there is no such row.
    Status setResponse(qint64 apiKeyId, const QString &key, int status, const QByteArray &body);
    Status setLogId(qint64 apiKeyId, const QString &key, qint64 logId);
    std::optional<IdempotencyRecord> find(qint64 apiKeyId, const QString &key) const;
    // Deletes rows with created_at < `before`. Returns how many; -1 on error.
    int purgeOlderThan(const QDateTime &before);

private:
    const Database &m_db;
};

} // namespace wag
