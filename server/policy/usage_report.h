#pragma once

#include "policy/limits.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace wag {

// How much of its limits an instance has used today and this month, and what warm-up
// allows it (SPEC §5.1): what the desktop window and the portal show next to an instance.
// SendGuard takes its limit decisions from the same report (it builds one for every send),
// so what people read is what the guard enforces.
struct UsageReport
{
    int sentToday = 0;     // accepted attempts since dayStart; -1: the log could not be read
    int sentThisMonth = 0; // accepted attempts since monthStart; -1 likewise
    int dailyLimit = 0;    // the instance's own, or the gateway's default
    int monthlyLimit = 0;
    bool ownDailyLimit = false; // false: the gateway default applies
    bool ownMonthlyLimit = false;
    // Today's cap: the daily limit, lowered while the number warms up.
    int todayCap = 0;
    bool warmUpLowersCap = false; // todayCap < dailyLimit because of warm-up
    bool inWarmUp = false;        // days 1..warmUpDays after linking, or never linked
    int warmUpDay = 0;            // 1 on the first 24 hours after linking; 0: never linked
    int warmUpDays = 0;           // how many days warm-up lasts
    // When the counts start again: midnight in timeZone, as UTC instants.
    QDateTime dayStart;
    QDateTime dayResetsAt;
    QDateTime monthStart;
    QDateTime monthResetsAt;
    QTimeZone timeZone;

    bool dailyLimitReached() const { return sentToday >= todayCap; }
    bool monthlyLimitReached() const { return sentThisMonth >= monthlyLimit; }
};

struct LimitDefaults
{
    int dailyLimit = kDefaultDailyLimit;
    int monthlyLimit = kDefaultMonthlyLimit;
    WarmUpConfig warmUp;
    QTimeZone timeZone = QTimeZone::utc();
};

// Pure arithmetic over what the caller counted: an instance's own limits (nullopt: the
// defaults), when it was linked, its accepted sends in `window` (usageWindowAt(now)).
UsageReport makeUsageReport(std::optional<qint64> ownDailyLimit, std::optional<qint64> ownMonthlyLimit,
                            const QDateTime &linkedAt, int sentToday, int sentThisMonth,
                            const UsageWindow &window, const QDateTime &now, const LimitDefaults &defaults);

} // namespace wag
