#include "send_message_controller.h"

#include "accounts/api_key_service.h"
#include "http/router.h"
#include "messaging/send_request.h"
#include "messaging/send_service.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace wag {

namespace {

HttpResponse toHttp(const SendAnswer &answer)
{
    HttpResponse response = HttpResponse::json(answer.status, answer.body);
    if (answer.retryAfterSeconds > 0)
        response.withHeader("Retry-After", QByteArray::number(answer.retryAfterSeconds));
    if (answer.replayed)
        response.withHeader("Idempotent-Replayed", "true");
    return response;
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray type = value.split(';').value(0).trimmed().toLower();
    return type == "application/json";
}

} // namespace

SendMessageController::SendMessageController(ApiKeyService &keys, SendService &sends)
    : m_keys(keys), m_sends(sends)
{
}

void SendMessageController::registerRoutes(Router &router)
{
    // Direct: the hottest route is served from the front door's own parse (see RouteOptions).
    RouteOptions options;
    options.direct = true;
    router.add("POST", QStringLiteral("/api/send-message"), Router::Handler([this](const HttpRequest &request, HttpReply reply) {
        // 1. The key.
        const QByteArray authorization = request.header("authorization");
        QString token;
        if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
            token = QString::fromLatin1(authorization.mid(7).trimmed());
        const ApiKeyCheck check = m_keys.authenticate(token);
        if (check.status == ApiKeyStatus::Revoked) {
            reply.send(toHttp(SendAnswer::failure(401, QStringLiteral("revoked_api_key"),
                                                  QStringLiteral("This API key has been revoked."))));
            return;
        }
        if (!check.isValid()) {
            reply.send(toHttp(SendAnswer::failure(401, QStringLiteral("invalid_api_key"),
                                                  QStringLiteral("Send a valid API key as 'Authorization: Bearer <key>'."))));
            return;
        }
        const ApiKeyRecord key = check.record;
        m_keys.markUsed(key.id);

        // 2. Idempotency, before anything that could differ between two identical requests.
        const QString idempotencyKey = QString::fromUtf8(request.header("idempotency-key")).trimmed();
        QByteArray hash;
        if (!idempotencyKey.isEmpty()) {
            if (idempotencyKey.size() > kMaxIdempotencyKeyLength) {
                reply.send(toHttp(SendAnswer::failure(
                    422, QStringLiteral("validation_error"), QStringLiteral("The Idempotency-Key header is too long."),
                    QJsonObject{{QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("Idempotency-Key"),
                                              QStringLiteral("must be at most %1 characters").arg(kMaxIdempotencyKeyLength)}}}})));
                return;
            }
            hash = IdempotencyGate::hashBody(request.body);
            const IdempotencyGate::Check gate = m_sends.checkIdempotency(key.id, idempotencyKey, hash);
            if (gate.verdict != IdempotencyGate::Verdict::Proceed) {
                reply.send(toHttp(gate.answer));
                return;
            }
        }
        auto logAndAnswer = [this, key, idempotencyKey, hash, reply](const QJsonObject &raw, const SendAnswer &answer,
                                                                     const QString &rule) {
            m_sends.logRefusedAttempt(key, raw, answer, rule, idempotencyKey, hash,
                                      [reply](const SendAnswer &a) { reply.send(toHttp(a)); });
        };

        // 3. Content type and JSON.
        if (!isJsonContentType(request.header("content-type"))) {
            logAndAnswer({}, SendAnswer::failure(415, QStringLiteral("unsupported_media_type"),
                                                 QStringLiteral("Send the request as Content-Type: application/json.")),
                         QStringLiteral("content_type"));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            logAndAnswer({}, SendAnswer::failure(400, QStringLiteral("invalid_json"),
                                                 parseError.error != QJsonParseError::NoError
                                                     ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                                           .arg(parseError.errorString())
                                                           .arg(parseError.offset)
                                                     : QStringLiteral("The body must be a JSON object.")),
                         QStringLiteral("json"));
            return;
        }

        // 4. Fields.
        const SendRequestParse parsed = parseSendRequest(document.object());
        if (!parsed.ok()) {
            logAndAnswer(document.object(),
                         SendAnswer::failure(422, QStringLiteral("validation_error"),
                                             QStringLiteral("Some fields are missing or invalid."),
                                             QJsonObject{{QStringLiteral("fields"), parsed.fieldErrors}}),
                         QStringLiteral("fields"));
            return;
        }

        // 5. The guard, the log, the provider.
        SendService::Attempt attempt{key, parsed.request, idempotencyKey, hash};
        m_sends.send(attempt, [reply](const SendAnswer &answer) { reply.send(toHttp(answer)); });
    }), options);
}

} // namespace wag
