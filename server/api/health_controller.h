#pragma once

#include <QDateTime>

namespace wag {

class Clock;
class Database;
class Router;

// GET / — the probe that load balancers, monitors and the run script poll:
// {"status":"ok","version":…,"uptime_seconds":…,"database":"ok"}. A database that stops
// answering turns it into 503 {"status":"degraded"} so a monitor notices.
class HealthController
{
public:
    HealthController(const Database &database, const Clock &clock);
    void registerRoutes(Router &router);

private:
    const Database &m_database;
    const Clock &m_clock;
    QDateTime m_startedAt;
};

} // namespace wag
