#include "api_keys_controller.h"

#include "accounts/api_key_service.h"
#include "form_fields.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "portal_gate.h"

#include <QHash>
#include <QLocale>

#include <memory>

namespace wag::portal {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale::c().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

QString scopeField(const QString &instanceId)
{
    return QStringLiteral("scope-") + instanceId;
}

} // namespace

ApiKeysController::ApiKeysController(PortalGate &gate, ApiKeyService &keys, InstanceService &instances)
    : m_gate(gate), m_keys(keys), m_instances(instances)
{
}

void ApiKeysController::mount(Router &router, PortalGate &gate, ApiKeyService &keys, InstanceService &instances)
{
    const auto controller = std::make_shared<ApiKeysController>(gate, keys, instances);
    router.add("GET", QStringLiteral("/api-keys"),
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->list(r); }));
    router.add("POST", QStringLiteral("/api-keys"),
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->create(r); }));
    router.add("POST", QStringLiteral("/api-keys/revoke"),
               Router::SyncHandler([controller](const HttpRequest &r) { return controller->revoke(r); }));
}

Html ApiKeysController::table(const SignedIn &visitor) const
{
    const QList<ApiKeyRecord> keys = m_keys.list();
    if (keys.isEmpty())
        return Html::fill(R"(<p class="empty">%1</p>)", {tr("No API keys yet. Create the first one below.")});
    QHash<QString, QString> names;
    for (const InstanceRecord &instance : m_instances.list())
        names.insert(instance.id, instance.name);
    Html rows;
    for (const ApiKeyRecord &key : keys) {
        QStringList scope;
        for (const QString &id : key.instanceIds)
            scope << names.value(id, id);
        const Html action = key.isRevoked()
            ? Html()
            : Html::fill(R"(<form method="post" action="/api-keys/revoke" class="inline">%1)"
                         R"(<input type="hidden" name="prefix" value="%2">)"
                         R"(<button type="submit" class="danger">%3</button></form>)",
                         {PageShell::csrfField(visitor.session.csrfToken), key.prefix, tr("Revoke…")});
        rows += Html::fill(R"(<tr%1><td class="name">%2</td><td><code dir="ltr">%3…</code></td><td class="scope">%4</td>)"
                           R"(<td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>)",
                           {key.isRevoked() ? Html::markup(R"( class="revoked")") : Html(), key.name, key.prefix,
                            scope.isEmpty() ? tr("all instances") : scope.join(QStringLiteral(", ")),
                            timeText(key.createdAt),
                            key.lastUsedAt.isValid() ? timeText(key.lastUsedAt) : tr("never"),
                            key.isRevoked() ? timeText(key.revokedAt) : tr("no"), action});
    }
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th>)"
                      R"(<th scope="col">%6</th><th scope="col"><span class="visually-hidden">%7</span></th>)"
                      R"(</tr></thead><tbody>%8</tbody></table>)",
                      {tr("Name"), tr("Prefix"), tr("Instances"), tr("Created"), tr("Last used"), tr("Revoked"),
                       tr("Actions"), rows});
}

Html ApiKeysController::createForm(const SignedIn &visitor, const FormState &form) const
{
    const bool invalid = !form.problem.isEmpty();
    Html boxes;
    for (const InstanceRecord &instance : m_instances.list()) {
        boxes += Html::fill(R"(<label class="check"><input type="checkbox" name="%1" value="on"%2> %3</label>)",
                            {scopeField(instance.id),
                             form.checkedIds.contains(instance.id) ? Html::markup(" checked") : Html(),
                             instance.name});
    }
    if (boxes.isEmpty())
        boxes = Html::fill(R"(<p class="help">%1</p>)", {tr("There are no instances yet.")});
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="/api-keys" class="card" novalidate autocomplete="off">%2)"
        R"(<label for="name">%3</label>)"
        R"(<input id="name" name="name" value="%4" aria-describedby="name-help%5"%6>)"
        R"(<p id="name-help" class="help">%7</p>%8)"
        R"(<fieldset><legend>%9</legend>)",
        {tr("New API key"), PageShell::csrfField(visitor.session.csrfToken), tr("Name"), form.typedName,
         invalid ? Html::markup(" name-problem") : Html(),
         invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
         tr("A name that says who uses the key, e.g. \"crm\"."),
         invalid ? Html::fill(R"(<p id="name-problem" class="problem" role="alert">%1</p>)", {form.problem}) : Html(),
         tr("Instances the key may send through")})
        + Html::fill(R"(%1<p class="help">%2</p></fieldset><button type="submit">%3</button></form>)",
                     {boxes, tr("None ticked: the key may use every instance."), tr("Create key")});
}

HttpResponse ApiKeysController::listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                         const Html &top, const FormState &form)
{
    const Html main = Html::fill(R"(<h1>%1</h1>%2%3%4)",
                                 {tr("API keys"), top, table(visitor), createForm(visitor, form)});
    return m_gate.page(request, visitor, status, tr("API keys"), main);
}

HttpResponse ApiKeysController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    return listPage(request, *admission.visitor, 200, Html(), {});
}

HttpResponse ApiKeysController::create(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    FormState state;
    state.typedName = form.value(QStringLiteral("name"));
    QStringList scope;
    for (const InstanceRecord &instance : m_instances.list()) {
        if (form.contains(scopeField(instance.id))) {
            scope << instance.id;
            state.checkedIds.insert(instance.id);
        }
    }
    const QString name = state.typedName.trimmed();
    if (name.isEmpty()) {
        state.problem = tr("Give the key a name that says who uses it, e.g. \"crm\".");
        return listPage(request, *admission.visitor, 422, Html(), state);
    }
    const Result<CreatedApiKey> created = m_keys.create(name, scope);
    if (!created) {
        const QString &code = created.failure().code;
        state.problem = created.failure().message;
        const int status = (code == u"validation_error" || code == u"invalid_instance") ? 422 : 500;
        return listPage(request, *admission.visitor, status, Html(), state);
    }
    // The one time the key exists outside the caller's hands: this answer (no-store).
    const Html secret = Html::fill(
        R"(<section class="card secret-once" role="alert" aria-labelledby="new-key"><h2 id="new-key">%1</h2>)"
        R"(<p>%2</p><p><input class="secret" id="new-key-value" readonly value="%3" dir="ltr" )"
        R"(aria-label="%4" spellcheck="false"></p><p class="warning"><strong>%5</strong> %6</p></section>)",
        {tr("New API key"),
         tr("The key for \"%1\". Integrations send it as \"Authorization: Bearer <key>\":").arg(created.value().record.name),
         created.value().plaintext, tr("The new API key"),
         tr("Copy it now: it will not be shown again."),
         tr("The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.")});
    return listPage(request, *admission.visitor, 201, secret, {});
}

HttpResponse ApiKeysController::revoke(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const SignedIn &visitor = *admission.visitor;
    const QString prefix = form.value(QStringLiteral("prefix")).trimmed();
    if (form.value(QStringLiteral("confirm")) != u"yes") {
        // The confirmation step: nothing changes until this second form is sent.
        QString name;
        for (const ApiKeyRecord &key : m_keys.list()) {
            if (key.prefix == prefix)
                name = key.name;
        }
        Confirmation step;
        step.title = tr("Revoke API key");
        step.question = tr("Revoke the key \"%1\" (%2…)? Whatever uses it is refused from the next request on.")
                            .arg(name.isEmpty() ? prefix : name, prefix);
        step.action = QStringLiteral("/api-keys/revoke");
        step.hidden = {{QStringLiteral("prefix"), prefix}};
        step.button = tr("Revoke");
        step.cancelHref = QStringLiteral("/api-keys");
        const Html main = PageShell::confirmation(step, visitor.session.csrfToken);
        return m_gate.page(request, visitor, 200, tr("Revoke API key"), main);
    }
    if (const Status revoked = m_keys.revoke(prefix); !revoked.ok()) {
        const QString &code = revoked.failure().code;
        const int status = code == u"not_found" ? 404 : code == u"ambiguous_prefix" ? 409
            : code == u"validation_error"                                           ? 422
                                                                                    : 500;
        const Html problem = Html::fill(R"(<p class="problem" role="alert">%1</p>)", {revoked.failure().message});
        return listPage(request, visitor, status, problem, {});
    }
    return redirectTo(QStringLiteral("/api-keys"));
}

} // namespace wag::portal
