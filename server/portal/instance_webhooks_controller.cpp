#include "instance_webhooks_controller.h"

#include "events/event_types.h"
#include "form_fields.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "instances_controller.h"
#include "portal_gate.h"
#include "webhooks/webhook_service.h"

#include <QUrl>
#include <QUrlQuery>

namespace wag::portal {

namespace {

// As many attempts as the window's delivery log shows.
constexpr int kDeliveryLogRows = 200;

Html problemBox(const QString &problem)
{
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem});
}

Html notice(const QString &text)
{
    return Html::fill(R"(<p class="outcome" role="status">%1</p>)", {text});
}

// The HTTP status of a WebhookService refusal on the page that shows it.
int statusOf(const QString &code)
{
    if (code == u"invalid_webhook_url" || code == u"invalid_event" || code == u"validation_error"
        || code == u"invalid_webhook_secret")
        return 422;
    if (code == u"not_found" || code == u"invalid_instance")
        return 404;
    if (code == u"destination_disabled")
        return 409;
    if (code == u"secrets_locked" || code == u"secret_unreadable")
        return 503;
    return 500;
}

} // namespace

struct InstanceWebhooksController::Context
{
    FormFields form;
    std::optional<SignedIn> visitor;
    InstanceRecord instance;
    WebhookDestinationRecord destination; // when the action names one
};

InstanceWebhooksController::InstanceWebhooksController(PortalGate &gate, InstanceService &instances,
                                                       WebhookService &webhooks, Frame frame)
    : m_gate(gate), m_instances(instances), m_webhooks(webhooks), m_frame(std::move(frame))
{
}

void InstanceWebhooksController::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/instances/{id}/manage/webhooks/");
    const auto route = [&](const char *action, std::function<HttpResponse(const HttpRequest &)> handler) {
        router.add("POST", base + QLatin1String(action), Router::SyncHandler(std::move(handler)));
    };
    route("add", [this](const HttpRequest &r) { return add(r); });
    route("edit", [this](const HttpRequest &r) { return edit(r); });
    route("enable", [this](const HttpRequest &r) { return setEnabled(r, true); });
    route("disable", [this](const HttpRequest &r) { return setEnabled(r, false); });
    route("rotate", [this](const HttpRequest &r) { return rotate(r); });
    route("remove", [this](const HttpRequest &r) { return remove(r); });
    route("test", [this](const HttpRequest &r) { return sendTest(r); });
    route("redeliver", [this](const HttpRequest &r) { return redeliverEvent(r); });
    route("redeliver-range", [this](const HttpRequest &r) { return redeliverRange(r); });
}

QString InstanceWebhooksController::listPath(const InstanceRecord &instance)
{
    return InstancesController::managePath(instance, QStringLiteral("webhook"));
}

QString InstanceWebhooksController::destinationPath(const InstanceRecord &instance, const QString &destinationId)
{
    // Ids are "whd_" + URL-safe characters; encoded anyway, it costs nothing.
    return listPath(instance) + QStringLiteral("&destination=")
        + QString::fromLatin1(QUrl::toPercentEncoding(destinationId));
}

QString InstanceWebhooksController::actionPath(const InstanceRecord &instance, const QString &action)
{
    return InstancesController::managePath(instance) + QStringLiteral("/webhooks/") + action;
}

InstanceWebhooksView::Row InstanceWebhooksController::row(const InstanceRecord &instance,
                                                         const WebhookDestinationRecord &record) const
{
    InstanceWebhooksView::Row row;
    row.record = record;
    row.pending = m_webhooks.pendingCount(record.id);
    const QList<WebhookAttemptRecord> last = m_webhooks.deliveryLog(record.id, 1);
    if (!last.isEmpty())
        row.last = last.first();
    row.detailPath = destinationPath(instance, record.id);
    return row;
}

HttpResponse InstanceWebhooksController::show(const HttpRequest &request, const SignedIn &visitor,
                                              const InstanceRecord &instance)
{
    const QString destinationId = request.query.queryItemValue(QStringLiteral("destination"), QUrl::FullyDecoded);
    if (destinationId.isEmpty())
        return listPage(visitor, instance, 200, {});
    const std::optional<WebhookDestinationRecord> destination = m_webhooks.find(destinationId.trimmed());
    if (!destination || destination->instanceId != instance.id)
        return m_gate.notFound(request);
    return destinationPage(visitor, instance, *destination, 200, {});
}

HttpResponse InstanceWebhooksController::listPage(const SignedIn &visitor, const InstanceRecord &instance, int status,
                                                  const Extras &extras)
{
    Html content = extras.top;
    const Result<QList<WebhookDestinationRecord>> listed = m_webhooks.list(instance.id);
    if (!listed) {
        content += problemBox(listed.failure().message);
    } else {
        QList<InstanceWebhooksView::Row> rows;
        for (const WebhookDestinationRecord &record : listed.value()) {
            rows << row(instance, record);
            content += InstanceWebhooksView::disabledBanner(record);
        }
        content += Html::fill(R"(<h2>%1</h2>)", {tr("Destinations")}) + InstanceWebhooksView::destinationsTable(rows);
    }
    content += InstanceWebhooksView::destinationForm(
        actionPath(instance, QStringLiteral("add")), visitor.session.csrfToken, QString(),
        extras.typed.value_or(InstanceWebhooksView::recommendedDefaults()), extras.formProblem,
        tr("Add webhook destination"), tr("Add destination"));
    content += InstanceWebhooksView::rangeForm(actionPath(instance, QStringLiteral("redeliver-range")),
                                               visitor.session.csrfToken, extras.typedRange, extras.rangeProblem);
    return m_frame(visitor, instance, status, content);
}

HttpResponse InstanceWebhooksController::destinationPage(const SignedIn &visitor, const InstanceRecord &instance,
                                                         const WebhookDestinationRecord &destination, int status,
                                                         const Extras &extras)
{
    const Html csrf = PageShell::csrfField(visitor.session.csrfToken);
    const auto button = [&](const QString &action, const QString &label, bool danger) {
        return Html::fill(R"(<form method="post" action="%1" class="inline">%2)"
                          R"(<input type="hidden" name="destination" value="%3"><button type="submit"%4>%5</button></form> )",
                          {actionPath(instance, action), csrf, destination.id,
                           danger ? Html::markup(R"( class="danger")") : Html(), label});
    };
    // The buttons of the window, for the state the page was loaded in: a disabled
    // destination has no test event (the service would refuse it: it would never go).
    Html actions = destination.enabled ? button(QStringLiteral("disable"), tr("Disable"), false)
                                       : button(QStringLiteral("enable"), tr("Enable"), false);
    if (destination.enabled)
        actions += button(QStringLiteral("test"), tr("Send test event"), false);
    actions += button(QStringLiteral("rotate"), tr("Rotate secret…"), true);
    actions += button(QStringLiteral("remove"), tr("Remove…"), true);

    const Html main = Html::fill(
        R"(<p class="breadcrumb"><a href="%1">%2</a></p>%3<h2>%4</h2>%5<div class="actions">%6</div>)",
        {listPath(instance), tr("All webhook destinations"),
         extras.top + InstanceWebhooksView::disabledBanner(destination), tr("Destination"),
         InstanceWebhooksView::facts(row(instance, destination)), actions});
    const Html form = InstanceWebhooksView::destinationForm(
        actionPath(instance, QStringLiteral("edit")), visitor.session.csrfToken, destination.id,
        extras.typed.value_or(InstanceWebhooksView::current(destination)), extras.formProblem,
        tr("Change URL or events"), tr("Save changes"));
    const Html log = Html::fill(R"(<h2>%1</h2>)", {tr("Delivery log")})
        + InstanceWebhooksView::deliveryLog(m_webhooks.deliveryLog(destination.id, kDeliveryLogRows),
                                            actionPath(instance, QStringLiteral("redeliver")),
                                            visitor.session.csrfToken, destination.id);
    return m_frame(visitor, instance, status, main + form + log);
}

HttpResponse InstanceWebhooksController::confirmPage(const Context &context, const QString &action,
                                                     const QString &question, const QString &button)
{
    // The confirmation step: nothing changes until this second form is sent.
    Confirmation step;
    step.title = button;
    step.question = question;
    step.detail = Html::fill(R"(<p><code dir="ltr">%1</code></p>)", {context.destination.url});
    step.action = actionPath(context.instance, action);
    step.hidden = {{QStringLiteral("destination"), context.destination.id}};
    step.button = button;
    step.cancelHref = destinationPath(context.instance, context.destination.id);
    step.insideTabs = true;
    const Html content = PageShell::confirmation(step, context.visitor->session.csrfToken);
    return m_frame(*context.visitor, context.instance, 200, content);
}

std::optional<HttpResponse> InstanceWebhooksController::admit(const HttpRequest &request, bool needsDestination,
                                                              Context &context)
{
    context.form = FormFields::parse(request);
    PortalGate::Admission admission = m_gate.admitForm(request, context.form, Audience::Staff);
    if (admission.refusal)
        return admission.refusal;
    context.visitor = admission.visitor;
    const std::optional<InstanceRecord> instance = m_instances.find(request.pathParams.value(QStringLiteral("id")));
    if (!instance)
        return m_gate.notFound(request);
    context.instance = *instance;
    if (!needsDestination)
        return std::nullopt;
    // Only destinations of the instance in the path: an id from another instance is as
    // unknown here as one that does not exist.
    const std::optional<WebhookDestinationRecord> destination =
        m_webhooks.find(context.form.value(QStringLiteral("destination")).trimmed());
    if (!destination || destination->instanceId != instance->id)
        return m_gate.notFound(request);
    context.destination = *destination;
    return std::nullopt;
}

QStringList InstanceWebhooksController::checkedEvents(const FormFields &form,
                                                      InstanceWebhooksView::TypedDestination &typed)
{
    QStringList events;
    for (const QString &event : event_types::all()) {
        if (form.contains(InstanceWebhooksView::eventField(event))) {
            events << event;
            typed.events.insert(event);
        }
    }
    return events;
}

QStringList InstanceWebhooksController::readDestinationForm(const FormFields &form, Extras &extras)
{
    InstanceWebhooksView::TypedDestination typed;
    typed.url = form.value(QStringLiteral("url"));
    const QStringList events = checkedEvents(form, typed);
    extras.typed = typed;
    // The service reads "no events" as "the recommended four"; a form with every box
    // unticked means a mistake, as in the window's dialog.
    if (events.isEmpty())
        extras.formProblem = tr("Choose at least one event.");
    return events;
}

HttpResponse InstanceWebhooksController::add(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, false, context))
        return *refusal;
    Extras extras;
    const QStringList events = readDestinationForm(context.form, extras);
    if (events.isEmpty())
        return listPage(*context.visitor, context.instance, 422, extras);
    const Result<CreatedWebhookDestination> added =
        m_webhooks.add(context.instance.id, extras.typed->url.trimmed(), events);
    if (!added) {
        extras.formProblem = added.failure().message;
        return listPage(*context.visitor, context.instance, statusOf(added.failure().code), extras);
    }
    // The one time the secret leaves the gateway: this answer (no-store, like every page).
    Extras shown;
    shown.top = InstanceWebhooksView::secretOnce(
        tr("Signing secret"),
        tr("The destination %1 was added. Receivers verify each delivery with this signing secret:")
            .arg(added.value().record.url),
        added.value().secret);
    return listPage(*context.visitor, context.instance, 201, shown);
}

HttpResponse InstanceWebhooksController::edit(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    Extras extras;
    const QStringList events = readDestinationForm(context.form, extras);
    if (events.isEmpty())
        return destinationPage(*context.visitor, context.instance, context.destination, 422, extras);
    const Result<WebhookDestinationRecord> updated =
        m_webhooks.update(context.destination.id, extras.typed->url.trimmed(), events);
    if (!updated) {
        extras.formProblem = updated.failure().message;
        return destinationPage(*context.visitor, context.instance, context.destination,
                               statusOf(updated.failure().code), extras);
    }
    return redirectTo(destinationPath(context.instance, context.destination.id));
}

HttpResponse InstanceWebhooksController::setEnabled(const HttpRequest &request, bool enabled)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    if (const Status s = m_webhooks.setEnabled(context.destination.id, enabled); !s.ok()) {
        Extras extras;
        extras.top = problemBox(s.failure().message);
        return destinationPage(*context.visitor, context.instance, context.destination, statusOf(s.failure().code),
                               extras);
    }
    return redirectTo(destinationPath(context.instance, context.destination.id));
}

HttpResponse InstanceWebhooksController::rotate(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    if (context.form.value(QStringLiteral("confirm")) != u"yes")
        return confirmPage(context, QStringLiteral("rotate"),
                           tr("Make a new signing secret? The current one keeps signing for 24 hours, so the "
                              "receiver can switch over."),
                           tr("Rotate secret"));
    const Result<QString> rotated = m_webhooks.rotateSecret(context.destination.id);
    Extras extras;
    if (!rotated) {
        extras.top = problemBox(rotated.failure().message);
        return destinationPage(*context.visitor, context.instance, context.destination,
                               statusOf(rotated.failure().code), extras);
    }
    extras.top = InstanceWebhooksView::secretOnce(
        tr("New signing secret"),
        tr("The new signing secret (the previous one keeps signing for 24 hours; until then both sign every "
           "delivery):"),
        rotated.value());
    const WebhookDestinationRecord current = m_webhooks.find(context.destination.id).value_or(context.destination);
    return destinationPage(*context.visitor, context.instance, current, 200, extras);
}

HttpResponse InstanceWebhooksController::remove(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    if (context.form.value(QStringLiteral("confirm")) != u"yes")
        return confirmPage(context, QStringLiteral("remove"),
                           tr("Remove this destination with its delivery log? Pending deliveries to it are dropped."),
                           tr("Remove destination"));
    if (const Status s = m_webhooks.remove(context.destination.id); !s.ok()) {
        Extras extras;
        extras.top = problemBox(s.failure().message);
        return destinationPage(*context.visitor, context.instance, context.destination, statusOf(s.failure().code),
                               extras);
    }
    return redirectTo(listPath(context.instance));
}

HttpResponse InstanceWebhooksController::sendTest(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    const Result<QString> sent = m_webhooks.sendTestEvent(context.destination.id);
    Extras extras;
    extras.top = sent ? notice(tr("Test event %1 queued; its attempts appear in the delivery log.").arg(sent.value()))
                      : problemBox(sent.failure().message);
    return destinationPage(*context.visitor, context.instance, context.destination,
                           sent ? 200 : statusOf(sent.failure().code), extras);
}

HttpResponse InstanceWebhooksController::redeliverEvent(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, true, context))
        return *refusal;
    const QString eventId = context.form.value(QStringLiteral("event")).trimmed();
    Extras extras;
    int status = 200;
    if (eventId.isEmpty()) {
        extras.top = problemBox(tr("Choose an event of the delivery log to redeliver."));
        status = 422;
    } else if (const Result<int> queued = m_webhooks.redeliverEvent(eventId, context.destination.id); !queued) {
        extras.top = problemBox(queued.failure().message);
        status = statusOf(queued.failure().code);
    } else {
        extras.top = notice(tr("Event %1 will be delivered again now.").arg(eventId));
    }
    return destinationPage(*context.visitor, context.instance, context.destination, status, extras);
}

std::optional<QDateTime> InstanceWebhooksController::parseUtc(const QString &text)
{
    // "2026-01-31 08:00", "2026-01-31T08:00" (a datetime-local field), with or without
    // seconds; an explicit offset ("Z", "+02:00") is honoured, anything else is UTC, as the
    // portal shows times.
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

HttpResponse InstanceWebhooksController::redeliverRange(const HttpRequest &request)
{
    Context context;
    if (std::optional<HttpResponse> refusal = admit(request, false, context))
        return *refusal;
    Extras extras;
    extras.typedRange = {context.form.value(QStringLiteral("from")), context.form.value(QStringLiteral("to"))};
    const std::optional<QDateTime> from = parseUtc(extras.typedRange.from);
    const std::optional<QDateTime> to = parseUtc(extras.typedRange.to);
    if (!from || !to) {
        extras.rangeProblem = tr("Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).");
        return listPage(*context.visitor, context.instance, 422, extras);
    }
    const Result<int> queued = m_webhooks.redeliverRange(context.instance.id, *from, *to);
    if (!queued) {
        extras.rangeProblem = queued.failure().message;
        return listPage(*context.visitor, context.instance, statusOf(queued.failure().code), extras);
    }
    Extras done;
    done.top = notice(tr("Events from %1 to %2 will go out again now; deliveries pending for them: %3.")
                          .arg(InstanceWebhooksView::timeText(*from), InstanceWebhooksView::timeText(*to))
                          .arg(queued.value()));
    return listPage(*context.visitor, context.instance, 200, done);
}

} // namespace wag::portal
