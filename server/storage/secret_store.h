#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

class Database;

// An encrypted secret as stored. Encryption and the data key live in server/secrets/;
// this table only ever sees ciphertext.
struct SecretRecord
{
    QString name;
    QByteArray nonce;
    QByteArray ciphertext;
    QDateTime updatedAt;
};

class SecretStore
{
public:
    explicit SecretStore(Database &db) : m_db(db) { }

    // Inserts or replaces the secret called `secret.name`.
    Status put(const SecretRecord &secret);
    std::optional<SecretRecord> get(const QString &name) const;
    // Removing a secret that is not there is not an error: the outcome is the same.
    Status remove(const QString &name);
    QStringList names() const;

private:
    Database &m_db;
};

} // namespace wag
