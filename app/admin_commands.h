#pragma once

#include "command_line.h"

namespace wag {

// `whatsapp-gateway [--data-dir DIR] admin COMMAND ...`. Works on the data dir directly,
// also while a gateway runs on it (SQLite's locking and busy timeout make that safe), and
// calls the same services as the window and the portal. Returns the exit status:
// 0 done, 1 refused or failed, 2 usage error.
int runAdminCommand(const CommandLine &commandLine);
QString adminUsageText();

} // namespace wag
