#include "threecx_integration_store.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace wag {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, enabled, secret_nonce, secret_ciphertext, secret_generation, allowed_ips,"
    " hmac_required, default_instance_id, endpoint_url, inbound_enabled, outbound_enabled,"
    " call_events_enabled, business_name, strict_window, created_at, updated_at");

ThreecxIntegrationRecord readIntegration(const QSqlQuery &query)
{
    ThreecxIntegrationRecord r;
    r.id = query.value(0).toString();
    r.name = query.value(1).toString();
    r.enabled = query.value(2).toBool();
    r.secret = SealedSecret{query.value(3).toByteArray(), query.value(4).toByteArray()};
    r.secretGeneration = query.value(5).toInt();
    r.allowedIps = query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.hmacRequired = query.value(7).toBool();
    r.defaultInstanceId = query.value(8).toString();
    r.endpointUrl = query.value(9).toString();
    r.inboundEnabled = query.value(10).toBool();
    r.outboundEnabled = query.value(11).toBool();
    r.callEventsEnabled = query.value(12).toBool();
    r.businessName = query.value(13).toString();
    r.strictWindow = query.value(14).toBool();
    r.createdAt = fromSqlTime(query.value(15));
    r.updatedAt = fromSqlTime(query.value(16));
    return r;
}

QVariant instanceOrNull(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

} // namespace

QString ThreecxIntegrationStore::secretName(const QString &integrationId, int generation)
{
    return QStringLiteral("threecx/%1/%2").arg(integrationId).arg(generation);
}

Status ThreecxIntegrationStore::insert(const ThreecxIntegrationRecord &r)
{
    const Status s = m_db.exec(
        QStringLiteral("INSERT INTO threecx_integrations (id, name, enabled, secret_nonce, secret_ciphertext,"
                       " secret_generation, allowed_ips, hmac_required, default_instance_id, endpoint_url,"
                       " inbound_enabled, outbound_enabled, call_events_enabled, business_name, strict_window,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.name, r.enabled ? 1 : 0, r.secret.nonce, r.secret.ciphertext, r.secretGeneration,
         r.allowedIps.join(QLatin1Char(',')), r.hmacRequired ? 1 : 0, instanceOrNull(r.defaultInstanceId),
         r.endpointUrl, r.inboundEnabled ? 1 : 0, r.outboundEnabled ? 1 : 0, r.callEventsEnabled ? 1 : 0,
         r.businessName, r.strictWindow ? 1 : 0, toSqlTime(r.createdAt), toSqlTime(r.updatedAt)});
    if (!s.ok())
        return s;
    return writeTemplates(r);
}

Status ThreecxIntegrationStore::updateSettings(const ThreecxIntegrationRecord &r, const QDateTime &at)
{
    const Status s = m_db.execOnRow(
        QStringLiteral("UPDATE threecx_integrations SET name = ?, enabled = ?, allowed_ips = ?, hmac_required = ?,"
                       " default_instance_id = ?, endpoint_url = ?, inbound_enabled = ?, outbound_enabled = ?,"
                       " call_events_enabled = ?, business_name = ?, strict_window = ?, updated_at = ?"
                       " WHERE id = ?"),
        {r.name, r.enabled ? 1 : 0, r.allowedIps.join(QLatin1Char(',')), r.hmacRequired ? 1 : 0,
         instanceOrNull(r.defaultInstanceId), r.endpointUrl, r.inboundEnabled ? 1 : 0, r.outboundEnabled ? 1 : 0,
         r.callEventsEnabled ? 1 : 0, r.businessName, r.strictWindow ? 1 : 0, toSqlTime(at), r.id});
    if (!s.ok())
        return s;
    return writeTemplates(r);
}

Status ThreecxIntegrationStore::writeTemplates(const ThreecxIntegrationRecord &r)
{
    if (const Status s = m_db.exec(QStringLiteral("DELETE FROM threecx_templates WHERE integration_id = ?"), {r.id});
        !s.ok())
        return s;
    for (auto it = r.templates.cbegin(); it != r.templates.cend(); ++it) {
        const Status s = m_db.exec(QStringLiteral("INSERT INTO threecx_templates (integration_id, event_type, body,"
                                                  " enabled) VALUES (?, ?, ?, ?)"),
                                   {r.id, it.key(), it->text, it->enabled ? 1 : 0});
        if (!s.ok())
            return s;
    }
    return succeeded();
}

Status ThreecxIntegrationStore::replaceSecret(const QString &id, const SealedSecret &secret, int generation,
                                              const QDateTime &at)
{
    return m_db.execOnRow(QStringLiteral("UPDATE threecx_integrations SET secret_nonce = ?, secret_ciphertext = ?,"
                                         " secret_generation = ?, updated_at = ? WHERE id = ?"),
                          {secret.nonce, secret.ciphertext, generation, toSqlTime(at), id});
}

Status ThreecxIntegrationStore::remove(const QString &id)
{
    if (const Status s = m_db.exec(QStringLiteral("DELETE FROM threecx_events WHERE integration_id = ?"), {id});
        !s.ok())
        return s;
    return m_db.execOnRow(QStringLiteral("DELETE FROM threecx_integrations WHERE id = ?"), {id});
}

void ThreecxIntegrationStore::readTemplates(ThreecxIntegrationRecord &record) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT event_type, body, enabled FROM threecx_templates WHERE integration_id = ?"),
                   {record.id}))
        return;
    while (query.next())
        record.templates.insert(query.value(0).toString(),
                                ThreecxTemplate{query.value(1).toString(), query.value(2).toBool()});
}

std::optional<ThreecxIntegrationRecord> ThreecxIntegrationStore::find(const QString &id) const
{
    std::optional<ThreecxIntegrationRecord> record;
    {
        QSqlQuery query(m_db.connection());
        if (!m_db.exec(query, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM threecx_integrations WHERE id = ?"),
                       {id})
            || !query.next())
            return std::nullopt;
        record = readIntegration(query);
    }
    readTemplates(*record);
    return record;
}

std::optional<ThreecxIntegrationRecord> ThreecxIntegrationStore::findByName(const QString &name) const
{
    QString id;
    {
        QSqlQuery query(m_db.connection());
        if (!m_db.exec(query, QStringLiteral("SELECT id FROM threecx_integrations WHERE name = ?"), {name})
            || !query.next())
            return std::nullopt;
        id = query.value(0).toString();
    }
    return find(id);
}

QList<ThreecxIntegrationRecord> ThreecxIntegrationStore::list() const
{
    QList<ThreecxIntegrationRecord> out;
    {
        QSqlQuery query(m_db.connection());
        if (!m_db.exec(query, QStringLiteral("SELECT ") + kColumns
                                  + QStringLiteral(" FROM threecx_integrations ORDER BY created_at, id")))
            return out;
        while (query.next())
            out.append(readIntegration(query));
    }
    for (ThreecxIntegrationRecord &r : out)
        readTemplates(r);
    return out;
}

} // namespace wag
