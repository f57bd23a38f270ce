#include "usage_report.h"

#include <algorithm>
#include <limits>

namespace wag {

namespace {

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

UsageReport makeUsageReport(std::optional<qint64> ownDailyLimit, std::optional<qint64> ownMonthlyLimit,
                            const QDateTime &linkedAt, int sentToday, int sentThisMonth,
                            const UsageWindow &window, const QDateTime &now, const LimitDefaults &defaults)
{
    UsageReport r;
    r.sentToday = sentToday;
    r.sentThisMonth = sentThisMonth;
    r.ownDailyLimit = ownDailyLimit.has_value();
    r.ownMonthlyLimit = ownMonthlyLimit.has_value();
    r.dailyLimit = clampToInt(ownDailyLimit.value_or(defaults.dailyLimit));
    r.monthlyLimit = clampToInt(ownMonthlyLimit.value_or(defaults.monthlyLimit));
    const int warmCap = warmUpDailyCap(linkedAt, now, r.dailyLimit, defaults.warmUp);
    r.todayCap = std::min(r.dailyLimit, warmCap);
    r.warmUpLowersCap = warmCap < r.dailyLimit;
    r.inWarmUp = inWarmUp(linkedAt, now, defaults.warmUp);
    r.warmUpDay = warmUpDay(linkedAt, now);
    r.warmUpDays = defaults.warmUp.days;
    r.dayStart = window.dayStart;
    r.dayResetsAt = window.dayEnd;
    r.monthStart = window.monthStart;
    r.monthResetsAt = window.monthEnd;
    r.timeZone = defaults.timeZone.isValid() ? defaults.timeZone : QTimeZone::utc();
    return r;
}

} // namespace wag
