#include "html_response.h"

namespace wag::portal {

HttpResponse htmlResponse(int status, const Html &document)
{
    HttpResponse response = HttpResponse::text(status, "text/html; charset=utf-8", document.toUtf8());
    response.withHeader("Content-Security-Policy", kPagePolicy);
    response.withHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse redirectTo(const QString &location)
{
    HttpResponse response = htmlResponse(303, Html::fill(R"(<!DOCTYPE html><a href="%1">%1</a>)", {location}));
    response.withHeader("Location", location.toUtf8());
    return response;
}

} // namespace wag::portal
