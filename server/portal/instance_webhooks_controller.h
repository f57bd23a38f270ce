#pragma once

#include "html.h"
#include "http/http_types.h"
#include "instance_webhooks_view.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace wag {
class InstanceService;
class Router;
class WebhookService;
struct InstanceRecord;
}

namespace wag::portal {

class FormFields;
class PortalGate;
struct SignedIn;

// The instance page's Webhooks tab (?tab=webhook, SPEC §6.4 and §8), as the desktop
// window's Webhooks page does it, every action a call into WebhookService:
//  - the list: the instance's destinations with state (and why the gateway disabled one),
//    pending deliveries and the last attempt; a form to add one (URL and events, the
//    service's URL rules); a form to redeliver a time range of the instance's events.
//  - ?tab=webhook&destination=<id>: one destination with enable/disable, send a test event,
//    rotate secret and remove (both after a confirmation step), the edit form, and its
//    delivery log with a redeliver button per attempt.
// A new or rotated signing secret is shown once, on the answer to the POST that made it.
//
// Who: SPEC §8 lists webhook destinations, events, secret and delivery log on the instance
// page, and gives operators "instances"; the keys they may not touch are API keys. So
// admins and operators alike may use this tab, as they may the rest of the instance page.
//
// Every POST carries the session's CSRF token (PortalGate::admitForm); a destination is
// only ever acted on through the instance in the path, so another instance's destination
// id answers 404 like an unknown one.
class InstanceWebhooksController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstanceWebhooksController)
public:
    // The instance page around the tab's content (title, tab bar, menu): the manage
    // controller's, so that both tabs and answers to this controller's POSTs look the same.
    using Frame = std::function<HttpResponse(const SignedIn &visitor, const InstanceRecord &instance, int status,
                                             const Html &content)>;

    InstanceWebhooksController(PortalGate &gate, InstanceService &instances, WebhookService &webhooks, Frame frame);
    void registerRoutes(Router &router);

    // GET …/manage?tab=webhook[&destination=<id>], once the manage controller admitted the
    // visitor and found the instance.
    HttpResponse show(const HttpRequest &request, const SignedIn &visitor, const InstanceRecord &instance);

    static QString listPath(const InstanceRecord &instance);
    static QString destinationPath(const InstanceRecord &instance, const QString &destinationId);

private:
    struct Context; // an admitted POST: visitor, form, instance, and its destination if named

    // What the list or a destination's view shows besides the stored state: an outcome or
    // a problem on top, what was typed in a form that was refused.
    struct Extras
    {
        Html top;
        std::optional<InstanceWebhooksView::TypedDestination> typed;
        QString formProblem;
        InstanceWebhooksView::TypedRange typedRange;
        QString rangeProblem;
    };

    HttpResponse listPage(const SignedIn &visitor, const InstanceRecord &instance, int status, const Extras &extras);
    HttpResponse destinationPage(const SignedIn &visitor, const InstanceRecord &instance,
                                 const WebhookDestinationRecord &destination, int status, const Extras &extras);
    HttpResponse confirmPage(const Context &context, const QString &action, const QString &question,
                             const QString &button);
    InstanceWebhooksView::Row row(const InstanceRecord &instance, const WebhookDestinationRecord &record) const;

    // Admits the POST (CSRF, role), finds the instance and, when `needsDestination`, the
    // form's destination of that instance: the refusal to answer otherwise.
    std::optional<HttpResponse> admit(const HttpRequest &request, bool needsDestination, Context &context);

    HttpResponse add(const HttpRequest &request);
    HttpResponse edit(const HttpRequest &request);
    HttpResponse setEnabled(const HttpRequest &request, bool enabled);
    HttpResponse rotate(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);
    HttpResponse sendTest(const HttpRequest &request);
    HttpResponse redeliverEvent(const HttpRequest &request);
    HttpResponse redeliverRange(const HttpRequest &request);

    static QString actionPath(const InstanceRecord &instance, const QString &action);
    static QStringList checkedEvents(const FormFields &form, InstanceWebhooksView::TypedDestination &typed);
    // The URL and events of the add and edit forms, kept in `extras` as typed; empty (with
    // the problem in `extras`) when no event is ticked.
    static QStringList readDestinationForm(const FormFields &form, Extras &extras);
    static std::optional<QDateTime> parseUtc(const QString &text);

    PortalGate &m_gate;
    InstanceService &m_instances;
    WebhookService &m_webhooks;
    Frame m_frame;
};

} // namespace wag::portal
