#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace wag {
class InstanceService;
class PolicyEventService;
class Router;
struct PolicyEventRecord;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /policy-events, admins and operators (SPEC §8: "paused instances to review/resume"): the
// paused instances with their reason and a Resume button (POST /policy-events/resume, with
// the session's CSRF token, into InstanceService::resume), then the guard's decisions
// newest first as the window's page shows them (PolicyEventService, key paging, filter by
// instance and days; the decisions have no phone).
class PolicyEventsController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::PolicyEventsController)
public:
    using TimeZoneSource = std::function<QTimeZone()>;

    PolicyEventsController(PortalGate &gate, PolicyEventService &events, InstanceService &instances,
                           TimeZoneSource timeZone);
    static void mount(Router &router, PortalGate &gate, PolicyEventService &events, InstanceService &instances,
                      TimeZoneSource timeZone);

    static Html row(const PolicyEventRecord &record, const QString &instanceName, const QTimeZone &zone);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse resume(const HttpRequest &request);
    HttpResponse listPage(const HttpRequest &request, const SignedIn &visitor, int status, const Html &top);
    Html pausedSection(const SignedIn &visitor) const;

    PortalGate &m_gate;
    PolicyEventService &m_events;
    InstanceService &m_instances;
    TimeZoneSource m_timeZone;
};

} // namespace wag::portal
