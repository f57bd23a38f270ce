#include "secret_store.h"

#include "storage/database.h"

namespace wag {

namespace {

// A null QByteArray would bind as SQL NULL and trip NOT NULL; an empty blob is a value.
QVariant toSqlBlob(const QByteArray &bytes)
{
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

} // namespace

Status SecretStore::put(const SecretRecord &secret)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO secrets (name, nonce, ciphertext, updated_at)"
                       " VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (name) DO UPDATE SET nonce = excluded.nonce,"
                       " ciphertext = excluded.ciphertext, updated_at = excluded.updated_at"),
        {secret.name, toSqlBlob(secret.nonce), toSqlBlob(secret.ciphertext),
         toSqlTime(secret.updatedAt)});
}

std::optional<SecretRecord> SecretStore::get(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query,
                   QStringLiteral("SELECT name, nonce, ciphertext, updated_at FROM secrets"
                                  " WHERE name = ?"),
                   {name})
        || !query.next())
        return std::nullopt;
    SecretRecord secret;
    secret.name = query.value(0).toString();
    secret.nonce = query.value(1).toByteArray();
    secret.ciphertext = query.value(2).toByteArray();
    secret.updatedAt = fromSqlTime(query.value(3));
    return secret;
}

Status SecretStore::remove(const QString &name)
{
    return m_db.exec(QStringLiteral("DELETE FROM secrets WHERE name = ?"), {name});
}

QStringList SecretStore::names() const
{
    QStringList names;
    QSqlQuery query(m_db.connection());
    if (!m_db.exec(query, QStringLiteral("SELECT name FROM secrets ORDER BY name")))
        return names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace wag
