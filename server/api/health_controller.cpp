#include "health_controller.h"

#include "core/clock.h"
#include "http/router.h"
#include "storage/database.h"
#include "version.h"

#include <QJsonObject>

namespace wag {

HealthController::HealthController(const Database &database, const Clock &clock)
    : m_database(database), m_clock(clock), m_startedAt(clock.now())
{
}

void HealthController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/"), Router::SyncHandler([this](const HttpRequest &) {
                   const bool databaseOk = m_database.exec(QStringLiteral("SELECT 1")).ok();
                   const QJsonObject body{
                       {QStringLiteral("status"),
                        databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                       {QStringLiteral("version"), QString::fromLatin1(kVersion)},
                       {QStringLiteral("uptime_seconds"), m_startedAt.secsTo(m_clock.now())},
                       {QStringLiteral("database"),
                        databaseOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
                   };
                   return HttpResponse::json(databaseOk ? 200 : 503, body);
               }));
}

} // namespace wag
