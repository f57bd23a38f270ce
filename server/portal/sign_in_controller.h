#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>

namespace wag {
class Router;
class UserService;
}

namespace wag::portal {

class LoginThrottle;
class PortalGate;

// GET/POST /login, POST /logout, and the browser half of GET /.
//
// The sign-in form has its own CSRF token before there is a session (a double-submit
// cookie limited to /login): without it another site could sign a visitor in as the
// attacker, or spend the office's shared address budget and lock users out with forged
// posts. So the token is checked first, then the address limit, then the user's lockout,
// and only then the password.
class SignInController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::SignInController)
public:
    static constexpr char kLoginCookie[] = "wag_login";

    SignInController(PortalGate &gate, LoginThrottle &throttle, UserService &users);
    // Needs GET / registered already (the health check), which it puts itself in front of.
    void registerRoutes(Router &router);

private:
    HttpResponse showForm(const HttpRequest &request);
    HttpResponse signIn(const HttpRequest &request);
    HttpResponse signOut(const HttpRequest &request);
    // The sign-in page with `problem` above the form (none when empty) and the name typed.
    HttpResponse formPage(const HttpRequest &request, int status, const QString &problem,
                          const QString &typedName);

    PortalGate &m_gate;
    LoginThrottle &m_throttle;
    UserService &m_users; // notes each sign-in
};

} // namespace wag::portal
