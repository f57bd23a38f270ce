#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

enum class InstanceState { Close, Connecting, Open };

// States are stored by the names SPEC uses: "close", "connecting", "open".
QString instanceStateName(InstanceState state);
std::optional<InstanceState> parseInstanceState(const QString &name);

struct InstanceRecord
{
    QString id;
    QString name;
    QString provider;
    InstanceState state = InstanceState::Close;
    QString linkedPhone; // E.164; empty while not linked
    bool paused = false;
    QString pausedReason; // why it is paused (admin note, guard rule); empty when not paused
    QString stateReason;  // the provider's reason for the state ("logged_out", …); may be empty
    std::optional<qint64> dailyLimit; // nullopt: no limit of its own
    std::optional<qint64> monthlyLimit;
    QDateTime linkedAt;
    QDateTime createdAt;
};

// The instances table. No validation: InstanceService decides what a valid instance is.
class InstanceStore
{
public:
    explicit InstanceStore(Database &db) : m_db(db) { }

    Status insert(const InstanceRecord &instance);
    std::optional<InstanceRecord> findById(const QString &id) const;
    std::optional<InstanceRecord> findByName(const QString &name) const;
    // Ids ("inst_…") and names (no underscore allowed) cannot collide, so one query serves
    // every API that "accepts the id or the name".
    std::optional<InstanceRecord> findByIdOrName(const QString &idOrName) const;
    QList<InstanceRecord> all() const; // by name

    Status setState(const QString &id, InstanceState state);
    Status setStateReason(const QString &id, const QString &reason);
    // Phone and time go together: linking sets both, unlinking (empty phone) clears both.
    Status setLinkedPhone(const QString &id, const QString &phone, const QDateTime &linkedAt);
    // Flag and reason go together: pausing stores `reason` (empty: none given), resuming
    // clears it.
    Status setPaused(const QString &id, bool paused, const QString &reason);
    Status setPaused(const QString &id, bool paused) { return setPaused(id, paused, QString()); }
    Status setLimits(const QString &id, std::optional<qint64> daily, std::optional<qint64> monthly);
    Status remove(const QString &id); // also drops API key scope rows (cascade)

private:
    Database &m_db;
};

} // namespace wag
