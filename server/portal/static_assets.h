#pragma once

#include <QByteArray>

namespace wag {
class Router;
}

namespace wag::portal {

// GET /static/portal.css and /static/portal-live.js: the portal's one stylesheet and its
// one script (live updates, live_updates.h), compiled in as the Qt resources
// ":/portal/…" (server/portal/assets/). Public: they hold nothing but layout and code.
class StaticAssets
{
public:
    static void registerRoutes(Router &router);
    static QByteArray stylesheet(); // empty if the resource was not linked in
    static QByteArray liveScript(); // likewise
};

} // namespace wag::portal
