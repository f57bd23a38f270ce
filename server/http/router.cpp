#include "router.h"

namespace wag {

static QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

void Router::add(const QByteArray &method, const QString &pathTemplate, Handler handler,
                 RouteOptions options)
{
    m_routes.push_back(Route{method, splitPath(pathTemplate), std::move(handler), options});
}

void Router::add(const QByteArray &method, const QString &pathTemplate, SyncHandler handler,
                 RouteOptions options)
{
    add(method, pathTemplate,
        Handler([handler = std::move(handler)](const HttpRequest &request, HttpReply reply) {
            reply.send(handler(request));
        }),
        options);
}

bool Router::decorate(const QByteArray &method, const QString &pathTemplate,
                      const std::function<Handler(Handler)> &wrap)
{
    const QStringList segments = splitPath(pathTemplate);
    for (Route &route : m_routes) {
        if (route.method == method && route.segments == segments) {
            route.handler = wrap(std::move(route.handler));
            return true;
        }
    }
    return false;
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path,
                           QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern[i];
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
            if (params)
                params->insert(p.mid(1, p.size() - 2), path[i]);
        } else if (p != path[i]) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    const QByteArray wanted = method == "HEAD" ? QByteArray("GET") : method;
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        if (route.method == wanted && !result.handler) {
            result.handler = &route.handler;
            result.params = std::move(params);
            result.loopbackOnly = route.options.loopbackOnly;
            result.maxBodyBytes = route.options.maxBodyBytes;
            result.direct = route.options.direct || route.options.takesOver;
            result.takesOver = route.options.takesOver;
        }
        const QString name = QString::fromLatin1(route.method);
        if (!result.allowedMethods.contains(name))
            result.allowedMethods.append(name);
        if (route.method == "GET" && !result.allowedMethods.contains(QStringLiteral("HEAD")))
            result.allowedMethods.append(QStringLiteral("HEAD"));
    }
    return result;
}

} // namespace wag
