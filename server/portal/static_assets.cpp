#include "static_assets.h"

#include "http/router.h"

#include <QFile>

namespace wag::portal {

QByteArray StaticAssets::stylesheet()
{
    QFile file(QStringLiteral(":/portal/portal.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void StaticAssets::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/static/portal.css"), Router::SyncHandler([](const HttpRequest &) {
                   // Part of the binary: read once. Pages link it with ?v=<version>, so a long
                   // lifetime is safe across upgrades.
                   static const QByteArray css = stylesheet();
                   if (css.isEmpty())
                       return HttpResponse::error(404, QStringLiteral("not_found"),
                                                  QStringLiteral("The portal stylesheet is not built into this gateway."));
                   HttpResponse response = HttpResponse::text(200, "text/css; charset=utf-8", css);
                   response.withHeader("Cache-Control", "public, max-age=86400");
                   return response;
               }));
}

} // namespace wag::portal
