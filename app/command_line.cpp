#include "command_line.h"

#include "engine.h"
#include "settings/settings_registry.h"
#include "version.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace wag {

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("WAG_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

static void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("headless"),
                      QStringLiteral("Service mode: no window, no tray icon (systemd, servers).")});
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("Where gateway.db and the key file live (env WAG_DATA_DIR; default: %1).")
                          .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                      QStringLiteral("DIR")});
    for (const SettingDefinition &d : SettingsRegistry::definitions()) {
        if (!d.onCommandLine)
            continue;
        QString description = d.description + QStringLiteral(" (env %1").arg(d.environmentName());
        // A boolean is a flag: present means on, so it takes no value and is off by default
        // (its variable still takes 1/0, on/off, true/false).
        if (d.type == SettingType::Boolean) {
            description += QStringLiteral("=1)");
            parser.addOption({d.commandLineName(), description});
            continue;
        }
        if (!d.defaultValue.toString().isEmpty())
            description += QStringLiteral("; default %1").arg(d.defaultValue.toString());
        description += QLatin1Char(')');
        parser.addOption({d.commandLineName(), description, QStringLiteral("VALUE")});
    }
    parser.addOption({QStringLiteral("version"), QStringLiteral("Print the version and exit.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      QStringLiteral("Print this help and exit.")});
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 QStringLiteral("Run an admin command (see 'admin --help')."),
                                 QStringLiteral("[admin COMMAND ...]"));
}

QString usageText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString text = QStringLiteral("%1 %2 — on-premise WhatsApp gateway with a guarded send API.\n\n")
                       .arg(QLatin1String(kProductName), QLatin1String(kVersion));
    text += parser.helpText();
    text.replace(QStringLiteral("Usage: whatsapp-gateway"),
                 QStringLiteral("Usage: %1").arg(QLatin1String(kExecutableName)));
    text += QStringLiteral(
        "\nWithout --headless the gateway opens its desktop window and tray icon when a display\n"
        "is available. Every option can also be set with its WAG_ environment variable; the\n"
        "command line wins.\n\n"
        "WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.\n");
    return text;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after "admin" belongs to the admin command, options included.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addOptions(parser);

    if (!parser.parse(arguments)) {
        result.error = parser.errorText() + QStringLiteral("; see --help");
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        result.action = CommandLine::Action::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = CommandLine::Action::Version;
        return result;
    }

    if (const Status s = result.settings.loadEnvironment(QProcessEnvironment::systemEnvironment()); !s.ok()) {
        result.error = s.failure().message;
        return result;
    }
    for (const SettingDefinition &d : SettingsRegistry::definitions()) {
        if (!d.onCommandLine || !parser.isSet(d.commandLineName()))
            continue;
        const QString text = d.type == SettingType::Boolean ? QStringLiteral("on")
                                                            : parser.value(d.commandLineName());
        const Status s = result.settings.set(Settings::Layer::CommandLine, d.key, text);
        if (!s.ok()) {
            result.error = s.failure().message;
            return result;
        }
    }
    {
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!parseListenAddress(result.settings.text(settings::kListen), &address, &port, &error)) {
            result.error = error;
            return result;
        }
    }
    result.headless = parser.isSet(QStringLiteral("headless"));
    result.dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                               : defaultDataDir();
    if (result.dataDir.isEmpty()) {
        result.error = QStringLiteral("--data-dir must not be empty");
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return result;
    if (positional.first() != u"admin") {
        result.error = QStringLiteral("unknown command \"%1\"; see --help").arg(positional.first());
        return result;
    }
    result.action = CommandLine::Action::Admin;
    result.adminArguments = positional.mid(1);
    if (result.adminArguments.isEmpty() || result.adminArguments.first() == u"--help"
        || result.adminArguments.first() == u"-h" || result.adminArguments.first() == u"help")
        result.action = CommandLine::Action::AdminHelp;
    return result;
}

} // namespace wag
