#include "message_logs_controller.h"

#include "core/screen_phone_mask.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "log_filter.h"
#include "logs/message_log_service.h"
#include "messaging/message_status.h"
#include "portal_gate.h"

#include <memory>

namespace wag::portal {

namespace {
const QString kPath = QStringLiteral("/message-logs");
}

MessageLogsController::MessageLogsController(PortalGate &gate, MessageLogService &log, InstanceService &instances,
                                             TimeZoneSource timeZone)
    : m_gate(gate), m_log(log), m_instances(instances), m_timeZone(std::move(timeZone))
{
}

void MessageLogsController::mount(Router &router, PortalGate &gate, MessageLogService &log,
                                  InstanceService &instances, TimeZoneSource timeZone)
{
    const auto c = std::make_shared<MessageLogsController>(gate, log, instances, std::move(timeZone));
    router.add("GET", kPath, Router::SyncHandler([c](const HttpRequest &r) { return c->list(r); }));
}

Html MessageLogsController::row(const MessageRecord &r, const QString &instanceName, const QTimeZone &zone)
{
    // Numbers read left to right also on a right-to-left page.
    return Html::fill(R"(<tr data-log="%1"><td class="time">%2</td><td>%3</td>)"
                      R"(<td class="phone"><span dir="ltr">%4</span></td><td>%5</td><td><code>%6</code></td>)",
                      {QString::number(r.logId), LogFilter::timeText(r.createdAt, zone), instanceName,
                       maskPhoneForScreen(r.phone), r.purpose, r.apiKeyPrefix})
        + Html::fill(R"(<td class="status">%1</td><td>%2</td><td>%3</td><td class="note">%4</td></tr>)",
                     {messageStatusName(r.status), r.rule, r.outcome, r.error});
}

HttpResponse MessageLogsController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const QTimeZone zone = m_timeZone ? m_timeZone() : QTimeZone::utc();
    const LogFilter filter = LogFilter::read(request, m_instances, zone, true);
    const Html form = filter.form(kPath, m_instances.list(),
                                  tr("The phone filter takes the whole number, e.g. +14155552671."));
    if (!filter.ok()) {
        const Html main = Html::fill(R"(<h1>%1</h1>%2%3)", {tr("Message log"), form, filter.problemBox()});
        return m_gate.page(request, admission.visitor, 400, tr("Message log"), main);
    }
    const MessageLogService::Page page = m_log.page(filter.request());
    Html list;
    if (page.records.isEmpty()) {
        list = Html::fill(R"(<p class="empty">%1</p>)",
                          {filter.firstPage() ? tr("No message matches the filter.") : tr("No older messages.")});
    } else {
        const QHash<QString, QString> names = LogFilter::instanceNames(m_instances);
        Html rows;
        for (const MessageRecord &record : page.records)
            rows += row(record, names.value(record.instanceId, record.instanceId), zone);
        list = Html::fill(R"(<table class="list log"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                          R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th>)"
                          R"(<th scope="col">%6</th><th scope="col">%7</th><th scope="col">%8</th>)",
                          {tr("Time"), tr("Instance"), tr("To"), tr("Purpose"), tr("API key"), tr("Status"),
                           tr("Rule"), tr("Outcome")})
            + Html::fill(R"(<th scope="col">%1</th></tr></thead><tbody>%2</tbody></table>)", {tr("Error"), rows});
    }
    const Html main = Html::fill(R"(<h1>%1</h1>%2%3%4)",
                                 {tr("Message log"), form, list, filter.pager(kPath, page.nextBeforeId)});
    return m_gate.page(request, admission.visitor, 200, tr("Message log"), main);
}

} // namespace wag::portal
