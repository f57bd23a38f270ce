#pragma once

namespace wag {

class Router;
class ThreecxService;

// POST /integrations/3cx/webhook/{integration_id}: the HTTP side of ThreecxService::handle
// (SPEC §7). Like the provider callbacks it needs no portal session: 3CX authenticates
// with the integration's secret header (and optionally a signature), which the service
// checks before it believes anything in the body.
//
// The route's body limit is ThreecxService::kMaxBodyBytes (256 KiB): a larger body is
// refused by the front door with 413 payload_too_large before it is read, so a caller
// cannot make the gateway buffer megabytes, authenticated or not.
class ThreecxWebhookController
{
public:
    explicit ThreecxWebhookController(ThreecxService &service);
    void registerRoutes(Router &router);

private:
    ThreecxService &m_service;
};

} // namespace wag
