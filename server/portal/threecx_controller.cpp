#include "threecx_controller.h"

#include "form_fields.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_events.h"
#include "integrations/threecx/threecx_service.h"
#include "portal_gate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

namespace wag::portal {

namespace {

// The event log rows a page shows: the newest, as many as the window's log.
constexpr int kEventLogRows = 100;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale::c().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

Html problemBox(const QString &problem)
{
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem});
}

Html checked(bool on)
{
    return on ? Html::markup(" checked") : Html();
}

// The HTTP status of a ThreecxService refusal on the page that shows it.
int statusOf(const QString &code)
{
    if (code == u"invalid_name" || code == u"invalid_instance" || code == u"invalid_allowed_ip"
        || code == u"invalid_endpoint_url" || code == u"invalid_event" || code == u"invalid_template"
        || code == u"validation_error")
        return 422;
    if (code == u"name_taken")
        return 409;
    if (code == u"not_found")
        return 404;
    if (code == u"secrets_locked")
        return 503;
    return 500;
}

QString templateTextField(const QString &event)
{
    return QStringLiteral("template:") + event;
}

QString templateOnField(const QString &event)
{
    return QStringLiteral("template-on:") + event;
}

QString actionPath(const QString &integrationId, const QString &action)
{
    return ThreecxController::detailPath(integrationId) + QLatin1Char('/') + action;
}

} // namespace

ThreecxController::ThreecxController(PortalGate &gate, ThreecxService &threecx, InstanceService &instances,
                                     PublicUrl publicUrl)
    : m_gate(gate), m_threecx(threecx), m_instances(instances), m_publicUrl(std::move(publicUrl))
{
}

void ThreecxController::mount(Router &router, PortalGate &gate, ThreecxService &threecx, InstanceService &instances,
                              PublicUrl publicUrl)
{
    const auto controller = std::make_shared<ThreecxController>(gate, threecx, instances, std::move(publicUrl));
    const auto add = [&](const char *method, const QString &path, HttpResponse (ThreecxController::*handler)(const HttpRequest &)) {
        router.add(method, path, Router::SyncHandler([controller, handler](const HttpRequest &r) {
                       return ((*controller).*handler)(r);
                   }));
    };
    add("GET", QStringLiteral("/integrations/3cx"), &ThreecxController::show);
    add("GET", QStringLiteral("/integrations/3cx/{id}"), &ThreecxController::show);
    add("POST", QStringLiteral("/integrations/3cx"), &ThreecxController::create);
    add("POST", QStringLiteral("/integrations/3cx/{id}/settings"), &ThreecxController::saveSettings);
    add("POST", QStringLiteral("/integrations/3cx/{id}/rotate"), &ThreecxController::rotate);
    add("POST", QStringLiteral("/integrations/3cx/{id}/remove"), &ThreecxController::remove);
}

QString ThreecxController::detailPath(const QString &integrationId)
{
    // Ids are "tcx_" + URL-safe characters; encoded anyway, it costs nothing.
    return QStringLiteral("/integrations/3cx/") + QString::fromLatin1(QUrl::toPercentEncoding(integrationId));
}

// Where 3CX reaches this gateway: its public URL; without one, as the browser reached it
// (the scheme it arrived by and the Host it was sent to, as the live socket's origin check).
QString ThreecxController::webhookUrl(const HttpRequest &request, const QString &integrationId) const
{
    const QString path = QStringLiteral("/integrations/3cx/webhook/") + integrationId;
    QString base = m_publicUrl ? m_publicUrl().trimmed() : QString();
    if (base.isEmpty()) {
        const QString host = QString::fromLatin1(request.header("host").trimmed());
        if (host.isEmpty())
            return path;
        base = (request.secure ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
    }
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + path;
}

QString ThreecxController::instanceName(const QString &instanceId) const
{
    if (instanceId.isEmpty())
        return tr("none");
    const std::optional<InstanceRecord> instance = m_instances.find(instanceId);
    return instance ? instance->name : instanceId;
}

Html ThreecxController::instanceOptions(const QString &selected) const
{
    Html options;
    for (const InstanceRecord &instance : m_instances.list()) {
        const bool chosen = selected == instance.id || selected == instance.name;
        options += Html::fill(R"(<option value="%1"%2>%3</option>)",
                              {instance.id, chosen ? Html::markup(" selected") : Html(), instance.name});
    }
    return options;
}

Html ThreecxController::table(const HttpRequest &request) const
{
    const QList<ThreecxIntegrationRecord> integrations = m_threecx.list();
    if (integrations.isEmpty())
        return Html::fill(R"(<p class="empty">%1</p>)", {tr("No 3CX integrations yet.")});
    Html rows;
    for (const ThreecxIntegrationRecord &r : integrations) {
        rows += Html::fill(R"(<tr%1><td class="name"><a href="%2">%3</a></td><td><code dir="ltr">%4</code></td>)"
                           R"(<td>%5</td><td>%6</td><td><code dir="ltr">%7</code></td><td>%8</td><td>%9</td></tr>)",
                           {r.enabled ? Html() : Html::markup(R"( class="disabled")"), detailPath(r.id), r.name, r.id,
                            r.enabled ? tr("enabled") : tr("disabled"), instanceName(r.defaultInstanceId),
                            webhookUrl(request, r.id), r.hmacRequired ? tr("required") : tr("not required"),
                            tr("outbound messages: %1; call events: %2")
                                .arg(r.outboundEnabled ? tr("on") : tr("off"),
                                     r.callEventsEnabled ? tr("on") : tr("off"))});
    }
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th>)"
                      R"(<th scope="col">%6</th><th scope="col">%7</th></tr></thead><tbody>%8</tbody></table>)",
                      {tr("Name"), tr("ID"), tr("State"), tr("Default instance"), tr("Webhook URL for 3CX"),
                       tr("HMAC signature"), tr("Handles"), rows});
}

Html ThreecxController::createForm(const SignedIn &visitor, const CreateForm &form) const
{
    const bool invalid = !form.problem.isEmpty();
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="/integrations/3cx" class="card" novalidate autocomplete="off">%2)"
        R"(<label for="name">%3</label>)"
        R"(<input id="name" name="name" value="%4" aria-describedby="name-help%5"%6>)"
        R"(<p id="name-help" class="help">%7</p>%8)",
        {tr("Connect a 3CX phone system"), PageShell::csrfField(visitor.session.csrfToken), tr("Name"), form.name,
         invalid ? Html::markup(" name-problem") : Html(),
         invalid ? Html::markup(R"( aria-invalid="true")") : Html(),
         tr("A name that says which phone system it is, e.g. \"office-pbx\"."),
         invalid ? Html::fill(R"(<p id="name-problem" class="problem" role="alert">%1</p>)", {form.problem}) : Html()})
        + Html::fill(R"(<label for="instance">%1</label><select id="instance" name="instance">%2</select>)"
                     R"(<p class="help">%3</p><button type="submit">%4</button></form>)",
                     {tr("Default instance"), instanceOptions(form.instance),
                      tr("The WhatsApp instance that agents' replies and call-event messages go out through."),
                      tr("Create integration")});
}

Html ThreecxController::secretBox(const HttpRequest &request, const QString &integrationId, const QString &secret,
                                  const QString &heading) const
{
    return Html::fill(
        R"(<section class="card secret-once" role="alert" aria-labelledby="new-secret"><h2 id="new-secret">%1</h2>)"
        R"(<p>%2</p><p><input class="secret" readonly value="%3" dir="ltr" aria-label="%4" spellcheck="false"></p>)"
        R"(<p>%5</p><p><input class="secret" id="new-secret-value" readonly value="%6" dir="ltr" aria-label="%7" )"
        R"(spellcheck="false"></p><p class="warning"><strong>%8</strong> %9</p></section>)",
        {heading, tr("In 3CX, post the events to this URL:"), webhookUrl(request, integrationId), tr("Webhook URL"),
         tr("and send this secret in the header \"%1\":").arg(QString::fromLatin1(kSecretHeader)), secret,
         tr("The new secret"), tr("Copy it now: it will not be shown again."),
         tr("The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.")});
}

HttpResponse ThreecxController::listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                         const Html &top, const CreateForm &form)
{
    Html main = Html::fill(R"(<h1>%1</h1>%2<p class="help">%3</p>%4)",
                           {tr("3CX"), top,
                            tr("Each connected 3CX phone system has its own secret, settings and event log."),
                            table(request)});
    if (visitor.user.role == UserRole::Admin)
        main += createForm(visitor, form);
    return m_gate.page(request, visitor, status, tr("3CX"), main);
}

Html ThreecxController::summary(const HttpRequest &request, const ThreecxIntegrationRecord &r) const
{
    const auto row = [](const QString &label, const QString &value) {
        return Html::fill(R"(<tr><th scope="row">%1</th><td>%2</td></tr>)", {label, value});
    };
    Html rows = row(tr("ID"), r.id) + row(tr("State"), r.enabled ? tr("enabled") : tr("disabled"))
        + row(tr("Webhook URL for 3CX"), webhookUrl(request, r.id))
        + row(tr("Secret header"), QString::fromLatin1(kSecretHeader))
        + row(tr("HMAC signature"), r.hmacRequired ? tr("required") : tr("not required"))
        + row(tr("Allowed addresses"),
              r.allowedIps.isEmpty() ? tr("any address") : r.allowedIps.join(QStringLiteral(", ")))
        + row(tr("Default instance"), instanceName(r.defaultInstanceId))
        + row(tr("Business name"), r.businessName)
        + row(tr("Agents' replies only inside the conversation window"), r.strictWindow ? tr("yes") : tr("no"))
        + row(tr("Outbound messages from 3CX"), r.outboundEnabled ? tr("on") : tr("off"))
        + row(tr("Call-event messages"), r.callEventsEnabled ? tr("on") : tr("off"));
    return Html::fill(R"(<table class="list">%1</table>)", {rows});
}

Html ThreecxController::settingsForm(const SignedIn &visitor, const Typed &typed, const QString &problem) const
{
    const ThreecxIntegrationRecord &r = typed.record;
    const auto box = [](const char *name, bool on, const QString &label) {
        return Html::fill(R"(<label class="check"><input type="checkbox" name="%1" value="on"%2> %3</label>)",
                          {QString::fromLatin1(name), checked(on), label});
    };
    Html templates;
    for (const QString &event : threecx::templateEvents()) {
        const ThreecxTemplate tpl = r.templates.value(event, ThreecxTemplate{threecx::defaultTemplate(event), false});
        templates += Html::fill(
            R"(<fieldset><legend><code>%1</code></legend>)"
            R"(<label class="check"><input type="checkbox" name="%2" value="on"%3> %4</label>)"
            R"(<label for="%5">%6</label><textarea id="%5" name="%5" rows="3">%7</textarea></fieldset>)",
            {event, templateOnField(event), checked(tpl.enabled), tr("Send this message"), templateTextField(event),
             tr("Message text"), tpl.text});
    }
    QStringList variables;
    for (const QString &name : threecx::templateVariables())
        variables << QStringLiteral("{{") + name + QStringLiteral("}}");
    return Html::fill(
        R"(<h2>%1</h2><form method="post" action="%2" class="card" novalidate autocomplete="off">%3%4)"
        R"(%5%6<label for="allowed_ips">%7</label><textarea id="allowed_ips" name="allowed_ips" rows="3" dir="ltr">%8</textarea>)"
        R"(<p class="help">%9</p>)",
        {tr("Settings"), actionPath(r.id, QStringLiteral("settings")), PageShell::csrfField(visitor.session.csrfToken),
         problem.isEmpty() ? Html() : problemBox(problem), box("enabled", r.enabled, tr("Enabled")),
         box("hmac_required", r.hmacRequired, tr("Require an HMAC signature")), tr("Allowed addresses"),
         typed.allowedIps,
         tr("One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.")})
        + Html::fill(R"(<label for="default_instance">%1</label><select id="default_instance" name="default_instance">%2</select>)"
                     R"(<label for="business_name">%3</label><input id="business_name" name="business_name" value="%4">)"
                     R"(%5%6%7)",
                     {tr("Default instance"), instanceOptions(typed.defaultInstance), tr("Business name"),
                      r.businessName,
                      box("strict_window", r.strictWindow, tr("Agents' replies only inside the conversation window")),
                      box("outbound_enabled", r.outboundEnabled, tr("Outbound messages from 3CX")),
                      box("call_events_enabled", r.callEventsEnabled, tr("Call-event messages"))})
        + Html::fill(R"(<h3>%1</h3><p class="help">%2</p>%3<button type="submit">%4</button></form>)",
                     {tr("Call-event messages"),
                      tr("Placeholders: %1").arg(variables.join(QStringLiteral(", "))), templates, tr("Save")});
}

Html ThreecxController::eventLog(const ThreecxIntegrationRecord &record) const
{
    const QList<ThreecxEventRecord> events = m_threecx.eventLog(record.id, kEventLogRows);
    Html body = Html::fill(R"(<h2>%1</h2>)", {tr("Event log")});
    if (events.isEmpty())
        return body + Html::fill(R"(<p class="empty">%1</p>)", {tr("No events yet.")});
    const auto actionText = [](const QString &action) {
        if (action == u"sent")
            return tr("sent");
        if (action == u"logged")
            return tr("logged");
        if (action == u"skipped")
            return tr("skipped");
        if (action == u"refused")
            return tr("refused");
        return action;
    };
    Html rows;
    for (const ThreecxEventRecord &e : events) {
        rows += Html::fill(R"(<tr><td>%1</td><td><code>%2</code></td><td dir="ltr">%3</td><td>%4</td>)"
                           R"(<td><code>%5</code></td><td><code dir="ltr">%6</code></td></tr>)",
                           {timeText(e.createdAt), e.eventType, e.phoneMasked, actionText(e.action), e.error, e.messageId});
    }
    return body
        + Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                     R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th><th scope="col">%6</th>)"
                     R"(</tr></thead><tbody>%7</tbody></table>)",
                     {tr("Time"), tr("Event"), tr("Phone"), tr("Action"), tr("Error"), tr("Message ID"), rows});
}

HttpResponse ThreecxController::detailPage(const HttpRequest &request, const SignedIn &visitor,
                                           const ThreecxIntegrationRecord &record, int status, const Html &top,
                                           const std::optional<Typed> &typed, const QString &formProblem)
{
    Html main = Html::fill(R"(<p class="breadcrumb"><a href="/integrations/3cx">%1</a></p><h1>%2</h1>%3%4)",
                           {tr("3CX"), record.name, top, summary(request, record)});
    if (visitor.user.role == UserRole::Admin) {
        Typed current;
        current.record = record;
        current.allowedIps = record.allowedIps.join(QLatin1Char('\n'));
        current.defaultInstance = record.defaultInstanceId;
        main += settingsForm(visitor, typed.value_or(current), formProblem);
        const Html csrf = PageShell::csrfField(visitor.session.csrfToken);
        main += Html::fill(R"(<h2>%1</h2><div class="actions">)"
                           R"(<form method="post" action="%2" class="inline">%3<button type="submit">%4</button></form> )"
                           R"(<form method="post" action="%5" class="inline">%3<button type="submit" class="danger">%6</button></form></div>)",
                           {tr("Secret and removal"), actionPath(record.id, QStringLiteral("rotate")), csrf,
                            tr("Rotate secret…"), actionPath(record.id, QStringLiteral("remove")),
                            tr("Remove…")});
    }
    main += eventLog(record);
    return m_gate.page(request, visitor, status, tr("3CX: %1").arg(record.name), main);
}

HttpResponse ThreecxController::show(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    QString id = request.pathParams.value(QStringLiteral("id"));
    if (id.isEmpty())
        id = request.query.queryItemValue(QStringLiteral("integration"), QUrl::FullyDecoded);
    if (id.isEmpty() && !request.pathParams.contains(QStringLiteral("id")))
        return listPage(request, *admission.visitor, 200, Html(), {});
    const std::optional<ThreecxIntegrationRecord> record = m_threecx.find(id.trimmed());
    if (!record || id.trimmed().isEmpty())
        return m_gate.notFound(request);
    return detailPage(request, *admission.visitor, *record, 200, Html(), std::nullopt, QString());
}

HttpResponse ThreecxController::create(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    CreateForm state;
    state.name = form.value(QStringLiteral("name"));
    state.instance = form.value(QStringLiteral("instance"));
    if (state.name.trimmed().isEmpty()) {
        state.problem = tr("Give the integration a name, e.g. \"office-pbx\".");
        return listPage(request, *admission.visitor, 422, Html(), state);
    }
    const Result<CreatedThreecxIntegration> created = m_threecx.create(state.name.trimmed(), state.instance);
    if (!created) {
        state.problem = created.failure().message;
        return listPage(request, *admission.visitor, statusOf(created.failure().code), Html(), state);
    }
    // The one time the secret exists outside 3CX: this answer (no-store).
    const Html secret = secretBox(request, created.value().record.id, created.value().secret,
                                  tr("3CX integration \"%1\" created").arg(created.value().record.name));
    return listPage(request, *admission.visitor, 201, secret, {});
}

ThreecxController::Change ThreecxController::admitChange(const HttpRequest &request, const FormFields &form)
{
    Change change;
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal) {
        change.refusal = admission.refusal;
        return change;
    }
    change.visitor = admission.visitor;
    change.record = m_threecx.find(request.pathParams.value(QStringLiteral("id")));
    if (!change.record)
        change.refusal = m_gate.notFound(request);
    return change;
}

HttpResponse ThreecxController::saveSettings(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const Change admitted = admitChange(request, form);
    if (admitted.refusal)
        return *admitted.refusal;
    const SignedIn &visitor = *admitted.visitor;
    const std::optional<ThreecxIntegrationRecord> &record = admitted.record;

    const auto on = [&](const char *name) { return form.value(QString::fromLatin1(name)) == u"on"; };
    Typed typed;
    typed.record = *record;
    typed.allowedIps = form.value(QStringLiteral("allowed_ips"));
    typed.defaultInstance = form.value(QStringLiteral("default_instance"));
    ThreecxSettingsChange change;
    change.enabled = typed.record.enabled = on("enabled");
    change.hmacRequired = typed.record.hmacRequired = on("hmac_required");
    change.strictWindow = typed.record.strictWindow = on("strict_window");
    change.outboundEnabled = typed.record.outboundEnabled = on("outbound_enabled");
    change.callEventsEnabled = typed.record.callEventsEnabled = on("call_events_enabled");
    change.businessName = typed.record.businessName = form.value(QStringLiteral("business_name"));
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    change.allowedIps = typed.allowedIps.split(separators, Qt::SkipEmptyParts);
    if (!typed.defaultInstance.trimmed().isEmpty())
        change.defaultInstance = typed.defaultInstance;
    for (const QString &event : threecx::templateEvents()) {
        const QString text = form.value(templateTextField(event));
        const bool enabled = form.contains(templateOnField(event));
        const ThreecxTemplate before = record->templates.value(event);
        // A text is sent only when it changed (a new text also switches its template on);
        // the switch says the rest.
        if (form.contains(templateTextField(event)) && text != before.text
            && !(before.text.isEmpty() && text == threecx::defaultTemplate(event)))
            change.templateTexts.insert(event, text);
        change.templateEnabled.insert(event, enabled);
        typed.record.templates[event] = ThreecxTemplate{text, enabled};
    }
    const Result<ThreecxIntegrationRecord> updated = m_threecx.update(record->id, change);
    if (!updated) {
        return detailPage(request, visitor, *record, statusOf(updated.failure().code), Html(), typed,
                          updated.failure().message);
    }
    return redirectTo(detailPath(record->id));
}

HttpResponse ThreecxController::rotate(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const Change admitted = admitChange(request, form);
    if (admitted.refusal)
        return *admitted.refusal;
    const SignedIn &visitor = *admitted.visitor;
    const std::optional<ThreecxIntegrationRecord> &record = admitted.record;
    if (form.value(QStringLiteral("confirm")) != u"yes") {
        // The confirmation step: nothing changes until this second form is sent.
        Confirmation step;
        step.title = tr("Rotate 3CX secret");
        step.question = tr("Give \"%1\" a new secret? The current one stops working at once: 3CX is refused until "
                           "the new one is pasted into it.")
                            .arg(record->name);
        step.action = actionPath(record->id, QStringLiteral("rotate"));
        step.button = tr("Rotate secret");
        step.cancelHref = detailPath(record->id);
        const Html main = PageShell::confirmation(step, visitor.session.csrfToken);
        return m_gate.page(request, visitor, 200, tr("Rotate 3CX secret"), main);
    }
    const Result<QString> rotated = m_threecx.rotateSecret(record->id);
    if (!rotated)
        return detailPage(request, visitor, *record, statusOf(rotated.failure().code),
                          problemBox(rotated.failure().message), std::nullopt, QString());
    const Html secret = secretBox(request, record->id, rotated.value(), tr("New secret for \"%1\"").arg(record->name));
    return detailPage(request, visitor, m_threecx.find(record->id).value_or(*record), 200, secret, std::nullopt,
                      QString());
}

HttpResponse ThreecxController::remove(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const Change admitted = admitChange(request, form);
    if (admitted.refusal)
        return *admitted.refusal;
    const SignedIn &visitor = *admitted.visitor;
    const std::optional<ThreecxIntegrationRecord> &record = admitted.record;
    if (form.value(QStringLiteral("confirm")) != u"yes") {
        Confirmation step;
        step.title = tr("Remove 3CX integration");
        step.question =
            tr("Remove \"%1\" with its templates and event log? 3CX is refused from the next call on.").arg(record->name);
        step.action = actionPath(record->id, QStringLiteral("remove"));
        step.button = tr("Remove");
        step.cancelHref = detailPath(record->id);
        const Html main = PageShell::confirmation(step, visitor.session.csrfToken);
        return m_gate.page(request, visitor, 200, tr("Remove 3CX integration"), main);
    }
    if (const Status removed = m_threecx.remove(record->id); !removed.ok())
        return detailPage(request, visitor, *record, statusOf(removed.failure().code),
                          problemBox(removed.failure().message), std::nullopt, QString());
    return redirectTo(QStringLiteral("/integrations/3cx"));
}

} // namespace wag::portal
