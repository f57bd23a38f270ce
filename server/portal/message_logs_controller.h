#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace wag {
class InstanceService;
class MessageLogService;
class Router;
struct MessageRecord;
}

namespace wag::portal {

class PortalGate;

// /message-logs, admins and operators (SPEC §8): the outbound attempts newest first, as
// the window's message log shows them (MessageLogService, key paging, the same filter):
// time, instance, number (masked as on the window's screen), purpose, API key prefix,
// status, the guard's rule, the outcome and the error.
class MessageLogsController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::MessageLogsController)
public:
    using TimeZoneSource = std::function<QTimeZone()>;

    MessageLogsController(PortalGate &gate, MessageLogService &log, InstanceService &instances,
                          TimeZoneSource timeZone);
    static void mount(Router &router, PortalGate &gate, MessageLogService &log, InstanceService &instances,
                      TimeZoneSource timeZone);

    static Html row(const MessageRecord &record, const QString &instanceName, const QTimeZone &zone);

private:
    HttpResponse list(const HttpRequest &request);

    PortalGate &m_gate;
    MessageLogService &m_log;
    InstanceService &m_instances;
    TimeZoneSource m_timeZone;
};

} // namespace wag::portal
