#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>
#include <QSet>

namespace wag {
class ApiKeyService;
class InstanceService;
class Router;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /api-keys, admins only (SPEC §8): the keys (name, prefix, instance scope, created, last
// used, revoked), the form that creates one and the revoke button with its confirmation
// step. Every action is a call into ApiKeyService, as in the window's API keys page.
//
// A new key is shown once, on the answer to the POST that created it (no-store like every
// page); the service keeps only its hash, so no later page can show it again.
class ApiKeysController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::ApiKeysController)
public:
    ApiKeysController(PortalGate &gate, ApiKeyService &keys, InstanceService &instances);
    // Registers GET/POST /api-keys and POST /api-keys/revoke, handled by a controller that
    // the routes own, so the portal needs no member for it.
    static void mount(Router &router, PortalGate &gate, ApiKeyService &keys, InstanceService &instances);

private:
    struct FormState
    {
        QString problem;
        QString typedName;
        QSet<QString> checkedIds;
    };
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse listPage(const HttpRequest &request, const SignedIn &visitor, int status, const Html &top,
                          const FormState &form);
    Html table(const SignedIn &visitor) const;
    Html createForm(const SignedIn &visitor, const FormState &form) const;

    PortalGate &m_gate;
    ApiKeyService &m_keys;
    InstanceService &m_instances;
};

} // namespace wag::portal
