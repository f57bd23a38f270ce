#include "webhook_destination_store.h"

#include "storage/database.h"
#include "storage/store_sql.h"

#include <QSqlQuery>

namespace wag {

namespace {

const QString kColumns = QStringLiteral(
    "id, instance_id, url, events, enabled, disabled_reason, secret_nonce, secret_ciphertext,"
    " secret_generation, previous_secret_nonce, previous_secret_ciphertext,"
    " previous_secret_until, failing_since, created_at, updated_at");

WebhookDestinationRecord readDestination(const QSqlQuery &query)
{
    WebhookDestinationRecord r;
    r.id = query.value(0).toString();
    r.instanceId = query.value(1).toString();
    r.url = query.value(2).toString();
    r.events = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.enabled = query.value(4).toBool();
    r.disabledReason = query.value(5).toString();
    r.secret = SealedSecret{query.value(6).toByteArray(), query.value(7).toByteArray()};
    r.secretGeneration = query.value(8).toInt();
    r.previousSecret = SealedSecret{query.value(9).toByteArray(), query.value(10).toByteArray()};
    r.previousSecretUntil = fromSqlTime(query.value(11));
    r.failingSince = fromSqlTime(query.value(12));
    r.createdAt = fromSqlTime(query.value(13));
    r.updatedAt = fromSqlTime(query.value(14));
    return r;
}

QVariant blobOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

QString WebhookDestinationStore::secretName(const QString &destinationId, int generation)
{
    return QStringLiteral("webhook/%1/%2").arg(destinationId).arg(generation);
}

Status WebhookDestinationStore::insert(const WebhookDestinationRecord &r)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO webhook_destinations (id, instance_id, url, events, enabled,"
                       " disabled_reason, secret_nonce, secret_ciphertext, secret_generation,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.instanceId, r.url, r.events.join(QLatin1Char(',')), r.enabled ? 1 : 0,
         textOrNull(r.disabledReason), blobOrNull(r.secret.nonce), blobOrNull(r.secret.ciphertext),
         r.secretGeneration, toSqlTime(r.createdAt), toSqlTime(r.createdAt)});
}

Status WebhookDestinationStore::update(const QString &id, const QString &url,
                                       const QStringList &events, const QDateTime &at)
{
    return m_db.execOnRow(QStringLiteral("UPDATE webhook_destinations SET url = ?, events = ?,"
                                         " updated_at = ? WHERE id = ?"),
                          {url, events.join(QLatin1Char(',')), toSqlTime(at), id});
}

Status WebhookDestinationStore::setEnabled(const QString &id, bool enabled, const QString &reason,
                                           const QDateTime &at)
{
    // Enabling starts afresh: the failing streak that may have disabled it is over.
    return m_db.execOnRow(
        QStringLiteral("UPDATE webhook_destinations SET enabled = ?, disabled_reason = ?,"
                       " failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,"
                       " updated_at = ? WHERE id = ?"),
        {enabled ? 1 : 0, enabled ? QVariant(QMetaType(QMetaType::QString)) : textOrNull(reason),
         enabled ? 1 : 0, toSqlTime(at), id});
}

Status WebhookDestinationStore::rotateSecret(const QString &id, const SealedSecret &secret,
                                             int generation, const SealedSecret &previous,
                                             const QDateTime &previousUntil, const QDateTime &at)
{
    return m_db.execOnRow(
        QStringLiteral("UPDATE webhook_destinations SET secret_nonce = ?, secret_ciphertext = ?,"
                       " secret_generation = ?, previous_secret_nonce = ?,"
                       " previous_secret_ciphertext = ?, previous_secret_until = ?, updated_at = ?"
                       " WHERE id = ?"),
        {blobOrNull(secret.nonce), blobOrNull(secret.ciphertext), generation,
         blobOrNull(previous.nonce), blobOrNull(previous.ciphertext), toSqlTime(previousUntil),
         toSqlTime(at), id});
}

Status WebhookDestinationStore::setFailingSince(const QString &id, const QDateTime &since)
{
    // COALESCE keeps the start of a streak that is already running.
    if (since.isValid())
        return m_db.execOnRow(QStringLiteral("UPDATE webhook_destinations SET"
                                             " failing_since = COALESCE(failing_since, ?) WHERE id = ?"),
                              {toSqlTime(since), id});
    return m_db.execOnRow(QStringLiteral("UPDATE webhook_destinations SET failing_since = NULL WHERE id = ?"),
                          {id});
}

Status WebhookDestinationStore::remove(const QString &id)
{
    return m_db.execOnRow(QStringLiteral("DELETE FROM webhook_destinations WHERE id = ?"), {id});
}

std::optional<WebhookDestinationRecord> WebhookDestinationStore::find(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM webhook_destinations WHERE id = ?"),
                   {id})
        || !query.next())
        return std::nullopt;
    return readDestination(query);
}

QList<WebhookDestinationRecord> WebhookDestinationStore::list(const QString &instanceId) const
{
    SqlFilter where;
    where.addText(QStringLiteral("instance_id = ?"), instanceId);
    QList<WebhookDestinationRecord> out;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM webhook_destinations ")
                       + where.whereClause() + QStringLiteral("ORDER BY created_at, id"),
                   where.bindings()))
        return out;
    while (query.next())
        out.append(readDestination(query));
    return out;
}

} // namespace wag
