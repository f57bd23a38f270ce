#pragma once

namespace wag {

class ApiKeyService;
class Router;
class SendService;

// POST /api/send-message: the HTTP side of SendService. It checks what only HTTP knows
// (the key in the Authorization header, the content type, the JSON, the Idempotency-Key
// header), then hands the attempt to the service and writes its answer.
class SendMessageController
{
public:
    SendMessageController(ApiKeyService &keys, SendService &sends);
    void registerRoutes(Router &router);

private:
    ApiKeyService &m_keys;
    SendService &m_sends;
};

} // namespace wag
