#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

// One decision of the guard (SPEC §5.1: "every decision is logged as a policy event").
struct PolicyEventRecord
{
    qint64 id = 0;
    QString instanceId; // empty: not tied to an instance
    std::optional<qint64> logId; // the message log row it decided, if any
    QString rule;
    QString action; // allow, slow, block, pause, resume (not checked here)
    std::optional<int> riskScore;
    QString detail;
    QDateTime createdAt;
};

// Every field is optional; the result is newest first.
struct PolicyEventFilter
{
    QString instanceId;
    QString action;
    QDateTime from; // created_at >= from
    QDateTime to; // created_at < to
    int limit = 100;
    qint64 beforeId = 0; // keyset paging: only id < beforeId (0: no bound)
};

// The policy_events table.
class PolicyEventStore
{
public:
    explicit PolicyEventStore(const Database &db) : m_db(db) { }

    // Inserts `event` (its id is ignored); returns the new id.
    Result<qint64> insert(const PolicyEventRecord &event);
    QList<PolicyEventRecord> list(const PolicyEventFilter &filter) const;
    // Retention: deletes events with created_at < `before`. Returns how many; -1 on error.
    int purgeOlderThan(const QDateTime &before);

private:
    const Database &m_db;
};

} // namespace wag
