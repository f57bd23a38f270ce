#include "users_controller.h"

#include "accounts/user_service.h"
#include "http/router.h"
#include "portal_gate.h"

#include <QLocale>

namespace wag::portal {

UsersController::UsersController(PortalGate &gate, const UserService &users) : m_gate(gate), m_users(users) { }

void UsersController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/users"),
               Router::SyncHandler([this](const HttpRequest &r) { return list(r); }));
}

HttpResponse UsersController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const auto utc = [](const QDateTime &when) {
        return QLocale::c().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    Html rows;
    for (const UserRecord &user : m_users.list()) {
        rows += Html::fill(R"(<tr><td class="name">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>)",
                           {user.name, PageShell::roleName(user.role),
                            user.isDisabled() ? tr("disabled") : tr("enabled"), utc(user.createdAt),
                            user.lastSignInAt.isValid() ? utc(user.lastSignInAt) : tr("never")});
    }
    const Html head = Html::fill(R"(<tr><th scope="col">%1</th><th scope="col">%2</th><th scope="col">%3</th>)"
                                 R"(<th scope="col">%4</th><th scope="col">%5</th></tr>)",
                                 {tr("Name"), tr("Role"), tr("Status"), tr("Created"), tr("Last sign-in")});
    const Html main = Html::fill(
        R"(<h1>%1</h1><table class="list"><thead>%2</thead><tbody>%3</tbody></table><p class="help">%4</p>)",
        {tr("Users"), head, rows,
         tr("Add, disable or change users in the desktop window (Settings) or with the admin command.")});
    return m_gate.page(request, admission.visitor, 200, tr("Users"), main);
}

} // namespace wag::portal
