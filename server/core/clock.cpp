#include "clock.h"

namespace wag {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace wag
