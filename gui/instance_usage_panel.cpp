#include "instance_usage_panel.h"

#include "engine.h"
#include "instances/instance_service.h"
#include "messaging/send_service.h"
#include "policy/usage_wording.h"
#include "settings/settings_registry.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace wag {

namespace {

// A burst of API sends must not repaint the pane for each one.
constexpr int kCoalesceMs = 250;

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

InstanceUsagePanel::InstanceUsagePanel(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_today = valueLabel(this, "usageToday");
    m_month = valueLabel(this, "usageMonth");
    m_limits = valueLabel(this, "instanceLimits");
    m_warmUp = valueLabel(this, "warmUpStatus");
    m_dayReset = valueLabel(this, "usageDayReset");
    m_monthReset = valueLabel(this, "usageMonthReset");
    form->addRow(tr("Sent today:"), m_today);
    form->addRow(tr("Sent this month:"), m_month);
    form->addRow(tr("Limits:"), m_limits);
    form->addRow(tr("Warm-up:"), m_warmUp);
    form->addRow(tr("Today's count starts again:"), m_dayReset);
    form->addRow(tr("This month's count starts again:"), m_monthReset);
    layout->addLayout(form);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("usageNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b00020"));
    m_notice->hide();
    layout->addWidget(m_notice);
    auto *explanation = new QLabel(tr("Counted the way the guard counts: every send it accepted (sent, queued "
                                      "or failed later at the provider). Refused attempts do not count."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setEnabled(false); // secondary text
    layout->addWidget(explanation);
    layout->addStretch();

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &InstanceUsagePanel::refresh);
    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, &InstanceUsagePanel::refresh);
    // New limits, a new link (warm-up starts again): the instance service reports both.
    connect(&m_engine.instances(), &InstanceService::stateChanged, this, &InstanceUsagePanel::scheduleRefresh);
    connect(&m_engine.instances(), &InstanceService::limitsChanged, this, &InstanceUsagePanel::scheduleRefresh);
    attachLiveSources();
}

void InstanceUsagePanel::attachLiveSources()
{
    SendService *sends = m_engine.sends();
    if (!sends || sends == m_attached)
        return;
    m_attached = sends;
    connect(sends, &SendService::messageLogged, this, &InstanceUsagePanel::scheduleRefresh);
    connect(sends, &SendService::messageStatusChanged, this, &InstanceUsagePanel::scheduleRefresh);
    refresh();
}

void InstanceUsagePanel::setInstanceId(const QString &id)
{
    m_instanceId = id;
    refresh();
}

void InstanceUsagePanel::scheduleRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void InstanceUsagePanel::showLimitsOnly()
{
    const auto instance = m_engine.instances().find(m_instanceId);
    if (!instance) {
        m_limits->clear();
        return;
    }
    const Settings &settings = m_engine.settings();
    const QLocale locale;
    m_limits->setText(UsageWording::limits(
        instance->dailyLimit.value_or(settings.integer(settings::kDailyLimit)), instance->dailyLimit.has_value(),
        instance->monthlyLimit.value_or(settings.integer(settings::kMonthlyLimit)), instance->monthlyLimit.has_value(),
        [&locale](qint64 n) { return locale.toString(n); }));
}

void InstanceUsagePanel::refresh()
{
    m_coalesce->stop();
    m_notice->hide();
    SendService *sends = m_engine.sends();
    const bool running = sends && m_engine.isServing();
    const auto usage = running && !m_instanceId.isEmpty() ? sends->usage(m_instanceId)
                                                           : Result<UsageReport>::fail({}, {});
    if (!usage.ok()) {
        for (QLabel *label : {m_today, m_month, m_warmUp, m_dayReset, m_monthReset})
            label->setText(m_instanceId.isEmpty() ? QString() : tr("shown while the gateway runs"));
        showLimitsOnly();
        m_midnight->stop();
        return;
    }
    const UsageReport &r = usage.value();
    const QLocale locale;
    const QString zone = QString::fromUtf8(r.timeZone.id());
    const UsageWording::Lines lines = UsageWording::describe(
        r, [&locale](qint64 n) { return locale.toString(n); },
        [&](const QDateTime &utc) {
            const QDateTime local = utc.toTimeZone(r.timeZone);
            return tr("%1 at %2 (%3)").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                           locale.toString(local.time(), QLocale::ShortFormat), zone);
        });
    m_today->setText(lines.today);
    m_month->setText(lines.month);
    m_limits->setText(lines.limits);
    m_warmUp->setText(lines.warmUp);
    m_dayReset->setText(lines.dayReset);
    m_monthReset->setText(lines.monthReset);
    m_notice->setText(lines.notice);
    m_notice->setVisible(!lines.notice.isEmpty());

    // Look again just after midnight, when the day's count and the warm-up cap change.
    const qint64 untilReset = m_engine.clock().now().msecsTo(r.dayResetsAt) + 1000;
    m_midnight->start(int(qBound<qint64>(1000, untilReset, 24LL * 3600 * 1000)));
}

} // namespace wag
