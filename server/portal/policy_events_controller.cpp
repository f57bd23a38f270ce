#include "policy_events_controller.h"

#include "form_fields.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "log_filter.h"
#include "logs/policy_event_service.h"
#include "portal_gate.h"

#include <memory>

namespace wag::portal {

namespace {
const QString kPath = QStringLiteral("/policy-events");
}

PolicyEventsController::PolicyEventsController(PortalGate &gate, PolicyEventService &events,
                                               InstanceService &instances, TimeZoneSource timeZone)
    : m_gate(gate), m_events(events), m_instances(instances), m_timeZone(std::move(timeZone))
{
}

void PolicyEventsController::mount(Router &router, PortalGate &gate, PolicyEventService &events,
                                   InstanceService &instances, TimeZoneSource timeZone)
{
    const auto c = std::make_shared<PolicyEventsController>(gate, events, instances, std::move(timeZone));
    router.add("GET", kPath, Router::SyncHandler([c](const HttpRequest &r) { return c->list(r); }));
    router.add("POST", kPath + QStringLiteral("/resume"),
               Router::SyncHandler([c](const HttpRequest &r) { return c->resume(r); }));
}

Html PolicyEventsController::row(const PolicyEventRecord &r, const QString &instanceName, const QTimeZone &zone)
{
    return Html::fill(R"(<tr data-event="%1"><td class="time">%2</td><td>%3</td><td>%4</td><td>%5</td>)"
                      R"(<td>%6</td><td class="note">%7</td></tr>)",
                      {QString::number(r.id), LogFilter::timeText(r.createdAt, zone), instanceName, r.action, r.rule,
                       r.riskScore ? QString::number(*r.riskScore) : QString(), r.detail});
}

Html PolicyEventsController::pausedSection(const SignedIn &visitor) const
{
    Html items;
    for (const InstanceRecord &instance : m_instances.list()) {
        if (!instance.paused)
            continue;
        const Html reason = instance.pausedReason.isEmpty()
            ? Html::fill(R"(<span class="help">%1</span>)", {tr("no reason given")})
            : Html::text(instance.pausedReason);
        // No confirmation step: resuming undoes nothing that cannot be paused again.
        items += Html::fill(R"(<tr data-paused="%1"><td class="name">%2</td><td class="note">%3</td><td>)"
                            R"(<form method="post" action="/policy-events/resume" class="inline">%4)"
                            R"(<input type="hidden" name="instance" value="%1"><button type="submit">%5</button>)"
                            R"(</form></td></tr>)",
                            {instance.id, instance.name, reason, PageShell::csrfField(visitor.session.csrfToken),
                             tr("Resume")});
    }
    if (items.isEmpty())
        return Html::fill(R"(<h2>%1</h2><p class="empty">%2</p>)", {tr("Paused instances"), tr("No instance is paused.")});
    return Html::fill(R"(<h2>%1</h2><table class="list paused"><thead><tr><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col"><span class="visually-hidden">%4</span></th></tr>)"
                      R"(</thead><tbody>%5</tbody></table><p class="help">%6</p>)",
                      {tr("Paused instances"), tr("Instance"), tr("Reason"), tr("Actions"), items,
                       tr("A paused instance accepts no sends. Resume it once the reason is dealt with.")});
}

HttpResponse PolicyEventsController::listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                              const Html &top)
{
    const QTimeZone zone = m_timeZone ? m_timeZone() : QTimeZone::utc();
    const LogFilter filter = LogFilter::read(request, m_instances, zone, false);
    const Html form = filter.form(kPath, m_instances.list(), QString());
    const Html head = Html::fill(R"(<h1>%1</h1>%2%3<h2>%4</h2>)",
                                 {tr("Policy events"), top, pausedSection(visitor), tr("Decisions of the guard")});
    if (!filter.ok()) {
        return m_gate.page(request, visitor, 400, tr("Policy events"), head + form + filter.problemBox());
    }
    const PolicyEventService::Page page = m_events.page(filter.request());
    Html list;
    if (page.records.isEmpty()) {
        list = Html::fill(R"(<p class="empty">%1</p>)",
                          {filter.firstPage() ? tr("No decision matches the filter.") : tr("No older decisions.")});
    } else {
        const QHash<QString, QString> names = LogFilter::instanceNames(m_instances);
        Html rows;
        for (const PolicyEventRecord &record : page.records)
            rows += row(record, names.value(record.instanceId, record.instanceId), zone);
        list = Html::fill(R"(<table class="list log"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                          R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th>)"
                          R"(<th scope="col">%6</th></tr></thead><tbody>%7</tbody></table>)",
                          {tr("Time"), tr("Instance"), tr("Decision"), tr("Rule"), tr("Risk"), tr("Detail"), rows});
    }
    return m_gate.page(request, visitor, status, tr("Policy events"),
                       head + form + list + filter.pager(kPath, page.nextBeforeId));
}

HttpResponse PolicyEventsController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    return listPage(request, *admission.visitor, 200, Html());
}

HttpResponse PolicyEventsController::resume(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const QString instance = form.value(QStringLiteral("instance")).trimmed();
    if (const Status resumed = m_instances.resume(instance); !resumed.ok()) {
        const bool unknown = resumed.failure().code == u"invalid_instance";
        const QString problem = unknown ? tr("There is no instance \"%1\" (any more).").arg(instance)
                                        : resumed.failure().message;
        // The page of a POST: no filter of its own (the form's query is not this request's).
        HttpRequest plain = request;
        plain.query = QUrlQuery();
        plain.path = kPath;
        return listPage(plain, *admission.visitor, unknown ? 404 : 500,
                        Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem}));
    }
    return redirectTo(kPath);
}

} // namespace wag::portal
