#pragma once

#include "http_reply.h"
#include "http_types.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace wag {

struct RouteOptions
{
    std::optional<qint64> maxBodyBytes; // default: HttpLimits::defaultBodyBytes
    bool loopbackOnly = false;          // only from this machine, e.g. simulator control
    // Served from the front door's own parse of the request, without QHttpServer parsing it
    // a second time: for hot routes (the send API), where that second parse is a tenth of
    // the work. Only the head fields RequestHead keeps and the raw body reach the handler.
    bool direct = false;
    // The handler may take the connection over (HttpReply::takeOver), e.g. to upgrade it to a
    // WebSocket. Such a route is served directly, and the request's head is kept so it can be
    // put back into the socket for whoever takes it.
    bool takesOver = false;
};

// The route table: method + path template ("/simulator/instances/{id}/scan"). It answers
// three questions for the front door: how large may this request's body be (asked before
// the body is read), which handler runs it, and which methods a path does allow (405).
// Templates are matched segment by segment, never as regular expressions.
class Router
{
public:
    using Handler = std::function<void(const HttpRequest &, HttpReply)>;
    using SyncHandler = std::function<HttpResponse(const HttpRequest &)>;

    void add(const QByteArray &method, const QString &pathTemplate, Handler handler,
             RouteOptions options = {});
    void add(const QByteArray &method, const QString &pathTemplate, SyncHandler handler,
             RouteOptions options = {});
    // Puts a handler in front of the one already registered for exactly this method and
    // template, which `wrap` receives to call on: one path can then answer two audiences
    // without either controller knowing the other (GET / gives probes the health JSON and
    // browsers the portal). False when no such route exists.
    bool decorate(const QByteArray &method, const QString &pathTemplate,
                  const std::function<Handler(Handler)> &wrap);

    // Answers a request that no route matches (404) when it returns a response, e.g. the
    // portal's "Page not found" page for a browser; otherwise (or when unset) the API's JSON
    // 404 answers. Also asked for a loopback-only route reached from elsewhere, which must
    // look like no route at all.
    using NotFoundPage = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    void setNotFoundPage(NotFoundPage page) { m_notFoundPage = std::move(page); }
    std::optional<HttpResponse> notFoundPage(const HttpRequest &request) const
    {
        return m_notFoundPage ? m_notFoundPage(request) : std::nullopt;
    }

    struct Match
    {
        const Handler *handler = nullptr; // null: no route for this method
        QHash<QString, QString> params;
        QStringList allowedMethods; // non-empty when the path exists under other methods
        bool loopbackOnly = false;
        bool direct = false; // RouteOptions::direct of the matched handler
        bool takesOver = false; // RouteOptions::takesOver
        std::optional<qint64> maxBodyBytes;
    };

    // HEAD is answered by GET routes.
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
        RouteOptions options;
    };
    static bool matchSegments(const QStringList &pattern, const QStringList &path,
                              QHash<QString, QString> *params);
    std::vector<Route> m_routes;
    NotFoundPage m_notFoundPage;
};

} // namespace wag
