#include "threecx_webhook_controller.h"

#include "http/router.h"
#include "integrations/threecx/threecx_service.h"

namespace wag {

ThreecxWebhookController::ThreecxWebhookController(ThreecxService &service) : m_service(service) { }

void ThreecxWebhookController::registerRoutes(Router &router)
{
    RouteOptions options;
    options.maxBodyBytes = ThreecxService::kMaxBodyBytes;
    router.add("POST", QStringLiteral("/integrations/3cx/webhook/{integration_id}"),
               Router::Handler([this](const HttpRequest &request, HttpReply reply) {
                   ThreecxWebhookCall call;
                   call.integrationId = request.pathParams.value(QStringLiteral("integration_id"));
                   call.peer = request.peer;
                   call.secret = request.header("x-whatsapp-gateway-3cx-secret");
                   call.timestamp = request.header("x-whatsapp-gateway-timestamp");
                   call.signature = request.header("x-whatsapp-gateway-signature");
                   call.body = request.body;
                   m_service.handle(call, [reply](const ThreecxAnswer &answer) {
                       HttpResponse response = HttpResponse::json(answer.status, answer.body);
                       if (answer.retryAfterSeconds > 0)
                           response.withHeader("Retry-After", QByteArray::number(answer.retryAfterSeconds));
                       reply.send(response);
                   });
               }),
               options);
}

} // namespace wag
