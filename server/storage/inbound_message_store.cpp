#include "inbound_message_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

#include <QSqlQuery>

namespace wag {

Result<bool> InboundMessageStore::insertIfNew(InboundMessageRecord &r)
{
    QSqlQuery query(m_db.connection());
    const Status s = m_db.exec(
        query,
        QStringLiteral("INSERT OR IGNORE INTO inbound_messages (instance_id, external_id, from_phone,"
                       " from_name, text, message_type, group_id, group_name, opt_out_keyword,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.instanceId, r.externalId, textOrNull(r.fromPhone), textOrNull(r.fromName), r.text,
         r.messageType, textOrNull(r.groupId), textOrNull(r.groupName), textOrNull(r.optOutKeyword),
         toSqlTime(r.createdAt)});
    if (!s)
        return s.failure();
    if (query.numRowsAffected() == 0)
        return false;
    r.id = query.lastInsertId().toLongLong();
    return true;
}

Status InboundMessageStore::setOptOutKeyword(qint64 id, const QString &keyword)
{
    return m_db.execOnRow(QStringLiteral("UPDATE inbound_messages SET opt_out_keyword = ? WHERE id = ?"),
                          {keyword, id});
}

QList<InboundMessageRecord> InboundMessageStore::list(const InboundMessageFilter &filter) const
{
    SqlFilter where;
    where.addText(QStringLiteral("instance_id = ?"), filter.instanceId);
    if (!filter.phone.isEmpty())
        where.add(QStringLiteral("instr(from_phone, ?) > 0"), filter.phone);
    where.addCreatedWithin(filter.from, filter.to);
    if (filter.beforeId > 0)
        where.add(QStringLiteral("id < ?"), filter.beforeId);
    QVariantList bindings = where.bindings();
    bindings << qMax(0, filter.limit);
    QList<InboundMessageRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT id, instance_id, external_id, from_phone, from_name, text,"
                                  " message_type, group_id, group_name, opt_out_keyword, created_at"
                                  " FROM inbound_messages ")
                       + where.whereClause() + QStringLiteral("ORDER BY id DESC LIMIT ?"),
                   bindings))
        return out;
    while (query.next()) {
        InboundMessageRecord r;
        r.id = query.value(0).toLongLong();
        r.instanceId = query.value(1).toString();
        r.externalId = query.value(2).toString();
        r.fromPhone = query.value(3).toString();
        r.fromName = query.value(4).toString();
        r.text = query.value(5).toString();
        r.messageType = query.value(6).toString();
        r.groupId = query.value(7).toString();
        r.groupName = query.value(8).toString();
        r.optOutKeyword = query.value(9).toString();
        r.createdAt = fromSqlTime(query.value(10));
        out.append(r);
    }
    return out;
}

int InboundMessageStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("inbound_messages"), before);
}

Result<ConversationStore::Touch> ConversationStore::touch(const QString &instanceId, const QString &phone,
                                                          const QDateTime &at, qint64 windowMs)
{
    QSqlQuery query(m_db.connection());
    const Status read = m_db.exec(query,
                                  QStringLiteral("SELECT opened_at, last_inbound_at, closed_at FROM conversations"
                                                 " WHERE instance_id = ? AND phone = ?"),
                                  {instanceId, phone});
    if (!read)
        return read.failure();
    Touch touch;
    touch.conversation.instanceId = instanceId;
    touch.conversation.phone = phone;
    touch.conversation.lastInboundAt = at;
    bool exists = false;
    if (query.next()) {
        exists = true;
        const QDateTime openedAt = fromSqlTime(query.value(0));
        const QDateTime last = fromSqlTime(query.value(1));
        const bool closed = !query.value(2).isNull();
        const bool expired = closed || last.msecsTo(at) >= windowMs;
        touch.opened = expired;
        touch.conversation.openedAt = expired ? at : openedAt;
        // An inbound message delivered late must not move the window back.
        if (!expired && last > at)
            touch.conversation.lastInboundAt = last;
    } else {
        touch.opened = true;
        touch.conversation.openedAt = at;
    }
    m_db.releaseStatements();
    const Status write = exists
        ? m_db.exec(QStringLiteral("UPDATE conversations SET opened_at = ?, last_inbound_at = ?,"
                                   " closed_at = NULL WHERE instance_id = ? AND phone = ?"),
                    {toSqlTime(touch.conversation.openedAt), toSqlTime(touch.conversation.lastInboundAt),
                     instanceId, phone})
        : m_db.exec(QStringLiteral("INSERT INTO conversations (instance_id, phone, opened_at,"
                                   " last_inbound_at) VALUES (?, ?, ?, ?)"),
                    {instanceId, phone, toSqlTime(at), toSqlTime(at)});
    if (!write)
        return write.failure();
    return touch;
}

Result<QList<ConversationRecord>> ConversationStore::closeExpired(const QDateTime &now, qint64 windowMs,
                                                                  int limit)
{
    const QDateTime cutoff = now.addMSecs(-windowMs);
    QList<ConversationRecord> expired;
    {
        QSqlQuery query(m_db.connection());
        const Status read = m_db.exec(query,
                                      QStringLiteral("SELECT instance_id, phone, opened_at, last_inbound_at"
                                                     " FROM conversations WHERE closed_at IS NULL"
                                                     " AND last_inbound_at <= ? ORDER BY last_inbound_at LIMIT ?"),
                                      {toSqlTime(cutoff), qMax(0, limit)});
        if (!read)
            return read.failure();
        while (query.next()) {
            ConversationRecord c;
            c.instanceId = query.value(0).toString();
            c.phone = query.value(1).toString();
            c.openedAt = fromSqlTime(query.value(2));
            c.lastInboundAt = fromSqlTime(query.value(3));
            // The window closed when it ran out, not when this sweep noticed.
            c.closedAt = c.lastInboundAt.addMSecs(windowMs);
            expired.append(c);
        }
    }
    m_db.releaseStatements();
    for (const ConversationRecord &c : expired) {
        const Status s = m_db.exec(QStringLiteral("UPDATE conversations SET closed_at = ?"
                                                  " WHERE instance_id = ? AND phone = ?"),
                                   {toSqlTime(c.closedAt), c.instanceId, c.phone});
        if (!s)
            return s.failure();
    }
    return expired;
}

QList<ConversationRecord> ConversationStore::list(int limit) const
{
    QList<ConversationRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT instance_id, phone, opened_at, last_inbound_at, closed_at"
                                  " FROM conversations ORDER BY last_inbound_at DESC LIMIT ?"),
                   {qMax(0, limit)}))
        return out;
    while (query.next()) {
        ConversationRecord c;
        c.instanceId = query.value(0).toString();
        c.phone = query.value(1).toString();
        c.openedAt = fromSqlTime(query.value(2));
        c.lastInboundAt = fromSqlTime(query.value(3));
        c.closedAt = fromSqlTime(query.value(4));
        out.append(c);
    }
    return out;
}

QDateTime ConversationStore::nextExpiry(qint64 windowMs) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT MIN(last_inbound_at) FROM conversations WHERE closed_at IS NULL"))
        || !query.next() || query.value(0).isNull())
        return {};
    return fromSqlTime(query.value(0)).addMSecs(windowMs);
}

std::optional<ConversationRecord> ConversationStore::find(const QString &instanceId, const QString &phone) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT opened_at, last_inbound_at, closed_at FROM conversations"
                                  " WHERE instance_id = ? AND phone = ?"),
                   {instanceId, phone})
        || !query.next())
        return std::nullopt;
    ConversationRecord c;
    c.instanceId = instanceId;
    c.phone = phone;
    c.openedAt = fromSqlTime(query.value(0));
    c.lastInboundAt = fromSqlTime(query.value(1));
    c.closedAt = fromSqlTime(query.value(2));
    return c;
}

Result<bool> SeenProviderEventStore::markSeen(const QString &instanceId, const QString &kind,
                                              const QString &externalId, const QDateTime &at)
{
    QSqlQuery query(m_db.connection());
    const Status s = m_db.exec(query,
                               QStringLiteral("INSERT OR IGNORE INTO provider_events_seen (instance_id, kind,"
                                              " external_id, created_at) VALUES (?, ?, ?, ?)"),
                               {instanceId, kind, externalId, toSqlTime(at)});
    if (!s)
        return s.failure();
    return query.numRowsAffected() > 0;
}

int SeenProviderEventStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("provider_events_seen"), before);
}

} // namespace wag
