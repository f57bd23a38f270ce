#pragma once

#include "messaging/send_service.h"
#include "providers/simulator/simulator_provider.h"

namespace wag::test {

// What in-process tests of the send path start from: the simulator with no timed receipts
// (a test delivers receipts itself when it wants them), and sends with no pacing, no
// warm-up and no per-key rate, so the rule under test is the only one in the way.
inline SimulatorOptions quietSimulator()
{
    SimulatorOptions o;
    o.deliveredDelayMs = 0;
    o.readDelayMs = 0;
    return o;
}

inline SendConfig unpacedSendConfig()
{
    SendConfig c;
    c.pacing.enabled = false;
    c.guard.warmUp.days = 0;
    c.keyRatePerMinute = 0;
    return c;
}

} // namespace wag::test
