#pragma once

#include "http/http_types.h"

#include <QString>

#include <functional>

namespace wag {

class InstanceService;
class Router;
class SimulatorProvider;

// SPEC §4.3: with --simulator-control, loopback-only routes let tests and demos act as the
// phone and the contacts of a simulator instance ({id}: instance id or name):
//
//   POST /simulator/instances/{id}/scan        links it, from any state → open
//   POST /simulator/instances/{id}/inbound     {"from","text","name"?,"group_id"?}
//   POST /simulator/instances/{id}/receipt     {"message_id","status"}
//   POST /simulator/instances/{id}/call        {"from","status":"offer"|"missed"}
//   POST /simulator/instances/{id}/disconnect  the phone goes offline → close
//
// Answers: 200 {"success":true,...}; errors in the SPEC §5 shape: invalid_json 400,
// validation_error 422 (details.fields), invalid_instance 404, unknown_message 404,
// instance_not_connected 409. Phone numbers ("from") are normalized with libphonenumber
// ("+E164" or digits with the country code).
class SimulatorController
{
public:
    SimulatorController(InstanceService &instances, SimulatorProvider &simulator);
    void registerRoutes(Router &router);

    // Turns a receipt's "message_id" into the simulator's external id ("SIM…"). Identity by
    // default, so callers give the external id; hook for the engine to make the gateway's
    // own "msg_…" ids resolvable (return an empty string for an unknown id).
    std::function<QString(const QString &)> resolveExternalId;

private:
    HttpResponse scan(const HttpRequest &request);
    HttpResponse inbound(const HttpRequest &request);
    HttpResponse receipt(const HttpRequest &request);
    HttpResponse call(const HttpRequest &request);
    HttpResponse group(const HttpRequest &request);
    HttpResponse disconnect(const HttpRequest &request);

    InstanceService &m_instances;
    SimulatorProvider &m_simulator;
};

} // namespace wag
