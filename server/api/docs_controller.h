#pragma once

#include <QByteArray>

namespace wag {

class Router;

// GET /docs/openapi.json — the OpenAPI document of the public API and of every webhook
// event (resources/openapi.json, compiled in as the Qt resource ":/openapi.json"). It holds
// no state, so it registers without an instance.
class DocsController
{
public:
    static void registerRoutes(Router &router);

    // The document's bytes as built in; empty if the resource was not linked in.
    static QByteArray openApiDocument();
};

} // namespace wag
