#include "inbound_logs_controller.h"

#include "core/screen_phone_mask.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "log_filter.h"
#include "logs/inbound_log_service.h"
#include "portal_gate.h"

#include <memory>

namespace wag::portal {

namespace {
const QString kPath = QStringLiteral("/inbound-logs");
}

InboundLogsController::InboundLogsController(PortalGate &gate, InboundLogService &log, InstanceService &instances,
                                             TimeZoneSource timeZone)
    : m_gate(gate), m_log(log), m_instances(instances), m_timeZone(std::move(timeZone))
{
}

void InboundLogsController::mount(Router &router, PortalGate &gate, InboundLogService &log,
                                  InstanceService &instances, TimeZoneSource timeZone)
{
    const auto c = std::make_shared<InboundLogsController>(gate, log, instances, std::move(timeZone));
    router.add("GET", kPath, Router::SyncHandler([c](const HttpRequest &r) { return c->list(r); }));
}

Html InboundLogsController::row(const InboundMessageRecord &r, const QString &instanceName, const QTimeZone &zone)
{
    const QString name = r.groupName.isEmpty() ? r.fromName : tr("%1 (in %2)").arg(r.fromName, r.groupName);
    const QString text = r.text.left(kTextShown).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // data-inbound: the live updates put a new row in once, however often it is announced.
    return Html::fill(R"(<tr data-inbound="%1"><td class="time">%2</td><td>%3</td>)"
                      R"(<td class="phone"><span dir="ltr">%4</span></td><td class="name">%5</td><td>%6</td>)"
                      R"(<td class="note">%7</td><td>%8</td></tr>)",
                      {QString::number(r.id), LogFilter::timeText(r.createdAt, zone), instanceName,
                       maskPhoneForScreen(r.fromPhone), name, r.messageType, text, r.optOutKeyword});
}

HttpResponse InboundLogsController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const QTimeZone zone = m_timeZone ? m_timeZone() : QTimeZone::utc();
    const LogFilter filter = LogFilter::read(request, m_instances, zone, true);
    const Html form = filter.form(kPath, m_instances.list(), tr("The phone filter takes any part of the number."));
    if (!filter.ok()) {
        const Html main = Html::fill(R"(<h1>%1</h1>%2%3)", {tr("Inbound log"), form, filter.problemBox()});
        return m_gate.page(request, admission.visitor, 400, tr("Inbound log"), main);
    }
    const InboundLogService::Page page = m_log.page(filter.request());
    const QHash<QString, QString> names = LogFilter::instanceNames(m_instances);
    Html rows;
    for (const InboundMessageRecord &record : page.records)
        rows += row(record, names.value(record.instanceId, record.instanceId), zone);
    // Only the newest page takes live rows: on an older one a new row would be out of place.
    const bool live = filter.firstPage();
    Html list;
    if (!page.records.isEmpty() || live) {
        const QString query = filter.filterQuery();
        const QString liveQuery = query.isEmpty() ? QStringLiteral("inbound=1") : QStringLiteral("inbound=1&") + query;
        const Html marker = live ? Html::fill(R"( data-live-inbound="%1")", {liveQuery}) : Html();
        list = Html::fill(R"(<table class="list log"%1><thead><tr><th scope="col">%2</th><th scope="col">%3</th>)"
                          R"(<th scope="col">%4</th><th scope="col">%5</th><th scope="col">%6</th>)"
                          R"(<th scope="col">%7</th><th scope="col">%8</th>)",
                          {marker, tr("Time"), tr("Instance"), tr("From"), tr("Name"), tr("Type"), tr("Message"),
                           tr("Opt-out keyword")})
            + Html::fill(R"(</tr></thead><tbody>%1</tbody></table>)", {rows});
    }
    if (page.records.isEmpty()) {
        list += Html::fill(R"(<p class="empty">%1</p>)", {filter.firstPage() ? tr("No message matches the filter.")
                                                                             : tr("No older messages.")});
    }
    const Html main = Html::fill(R"(<h1>%1</h1>%2%3%4)",
                                 {tr("Inbound log"), form, list, filter.pager(kPath, page.nextBeforeId)});
    ShellContext context{m_gate.language(), admission.visitor, request.path};
    context.liveUpdates = live;
    return htmlResponse(200, PageShell::document(context, tr("Inbound log"), main));
}

} // namespace wag::portal
