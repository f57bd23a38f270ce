#include "instance_usage_view.h"

#include "page_shell.h"
#include "policy/limits.h"
#include "policy/usage_report.h"
#include "storage/instance_store.h"

#include <QLocale>

namespace wag::portal {

namespace {

// Plain digits: the same on every page language, and what the admin command prints.
QString number(int n)
{
    return QString::number(n);
}

QString when(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return InstanceUsageView::tr("%1 (%2)").arg(QLocale::c().toString(local, QStringLiteral("yyyy-MM-dd HH:mm")),
                                                QString::fromUtf8(zone.id()));
}

Html fact(const QString &term, const QString &value, const char *marker)
{
    return Html::fill(R"(<dt>%1</dt><dd data-usage="%2">%3</dd>)", {term, QString::fromLatin1(marker), value});
}

} // namespace

Html InstanceUsageView::usage(const UsageReport &r)
{
    const auto count = [](int sent, int cap) {
        return sent < 0 ? tr("unknown (the message log could not be read)") : tr("%1 of %2").arg(number(sent), number(cap));
    };
    const QString today = r.warmUpLowersCap
        ? tr("%1 (today's warm-up cap; the daily limit is %2)").arg(count(r.sentToday, r.todayCap), number(r.dailyLimit))
        : count(r.sentToday, r.todayCap);
    const QString daily = r.ownDailyLimit ? number(r.dailyLimit) : tr("%1 (gateway default)").arg(number(r.dailyLimit));
    const QString monthly =
        r.ownMonthlyLimit ? number(r.monthlyLimit) : tr("%1 (gateway default)").arg(number(r.monthlyLimit));
    QString warmUp;
    if (r.warmUpDays <= 0)
        warmUp = tr("off");
    else if (r.warmUpDay == 0)
        warmUp = tr("starts when a phone is linked; until then at most %1 messages a day").arg(number(r.todayCap));
    else if (r.inWarmUp)
        warmUp = tr("day %1 of %2: at most %3 messages today, doubling each day up to the daily limit")
                     .arg(number(r.warmUpDay), number(r.warmUpDays), number(r.todayCap));
    else
        warmUp = tr("done (linked %n day(s) ago)", nullptr, r.warmUpDay - 1);

    Html notice;
    if (r.sentThisMonth >= 0 && r.monthlyLimitReached()) {
        notice = Html::fill(R"(<p class="problem" role="alert">%1</p>)",
                            {tr("This month's limit is reached: sends through this instance are refused "
                                "(monthly_limit_reached) until %1.").arg(when(r.monthResetsAt, r.timeZone))});
    } else if (r.sentToday >= 0 && r.dailyLimitReached()) {
        notice = Html::fill(R"(<p class="problem" role="alert">%1</p>)",
                            {(r.warmUpLowersCap ? tr("Today's warm-up cap is reached: sends through this instance "
                                                     "are refused (daily_limit_reached) until %1.")
                                                : tr("Today's limit is reached: sends through this instance are "
                                                     "refused (daily_limit_reached) until %1."))
                                 .arg(when(r.dayResetsAt, r.timeZone))});
    }
    const Html facts = fact(tr("Sent today"), today, "today") + fact(tr("Sent this month"), count(r.sentThisMonth, r.monthlyLimit), "month")
        + fact(tr("Limits"), tr("%1 a day, %2 a month").arg(daily, monthly), "limits")
        + fact(tr("Warm-up"), warmUp, "warm-up")
        + fact(tr("Today's count starts again"), when(r.dayResetsAt, r.timeZone), "day-reset")
        + fact(tr("This month's count starts again"), when(r.monthResetsAt, r.timeZone), "month-reset");
    return Html::fill(R"(<h2>%1</h2><dl class="facts usage">%2</dl>%3<p class="help">%4</p>)",
                      {tr("Limits and usage"), facts, notice,
                       tr("Counted the way the guard counts: every send it accepted (sent, queued or failed later "
                          "at the provider). Refused attempts do not count.")});
}

InstanceUsageView::TypedLimits InstanceUsageView::currentLimits(const InstanceRecord &instance)
{
    TypedLimits typed;
    if (instance.dailyLimit)
        typed.daily = QString::number(*instance.dailyLimit);
    if (instance.monthlyLimit)
        typed.monthly = QString::number(*instance.monthlyLimit);
    return typed;
}

Html InstanceUsageView::limitsForm(const QString &action, const QByteArray &csrfToken, const TypedLimits &typed,
                                   const QString &problem)
{
    Html presets = Html::fill(R"(<option value="">%1</option>)", {tr("none — use the numbers below")});
    for (const LimitPreset &preset : limitPresets()) {
        presets += Html::fill(R"(<option value="%1"%2>%3</option>)",
                              {preset.name, preset.name.compare(typed.preset, Qt::CaseInsensitive) == 0
                                   ? Html::markup(" selected") : Html(),
                               tr("%1: %2 a day, %3 a month").arg(preset.name, number(preset.daily), number(preset.monthly))});
    }
    const bool invalid = !problem.isEmpty();
    const Html fields = Html::fill(
        R"(<label for="preset">%1</label><select id="preset" name="preset">%2</select>)"
        R"(<label for="daily">%3</label><input id="daily" name="daily" value="%4" inputmode="numeric"%5>)"
        R"(<label for="monthly">%6</label><input id="monthly" name="monthly" value="%7" inputmode="numeric"%5>)"
        R"(<p class="help">%8</p>%9)",
        {tr("Preset"), presets, tr("Messages per day"), typed.daily,
         invalid ? Html::markup(R"( aria-invalid="true" aria-describedby="limits-problem")") : Html(),
         tr("Messages per calendar month"), typed.monthly,
         tr("Leave a field empty for the gateway's default. A preset sets both numbers."),
         invalid ? Html::fill(R"(<p id="limits-problem" class="problem" role="alert">%1</p>)", {problem}) : Html()});
    return Html::fill(R"(<h2>%1</h2><form method="post" action="%2" class="card" novalidate>%3%4)"
                      R"(<button type="submit">%5</button></form>)",
                      {tr("Change limits"), action, PageShell::csrfField(csrfToken), fields, tr("Save limits")});
}

} // namespace wag::portal
