#include "simulator_controller.h"

#include "core/phone_number.h"
#include "http/router.h"
#include "instances/instance_service.h"
#include "messaging/message_status.h"
#include "providers/simulator/simulator_provider.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace wag {

namespace {

// What a handler works on: the instance from the path and the JSON body.
struct Call
{
    InstanceRecord instance;
    QJsonObject body;
};

HttpResponse invalidJson()
{
    return HttpResponse::error(400, QStringLiteral("invalid_json"),
                               QStringLiteral("the body must be a JSON object"));
}

HttpResponse validationError(const QJsonObject &fields)
{
    return HttpResponse::error(422, QStringLiteral("validation_error"),
                               QStringLiteral("some fields are missing or invalid"),
                               QJsonObject{{QStringLiteral("fields"), fields}});
}

// The simulator's failure codes in the SPEC's HTTP terms. "unknown_instance" means the
// simulator never connected the instance (a closed one after a restart): to a caller that
// is simply an instance that is not connected.
HttpResponse failureResponse(const Failure &failure)
{
    if (failure.code == u"unknown_instance" || failure.code == u"instance_not_connected")
        return HttpResponse::error(409, QStringLiteral("instance_not_connected"), failure.message);
    if (failure.code == u"unknown_message")
        return HttpResponse::error(404, QStringLiteral("unknown_message"), failure.message);
    if (failure.code == u"validation_error")
        return HttpResponse::error(422, QStringLiteral("validation_error"), failure.message);
    if (failure.code == u"invalid_instance")
        return HttpResponse::error(404, QStringLiteral("invalid_instance"), failure.message);
    return HttpResponse::error(500, QStringLiteral("internal_error"), failure.message);
}

// Resolves {id} and parses the body. Empty bodies count as {} only where no field is
// needed (scan, disconnect), so "curl -X POST" works for those.
std::optional<Call> prepare(const InstanceService &instances, const HttpRequest &request,
                            bool bodyOptional, HttpResponse *error)
{
    Call call;
    if (!(bodyOptional && request.body.trimmed().isEmpty())) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = invalidJson();
            return std::nullopt;
        }
        call.body = document.object();
    }
    const QString idOrName = request.pathParams.value(QStringLiteral("id"));
    std::optional<InstanceRecord> instance = instances.find(idOrName);
    if (!instance) {
        *error = HttpResponse::error(404, QStringLiteral("invalid_instance"),
                                     QStringLiteral("there is no instance \"%1\"").arg(idOrName));
        return std::nullopt;
    }
    call.instance = std::move(*instance);
    return call;
}

// A required, non-empty string field; records the reason in `fields` otherwise.
QString requiredString(const QJsonObject &body, const QString &name, QJsonObject *fields)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull()) {
        fields->insert(name, QStringLiteral("required"));
        return {};
    }
    if (!value.isString()) {
        fields->insert(name, QStringLiteral("must be a string"));
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        fields->insert(name, QStringLiteral("must not be empty"));
        return {};
    }
    return value.toString();
}

QString optionalString(const QJsonObject &body, const QString &name, QJsonObject *fields)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fields->insert(name, QStringLiteral("must be a string"));
        return {};
    }
    return value.toString();
}

// "from": E.164 with '+', or digits with the country code (SPEC §5's reading).
QString phoneField(const QJsonObject &body, const QString &name, QJsonObject *fields)
{
    const QString text = requiredString(body, name, fields);
    if (text.isEmpty())
        return {};
    const PhoneParse phone = normalizePhone(text);
    if (!phone.ok()) {
        fields->insert(name, phone.error.isEmpty() ? QStringLiteral("not a valid phone number")
                                                   : phone.error);
        return {};
    }
    return phone.e164;
}

QJsonObject instanceJson(const InstanceRecord &instance)
{
    QJsonObject o{{QStringLiteral("success"), true},
                  {QStringLiteral("instance_id"), instance.id},
                  {QStringLiteral("name"), instance.name},
                  {QStringLiteral("state"), instanceStateName(instance.state)}};
    o.insert(QStringLiteral("phone"),
             instance.linkedPhone.isEmpty() ? QJsonValue() : QJsonValue(instance.linkedPhone));
    return o;
}

// What scan and disconnect answer: the step's failure, or the instance as it stands after
// it (the stored row if there still is one).
HttpResponse instanceAfter(const Status &step, const InstanceService &instances,
                           const InstanceRecord &instance)
{
    if (!step.ok())
        return failureResponse(step.failure());
    return HttpResponse::json(200, instanceJson(instances.find(instance.id).value_or(instance)));
}

} // namespace

SimulatorController::SimulatorController(InstanceService &instances, SimulatorProvider &simulator)
    : resolveExternalId([](const QString &messageId) { return messageId; }),
      m_instances(instances),
      m_simulator(simulator)
{
}

void SimulatorController::registerRoutes(Router &router)
{
    RouteOptions options;
    options.loopbackOnly = true;
    const auto route = [&](const QString &action, HttpResponse (SimulatorController::*handler)(const HttpRequest &)) {
        router.add("POST", QStringLiteral("/simulator/instances/{id}/") + action,
                   Router::SyncHandler([this, handler](const HttpRequest &request) {
                       return (this->*handler)(request);
                   }),
                   options);
    };
    route(QStringLiteral("scan"), &SimulatorController::scan);
    route(QStringLiteral("inbound"), &SimulatorController::inbound);
    route(QStringLiteral("receipt"), &SimulatorController::receipt);
    route(QStringLiteral("call"), &SimulatorController::call);
    route(QStringLiteral("disconnect"), &SimulatorController::disconnect);
    route(QStringLiteral("group"), &SimulatorController::group);
}

HttpResponse SimulatorController::scan(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, true, &error);
    if (!c)
        return error;
    // "Links from any state": a closed instance the simulator has not seen since the
    // gateway started gets connected first, as pressing "connect" would.
    if (!m_simulator.knows(c->instance.id)) {
        if (const auto connected = m_instances.connect(c->instance.id); !connected)
            return failureResponse(connected.failure());
    }
    return instanceAfter(m_simulator.scan(c->instance.id), m_instances, c->instance);
}

HttpResponse SimulatorController::inbound(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, false, &error);
    if (!c)
        return error;
    QJsonObject fields;
    const QString from = phoneField(c->body, QStringLiteral("from"), &fields);
    const QString text = requiredString(c->body, QStringLiteral("text"), &fields);
    const QString name = optionalString(c->body, QStringLiteral("name"), &fields);
    const QString groupId = optionalString(c->body, QStringLiteral("group_id"), &fields);
    const QString groupName = optionalString(c->body, QStringLiteral("group_name"), &fields);
    const QString externalId = optionalString(c->body, QStringLiteral("id"), &fields);
    if (!fields.isEmpty())
        return validationError(fields);
    const Result<QString> id = m_simulator.inbound(c->instance.id, from, text, name, groupId, groupName,
                                                   externalId);
    if (!id)
        return failureResponse(id.failure());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("message_id"), id.value()},
                                               {QStringLiteral("from"), from}});
}

HttpResponse SimulatorController::receipt(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, false, &error);
    if (!c)
        return error;
    QJsonObject fields;
    const QString messageId = requiredString(c->body, QStringLiteral("message_id"), &fields);
    const QString statusText = requiredString(c->body, QStringLiteral("status"), &fields);
    std::optional<MessageStatus> status;
    if (!statusText.isEmpty()) {
        status = parseMessageStatus(statusText.trimmed().toLower());
        if (!status || (*status != MessageStatus::Sent && *status != MessageStatus::Delivered
                        && *status != MessageStatus::Read && *status != MessageStatus::Failed))
            fields.insert(QStringLiteral("status"),
                          QStringLiteral("must be sent, delivered, read or failed"));
    }
    if (!fields.isEmpty())
        return validationError(fields);
    const QString externalId = resolveExternalId ? resolveExternalId(messageId) : messageId;
    if (externalId.isEmpty())
        return HttpResponse::error(404, QStringLiteral("unknown_message"),
                                   QStringLiteral("there is no message %1").arg(messageId));
    if (const Status s = m_simulator.receipt(c->instance.id, externalId, *status); !s.ok())
        return failureResponse(s.failure());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("message_id"), messageId},
                                               {QStringLiteral("external_id"), externalId},
                                               {QStringLiteral("status"), messageStatusName(*status)}});
}

HttpResponse SimulatorController::group(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, false, &error);
    if (!c)
        return error;
    QJsonObject fields;
    const QString groupId = requiredString(c->body, QStringLiteral("group_id"), &fields);
    const QString change = requiredString(c->body, QStringLiteral("change"), &fields);
    const QString groupName = optionalString(c->body, QStringLiteral("group_name"), &fields);
    QString from;
    if (c->body.contains(QStringLiteral("from")))
        from = phoneField(c->body, QStringLiteral("from"), &fields);
    if (!fields.isEmpty())
        return validationError(fields);
    const Result<QString> id = m_simulator.groupUpdate(c->instance.id, groupId, groupName, from, change);
    if (!id)
        return failureResponse(id.failure());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("change_id"), id.value()},
                                               {QStringLiteral("group_id"), groupId}});
}

HttpResponse SimulatorController::call(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, false, &error);
    if (!c)
        return error;
    QJsonObject fields;
    const QString from = phoneField(c->body, QStringLiteral("from"), &fields);
    const QString status = requiredString(c->body, QStringLiteral("status"), &fields);
    if (!status.isEmpty() && status != u"offer" && status != u"missed")
        fields.insert(QStringLiteral("status"), QStringLiteral("must be offer or missed"));
    const QString givenCallId = optionalString(c->body, QStringLiteral("call_id"), &fields);
    const QJsonValue video = c->body.value(QStringLiteral("is_video"));
    if (!video.isUndefined() && !video.isBool())
        fields.insert(QStringLiteral("is_video"), QStringLiteral("must be true or false"));
    if (!fields.isEmpty())
        return validationError(fields);
    const Result<QString> callId = m_simulator.call(c->instance.id, from, status, givenCallId, video.toBool());
    if (!callId)
        return failureResponse(callId.failure());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("call_id"), callId.value()},
                                               {QStringLiteral("from"), from},
                                               {QStringLiteral("status"), status}});
}

HttpResponse SimulatorController::disconnect(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<Call> c = prepare(m_instances, request, true, &error);
    if (!c)
        return error;
    return instanceAfter(m_simulator.disconnect(c->instance.id), m_instances, c->instance);
}

} // namespace wag
