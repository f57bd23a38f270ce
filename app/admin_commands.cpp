#include "admin_commands.h"

#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "engine.h"
#include "instances/instance_service.h"
#include "policy/limits.h"
#include "storage/backup.h"
#include "suppression/suppression_service.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <termios.h>
#include <unistd.h>

namespace wag {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int status = kFailed)
{
    QTextStream err(stderr);
    err << "whatsapp-gateway: error: " << message << Qt::endl;
    return status;
}

struct AdminContext
{
    Engine &engine;
    QStringList positional;
    QCommandLineParser &options;
};

struct AdminCommand
{
    QString name;
    QString synopsis;
    QString summary;
    int positionalCount; // exact number of positional arguments
    QList<QCommandLineOption> options;
    std::function<int(AdminContext &)> run;
};

// Reads a password from stdin: the whole first line, without its line ending. On a
// terminal, echo is turned off while typing.
QString readPassword()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs("Password: ", stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly);
    QByteArray line = input.readLine(4096);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString formatTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

const QList<AdminCommand> &commands()
{
    static const QList<AdminCommand> all = {
        {QStringLiteral("create-user"), QStringLiteral("NAME --role admin|operator"),
         QStringLiteral("Create a user; the password is read from stdin."), 1,
         {QCommandLineOption(QStringLiteral("role"), QStringLiteral("admin or operator"),
                             QStringLiteral("ROLE"))},
         [](AdminContext &c) {
             if (!c.options.isSet(QStringLiteral("role")))
                 return fail(QStringLiteral("create-user needs --role admin|operator"), kUsage);
             const auto user = c.engine.users().createUser(
                 c.positional.at(0), c.options.value(QStringLiteral("role")), readPassword());
             if (!user)
                 return fail(user.failure().message);
             out() << "created user " << user->name << " (" << userRoleName(user->role) << ")" << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("create-api-key"), QStringLiteral("NAME [--instance ID_OR_NAME]..."),
         QStringLiteral("Create an API key, limited to the given instances (default: all). "
                        "Prints the key once, on stdout, and nothing else."),
         1,
         {QCommandLineOption(QStringLiteral("instance"),
                             QStringLiteral("Limit the key to this instance (repeatable)"),
                             QStringLiteral("ID_OR_NAME"))},
         [](AdminContext &c) {
             const auto key = c.engine.apiKeys().create(
                 c.positional.at(0), c.options.values(QStringLiteral("instance")));
             if (!key)
                 return fail(key.failure().message);
             out() << key->plaintext << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("list-api-keys"), QString(),
         QStringLiteral("One line per key: prefix, name, scope, last used, revoked (tab-separated)."),
         0, {},
         [](AdminContext &c) {
             for (const auto &key : c.engine.apiKeys().list()) {
                 const QString scope = key.instanceIds.isEmpty()
                     ? QStringLiteral("all-instances")
                     : key.instanceIds.join(QLatin1Char(','));
                 out() << key.prefix << '\t' << key.name << '\t' << scope << '\t'
                       << formatTime(key.lastUsedAt) << '\t'
                       << (key.revokedAt.isValid() ? formatTime(key.revokedAt) : QStringLiteral("active"))
                       << Qt::endl;
             }
             return kOk;
         }},
        {QStringLiteral("revoke-api-key"), QStringLiteral("PREFIX"),
         QStringLiteral("Revoke the key whose prefix (as listed) is given; takes effect at once."),
         1, {},
         [](AdminContext &c) {
             const Status s = c.engine.apiKeys().revoke(c.positional.at(0));
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "revoked " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("create-instance"), QStringLiteral("NAME"),
         QStringLiteral("Create an instance (a WhatsApp number to link); prints its id."), 1, {},
         [](AdminContext &c) {
             const auto instance =
                 c.engine.instances().create(c.positional.at(0), QStringLiteral("simulator"));
             if (!instance)
                 return fail(instance.failure().message);
             out() << instance->id << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("list-instances"), QString(),
         QStringLiteral("One line per instance: id, name, provider, state (tab-separated)."), 0, {},
         [](AdminContext &c) {
             for (const auto &instance : c.engine.instances().list())
                 out() << instance.id << '\t' << instance.name << '\t' << instance.provider << '\t'
                       << instanceStateName(instance.state) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("set-limits"), QStringLiteral("INSTANCE [--daily N] [--monthly N] [--preset NAME]"),
         QStringLiteral("Set an instance's daily and monthly message limits (presets: Starter, Growth, Scale)."), 1,
         {QCommandLineOption(QStringLiteral("daily"), QStringLiteral("Messages per day"), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("monthly"), QStringLiteral("Messages per calendar month"), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("preset"), QStringLiteral("Starter, Growth or Scale"), QStringLiteral("NAME"))},
         [](AdminContext &c) {
             std::optional<qint64> daily;
             std::optional<qint64> monthly;
             if (c.options.isSet(QStringLiteral("preset"))) {
                 const auto preset = findPreset(c.options.value(QStringLiteral("preset")));
                 if (!preset)
                     return fail(QStringLiteral("unknown preset \"%1\"; use Starter, Growth or Scale")
                                     .arg(c.options.value(QStringLiteral("preset"))), kUsage);
                 daily = preset->daily;
                 monthly = preset->monthly;
             }
             for (const QString &name : {QStringLiteral("daily"), QStringLiteral("monthly")}) {
                 if (!c.options.isSet(name))
                     continue;
                 bool ok = false;
                 const qint64 n = c.options.value(name).toLongLong(&ok);
                 if (!ok || n < 0)
                     return fail(QStringLiteral("--%1 must be a whole number of at least 0").arg(name), kUsage);
                 (name == u"daily" ? daily : monthly) = n;
             }
             if (!daily && !monthly)
                 return fail(QStringLiteral("set-limits needs --daily, --monthly or --preset"), kUsage);
             const Status s = c.engine.instances().setLimits(c.positional.at(0), daily, monthly);
             if (!s.ok())
                 return fail(s.failure().message);
             const auto instance = c.engine.instances().find(c.positional.at(0));
             out() << "limits of " << instance->name << ": " << instance->dailyLimit.value_or(-1) << "/day, "
                   << instance->monthlyLimit.value_or(-1) << "/month" << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("pause-instance"), QStringLiteral("INSTANCE [--reason TEXT]"),
         QStringLiteral("Stop an instance from sending until it is resumed."), 1,
         {QCommandLineOption(QStringLiteral("reason"), QStringLiteral("Why (shown in the logs)"), QStringLiteral("TEXT"))},
         [](AdminContext &c) {
             const QString reason = c.options.isSet(QStringLiteral("reason")) ? c.options.value(QStringLiteral("reason"))
                                                                              : QStringLiteral("paused by an admin");
             const Status s = c.engine.instances().pause(c.positional.at(0), reason);
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "paused " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("resume-instance"), QStringLiteral("INSTANCE"),
         QStringLiteral("Let a paused instance send again (also after an automatic pause by the guard)."), 1, {},
         [](AdminContext &c) {
             const Status s = c.engine.instances().resume(c.positional.at(0));
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "resumed " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("suppress"), QStringLiteral("PHONE [--note TEXT]"),
         QStringLiteral("Put a number on the suppression list: no message will be sent to it."), 1,
         {QCommandLineOption(QStringLiteral("note"), QStringLiteral("Why"), QStringLiteral("TEXT"))},
         [](AdminContext &c) {
             const auto record = c.engine.suppressions().suppress(
                 c.positional.at(0), c.options.value(QStringLiteral("note")), QStringLiteral("admin command"));
             if (!record)
                 return fail(record.failure().message);
             out() << "suppressed " << record->phone << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("unsuppress"), QStringLiteral("PHONE"),
         QStringLiteral("Take a number off the suppression list."), 1, {},
         [](AdminContext &c) {
             const Status s = c.engine.suppressions().unsuppress(c.positional.at(0));
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "unsuppressed " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("import-suppressions"), QStringLiteral("FILE.csv"),
         QStringLiteral("Add the numbers of a CSV file (header row with a \"phone\" column, "
                        "optional \"note\") to the suppression list; all or nothing."),
         1, {},
         [](AdminContext &c) {
             const SuppressionImport result = c.engine.suppressions().importCsvFile(
                 c.positional.at(0), QStringLiteral("admin command"));
             if (!result.ok()) {
                 // Every refused line, so the file can be fixed in one go; then the usual
                 // one-line error saying that nothing changed.
                 QTextStream err(stderr);
                 for (const CsvReject &reject : result.rejects)
                     err << "line " << reject.line << ": " << reject.input << ": " << reject.reason << Qt::endl;
                 return fail(result.failure.message);
             }
             out() << "imported " << result.imported << ", already suppressed " << result.alreadySuppressed
                   << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("export-suppressions"), QStringLiteral("FILE.csv"),
         QStringLiteral("Write the whole suppression list, newest first, to a CSV file."), 1, {},
         [](AdminContext &c) {
             const Result<int> exported = c.engine.suppressions().exportCsv(c.positional.at(0));
             if (!exported)
                 return fail(exported.failure().message);
             out() << "exported " << exported.value() << " to " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("backup"), QStringLiteral("FILE"),
         QStringLiteral("Copy the database to FILE with SQLite's online backup; safe while the "
                        "gateway runs."),
         1, {},
         [](AdminContext &c) {
             const Status s = backupDatabase(c.engine.database(), c.positional.at(0));
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "backed up to " << c.positional.at(0) << Qt::endl;
             return kOk;
         }},
    };
    return all;
}

} // namespace

QString adminUsageText()
{
    QString text = QStringLiteral(
        "Usage: whatsapp-gateway [--data-dir DIR] admin COMMAND [ARGUMENTS]\n\n"
        "Admin commands work on the data dir, also while the gateway runs.\n\nCommands:\n");
    for (const AdminCommand &command : commands()) {
        text += QStringLiteral("  %1 %2\n      %3\n").arg(command.name, command.synopsis, command.summary);
    }
    return text;
}

int runAdminCommand(const CommandLine &commandLine)
{
    const QString name = commandLine.adminArguments.value(0);
    const AdminCommand *command = nullptr;
    for (const AdminCommand &c : commands()) {
        if (c.name == name)
            command = &c;
    }
    if (!command)
        return fail(QStringLiteral("unknown admin command \"%1\"; see 'admin --help'").arg(name), kUsage);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    QStringList arguments = commandLine.adminArguments;
    arguments[0] = QStringLiteral("whatsapp-gateway admin ") + name;
    if (!parser.parse(arguments))
        return fail(QStringLiteral("%1: %2").arg(name, parser.errorText()), kUsage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != command->positionalCount) {
        return fail(QStringLiteral("usage: whatsapp-gateway admin %1 %2").arg(name, command->synopsis).trimmed(),
                    kUsage);
    }

    Engine::Config config;
    config.dataDir = commandLine.dataDir;
    config.settings = commandLine.settings;
    auto engine = Engine::open(std::move(config));
    if (!engine)
        return fail(engine.failure().message);
    AdminContext context{*engine.value(), positional, parser};
    return command->run(context);
}

} // namespace wag
