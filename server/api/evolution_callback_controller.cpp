#include "evolution_callback_controller.h"

#include "core/logging.h"
#include "http/router.h"
#include "providers/evolution/evolution_naming.h"
#include "providers/evolution/evolution_provider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace wag {

EvolutionCallbackController::EvolutionCallbackController(EvolutionProvider &provider)
    : m_provider(provider)
{
}

void EvolutionCallbackController::registerRoutes(Router &router)
{
    RouteOptions options;
    options.maxBodyBytes = kMaxBodyBytes;
    router.add("POST", QLatin1String(evolution::kCallbackPathPrefix) + QStringLiteral("{name}"),
               Router::SyncHandler([this](const HttpRequest &request) { return handle(request); }),
               options);
}

HttpResponse EvolutionCallbackController::handle(const HttpRequest &request)
{
    const QString name = request.pathParams.value(QStringLiteral("name"));
    const QByteArray secret = request.header(QByteArray(evolution::kCallbackSecretHeader).toLower());
    // Authentication comes first, before the body is even parsed.
    if (!m_provider.authenticateCallback(name, secret)) {
        qCWarning(lcHttp).noquote() << "evolution callback for" << name << "from" << request.peer.toString()
                                    << "refused: wrong or missing" << evolution::kCallbackSecretHeader;
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   QStringLiteral("wrong or missing callback secret"));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::error(400, QStringLiteral("invalid_json"),
                                   QStringLiteral("the body must be a JSON object"));
    const QJsonObject envelope = document.object();
    const QString claimed = envelope.value(QLatin1String("instance")).toString();
    if (!claimed.isEmpty() && claimed != name)
        qCWarning(lcHttp).noquote() << "evolution callback for" << name << "names instance" << claimed
                                    << "- using the path's (the authenticated one)";
    // Handed off to the event loop: the answer goes out first. Only the parsed envelope
    // travels on; the provider keeps nothing of media bytes (see EventMapper).
    QTimer::singleShot(0, &m_provider, [provider = QPointer<EvolutionProvider>(&m_provider), name, envelope] {
        if (provider)
            provider->handleCallback(name, envelope);
    });
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("received"), true}});
}

} // namespace wag
