#pragma once

#include "command_line.h"

namespace wag {

// Runs the gateway until SIGTERM/SIGINT (or Quit in the tray). Returns the exit status:
// 0 after a clean shutdown, 1 when it cannot start (port in use, data dir, database).
int runGateway(const CommandLine &commandLine, bool desktop);

} // namespace wag
