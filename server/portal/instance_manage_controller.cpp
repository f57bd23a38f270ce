#include "instance_manage_controller.h"

#include "form_fields.h"
#include "http/router.h"
#include "instance_connection_view.h"
#include "instances/instance_service.h"
#include "instances_controller.h"
#include "messaging/send_answer.h"
#include "messaging/send_request.h"
#include "messaging/send_service.h"
#include "policy/limits.h"
#include "portal_gate.h"

#include <QUrl>

namespace wag::portal {

namespace {

// The test send's form: up to 4,096 characters, each up to 4 bytes of UTF-8 and 3 bytes of
// percent-encoding for each of those, plus the other fields.
constexpr qint64 kTestSendBodyBytes = 3 * 4 * kMaxMessageCharacters + 8 * 1024;

const QStringList &simpleActions()
{
    static const QStringList actions = {QStringLiteral("connect"), QStringLiteral("restart"),
                                        QStringLiteral("pause"),   QStringLiteral("resume"),
                                        QStringLiteral("logout"),  QStringLiteral("delete")};
    return actions;
}

Html problemBox(const QString &problem)
{
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem});
}

// The HTTP status of a service's refusal on the page that shows it.
int statusOf(const QString &code)
{
    if (code == u"invalid_instance")
        return 404;
    if (code == u"validation_error")
        return 422;
    if (code == u"not_running")
        return 503;
    return 409;
}

} // namespace

InstanceManageController::InstanceManageController(PortalGate &gate, InstanceService &instances,
                                                   SendService &sends, WebhookService &webhooks)
    : m_gate(gate),
      m_instances(instances),
      m_sends(sends),
      m_webhooks(gate, instances, webhooks,
                 [this](const SignedIn &visitor, const InstanceRecord &instance, int status, const Html &content) {
                     View view;
                     view.tab = Tab::Webhooks;
                     view.webhooks = content;
                     return page(visitor, instance, status, view);
                 })
{
}

InstanceManageController::~InstanceManageController() = default;

void InstanceManageController::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/instances/{id}/manage");
    router.add("GET", base, Router::SyncHandler([this](const HttpRequest &r) { return show(r); }));
    for (const QString &action : simpleActions()) {
        router.add("POST", base + u'/' + action,
                   Router::SyncHandler([this, action](const HttpRequest &r) { return act(r, action); }));
    }
    router.add("POST", base + QStringLiteral("/limits"),
               Router::SyncHandler([this](const HttpRequest &r) { return setLimits(r); }));
    router.add("POST", base + QStringLiteral("/test-send"),
               Router::Handler([this](const HttpRequest &r, HttpReply reply) { testSend(r, std::move(reply)); }),
               RouteOptions{kTestSendBodyBytes});
    m_webhooks.registerRoutes(router);
}

std::optional<InstanceManageController::Tab> InstanceManageController::tabNamed(const QString &name)
{
    if (name.isEmpty() || name == u"connection")
        return Tab::Connection;
    if (name == u"webhook")
        return Tab::Webhooks;
    if (name == u"test-send")
        return Tab::TestSend;
    if (name == u"settings")
        return Tab::Settings;
    return std::nullopt;
}

QString InstanceManageController::tabName(Tab tab)
{
    switch (tab) {
    case Tab::Connection: return QStringLiteral("connection");
    case Tab::Webhooks: return QStringLiteral("webhook");
    case Tab::TestSend: return QStringLiteral("test-send");
    case Tab::Settings: return QStringLiteral("settings");
    }
    return QStringLiteral("connection");
}

QString InstanceManageController::actionPath(const InstanceRecord &instance, const QString &action)
{
    return InstancesController::managePath(instance) + u'/' + action;
}

Html InstanceManageController::tabBar(const InstanceRecord &instance, Tab current) const
{
    const std::pair<Tab, QString> tabs[] = {{Tab::Connection, tr("Connection")},
                                            {Tab::Webhooks, tr("Webhooks")},
                                            {Tab::TestSend, tr("Test send")},
                                            {Tab::Settings, tr("Limits and pause")}};
    Html links;
    for (const auto &[tab, label] : tabs) {
        links += Html::fill(R"(<li><a href="%1"%2>%3</a></li>)",
                            {InstancesController::managePath(instance, tabName(tab)),
                             tab == current ? Html::markup(R"( aria-current="page")") : Html(), label});
    }
    return Html::fill(R"(<nav class="tabs" aria-label="%1"><ul>%2</ul></nav>)", {tr("Instance pages"), links});
}

Html InstanceManageController::pauseResumeForm(const SignedIn &visitor, const InstanceRecord &instance,
                                               Tab backTo) const
{
    const Html csrf = PageShell::csrfField(visitor.session.csrfToken);
    const Html back = Html::fill(R"(<input type="hidden" name="tab" value="%1">)", {tabName(backTo)});
    if (instance.paused) {
        return Html::fill(R"(<form method="post" action="%1" class="inline">%2%3<button type="submit">%4</button></form>)",
                          {actionPath(instance, QStringLiteral("resume")), csrf, back, tr("Resume")});
    }
    return Html::fill(R"(<form method="post" action="%1" class="inline pause">%2%3)"
                      R"(<label for="reason-%4">%5</label> <input id="reason-%4" name="reason" value="%6"> )"
                      R"(<button type="submit">%7</button></form>)",
                      {actionPath(instance, QStringLiteral("pause")), csrf, back, tabName(backTo),
                       tr("Why (kept with the pause, for the team)"), tr("paused from the portal"), tr("Pause")});
}

Html InstanceManageController::connectionTab(const SignedIn &visitor, const InstanceRecord &instance) const
{
    const Html csrf = PageShell::csrfField(visitor.session.csrfToken);
    const auto button = [&](const QString &action, const QString &label, bool danger) {
        return Html::fill(R"(<form method="post" action="%1" class="inline">%2<button type="submit"%3>%4</button></form> )",
                          {actionPath(instance, action), csrf, danger ? Html::markup(R"( class="danger")") : Html(),
                           label});
    };
    // The buttons that apply to the state the page was loaded in, as in the window; the
    // service refuses the others with its own message anyway.
    Html actions;
    if (instance.state == InstanceState::Close)
        actions += button(QStringLiteral("connect"), tr("Connect"), false);
    else
        actions += button(QStringLiteral("restart"), tr("Restart"), false);
    if (instance.state != InstanceState::Close)
        actions += button(QStringLiteral("logout"), tr("Log out…"), true);
    actions += button(QStringLiteral("delete"), tr("Delete…"), true);
    return Html::fill(R"(<div class="connection">%1%2</div><div class="actions">%3</div><div class="actions">%4</div>)",
                      {InstanceConnectionView::status(instance),
                       InstanceConnectionView::qrBlock(instance, m_instances.qrText(instance.id)), actions,
                       pauseResumeForm(visitor, instance, Tab::Connection)});
}

Html InstanceManageController::settingsTab(const SignedIn &visitor, const InstanceRecord &instance, const View &view)
{
    const Result<UsageReport> usage = m_sends.usage(instance.id);
    Html content = usage ? InstanceUsageView::usage(usage.value()) : problemBox(usage.failure().message);
    content += Html::fill(R"(<h2>%1</h2><div class="actions">%2</div>)",
                          {tr("Pause"), pauseResumeForm(visitor, instance, Tab::Settings)});
    if (visitor.user.role == UserRole::Admin) {
        content += InstanceUsageView::limitsForm(actionPath(instance, QStringLiteral("limits")),
                                                 visitor.session.csrfToken,
                                                 view.typedLimits.value_or(InstanceUsageView::currentLimits(instance)),
                                                 view.limitsProblem);
    } else {
        content += Html::fill(R"(<p class="help">%1</p>)", {tr("Only administrators change an instance's limits.")});
    }
    return content;
}

HttpResponse InstanceManageController::page(const SignedIn &visitor,
                                            const InstanceRecord &instance, int status, const View &view)
{
    Html content;
    switch (view.tab) {
    case Tab::Connection:
        content = connectionTab(visitor, instance);
        break;
    case Tab::Webhooks:
        content = view.webhooks;
        break;
    case Tab::TestSend:
        content = InstanceTestSendView::form(actionPath(instance, QStringLiteral("test-send")),
                                             visitor.session.csrfToken, view.typedSend);
        break;
    case Tab::Settings:
        content = settingsTab(visitor, instance, view);
        break;
    }
    const QString title = tr("Instance %1").arg(instance.name);
    const Html main = Html::fill(R"(<p class="breadcrumb"><a href="/instances">%1</a></p><h1>%2</h1>%3%4%5)",
                                 {tr("Instances"), title, tabBar(instance, view.tab), view.top, content});
    // The menu marks Instances; the Connection tab keeps itself current over GET /live.
    ShellContext context{m_gate.language(), visitor, QStringLiteral("/instances")};
    context.liveUpdates = view.tab == Tab::Connection;
    return htmlResponse(status, PageShell::document(context, title, main));
}

HttpResponse InstanceManageController::tabNotFound(const HttpRequest &request, const SignedIn &visitor,
                                                   const QString &tab)
{
    const Html main = Html::fill(R"(<h1>%1</h1><p>%2</p><p><a href="/instances">%3</a></p>)",
                                 {tr("Page not found"),
                                  tr("Instances have no \"%1\" tab in this version of the portal.").arg(tab),
                                  tr("Back to the instances")});
    return m_gate.page(request, visitor, 404, tr("Page not found"), main);
}

HttpResponse InstanceManageController::show(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const std::optional<InstanceRecord> instance = m_instances.find(request.pathParams.value(QStringLiteral("id")));
    if (!instance)
        return m_gate.notFound(request);
    const QString tabText = request.query.queryItemValue(QStringLiteral("tab"), QUrl::FullyDecoded);
    const std::optional<Tab> tab = tabNamed(tabText);
    if (!tab)
        return tabNotFound(request, *admission.visitor, tabText);
    if (*tab == Tab::Webhooks)
        return m_webhooks.show(request, *admission.visitor, *instance);
    View view;
    view.tab = *tab;
    return page(*admission.visitor, *instance, 200, view);
}

HttpResponse InstanceManageController::confirmPage(const HttpRequest &request, const SignedIn &visitor,
                                                   const InstanceRecord &instance, const QString &action,
                                                   const QString &question, const QString &button)
{
    // The confirmation step: nothing changes until this second form is sent.
    Confirmation step;
    step.title = button;
    step.question = question;
    step.action = actionPath(instance, action);
    step.button = button;
    step.cancelHref = InstancesController::managePath(instance);
    const Html main = PageShell::confirmation(step, visitor.session.csrfToken);
    return m_gate.page(request, visitor, 200, button, main);
}

HttpResponse InstanceManageController::act(const HttpRequest &request, const QString &action)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const SignedIn &visitor = *admission.visitor;
    const std::optional<InstanceRecord> instance = m_instances.find(request.pathParams.value(QStringLiteral("id")));
    if (!instance)
        return m_gate.notFound(request);
    const Tab backTo = form.value(QStringLiteral("tab")) == u"settings" ? Tab::Settings : Tab::Connection;
    const bool confirmed = form.value(QStringLiteral("confirm")) == u"yes";

    Status outcome = succeeded();
    const auto fromResult = [](const Result<InstanceRecord> &r) { return r.ok() ? succeeded() : Status(r.failure()); };
    if (action == u"connect") {
        outcome = fromResult(m_instances.connect(instance->id));
    } else if (action == u"restart") {
        outcome = fromResult(m_instances.restart(instance->id));
    } else if (action == u"pause") {
        QString reason = form.value(QStringLiteral("reason")).trimmed();
        if (reason.isEmpty())
            reason = tr("paused from the portal");
        outcome = m_instances.pause(instance->id, tr("%1 (by %2)").arg(reason, visitor.user.name));
    } else if (action == u"resume") {
        outcome = m_instances.resume(instance->id);
    } else if (action == u"logout") {
        if (!confirmed)
            return confirmPage(request, visitor, *instance, action,
                               tr("Log out \"%1\"? The phone is unlinked; linking it again needs a new scan.")
                                   .arg(instance->name),
                               tr("Log out"));
        outcome = fromResult(m_instances.logout(instance->id));
    } else if (action == u"delete") {
        if (!confirmed)
            return confirmPage(request, visitor, *instance, action,
                               tr("Delete \"%1\"? The phone is unlinked and API keys lose this instance from their "
                                  "scope. This cannot be undone.")
                                   .arg(instance->name),
                               tr("Delete instance"));
        outcome = m_instances.remove(instance->id);
        if (outcome.ok())
            return redirectTo(QStringLiteral("/instances?deleted=") + instance->name);
    }
    if (!outcome.ok()) {
        View view;
        view.tab = backTo;
        view.top = problemBox(outcome.failure().message);
        return page(visitor, m_instances.find(instance->id).value_or(*instance),
                    statusOf(outcome.failure().code), view);
    }
    return redirectTo(InstancesController::managePath(*instance, tabName(backTo)));
}

HttpResponse InstanceManageController::setLimits(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    // SPEC §5.1: limits are admin-editable; operators see them only.
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::AdminOnly);
    if (admission.refusal)
        return *admission.refusal;
    const std::optional<InstanceRecord> instance = m_instances.find(request.pathParams.value(QStringLiteral("id")));
    if (!instance)
        return m_gate.notFound(request);
    View view;
    view.tab = Tab::Settings;
    InstanceUsageView::TypedLimits typed{form.value(QStringLiteral("daily")).trimmed(),
                                         form.value(QStringLiteral("monthly")).trimmed(),
                                         form.value(QStringLiteral("preset")).trimmed()};
    view.typedLimits = typed;
    // As the admin command reads them: a preset sets both, a number given overrides it.
    std::optional<qint64> daily;
    std::optional<qint64> monthly;
    if (!typed.preset.isEmpty()) {
        const std::optional<LimitPreset> preset = findPreset(typed.preset);
        if (!preset) {
            view.limitsProblem = tr("There is no preset \"%1\".").arg(typed.preset);
            return page(*admission.visitor, *instance, 422, view);
        }
        daily = preset->daily;
        monthly = preset->monthly;
    }
    for (const auto &[text, limit] : {std::pair{&typed.daily, &daily}, std::pair{&typed.monthly, &monthly}}) {
        if (text->isEmpty())
            continue;
        bool ok = false;
        const qint64 n = text->toLongLong(&ok);
        if (!ok) {
            view.limitsProblem = tr("\"%1\" is not a whole number.").arg(*text);
            return page(*admission.visitor, *instance, 422, view);
        }
        *limit = n;
    }
    // Negative numbers and a monthly limit below the daily one: the service's own rules.
    if (const Status s = m_instances.setLimits(instance->id, daily, monthly); !s.ok()) {
        view.limitsProblem = s.failure().message;
        return page(*admission.visitor, *instance, statusOf(s.failure().code), view);
    }
    return redirectTo(InstancesController::managePath(*instance, tabName(Tab::Settings)));
}

void InstanceManageController::testSend(const HttpRequest &request, HttpReply reply)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal) {
        reply.send(*admission.refusal);
        return;
    }
    const std::optional<InstanceRecord> instance = m_instances.find(request.pathParams.value(QStringLiteral("id")));
    if (!instance) {
        reply.send(m_gate.notFound(request));
        return;
    }
    View view;
    view.tab = Tab::TestSend;
    view.typedSend = {form.value(QStringLiteral("phone")), form.value(QStringLiteral("message")),
                      form.value(QStringLiteral("purpose"))};
    SendRequest send;
    send.instanceRef = instance->id;
    send.phone = view.typedSend.phone.trimmed();
    send.message = view.typedSend.message;
    send.purpose = view.typedSend.purpose;
    // The answer may come after the provider answered: the page is sent from the callback,
    // and the event loop goes on meanwhile.
    const std::weak_ptr<int> alive = m_alive;
    m_sends.sendAsPerson(send, QLatin1String(kPortalOrigin),
                         [this, alive, reply, visitor = *admission.visitor, instance = *instance,
                          view](const SendAnswer &answer) mutable {
                             if (alive.expired() || !reply.clientStillWaiting())
                                 return;
                             view.top = InstanceTestSendView::outcome(instance.name, answer);
                             const bool sent = InstanceTestSendView::succeeded(answer);
                             if (sent)
                                 view.typedSend.message.clear(); // sent: a reload must not look unsent
                             const InstanceRecord current = m_instances.find(instance.id).value_or(instance);
                             reply.send(page(visitor, current, sent ? 200 : answer.status, view));
                         });
}

} // namespace wag::portal
