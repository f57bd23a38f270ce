#include "suppression_service.h"

#include "core/clock.h"
#include "core/phone_number.h"
#include "storage/database.h"

namespace wag {

SuppressionService::SuppressionService(Database &database, const Clock &clock, QString defaultRegion,
                                       QObject *parent)
    : QObject(parent), m_store(database), m_clock(clock), m_defaultRegion(std::move(defaultRegion))
{
}

Result<QString> SuppressionService::normalize(const QString &phone) const
{
    const PhoneParse parsed = normalizePhone(phone, m_defaultRegion);
    if (!parsed.ok())
        return Result<QString>::fail(QStringLiteral("invalid_phone"),
                                     QStringLiteral("%1: %2").arg(phone, parsed.error));
    return parsed.e164;
}

Result<SuppressionRecord> SuppressionService::suppress(const QString &phone, const QString &note,
                                                       const QString &who)
{
    const Result<QString> e164 = normalize(phone);
    if (!e164)
        return Result<SuppressionRecord>(e164.failure());
    if (const auto existing = m_store.find(e164.value()))
        return Result<SuppressionRecord>::fail(QStringLiteral("already_suppressed"),
                                               QStringLiteral("%1 is already suppressed (%2).")
                                                   .arg(e164.value(), suppressionReasonName(existing->reason)));
    SuppressionRecord record;
    record.phone = e164.value();
    record.reason = SuppressionReason::Manual;
    record.source = QStringLiteral("admin");
    record.note = note;
    record.createdBy = who;
    record.createdAt = m_clock.now();
    if (const Status s = m_store.add(record); !s.ok())
        return Result<SuppressionRecord>(s.failure());
    emit suppressionChanged(record.phone, true);
    return record;
}

Status SuppressionService::unsuppress(const QString &phone)
{
    const Result<QString> e164 = normalize(phone);
    if (!e164)
        return Status(e164.failure());
    const Status s = m_store.remove(e164.value());
    if (!s.ok()) {
        if (s.failure().code == QLatin1String(kStorageNotFound))
            return Status::fail(QStringLiteral("not_found"),
                                QStringLiteral("%1 is not on the suppression list.").arg(e164.value()));
        return s;
    }
    emit suppressionChanged(e164.value(), false);
    return succeeded();
}

bool SuppressionService::isSuppressed(const QString &e164) const
{
    return m_store.contains(e164);
}

std::optional<SuppressionRecord> SuppressionService::find(const QString &phone) const
{
    const Result<QString> e164 = normalize(phone);
    return e164 ? m_store.find(e164.value()) : std::nullopt;
}

} // namespace wag
