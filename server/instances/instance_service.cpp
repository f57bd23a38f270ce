#include "instance_service.h"

#include "core/logging.h"
#include "core/random.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace wag {

InstanceService::InstanceService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_instances(db), m_clock(clock)
{ }

bool InstanceService::isValidName(const QString &name)
{
    // No '_' allowed, which is what keeps names apart from "inst_…" ids.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{2,39}")));
    return pattern.match(name).hasMatch();
}

Result<InstanceRecord> InstanceService::create(const QString &name, const QString &provider)
{
    if (!isValidName(name))
        return Result<InstanceRecord>::fail(
            QStringLiteral("invalid_instance_name"),
            QStringLiteral("instance names are 3 to 40 characters: lower-case letters a-z, "
                           "digits and '-', starting with a letter or digit"));
    if (provider.trimmed().isEmpty())
        return Result<InstanceRecord>::fail(QStringLiteral("validation_error"),
                                            QStringLiteral("an instance needs a provider"));

    const auto exists = [&] {
        return Result<InstanceRecord>::fail(
            QStringLiteral("instance_exists"),
            QStringLiteral("an instance named \"%1\" already exists").arg(name));
    };
    if (m_instances.findByName(name))
        return exists();

    InstanceRecord instance;
    instance.id = makeId(QStringLiteral("inst"));
    instance.name = name;
    instance.provider = provider.trimmed();
    instance.state = InstanceState::Close;
    instance.createdAt = m_clock.now();
    const Status inserted = m_instances.insert(instance);
    if (!inserted) {
        // Another process created the same name since the lookup above.
        if (inserted.failure().code == QLatin1String(kStorageConflict))
            return exists();
        return inserted.failure();
    }
    qCInfo(lcApp).noquote() << "instance" << instance.name << "created as" << instance.id;
    emit instanceCreated(instance.id);
    return instance;
}

QList<InstanceRecord> InstanceService::list() const
{
    return m_instances.all();
}

std::optional<InstanceRecord> InstanceService::find(const QString &idOrName) const
{
    return m_instances.findByIdOrName(idOrName);
}

} // namespace wag
