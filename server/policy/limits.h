#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace wag {

// Per-instance send limits (SPEC §5.1). Pure arithmetic: the caller counts the sends in
// the window from storage and passes the clock's time in.

inline constexpr int kDefaultDailyLimit = 500;
inline constexpr int kDefaultMonthlyLimit = 10000;

// Named like the hosted service's plans, so people moving over recognise them.
struct LimitPreset
{
    QString name;
    int daily = 0;
    int monthly = 0;
};

// Starter 100/2,000, Growth 500/10,000, Scale 1,500/30,000 — smallest first.
QList<LimitPreset> limitPresets();

// "growth", "Growth" and " GROWTH " all find Growth.
std::optional<LimitPreset> findPreset(const QString &nameCaseInsensitive);

// The calendar day and calendar month containing an instant, in the gateway's time zone,
// as half-open UTC ranges [start, end). A day is 23 or 25 hours long across a DST change,
// and starts at the first moment of the date where midnight itself does not exist.
// `dayEnd` and `monthEnd` are when the daily and monthly counts start again, which is what
// Retry-After of daily_limit_reached / monthly_limit_reached points at.
struct UsageWindow
{
    QDateTime dayStart;
    QDateTime dayEnd;
    QDateTime monthStart;
    QDateTime monthEnd;

    bool isValid() const { return dayStart.isValid() && dayEnd.isValid(); }
};

// An invalid `zone` is read as UTC (a misconfigured zone must not disable the limits);
// an invalid `utcNow` gives an invalid (default) window.
UsageWindow usageWindowAt(const QDateTime &utcNow, const QTimeZone &zone);

// Warm-up of a newly linked number: day 1 is the first 24 hours after linking; on day n
// (n <= days) the cap is firstDayCap * 2^(n-1), never above the instance's normal cap.
struct WarmUpConfig
{
    int firstDayCap = 20;
    int days = 14;
};

// floor((now - linkedAt) / 24 h) + 1; a linkedAt in the future (clock skew) counts as
// day 1. 0 when linkedAt or now is invalid.
int warmUpDay(const QDateTime &linkedAt, const QDateTime &now);

// The daily cap in force at `now`. An instance that was never linked (invalid linkedAt)
// gets the first day's cap. The result never exceeds normalDailyCap, so warm-up can only
// lower a limit, not raise an admin's smaller one.
int warmUpDailyCap(const QDateTime &linkedAt, const QDateTime &now, int normalDailyCap,
                   const WarmUpConfig &config = {});

// True while the warm-up cap applies (days 1..config.days, or never linked).
bool inWarmUp(const QDateTime &linkedAt, const QDateTime &now, const WarmUpConfig &config = {});

} // namespace wag
