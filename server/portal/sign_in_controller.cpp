#include "sign_in_controller.h"

#include "accept_header.h"
#include "accounts/user_service.h"
#include "core/logging.h"
#include "cookies.h"
#include "csrf.h"
#include "form_fields.h"
#include "http/router.h"
#include "login_throttle.h"
#include "portal_gate.h"

namespace wag::portal {

namespace {

// How long a sign-in form stays usable: long enough to fetch a password from a manager.
constexpr qint64 kLoginFormSeconds = 60 * 60;
constexpr qsizetype kLoginTokenLength = 32;

int minutesUntil(qint64 milliseconds)
{
    return int((milliseconds + 59'999) / 60'000);
}

HttpResponse tooMany(HttpResponse response, qint64 waitMs)
{
    response.withHeader("Retry-After", QByteArray::number((waitMs + 999) / 1000));
    return response;
}

} // namespace

SignInController::SignInController(PortalGate &gate, LoginThrottle &throttle, UserService &users)
    : m_gate(gate), m_throttle(throttle), m_users(users)
{
}

void SignInController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/login"),
               Router::SyncHandler([this](const HttpRequest &r) { return showForm(r); }));
    router.add("POST", QStringLiteral("/login"),
               Router::SyncHandler([this](const HttpRequest &r) { return signIn(r); }));
    router.add("POST", QStringLiteral("/logout"),
               Router::SyncHandler([this](const HttpRequest &r) { return signOut(r); }));
    // GET / stays the health check for probes and API clients, answered exactly as before;
    // only a browser asking for HTML gets the portal.
    router.decorate("GET", QStringLiteral("/"), [this](Router::Handler health) {
        return Router::Handler([this, health](const HttpRequest &request, HttpReply reply) {
            if (!prefersHtml(request.header("accept"))) {
                health(request, std::move(reply));
                return;
            }
            HttpResponse response = showForm(request);
            response.withHeader("Vary", "Accept");
            reply.send(std::move(response));
        });
    });
}

HttpResponse SignInController::formPage(const HttpRequest &request, int status, const QString &problem,
                                        const QString &typedName)
{
    // One token per browser, kept while it is valid, so two open sign-in tabs both work.
    QByteArray token = cookieValue(request, kLoginCookie);
    if (token.size() != kLoginTokenLength)
        token = newCsrfToken();
    const Html problemBox = problem.isEmpty()
        ? Html()
        : Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem});
    const Html main = Html::fill(
        R"(<h1>%1</h1>%2<form method="post" action="/login" class="card">%3)"
        R"(<label for="user">%4</label>)"
        R"(<input id="user" name="user" autocomplete="username" required value="%5">)"
        R"(<label for="password">%6</label>)"
        R"(<input id="password" name="password" type="password" autocomplete="current-password" required>)"
        R"(<button type="submit">%1</button></form>)",
        {tr("Sign in"), problemBox, PageShell::csrfField(token), tr("User name"), typedName, tr("Password")});
    HttpResponse response = m_gate.page(request, std::nullopt, status, tr("Sign in"), main);
    response.withHeader("Set-Cookie", setCookieValue(CookieSpec{kLoginCookie, token, "/login",
                                                                request.secure, kLoginFormSeconds}));
    return response;
}

HttpResponse SignInController::showForm(const HttpRequest &request)
{
    if (m_gate.visitor(request))
        return redirectTo(QStringLiteral("/instances"));
    return formPage(request, 200, QString(), QString());
}

HttpResponse SignInController::signIn(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const QString typedName = form.value(QStringLiteral("user"));
    if (!csrfTokensMatch(cookieValue(request, kLoginCookie), form.value(QStringLiteral("csrf")).toLatin1()))
        return formPage(request, 403,
                        tr("This sign-in form has expired or did not come from this gateway. Please sign in again."),
                        typedName);

    if (const qint64 wait = m_throttle.admitAddress(request.peer); wait > 0)
        return tooMany(formPage(request, 429,
                                tr("Too many sign-in attempts from your address. Try again in %n minute(s).",
                                   nullptr, minutesUntil(wait)),
                                typedName),
                       wait);
    const QString name = UserService::normalizeName(typedName.trimmed());
    // A name no user can have is refused without being tracked: otherwise a stream of
    // 60 KiB "names" would fill the lockout table. It reveals only the public name rule.
    if (!UserService::isValidName(name))
        return formPage(request, 401, tr("Wrong user name or password."), typedName);
    if (const qint64 locked = m_throttle.lockedForMs(name); locked > 0)
        return tooMany(formPage(request, 429,
                                tr("Too many wrong passwords for this user. Try again in %n minute(s).",
                                   nullptr, minutesUntil(locked)),
                                typedName),
                       locked);

    const Result<UserRecord> user = m_users.authenticate(name, form.value(QStringLiteral("password")));
    if (!user) {
        const QString &code = user.failure().code;
        if (code == u"invalid_credentials") {
            m_throttle.recordFailure(name);
            return formPage(request, 401, tr("Wrong user name or password."), typedName);
        }
        if (code == u"user_disabled") {
            m_gate.sessions().endAllOf(name);
            return formPage(request, 403, tr("This account is disabled. Ask an administrator."), typedName);
        }
        return formPage(request, 503, tr("Signing in is not possible right now. Try again shortly."), typedName);
    }

    m_throttle.recordSuccess(name);
    const QByteArray sessionId = m_gate.sessions().start(user.value());
    // Shown in the users lists. Not worth refusing a sign-in over: the log says it.
    if (const Status noted = m_users.recordSignIn(user.value().id); !noted)
        qCWarning(lcApp).noquote() << "could not note the sign-in of" << user.value().name << ":"
                                   << noted.failure().message;
    HttpResponse response = redirectTo(QStringLiteral("/instances"));
    response.withHeader("Set-Cookie", setCookieValue(CookieSpec{PortalGate::kSessionCookie, sessionId, "/",
                                                                request.secure, std::nullopt}));
    response.withHeader("Set-Cookie",
                        setCookieValue(CookieSpec{kLoginCookie, QByteArray(), "/login", request.secure, 0}));
    return response;
}

HttpResponse SignInController::signOut(const HttpRequest &request)
{
    const PortalGate::Admission admission =
        m_gate.admitForm(request, FormFields::parse(request), Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    m_gate.sessions().end(admission.visitor->sessionId);
    HttpResponse response = redirectTo(QStringLiteral("/login"));
    response.withHeader("Set-Cookie", PortalGate::clearedSessionCookie(request));
    return response;
}

} // namespace wag::portal
