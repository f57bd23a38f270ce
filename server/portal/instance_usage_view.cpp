#include "instance_usage_view.h"

#include "page_shell.h"
#include "policy/limits.h"
#include "policy/usage_report.h"
#include "policy/usage_wording.h"
#include "storage/instance_store.h"

#include <QLocale>

namespace wag::portal {

namespace {

// Plain digits: the same on every page language, and what the admin command prints.
QString number(qint64 n)
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
    const UsageWording::Lines lines = UsageWording::describe(
        r, [](qint64 n) { return number(n); }, [&r](const QDateTime &utc) { return when(utc, r.timeZone); });
    const Html notice =
        lines.notice.isEmpty() ? Html() : Html::fill(R"(<p class="problem" role="alert">%1</p>)", {lines.notice});
    const Html facts = fact(tr("Sent today"), lines.today, "today") + fact(tr("Sent this month"), lines.month, "month")
        + fact(tr("Limits"), lines.limits, "limits") + fact(tr("Warm-up"), lines.warmUp, "warm-up")
        + fact(tr("Today's count starts again"), lines.dayReset, "day-reset")
        + fact(tr("This month's count starts again"), lines.monthReset, "month-reset");
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
