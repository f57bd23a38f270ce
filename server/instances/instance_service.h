#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/instance_store.h"

#include <QObject>

namespace wag {

class Database;

// Instances (linked WhatsApp numbers): every front-end creates and looks them up here.
class InstanceService : public QObject
{
    Q_OBJECT

public:
    InstanceService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // name: [a-z0-9][a-z0-9-]{2,39} ("invalid_instance_name"), unique ("instance_exists");
    // provider: non-empty ("validation_error"). New instances start in state close.
    Result<InstanceRecord> create(const QString &name, const QString &provider);
    QList<InstanceRecord> list() const; // by name
    std::optional<InstanceRecord> find(const QString &idOrName) const;

    static bool isValidName(const QString &name);

signals:
    void instanceCreated(const QString &id);

private:
    InstanceStore m_instances;
    const Clock &m_clock;
};

} // namespace wag
