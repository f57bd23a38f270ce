#include "admin_commands.h"
#include "command_line.h"
#include "core/logging.h"
#include "serve.h"
#include "settings/settings_registry.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <sys/stat.h>

using namespace wag;

static QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// A window needs a display; without one (ssh, a server) the gateway runs headless and says so.
static bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int main(int argc, char **argv)
{
    // The data dir holds customers' numbers and messages: nothing we create is for other users.
    ::umask(0077);
    QCoreApplication::setApplicationName(QLatin1String(kExecutableName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));

    const CommandLine commandLine = parseCommandLine(rawArguments(argc, argv));
    if (!commandLine.error.isEmpty()) {
        QTextStream(stderr) << "whatsapp-gateway: " << commandLine.error << Qt::endl;
        return 2;
    }
    switch (commandLine.action) {
    case CommandLine::Action::Help:
        QTextStream(stdout) << usageText();
        return 0;
    case CommandLine::Action::Version:
        QTextStream(stdout) << kExecutableName << ' ' << kVersion << Qt::endl;
        return 0;
    case CommandLine::Action::AdminHelp:
        QTextStream(stdout) << adminUsageText();
        return 0;
    case CommandLine::Action::Admin:
    case CommandLine::Action::Serve:
        break;
    }

    LogLevel level = LogLevel::Info;
    parseLogLevel(commandLine.settings.text(settings::kLogLevel), &level);

    if (commandLine.action == CommandLine::Action::Admin) {
        QCoreApplication app(argc, argv);
        setupLogging(level > LogLevel::Warning ? level : LogLevel::Warning);
        return runAdminCommand(commandLine);
    }

    const bool desktop = !commandLine.headless && displayAvailable();
    std::unique_ptr<QCoreApplication> app;
    if (desktop)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setupLogging(level);
    if (!commandLine.headless && !desktop)
        qCWarning(lcApp) << "no display found; running headless (pass --headless to silence this)";
    return runGateway(commandLine, desktop);
}
