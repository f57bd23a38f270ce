#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>

namespace wag {
class InstanceService;
class Router;
struct InstanceRecord;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /instances: the list (name, state, Demo, paused, linked phone masked) and the form that
// creates one. Admins and operators both may; creating goes through InstanceService, whose
// refusal (name rules, duplicate) is shown on the form with what was typed.
class InstancesController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InstancesController)
public:
    InstancesController(PortalGate &gate, InstanceService &instances);
    void registerRoutes(Router &router);

    static QString stateLabel(const InstanceRecord &instance); // translated
    // One row of the list (<tr data-instance="id">): the page and its live updates both
    // render it here, so they never differ.
    static Html row(const InstanceRecord &instance);
    // State, Paused and Demo badges, as the list and the manage page show them.
    static Html badges(const InstanceRecord &instance);
    // The linked phone masked as in the logs, or "not linked".
    static Html maskedPhone(const InstanceRecord &instance);
    // /instances/{name}/manage, with ?tab= when `tab` is given.
    static QString managePath(const InstanceRecord &instance, const QString &tab = QString());

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                          const QString &problem, const QString &typedName);
    Html table() const;
    static Html createForm(const SignedIn &visitor, const QString &problem, const QString &typedName);

    PortalGate &m_gate;
    InstanceService &m_instances;
};

} // namespace wag::portal
