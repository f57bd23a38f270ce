#include "docs_controller.h"

#include "http/router.h"

#include <QFile>

namespace wag {

QByteArray DocsController::openApiDocument()
{
    QFile file(QStringLiteral(":/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void DocsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/docs/openapi.json"),
               Router::SyncHandler([](const HttpRequest &) {
                   // Read once: the resource is part of the binary and never changes while it runs.
                   static const QByteArray document = openApiDocument();
                   if (document.isEmpty())
                       return HttpResponse::error(500, QStringLiteral("internal_error"),
                                                  QStringLiteral("The API document is not built into this gateway."));
                   HttpResponse response = HttpResponse::text(200, "application/json", document);
                   // Public and identical for everyone; it changes only with the binary, so a
                   // short lifetime is enough for an upgrade to show. (No ETag: the response
                   // writer always frames a body, which a 304 must not claim.)
                   response.withHeader("Cache-Control", "public, max-age=300");
                   return response;
               }));
}

} // namespace wag
