#pragma once

#include "http/http_types.h"

#include <QCoreApplication>

namespace wag {
class Router;
class UserService;
}

namespace wag::portal {

class PortalGate;

// GET /users, admins only (SPEC §8): who can sign in, with which role, and who is
// disabled. Read-only for now; creating and changing users stays in the window and the
// admin command until the users page proper is built.
class UsersController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::UsersController)
public:
    UsersController(PortalGate &gate, const UserService &users);
    void registerRoutes(Router &router);

private:
    HttpResponse list(const HttpRequest &request);

    PortalGate &m_gate;
    const UserService &m_users;
};

} // namespace wag::portal
