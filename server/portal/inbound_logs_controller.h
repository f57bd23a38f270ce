#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace wag {
class InboundLogService;
class InstanceService;
class Router;
struct InboundMessageRecord;
}

namespace wag::portal {

class PortalGate;

// /inbound-logs, admins and operators (SPEC §8): what contacts wrote, newest first, as the
// window's inbound log shows it (InboundLogService, key paging, the same filter): time,
// instance, sender (masked as on the window's screen), name (and group), type, text and
// the opt-out keyword that acted on it.
//
// Live: the first page of a valid filter marks its table with data-live-inbound, the
// filter as a query; portal-live.js opens GET /live with it, and LiveUpdates pushes each
// new row that matches that filter, rendered by row() below.
class InboundLogsController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::InboundLogsController)
public:
    using TimeZoneSource = std::function<QTimeZone()>;
    static constexpr int kTextShown = 200; // characters of a message in its cell, as the window

    InboundLogsController(PortalGate &gate, InboundLogService &log, InstanceService &instances,
                          TimeZoneSource timeZone);
    static void mount(Router &router, PortalGate &gate, InboundLogService &log, InstanceService &instances,
                      TimeZoneSource timeZone);

    static Html row(const InboundMessageRecord &record, const QString &instanceName, const QTimeZone &zone);

private:
    HttpResponse list(const HttpRequest &request);

    PortalGate &m_gate;
    InboundLogService &m_log;
    InstanceService &m_instances;
    TimeZoneSource m_timeZone;
};

} // namespace wag::portal
