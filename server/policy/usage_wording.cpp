#include "usage_wording.h"

#include "usage_report.h"

namespace wag {

QString UsageWording::limits(qint64 daily, bool ownDaily, qint64 monthly, bool ownMonthly, const Number &number)
{
    const QString day = ownDaily ? number(daily) : tr("%1 (gateway default)").arg(number(daily));
    const QString month = ownMonthly ? number(monthly) : tr("%1 (gateway default)").arg(number(monthly));
    return tr("%1 a day, %2 a month").arg(day, month);
}

UsageWording::Lines UsageWording::describe(const UsageReport &r, const Number &number, const When &when)
{
    const auto count = [&](int sent, int cap) {
        return sent < 0 ? tr("unknown (the message log could not be read)") : tr("%1 of %2").arg(number(sent), number(cap));
    };
    Lines lines;
    lines.today = r.warmUpLowersCap ? tr("%1 (today's warm-up cap; the daily limit is %2)")
                                          .arg(count(r.sentToday, r.todayCap), number(r.dailyLimit))
                                    : count(r.sentToday, r.todayCap);
    lines.month = count(r.sentThisMonth, r.monthlyLimit);
    lines.limits = limits(r.dailyLimit, r.ownDailyLimit, r.monthlyLimit, r.ownMonthlyLimit, number);
    if (r.warmUpDays <= 0)
        lines.warmUp = tr("off");
    else if (r.warmUpDay == 0)
        lines.warmUp = tr("starts when a phone is linked; until then at most %1 messages a day").arg(number(r.todayCap));
    else if (r.inWarmUp)
        lines.warmUp = tr("day %1 of %2: at most %3 messages today, doubling each day up to the daily limit")
                           .arg(number(r.warmUpDay), number(r.warmUpDays), number(r.todayCap));
    else
        lines.warmUp = tr("done (linked %n day(s) ago)", nullptr, r.warmUpDay - 1);
    lines.dayReset = when(r.dayResetsAt);
    lines.monthReset = when(r.monthResetsAt);
    if (r.sentThisMonth >= 0 && r.monthlyLimitReached()) {
        lines.notice = tr("This month's limit is reached: sends through this instance are refused "
                          "(monthly_limit_reached) until %1.").arg(lines.monthReset);
    } else if (r.sentToday >= 0 && r.dailyLimitReached()) {
        lines.notice = (r.warmUpLowersCap ? tr("Today's warm-up cap is reached: sends through this instance are "
                                               "refused (daily_limit_reached) until %1.")
                                          : tr("Today's limit is reached: sends through this instance are refused "
                                               "(daily_limit_reached) until %1."))
                           .arg(lines.dayReset);
    }
    return lines;
}

} // namespace wag
