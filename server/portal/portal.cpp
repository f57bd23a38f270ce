#include "portal.h"

#include "accept_header.h"
#include "api_keys_controller.h"
#include "api_reference_controller.h"
#include "http/router.h"
#include "instance_manage_controller.h"
#include "inbound_logs_controller.h"
#include "instances_controller.h"
#include "live_updates.h"
#include "login_throttle.h"
#include "message_logs_controller.h"
#include "policy_events_controller.h"
#include "portal_gate.h"
#include "policy_pages_controller.h"
#include "portal_pages.h"
#include "session_service.h"
#include "settings_controller.h"
#include "sign_in_controller.h"
#include "static_assets.h"
#include "suppressions_controller.h"
#include "threecx_controller.h"
#include "users_controller.h"

namespace wag::portal {

Portal::Portal(Services services, SessionLimits sessionLimits, LoginLimits loginLimits)
    : m_services(std::move(services))
{
    m_sessions = std::make_unique<SessionService>(m_services.users, m_services.clock, sessionLimits);
    m_throttle = std::make_unique<LoginThrottle>(m_services.clock, loginLimits);
    m_gate = std::make_unique<PortalGate>(*m_sessions);
    m_signIn = std::make_unique<SignInController>(*m_gate, *m_throttle, m_services.users);
    m_instances = std::make_unique<InstancesController>(*m_gate, m_services.instances);
    m_manage = std::make_unique<InstanceManageController>(*m_gate, m_services.instances, m_services.sends,
                                                          m_services.webhooks);
    m_users = std::make_unique<UsersController>(*m_gate, m_services.users);
    m_live = std::make_unique<LiveUpdates>(*m_gate, m_services.instances);
    m_live->setTimeZone(m_services.timeZone);
}

Portal::~Portal() = default;

void Portal::followInbound(InboundPipeline &pipeline)
{
    m_live->followInbound(pipeline);
}

void Portal::registerRoutes(Router &router)
{
    m_signIn->registerRoutes(router);
    m_instances->registerRoutes(router);
    m_manage->registerRoutes(router);
    m_users->registerRoutes(router);
    m_live->registerRoutes(router);
    ApiReferenceController::mount(router, *m_gate);
    ApiKeysController::mount(router, *m_gate, m_services.apiKeys, m_services.instances);
    SuppressionsController::mount(router, *m_gate, m_services.suppressions);
    MessageLogsController::mount(router, *m_gate, m_services.messageLog, m_services.instances, m_services.timeZone);
    InboundLogsController::mount(router, *m_gate, m_services.inboundLog, m_services.instances, m_services.timeZone);
    PolicyEventsController::mount(router, *m_gate, m_services.policyEvents, m_services.instances,
                                  m_services.timeZone);
    SettingsController::mount(router, *m_gate, m_services.settings);
    ThreecxController::mount(router, *m_gate, m_services.threecx, m_services.instances, m_services.publicUrl);
    PolicyPagesController::mount(router, *m_gate);
    StaticAssets::registerRoutes(router);
    // A path nothing serves: browsers get the portal's 404 page, API clients the JSON 404
    // as before.
    router.setNotFoundPage([this](const HttpRequest &request) -> std::optional<HttpResponse> {
        if (!prefersHtml(request.header("accept")))
            return std::nullopt;
        HttpResponse response = m_gate->notFound(request);
        response.withHeader("Vary", "Accept");
        return response;
    });
    // Pages of the menu that are not built yet answer that page to everyone, rather than
    // the API's JSON 404; a controller registered above takes its path over.
    for (const PortalPage &page : portalPages()) {
        if (!router.match("GET", page.path).handler)
            router.add("GET", page.path,
                       Router::SyncHandler([this](const HttpRequest &r) { return m_gate->notFound(r); }));
    }
}

} // namespace wag::portal
