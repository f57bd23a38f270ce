#include "admin_commands.h"

#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "engine.h"
#include "instances/instance_service.h"
#include "storage/backup.h"

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
