#pragma once

#include "core/result.h"
#include "secrets/secret_box.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wag {

class Database;

// One call-event template of an integration: the text sent for that event and whether it
// is sent at all.
struct ThreecxTemplate
{
    QString text;
    bool enabled = false;
};

struct ThreecxIntegrationRecord
{
    QString id; // "tcx_" + random
    QString name;
    bool enabled = true;
    SealedSecret secret; // sealed under secretName(id, secretGeneration)
    int secretGeneration = 1;
    QStringList allowedIps; // addresses and CIDR ranges; empty: any address
    bool hmacRequired = false;
    QString defaultInstanceId;
    QString endpointUrl;
    bool inboundEnabled = false;
    bool outboundEnabled = true;
    bool callEventsEnabled = true;
    QString businessName;
    bool strictWindow = true;
    QMap<QString, ThreecxTemplate> templates; // event type → template
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The threecx_integrations table and its threecx_templates children.
class ThreecxIntegrationStore
{
public:
    explicit ThreecxIntegrationStore(const Database &db) : m_db(db) { }

    // The name an integration's secret is sealed under: binds the ciphertext to its row and
    // generation, so a secret copied to another row or restored over a newer one fails.
    static QString secretName(const QString &integrationId, int generation);

    // Inserts the row and its templates; callers wrap it in a Transaction.
    Status insert(const ThreecxIntegrationRecord &record);
    // Every setting and template (not the secret); callers wrap it in a Transaction.
    Status updateSettings(const ThreecxIntegrationRecord &record, const QDateTime &at);
    Status replaceSecret(const QString &id, const SealedSecret &secret, int generation, const QDateTime &at);
    // The row, its templates and its event log; callers wrap it in a Transaction.
    Status remove(const QString &id);

    std::optional<ThreecxIntegrationRecord> find(const QString &id) const;
    std::optional<ThreecxIntegrationRecord> findByName(const QString &name) const;
    // Oldest first.
    QList<ThreecxIntegrationRecord> list() const;

private:
    Status writeTemplates(const ThreecxIntegrationRecord &record);
    void readTemplates(ThreecxIntegrationRecord &record) const;
    const Database &m_db;
};

} // namespace wag
