#include "static_assets.h"

#include "http/router.h"

#include <QFile>

namespace wag::portal {

static QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray StaticAssets::stylesheet()
{
    return resource(QStringLiteral(":/portal/portal.css"));
}

QByteArray StaticAssets::liveScript()
{
    return resource(QStringLiteral(":/portal/portal-live.js"));
}

// Part of the binary: read once. Pages link assets with ?v=<version>, so a long lifetime is
// safe across upgrades.
static void serve(Router &router, const QString &path, const QByteArray &contentType,
                  QByteArray (*load)())
{
    router.add("GET", path, Router::SyncHandler([path, contentType, load](const HttpRequest &) {
                   static QHash<QString, QByteArray> cache;
                   if (!cache.contains(path))
                       cache.insert(path, load());
                   const QByteArray content = cache.value(path);
                   if (content.isEmpty())
                       return HttpResponse::error(404, QStringLiteral("not_found"),
                                                  QStringLiteral("%1 is not built into this gateway.").arg(path));
                   HttpResponse response = HttpResponse::text(200, contentType, content);
                   response.withHeader("Cache-Control", "public, max-age=86400");
                   return response;
               }));
}

void StaticAssets::registerRoutes(Router &router)
{
    serve(router, QStringLiteral("/static/portal.css"), "text/css; charset=utf-8", &StaticAssets::stylesheet);
    serve(router, QStringLiteral("/static/portal-live.js"), "text/javascript; charset=utf-8",
          &StaticAssets::liveScript);
}

} // namespace wag::portal
