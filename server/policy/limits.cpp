#include "limits.h"

#include <algorithm>
#include <limits>

namespace wag {

QList<LimitPreset> limitPresets()
{
    return {{QStringLiteral("Starter"), 100, 2000},
            {QStringLiteral("Growth"), 500, 10000},
            {QStringLiteral("Scale"), 1500, 30000}};
}

std::optional<LimitPreset> findPreset(const QString &nameCaseInsensitive)
{
    const QString wanted = nameCaseInsensitive.trimmed();
    for (const LimitPreset &preset : limitPresets()) {
        if (preset.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

UsageWindow usageWindowAt(const QDateTime &utcNow, const QTimeZone &zone)
{
    if (!utcNow.isValid())
        return {};
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = utcNow.toTimeZone(tz).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    // QDate::startOfDay() rather than QDateTime(date, 00:00): it returns the first moment
    // that exists on that date, also where a DST change skips midnight.
    UsageWindow window;
    window.dayStart = today.startOfDay(tz).toUTC();
    window.dayEnd = today.addDays(1).startOfDay(tz).toUTC();
    window.monthStart = firstOfMonth.startOfDay(tz).toUTC();
    window.monthEnd = firstOfMonth.addMonths(1).startOfDay(tz).toUTC();
    return window;
}

int warmUpDay(const QDateTime &linkedAt, const QDateTime &now)
{
    if (!linkedAt.isValid() || !now.isValid())
        return 0;
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    const qint64 elapsed = linkedAt.msecsTo(now);
    if (elapsed < 0)
        return 1;
    const qint64 day = elapsed / kDayMs + 1;
    return int(std::min<qint64>(day, std::numeric_limits<int>::max()));
}

int warmUpDailyCap(const QDateTime &linkedAt, const QDateTime &now, int normalDailyCap,
                   const WarmUpConfig &config)
{
    const int normal = std::max(0, normalDailyCap);
    const int first = std::max(0, config.firstDayCap);
    if (!linkedAt.isValid())
        return std::min(normal, first);
    const int day = warmUpDay(linkedAt, now);
    if (day < 1 || day > config.days)
        return normal;
    // Double day by day, stopping at the normal cap, so no shift can overflow however
    // many days an admin configures.
    if (first == 0)
        return 0;
    qint64 cap = first;
    for (int d = 1; d < day && cap < normal; ++d)
        cap *= 2;
    return int(std::min<qint64>(cap, normal));
}

bool inWarmUp(const QDateTime &linkedAt, const QDateTime &now, const WarmUpConfig &config)
{
    if (!linkedAt.isValid())
        return true;
    const int day = warmUpDay(linkedAt, now);
    return day >= 1 && day <= config.days;
}

} // namespace wag
