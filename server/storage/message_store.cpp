#include "message_store.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/store_sql.h"

namespace wag {

namespace {

const QLatin1String kColumns(
    "SELECT log_id, message_id, instance_id, api_key_id, api_key_prefix, phone, text, purpose,"
    " reference, status, outcome, rule, risk_score, external_id, error, due_at, created_at,"
    " updated_at, sent_at, delivered_at, read_at FROM messages ");

template<typename T>
QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<MessageRecord> readMessage(const QSqlQuery &query)
{
    const std::optional<MessageStatus> status = parseMessageStatus(query.value(9).toString());
    if (!status) {
        qCWarning(lcStorage) << "message" << query.value(0).toLongLong() << "has unknown status"
                             << query.value(9).toString();
        return std::nullopt;
    }
    MessageRecord message;
    message.logId = query.value(0).toLongLong();
    message.messageId = query.value(1).toString();
    message.instanceId = query.value(2).toString();
    if (!query.value(3).isNull())
        message.apiKeyId = query.value(3).toLongLong();
    message.apiKeyPrefix = query.value(4).toString();
    message.phone = query.value(5).toString();
    message.text = query.value(6).toString();
    message.purpose = query.value(7).toString();
    message.reference = query.value(8).toString();
    message.status = *status;
    message.outcome = query.value(10).toString();
    message.rule = query.value(11).toString();
    if (!query.value(12).isNull())
        message.riskScore = query.value(12).toInt();
    message.externalId = query.value(13).toString();
    message.error = query.value(14).toString();
    message.dueAt = fromSqlTime(query.value(15));
    message.createdAt = fromSqlTime(query.value(16));
    message.updatedAt = fromSqlTime(query.value(17));
    message.sentAt = fromSqlTime(query.value(18));
    message.deliveredAt = fromSqlTime(query.value(19));
    message.readAt = fromSqlTime(query.value(20));
    return message;
}

} // namespace

Result<qint64> MessageStore::insert(const MessageRecord &message)
{
    const QDateTime updatedAt = message.updatedAt.isValid() ? message.updatedAt : message.createdAt;
    return m_db.insert(
        QStringLiteral("INSERT INTO messages (message_id, instance_id, api_key_id, api_key_prefix,"
                       " phone, text, purpose, reference, status, outcome, rule, risk_score,"
                       " external_id, error, due_at, created_at, updated_at, sent_at,"
                       " delivered_at, read_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {textOrNull(message.messageId), textOrNull(message.instanceId),
         optionalOrNull(message.apiKeyId), textOrNull(message.apiKeyPrefix),
         textOrNull(message.phone.left(kMaxPhoneLength)), textOrNull(message.text),
         textOrNull(message.purpose), textOrNull(message.reference),
         messageStatusName(message.status), textOrNull(message.outcome),
         textOrNull(message.rule), optionalOrNull(message.riskScore),
         textOrNull(message.externalId), textOrNull(message.error), toSqlTime(message.dueAt),
         toSqlTime(message.createdAt), toSqlTime(updatedAt), toSqlTime(message.sentAt),
         toSqlTime(message.deliveredAt), toSqlTime(message.readAt)});
}

Status MessageStore::updateStatus(qint64 logId, MessageStatus status, const QDateTime &at,
                                  const QString &externalId, const QString &outcome,
                                  const QString &error)
{
    QString timeColumns;
    switch (status) {
    case MessageStatus::Sent: timeColumns = QStringLiteral(", sent_at = ?"); break;
    case MessageStatus::Delivered: timeColumns = QStringLiteral(", delivered_at = ?"); break;
    case MessageStatus::Read:
        timeColumns = QStringLiteral(", read_at = ?, delivered_at = COALESCE(delivered_at, ?)");
        break;
    case MessageStatus::Queued:
    case MessageStatus::Sending:
    case MessageStatus::Failed:
    case MessageStatus::Blocked: break;
    }
    QVariantList bindings{messageStatusName(status), toSqlTime(at), textOrNull(externalId),
                          textOrNull(outcome), textOrNull(error)};
    if (status == MessageStatus::Sent || status == MessageStatus::Delivered)
        bindings.append(toSqlTime(at));
    if (status == MessageStatus::Read)
        bindings << toSqlTime(at) << toSqlTime(at);
    bindings.append(logId);
    return m_db.execOnRow(QStringLiteral("UPDATE messages SET status = ?, updated_at = ?,"
                                         " external_id = COALESCE(?, external_id),"
                                         " outcome = COALESCE(?, outcome),"
                                         " error = COALESCE(?, error)")
                              + timeColumns + QStringLiteral(" WHERE log_id = ?"),
                          bindings);
}

std::optional<MessageRecord> MessageStore::findByLogId(qint64 logId) const
{
    QList<MessageRecord> found = select(QStringLiteral("WHERE log_id = ?"), {logId});
    return found.isEmpty() ? std::nullopt : std::optional(found.takeFirst());
}

std::optional<MessageRecord> MessageStore::findByMessageId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return std::nullopt;
    QList<MessageRecord> found = select(QStringLiteral("WHERE message_id = ?"), {messageId});
    return found.isEmpty() ? std::nullopt : std::optional(found.takeFirst());
}

std::optional<MessageRecord> MessageStore::findByExternalId(const QString &instanceId,
                                                            const QString &externalId) const
{
    if (externalId.isEmpty())
        return std::nullopt;
    QList<MessageRecord> found = select(
        QStringLiteral("WHERE instance_id = ? AND external_id = ? ORDER BY log_id DESC LIMIT 1"),
        {instanceId, externalId});
    return found.isEmpty() ? std::nullopt : std::optional(found.takeFirst());
}

QList<MessageRecord> MessageStore::inStatus(MessageStatus status, int limit) const
{
    // The status is written into the statement, not bound: only then can SQLite see that
    // the partial index messages_status_due (queued and sending only) covers the query.
    return select(QStringLiteral("WHERE status = '%1' ORDER BY COALESCE(due_at, created_at), log_id LIMIT ?")
                      .arg(messageStatusName(status)),
                  {qMax(0, limit)});
}

int MessageStore::countAccepted(const QString &instanceId, const QDateTime &from,
                                const QDateTime &to) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT COUNT(*) FROM messages WHERE instance_id = ?"
                                  " AND created_at >= ? AND created_at < ?"
                                  " AND status <> 'blocked'"),
                   {instanceId, toSqlTime(from), toSqlTime(to)})
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<MessageRecord> MessageStore::recentAccepted(const QString &instanceId, int limit) const
{
    return select(QStringLiteral("WHERE instance_id = ? AND status <> 'blocked'"
                                 " ORDER BY created_at DESC, log_id DESC LIMIT ?"),
                  {instanceId, qMax(0, limit)});
}

QList<MessageRecord> MessageStore::list(const MessageFilter &filter) const
{
    SqlFilter where;
    where.addText(QStringLiteral("instance_id = ?"), filter.instanceId);
    where.addText(QStringLiteral("phone = ?"), filter.phone);
    where.addCreatedWithin(filter.from, filter.to);
    if (filter.status)
        where.add(QStringLiteral("status = ?"), messageStatusName(*filter.status));
    if (filter.beforeLogId > 0)
        where.add(QStringLiteral("log_id < ?"), filter.beforeLogId);
    QVariantList bindings = where.bindings();
    bindings << qMax(0, filter.limit) << qMax(0, filter.offset);
    return select(where.whereClause() + QStringLiteral("ORDER BY log_id DESC LIMIT ? OFFSET ?"),
                  bindings);
}

MessageStore::Page MessageStore::page(const MessageFilter &filter) const
{
    MessageFilter oneMore = filter;
    oneMore.limit = qMax(0, filter.limit) + 1;
    Page page;
    page.records = list(oneMore);
    if (page.records.size() > qMax(0, filter.limit)) {
        page.records.removeLast();
        page.nextBeforeLogId = page.records.isEmpty() ? 0 : page.records.last().logId;
    }
    return page;
}

int MessageStore::purgeOlderThan(const QDateTime &before)
{
    return purgeCreatedBefore(m_db, QStringLiteral("messages"), before);
}

QList<MessageRecord> MessageStore::select(const QString &tail, const QVariantList &bindings) const
{
    QList<MessageRecord> messages;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, kColumns + tail, bindings))
        return messages;
    while (query.next()) {
        if (std::optional<MessageRecord> message = readMessage(query))
            messages.append(std::move(*message));
    }
    return messages;
}

} // namespace wag
