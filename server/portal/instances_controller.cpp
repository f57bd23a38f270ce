#include "instances_controller.h"

#include "core/phone_number.h"
#include "form_fields.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "portal_gate.h"

namespace wag::portal {

InstancesController::InstancesController(PortalGate &gate, InstanceService &instances)
    : m_gate(gate), m_instances(instances)
{
}

void InstancesController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/instances"),
               Router::SyncHandler([this](const HttpRequest &r) { return list(r); }));
    router.add("POST", QStringLiteral("/instances"),
               Router::SyncHandler([this](const HttpRequest &r) { return create(r); }));
}

QString InstancesController::stateLabel(const InstanceRecord &instance)
{
    switch (instance.state) {
    case InstanceState::Open: return tr("open");
    case InstanceState::Connecting: return tr("connecting");
    case InstanceState::Close: return tr("closed");
    }
    return instanceStateName(instance.state);
}

QString InstancesController::managePath(const InstanceRecord &instance, const QString &tab)
{
    // Names are slugs ([a-z0-9-]): safe in a path as they are, and nicer to read than the id.
    QString path = QStringLiteral("/instances/%1/manage").arg(instance.name);
    if (!tab.isEmpty())
        path += QStringLiteral("?tab=") + tab;
    return path;
}

Html InstancesController::badges(const InstanceRecord &instance)
{
    Html badges = Html::fill(R"(<span class="badge state-%1">%2</span>)",
                             {instanceStateName(instance.state), stateLabel(instance)});
    if (instance.paused)
        badges += Html::fill(R"( <span class="badge paused">%1</span>)", {tr("Paused")});
    // The simulator is the Demo: no real WhatsApp account behind it.
    if (instance.provider == u"simulator")
        badges += Html::fill(R"( <span class="badge demo">%1</span>)", {tr("Demo")});
    return badges;
}

Html InstancesController::maskedPhone(const InstanceRecord &instance)
{
    // A remote screen does not need the whole number (SPEC §3): the log mask.
    // Numbers read left to right also on a right-to-left page.
    return instance.linkedPhone.isEmpty()
        ? Html::text(tr("not linked"))
        : Html::fill(R"(<span dir="ltr">%1</span>)", {maskPhone(instance.linkedPhone)});
}

Html InstancesController::row(const InstanceRecord &instance)
{
    // data-instance: the live updates (live_updates.h) replace the row by it.
    return Html::fill(R"(<tr data-instance="%1"><td class="name">%2</td><td>%3</td><td class="phone">%4</td>)"
                      R"(<td class="manage"><a href="%5">%6</a></td></tr>)",
                      {instance.id, instance.name, badges(instance), maskedPhone(instance), managePath(instance),
                       tr("Manage")});
}

Html InstancesController::table() const
{
    const QList<InstanceRecord> instances = m_instances.list();
    if (instances.isEmpty())
        return Html::fill(R"(<p class="empty">%1</p>)", {tr("No instances yet. Create the first one below.")});
    Html rows;
    for (const InstanceRecord &instance : instances)
        rows += row(instance);
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col"><span class="visually-hidden">%4</span></th>)"
                      R"(</tr></thead><tbody>%5</tbody></table>)",
                      {tr("Name"), tr("State"), tr("Linked phone"), tr("Actions"), rows});
}

Html InstancesController::createForm(const SignedIn &visitor, const QString &problem, const QString &typedName)
{
    const bool invalid = !problem.isEmpty();
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="/instances" class="card" novalidate>%2)"
        R"(<label for="name">%3</label>)"
        R"(<input id="name" name="name" value="%4" aria-describedby="name-help%5"%6>)"
        R"(<p id="name-help" class="help">%7</p>%8<button type="submit">%9</button></form>)",
        {tr("New instance"), PageShell::csrfField(visitor.session.csrfToken), tr("Name"), typedName,
         invalid ? Html::markup(" name-problem") : Html(),
         invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
         tr("3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit."),
         invalid ? Html::fill(R"(<p id="name-problem" class="problem" role="alert">%1</p>)", {problem}) : Html(),
         tr("Create")});
}

HttpResponse InstancesController::listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                           const QString &problem, const QString &typedName)
{
    // After a delete on the manage page (a redirect here with ?deleted=name). Only said while
    // no instance has that name, so a made-up link cannot contradict the list below it.
    Html notice;
    const QString deleted = request.query.queryItemValue(QStringLiteral("deleted"), QUrl::FullyDecoded);
    if (!deleted.isEmpty() && InstanceService::isValidName(deleted) && !m_instances.find(deleted))
        notice = Html::fill(R"(<p class="notice" role="status">%1</p>)",
                            {tr("The instance \"%1\" was deleted.").arg(deleted)});
    const Html main = Html::fill(R"(<h1>%1</h1>%2%3%4)",
                                 {tr("Instances"), notice, table(), createForm(visitor, problem, typedName)});
    // The page with the live-updates script (portal-live.js), which keeps its rows current.
    ShellContext context{m_gate.language(), visitor, request.path};
    context.liveUpdates = true;
    return htmlResponse(status, PageShell::document(context, tr("Instances"), main));
}

HttpResponse InstancesController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    return listPage(request, *admission.visitor, 200, QString(), QString());
}

HttpResponse InstancesController::create(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const QString typed = form.value(QStringLiteral("name"));
    const Result<InstanceRecord> created = m_instances.create(typed.trimmed());
    if (!created) {
        const QString &code = created.failure().code;
        const int status = code == u"instance_exists"                                   ? 409
            : (code == u"invalid_instance_name" || code == u"validation_error") ? 422
                                                                                : 500;
        return listPage(request, *admission.visitor, status, created.failure().message, typed);
    }
    return redirectTo(QStringLiteral("/instances"));
}

} // namespace wag::portal
