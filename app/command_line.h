#pragma once

#include "settings/settings.h"

#include <QStringList>

namespace wag {

// The parsed command line: what to do, and the settings given as flags.
struct CommandLine
{
    enum class Action { Serve, Admin, Help, Version, AdminHelp };
    Action action = Action::Serve;
    bool headless = false;
    QString dataDir;             // empty: the platform default (or WAG_DATA_DIR)
    Settings settings;           // environment + command-line layers
    QStringList adminArguments;  // after "admin"
    QString error;               // non-empty: a usage error (exit status 2)
};

CommandLine parseCommandLine(const QStringList &arguments);
QString usageText();
QString defaultDataDir();

} // namespace wag
