#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>

namespace wag {
class Router;
}

namespace wag::portal {

class PortalGate;

// The public policy pages of SPEC §8, open without signing in (a customer, a contact or an
// integrator may read them): /acceptable-use, what the gateway may be used for and what the
// business running it owes its contacts, and /docs/responsible-messaging, what the send
// guard actually checks. The numbers are the registry's defaults and the guard's own
// constants read when the page is drawn, so the pages cannot drift from the code; a
// gateway's admin may have changed them, which the pages say.
class PolicyPagesController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::PolicyPagesController)
public:
    static void mount(Router &router, PortalGate &gate);

private:
    static Html acceptableUse();
    static Html responsibleMessaging();
};

} // namespace wag::portal
