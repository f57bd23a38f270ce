#pragma once

#include <QByteArray>

namespace wag {
class Router;
}

namespace wag::portal {

// GET /static/portal.css: the portal's one stylesheet, compiled in as the Qt resource
// ":/portal/portal.css" (server/portal/assets/). Public: it holds nothing but layout.
class StaticAssets
{
public:
    static void registerRoutes(Router &router);
    static QByteArray stylesheet(); // empty if the resource was not linked in
};

} // namespace wag::portal
