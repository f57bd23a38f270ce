#pragma once

#include "html.h"
#include "http/http_reply.h"
#include "http/http_types.h"
#include "instance_test_send_view.h"
#include "instance_usage_view.h"
#include "instance_webhooks_controller.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace wag {
class InstanceService;
class Router;
class SendService;
class WebhookService;
struct InstanceRecord;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /instances/{id or name}/manage?tab=connection|webhook|test-send|settings, admins and operators
// (SPEC §8): one instance as the desktop window's instance page shows it.
//  - connection (default): state, linked phone masked, Demo, the QR code while connecting
//    (kept current over GET /live, see InstanceConnectionView), and Connect, Restart,
//    Pause/Resume, Log out and Delete — the last two with a confirmation step.
//  - test-send: one message through SendService::sendAsPerson, the full guard, logged with
//    the origin "portal" where an API send has its key prefix; the answer comes back on the
//    page (asynchronously: the handler does not wait on the provider).
//  - settings: usage against the limits from the guard's own report, Pause/Resume, and for
//    admins the per-instance limits (InstanceService::setLimits, which validates them).
//  - webhook: the instance's webhook destinations, their secrets and delivery logs; its
//    GET view and POST routes are InstanceWebhooksController's, framed by this page.
// Every action is a POST with the session's CSRF token, calling the service; a refusal
// shows the service's own message.
class InstanceManageController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceManageController)
public:
    // Where a person's portal send keeps the key prefix in the message log (the window's is
    // SendService::kDesktopOrigin). No API key prefix looks like it.
    static constexpr char kPortalOrigin[] = "portal";

    InstanceManageController(PortalGate &gate, InstanceService &instances, SendService &sends,
                             WebhookService &webhooks);
    ~InstanceManageController();
    void registerRoutes(Router &router);

private:
    enum class Tab { Connection, Webhooks, TestSend, Settings };
    struct View
    {
        Tab tab = Tab::Connection;
        Html top; // a problem box or an outcome, above the tab's content
        InstanceTestSendView::Typed typedSend;
        std::optional<InstanceUsageView::TypedLimits> typedLimits; // none: the stored limits
        QString limitsProblem;
        Html webhooks; // the Webhooks tab's content, from InstanceWebhooksController
    };

    HttpResponse show(const HttpRequest &request);
    HttpResponse act(const HttpRequest &request, const QString &action);
    HttpResponse setLimits(const HttpRequest &request);
    void testSend(const HttpRequest &request, HttpReply reply);

    HttpResponse page(const SignedIn &visitor, const InstanceRecord &instance,
                      int status, const View &view);
    Html tabBar(const InstanceRecord &instance, Tab current) const;
    Html connectionTab(const SignedIn &visitor, const InstanceRecord &instance) const;
    Html settingsTab(const SignedIn &visitor, const InstanceRecord &instance, const View &view);
    Html pauseResumeForm(const SignedIn &visitor, const InstanceRecord &instance, Tab backTo) const;
    HttpResponse confirmPage(const HttpRequest &request, const SignedIn &visitor, const InstanceRecord &instance,
                             const QString &action, const QString &question, const QString &button);
    HttpResponse tabNotFound(const HttpRequest &request, const SignedIn &visitor, const QString &tab);

    static std::optional<Tab> tabNamed(const QString &name);
    static QString tabName(Tab tab);
    static QString actionPath(const InstanceRecord &instance, const QString &action);

    PortalGate &m_gate;
    InstanceService &m_instances;
    SendService &m_sends;
    InstanceWebhooksController m_webhooks;
    // A test send answers later; its callback does nothing once this controller is gone.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace wag::portal
