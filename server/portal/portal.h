#pragma once

#include "core/clock.h"
#include "portal_limits.h"

#include <QTimeZone>

#include <functional>
#include <memory>

namespace wag {
class ApiKeyService;
class InboundLogService;
class InboundPipeline;
class InstanceService;
class MessageLogService;
class PolicyEventService;
class Router;
class SendService;
class SettingsService;
class SuppressionService;
class ThreecxService;
class UserService;
class WebhookService;
}

namespace wag::portal {

class InstanceManageController;
class InstancesController;
class LiveUpdates;
class LoginThrottle;
class PortalGate;
class SessionService;
class SignInController;
class UsersController;

// The web portal (SPEC §8): owns its sessions, the sign-in brakes and the page
// controllers, and mounts them on the engine's router. Handlers stay thin: every action is
// a call into the engine's services, as in the desktop window.
class Portal
{
public:
    struct Services
    {
        UserService &users;
        InstanceService &instances;
        const Clock &clock;
        ApiKeyService &apiKeys;
        SuppressionService &suppressions;
        SendService &sends;
        MessageLogService &messageLog;
        InboundLogService &inboundLog;
        PolicyEventService &policyEvents;
        // The zone of the gateway's days, asked on every use: the setting may change.
        std::function<QTimeZone()> timeZone;
        SettingsService &settings; // the Settings page saves and applies through it, as the window does
        WebhookService &webhooks; // the instance page's Webhooks tab
        ThreecxService &threecx;  // the 3CX page
        // Where 3CX reaches the gateway (the public URL), asked on every use; empty: the page
        // builds it from the scheme and Host of the request.
        std::function<QString()> publicUrl;
    };

    explicit Portal(Services services, SessionLimits sessionLimits = {}, LoginLimits loginLimits = {});
    ~Portal();

    // After the health check registered GET /: the portal puts itself in front of it for
    // browsers. Every page of the menu that no controller serves answers a 404 page.
    void registerRoutes(Router &router);

    // The inbound log's live rows (LiveUpdates): the pipeline exists only once serving.
    void followInbound(InboundPipeline &pipeline);

    SessionService &sessions() { return *m_sessions; }
    LiveUpdates &liveUpdates() { return *m_live; }

private:
    Services m_services;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<PortalGate> m_gate;
    std::unique_ptr<SignInController> m_signIn;
    std::unique_ptr<InstancesController> m_instances;
    std::unique_ptr<InstanceManageController> m_manage;
    std::unique_ptr<UsersController> m_users;
    std::unique_ptr<LiveUpdates> m_live;
};

} // namespace wag::portal
