#pragma once

#include "html.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wag {
class Router;
}

namespace wag::portal {

class PortalGate;

// /docs/openapi, public (SPEC §8): the API reference as a page, drawn from the very OpenAPI
// document the gateway serves at /docs/openapi.json (DocsController), so the page and the
// document cannot disagree. Each operation with its parameters, request fields and answers,
// then each webhook event with its fields. The document's descriptions are Markdown; they
// are shown as preformatted text, escaped like everything else, rather than rendered.
class ApiReferenceController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::ApiReferenceController)
public:
    static void mount(Router &router, PortalGate &gate);

    // The page's content for `document` (the parsed OpenAPI object).
    static Html render(const QJsonObject &document);

private:
    static Html operation(const QJsonObject &document, const QString &method, const QString &path,
                          const QJsonObject &operation);
    static Html webhook(const QJsonObject &document, const QString &name, const QJsonObject &operation);
    static Html fieldsTable(const QJsonObject &document, const QJsonObject &schema);
};

} // namespace wag::portal
