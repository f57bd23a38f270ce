#include "instance_store.h"

#include "core/logging.h"
#include "storage/database.h"

namespace wag {

namespace {

QString selectInstances(QLatin1String tail)
{
    return QLatin1String("SELECT id, name, provider, state, linked_phone, paused, daily_limit,"
                         " monthly_limit, linked_at, created_at, paused_reason, state_reason FROM instances ")
        + tail;
}

QVariant toSqlLimit(std::optional<qint64> limit)
{
    return limit ? QVariant(*limit) : QVariant();
}

std::optional<qint64> fromSqlLimit(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<InstanceRecord> readInstance(const QSqlQuery &query)
{
    const std::optional<InstanceState> state = parseInstanceState(query.value(3).toString());
    if (!state) {
        qCWarning(lcStorage) << "instance" << query.value(0).toString() << "has unknown state"
                             << query.value(3).toString();
        return std::nullopt;
    }
    InstanceRecord instance;
    instance.id = query.value(0).toString();
    instance.name = query.value(1).toString();
    instance.provider = query.value(2).toString();
    instance.state = *state;
    instance.linkedPhone = query.value(4).toString();
    instance.paused = query.value(5).toLongLong() != 0;
    instance.dailyLimit = fromSqlLimit(query.value(6));
    instance.monthlyLimit = fromSqlLimit(query.value(7));
    instance.linkedAt = fromSqlTime(query.value(8));
    instance.createdAt = fromSqlTime(query.value(9));
    instance.pausedReason = query.value(10).toString();
    instance.stateReason = query.value(11).toString();
    return instance;
}

} // namespace

QString instanceStateName(InstanceState state)
{
    switch (state) {
    case InstanceState::Close: return QStringLiteral("close");
    case InstanceState::Connecting: return QStringLiteral("connecting");
    case InstanceState::Open: return QStringLiteral("open");
    }
    return QString();
}

std::optional<InstanceState> parseInstanceState(const QString &name)
{
    if (name == u"close")
        return InstanceState::Close;
    if (name == u"connecting")
        return InstanceState::Connecting;
    if (name == u"open")
        return InstanceState::Open;
    return std::nullopt;
}

Status InstanceStore::insert(const InstanceRecord &instance)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO instances (id, name, provider, state, linked_phone, paused,"
                       " daily_limit, monthly_limit, linked_at, created_at, paused_reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {instance.id, instance.name, instance.provider, instanceStateName(instance.state),
         instance.linkedPhone.isEmpty() ? QVariant() : QVariant(instance.linkedPhone),
         instance.paused ? 1 : 0, toSqlLimit(instance.dailyLimit),
         toSqlLimit(instance.monthlyLimit), toSqlTime(instance.linkedAt),
         toSqlTime(instance.createdAt),
         instance.paused && !instance.pausedReason.isEmpty() ? QVariant(instance.pausedReason)
                                                             : QVariant()});
}

std::optional<InstanceRecord> InstanceStore::findById(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectInstances(QLatin1String("WHERE id = ?")), {id}) || !query.next())
        return std::nullopt;
    return readInstance(query);
}

std::optional<InstanceRecord> InstanceStore::findByName(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectInstances(QLatin1String("WHERE name = ?")), {name})
        || !query.next())
        return std::nullopt;
    return readInstance(query);
}

std::optional<InstanceRecord> InstanceStore::findByIdOrName(const QString &idOrName) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectInstances(QLatin1String("WHERE id = ? OR name = ?")),
                   {idOrName, idOrName})
        || !query.next())
        return std::nullopt;
    return readInstance(query);
}

QList<InstanceRecord> InstanceStore::all() const
{
    QList<InstanceRecord> instances;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, selectInstances(QLatin1String("ORDER BY name"))))
        return instances;
    while (query.next()) {
        if (std::optional<InstanceRecord> instance = readInstance(query))
            instances.append(std::move(*instance));
    }
    return instances;
}

Status InstanceStore::setState(const QString &id, InstanceState state)
{
    return m_db.execOnRow(QStringLiteral("UPDATE instances SET state = ? WHERE id = ?"),
                          {instanceStateName(state), id});
}

Status InstanceStore::setStateReason(const QString &id, const QString &reason)
{
    return m_db.execOnRow(QStringLiteral("UPDATE instances SET state_reason = ? WHERE id = ?"),
                          {reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason), id});
}

Status InstanceStore::setLinkedPhone(const QString &id, const QString &phone,
                                     const QDateTime &linkedAt)
{
    const bool linked = !phone.isEmpty();
    return m_db.execOnRow(
        QStringLiteral("UPDATE instances SET linked_phone = ?, linked_at = ? WHERE id = ?"),
        {linked ? QVariant(phone) : QVariant(), linked ? toSqlTime(linkedAt) : QVariant(), id});
}

Status InstanceStore::setPaused(const QString &id, bool paused, const QString &reason)
{
    const bool withReason = paused && !reason.isEmpty();
    return m_db.execOnRow(
        QStringLiteral("UPDATE instances SET paused = ?, paused_reason = ? WHERE id = ?"),
        {paused ? 1 : 0, withReason ? QVariant(reason) : QVariant(), id});
}

Status InstanceStore::setLimits(const QString &id, std::optional<qint64> daily,
                                std::optional<qint64> monthly)
{
    return m_db.execOnRow(
        QStringLiteral("UPDATE instances SET daily_limit = ?, monthly_limit = ? WHERE id = ?"),
        {toSqlLimit(daily), toSqlLimit(monthly), id});
}

Status InstanceStore::remove(const QString &id)
{
    return m_db.execOnRow(QStringLiteral("DELETE FROM instances WHERE id = ?"), {id});
}

} // namespace wag
