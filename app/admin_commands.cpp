#include "admin_commands.h"

#include "accounts/api_key_service.h"
#include "accounts/user_service.h"
#include "engine.h"
#include "events/event_types.h"
#include "instances/instance_service.h"
#include "integrations/threecx/threecx_events.h"
#include "integrations/threecx/threecx_service.h"
#include "policy/limits.h"
#include "storage/backup.h"
#include "suppression/suppression_service.h"
#include "webhooks/webhook_service.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <optional>
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
    int positionalCount; // exact number of positional arguments; -1: the command checks
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

int usageError(const QString &name, const QString &synopsis)
{
    return fail(QStringLiteral("usage: whatsapp-gateway admin %1 %2").arg(name, synopsis).trimmed(), kUsage);
}

// ISO-8601 date or date and time; UTC unless it carries an offset (event times are UTC).
QDateTime parseIsoTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

QString destinationState(const WebhookDestinationRecord &destination)
{
    if (destination.enabled)
        return QStringLiteral("enabled");
    return QStringLiteral("disabled(%1)").arg(destination.disabledReason.isEmpty() ? QStringLiteral("manual")
                                                                                  : destination.disabledReason);
}

// Runs a webhook call that may need to seal or open secrets, taking the data key only when
// the service asks for it: the service checks every input first, so a refused command never
// touches the keychain or key file (which may say so on stderr) and fails with one line.
template<typename Call>
auto withSecrets(AdminContext &c, Call call) -> decltype(call())
{
    auto result = call();
    if (result.ok() || result.failure().code != u"secrets_locked")
        return result;
    if (const Status s = c.engine.unlockSecrets(); !s.ok())
        return decltype(call())(s.failure());
    return call();
}

// A destination command that takes its id and calls one service method.
int onDestination(AdminContext &c, const std::function<Status(WebhookService &, const QString &)> &action,
                  const char *done)
{
    const Status s = action(c.engine.webhooks(), c.positional.at(0));
    if (!s.ok())
        return fail(s.failure().message);
    out() << done << ' ' << c.positional.at(0) << Qt::endl;
    return kOk;
}

// A user command that takes the user's name and calls one service method.
int onUser(AdminContext &c, const std::function<Status(UserService &, const QString &)> &action, const char *done)
{
    const Status s = action(c.engine.users(), c.positional.at(0));
    if (!s.ok())
        return fail(s.failure().message);
    out() << done << ' ' << UserService::normalizeName(c.positional.at(0)) << Qt::endl;
    return kOk;
}

// "on"/"off" (also yes/no, true/false, 1/0) of a set-3cx flag; empty when unreadable.
std::optional<bool> onOff(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"on" || t == u"yes" || t == u"true" || t == u"1")
        return true;
    if (t == u"off" || t == u"no" || t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}

QString onOffText(bool value)
{
    return value ? QStringLiteral("on") : QStringLiteral("off");
}

// One line of list-3cx-integrations.
QString describeIntegration(const ThreecxIntegrationRecord &r, const QHash<QString, QString> &instanceNames)
{
    QStringList templates;
    for (auto it = r.templates.cbegin(); it != r.templates.cend(); ++it) {
        if (it->enabled)
            templates.append(it.key());
    }
    return QStringList{r.id,
                       r.name,
                       r.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                       instanceNames.value(r.defaultInstanceId, r.defaultInstanceId.isEmpty() ? QStringLiteral("-")
                                                                                              : r.defaultInstanceId),
                       QStringLiteral("hmac=") + onOffText(r.hmacRequired),
                       QStringLiteral("ips=") + (r.allowedIps.isEmpty() ? QStringLiteral("any") : r.allowedIps.join(QLatin1Char(','))),
                       QStringLiteral("outbound=") + onOffText(r.outboundEnabled),
                       QStringLiteral("call_events=") + onOffText(r.callEventsEnabled),
                       QStringLiteral("strict_window=") + onOffText(r.strictWindow),
                       QStringLiteral("templates=") + (templates.isEmpty() ? QStringLiteral("none") : templates.join(QLatin1Char(',')))}
        .join(QLatin1Char('\t'));
}

const QString kSet3cxSynopsis = QStringLiteral(
    "ID [--enable|--disable] [--hmac-required on|off] [--allowed-ips LIST] [--template EVENT TEXT] "
    "[--template-off EVENT] [--business-name NAME] [--strict-window on|off] [--outbound on|off] "
    "[--call-events on|off] [--instance INSTANCE]");

// set-3cx: the flags as one settings change. --template's text is the second positional
// argument (QCommandLineParser gives an option one value).
int set3cx(AdminContext &c)
{
    const QString name = QStringLiteral("set-3cx");
    const bool withTemplate = c.options.isSet(QStringLiteral("template"));
    if (c.positional.size() != (withTemplate ? 2 : 1))
        return usageError(name, kSet3cxSynopsis);
    ThreecxSettingsChange change;
    if (c.options.isSet(QStringLiteral("enable")) && c.options.isSet(QStringLiteral("disable")))
        return fail(QStringLiteral("set-3cx: --enable and --disable exclude each other"), kUsage);
    if (c.options.isSet(QStringLiteral("enable")))
        change.enabled = true;
    if (c.options.isSet(QStringLiteral("disable")))
        change.enabled = false;
    const QList<std::pair<QString, std::optional<bool> ThreecxSettingsChange::*>> switches = {
        {QStringLiteral("hmac-required"), &ThreecxSettingsChange::hmacRequired},
        {QStringLiteral("strict-window"), &ThreecxSettingsChange::strictWindow},
        {QStringLiteral("outbound"), &ThreecxSettingsChange::outboundEnabled},
        {QStringLiteral("call-events"), &ThreecxSettingsChange::callEventsEnabled},
    };
    for (const auto &[flag, field] : switches) {
        if (!c.options.isSet(flag))
            continue;
        const std::optional<bool> value = onOff(c.options.value(flag));
        if (!value)
            return fail(QStringLiteral("set-3cx: --%1 takes on or off").arg(flag), kUsage);
        change.*field = *value;
    }
    if (c.options.isSet(QStringLiteral("allowed-ips")))
        change.allowedIps = c.options.value(QStringLiteral("allowed-ips")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (c.options.isSet(QStringLiteral("business-name")))
        change.businessName = c.options.value(QStringLiteral("business-name"));
    if (c.options.isSet(QStringLiteral("instance")))
        change.defaultInstance = c.options.value(QStringLiteral("instance"));
    if (withTemplate)
        change.templateTexts.insert(c.options.value(QStringLiteral("template")), c.positional.at(1));
    for (const QString &event : c.options.values(QStringLiteral("template-off")))
        change.templateEnabled.insert(event, false);
    const auto updated = c.engine.threecx().update(c.positional.at(0), change);
    if (!updated)
        return fail(updated.failure().message);
    QHash<QString, QString> names;
    for (const auto &instance : c.engine.instances().list())
        names.insert(instance.id, instance.name);
    out() << describeIntegration(updated.value(), names) << Qt::endl;
    return kOk;
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
        {QStringLiteral("list-users"), QString(),
         QStringLiteral("One line per user: name, role, created, enabled or disabled since (tab-separated)."), 0, {},
         [](AdminContext &c) {
             for (const UserRecord &user : c.engine.users().list())
                 out() << user.name << '\t' << userRoleName(user.role) << '\t' << formatTime(user.createdAt) << '\t'
                       << (user.isDisabled() ? QStringLiteral("disabled ") + formatTime(user.disabledAt)
                                             : QStringLiteral("enabled"))
                       << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("disable-user"), QStringLiteral("NAME"),
         QStringLiteral("Stop a user from signing in (never the last enabled admin)."), 1, {},
         [](AdminContext &c) {
             return onUser(c, [](UserService &u, const QString &name) { return u.setDisabled(name, true); }, "disabled");
         }},
        {QStringLiteral("enable-user"), QStringLiteral("NAME"), QStringLiteral("Let a disabled user sign in again."), 1, {},
         [](AdminContext &c) {
             return onUser(c, [](UserService &u, const QString &name) { return u.setDisabled(name, false); }, "enabled");
         }},
        {QStringLiteral("remove-user"), QStringLiteral("NAME"),
         QStringLiteral("Remove a user (never the last enabled admin)."), 1, {},
         [](AdminContext &c) {
             return onUser(c, [](UserService &u, const QString &name) { return u.remove(name); }, "removed user");
         }},
        {QStringLiteral("reset-password"), QStringLiteral("NAME"),
         QStringLiteral("Give a user a new password, read from stdin."), 1, {},
         [](AdminContext &c) {
             const QString password = readPassword();
             return onUser(c, [&password](UserService &u, const QString &name) { return u.resetPassword(name, password); },
                           "new password for");
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
             // The provider the gateway is configured with (the simulator unless set).
             const auto instance = c.engine.instances().create(c.positional.at(0));
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
        {QStringLiteral("add-webhook"), QStringLiteral("INSTANCE URL --events E1,E2 [--secret SECRET]"),
         QStringLiteral("Add a webhook destination to an instance. Prints one line, tab-separated: the "
                        "destination's id and its signing secret (generated as whsec_... when not given; "
                        "shown only now). Events, comma-separated: %1 (default: %2).")
             .arg(event_types::all().join(QStringLiteral(", ")), event_types::recommended().join(QStringLiteral(", "))),
         2,
         {QCommandLineOption(QStringLiteral("events"), QStringLiteral("Events to send, comma-separated"),
                             QStringLiteral("E1,E2")),
          QCommandLineOption(QStringLiteral("secret"),
                             QStringLiteral("Signing secret to use (whsec_ + base64 of 24+ bytes)"),
                             QStringLiteral("SECRET"))},
         [](AdminContext &c) {
             const QStringList events =
                 c.options.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
             const auto created = withSecrets(c, [&] {
                 return c.engine.webhooks().add(c.positional.at(0), c.positional.at(1), events,
                                                c.options.value(QStringLiteral("secret")));
             });
             if (!created)
                 return fail(created.failure().message);
             out() << created->record.id << '\t' << created->secret << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("list-webhooks"), QStringLiteral("[INSTANCE]"),
         QStringLiteral("One line per webhook destination, tab-separated: id, instance, URL, events, "
                        "enabled or disabled(reason), pending deliveries."),
         -1, {},
         [](AdminContext &c) {
             if (c.positional.size() > 1)
                 return usageError(QStringLiteral("list-webhooks"), QStringLiteral("[INSTANCE]"));
             const auto destinations = c.engine.webhooks().list(c.positional.value(0));
             if (!destinations)
                 return fail(destinations.failure().message);
             QHash<QString, QString> names;
             for (const auto &instance : c.engine.instances().list())
                 names.insert(instance.id, instance.name);
             for (const WebhookDestinationRecord &d : destinations.value())
                 out() << d.id << '\t' << names.value(d.instanceId, d.instanceId) << '\t' << d.url << '\t'
                       << d.events.join(QLatin1Char(',')) << '\t' << destinationState(d) << '\t'
                       << c.engine.webhooks().pendingCount(d.id) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("remove-webhook"), QStringLiteral("ID"),
         QStringLiteral("Remove a webhook destination with its pending deliveries and delivery log."), 1, {},
         [](AdminContext &c) {
             return onDestination(c, [](WebhookService &w, const QString &id) { return w.remove(id); }, "removed");
         }},
        {QStringLiteral("enable-webhook"), QStringLiteral("ID"),
         QStringLiteral("Enable a webhook destination (also one the gateway disabled); its pending "
                        "deliveries go out again."),
         1, {},
         [](AdminContext &c) {
             return onDestination(c, [](WebhookService &w, const QString &id) { return w.setEnabled(id, true); },
                                  "enabled");
         }},
        {QStringLiteral("disable-webhook"), QStringLiteral("ID"),
         QStringLiteral("Disable a webhook destination; its deliveries wait until it is enabled again."), 1, {},
         [](AdminContext &c) {
             return onDestination(c, [](WebhookService &w, const QString &id) { return w.setEnabled(id, false); },
                                  "disabled");
         }},
        {QStringLiteral("rotate-webhook-secret"), QStringLiteral("ID"),
         QStringLiteral("Give a webhook destination a new signing secret and print it (shown only now). "
                        "The old secret keeps signing too for %1 hours.")
             .arg(WebhookService::kRotationWindowMs / (60 * 60 * 1000)),
         1, {},
         [](AdminContext &c) {
             const Result<QString> secret =
                 withSecrets(c, [&] { return c.engine.webhooks().rotateSecret(c.positional.at(0)); });
             if (!secret)
                 return fail(secret.failure().message);
             out() << secret.value() << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("redeliver"),
         QStringLiteral("EVENT_ID | --instance INSTANCE --from TIME --to TIME [--destination ID]"),
         QStringLiteral("Send an event again, or every event of an instance from TIME up to (not including) "
                        "TIME (ISO-8601, UTC unless an offset is given), to every subscribed destination "
                        "or only to --destination. Prints how many deliveries were queued."),
         -1,
         {QCommandLineOption(QStringLiteral("instance"), QStringLiteral("Instance of the time range"),
                             QStringLiteral("INSTANCE")),
          QCommandLineOption(QStringLiteral("from"), QStringLiteral("Start of the range"), QStringLiteral("TIME")),
          QCommandLineOption(QStringLiteral("to"), QStringLiteral("End of the range (excluded)"), QStringLiteral("TIME")),
          QCommandLineOption(QStringLiteral("destination"), QStringLiteral("Only to this destination"),
                             QStringLiteral("ID"))},
         [](AdminContext &c) {
             const QString name = QStringLiteral("redeliver");
             const QString synopsis =
                 QStringLiteral("EVENT_ID | --instance INSTANCE --from TIME --to TIME [--destination ID]");
             const bool range = c.options.isSet(QStringLiteral("instance")) || c.options.isSet(QStringLiteral("from"))
                 || c.options.isSet(QStringLiteral("to"));
             const QString destination = c.options.value(QStringLiteral("destination"));
             Result<int> queued = 0;
             if (c.positional.size() == 1 && !range) {
                 queued = c.engine.webhooks().redeliverEvent(c.positional.at(0), destination);
             } else if (c.positional.isEmpty() && c.options.isSet(QStringLiteral("instance"))
                        && c.options.isSet(QStringLiteral("from")) && c.options.isSet(QStringLiteral("to"))) {
                 const QDateTime from = parseIsoTime(c.options.value(QStringLiteral("from")));
                 const QDateTime to = parseIsoTime(c.options.value(QStringLiteral("to")));
                 if (!from.isValid() || !to.isValid())
                     return fail(QStringLiteral("redeliver: --from and --to take ISO-8601 times, "
                                                "e.g. 2026-01-31T08:00:00Z"), kUsage);
                 queued = c.engine.webhooks().redeliverRange(c.options.value(QStringLiteral("instance")), from, to,
                                                             destination);
             } else {
                 return usageError(name, synopsis);
             }
             if (!queued)
                 return fail(queued.failure().message);
             out() << "queued " << queued.value() << (queued.value() == 1 ? " delivery" : " deliveries") << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("send-test-webhook"), QStringLiteral("ID"),
         QStringLiteral("Send a webhook.test event to this destination only; prints the event id."), 1, {},
         [](AdminContext &c) {
             const Result<QString> eventId = c.engine.webhooks().sendTestEvent(c.positional.at(0));
             if (!eventId)
                 return fail(eventId.failure().message);
             out() << eventId.value() << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("add-3cx-integration"), QStringLiteral("NAME --instance INSTANCE"),
         QStringLiteral("Connect a 3CX phone system. Prints one line, tab-separated: the integration's id and "
                        "its secret (shown only now); 3CX posts to /integrations/3cx/webhook/ID with the secret "
                        "in X-WhatsApp-Gateway-3CX-Secret."),
         1,
         {QCommandLineOption(QStringLiteral("instance"), QStringLiteral("The instance that sends for 3CX"),
                             QStringLiteral("INSTANCE"))},
         [](AdminContext &c) {
             if (!c.options.isSet(QStringLiteral("instance")))
                 return fail(QStringLiteral("add-3cx-integration needs --instance INSTANCE"), kUsage);
             const auto created = withSecrets(c, [&] {
                 return c.engine.threecx().create(c.positional.at(0), c.options.value(QStringLiteral("instance")));
             });
             if (!created)
                 return fail(created.failure().message);
             out() << created->record.id << '\t' << created->secret << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("list-3cx-integrations"), QString(),
         QStringLiteral("One line per 3CX integration, tab-separated: id, name, enabled or disabled, instance, "
                        "hmac, allowed IPs, outbound, call events, strict window, templates that are on."),
         0, {},
         [](AdminContext &c) {
             QHash<QString, QString> names;
             for (const auto &instance : c.engine.instances().list())
                 names.insert(instance.id, instance.name);
             for (const ThreecxIntegrationRecord &r : c.engine.threecx().list())
                 out() << describeIntegration(r, names) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("set-3cx"), kSet3cxSynopsis,
         QStringLiteral("Change a 3CX integration's settings; prints it as list-3cx-integrations does. Template "
                        "events: %1; variables: %2.")
             .arg(threecx::templateEvents().join(QStringLiteral(", ")),
                  threecx::templateVariables()
                      .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")), QStringLiteral("{{\\1}}"))
                      .join(QStringLiteral(", "))),
         -1,
         {QCommandLineOption(QStringLiteral("enable"), QStringLiteral("Accept its calls")),
          QCommandLineOption(QStringLiteral("disable"), QStringLiteral("Refuse its calls (401)")),
          QCommandLineOption(QStringLiteral("hmac-required"), QStringLiteral("Require a signature"), QStringLiteral("on|off")),
          QCommandLineOption(QStringLiteral("allowed-ips"), QStringLiteral("Addresses and CIDR ranges, comma-separated; empty: any"),
                             QStringLiteral("LIST")),
          QCommandLineOption(QStringLiteral("template"), QStringLiteral("Set and switch on EVENT's template to TEXT"),
                             QStringLiteral("EVENT")),
          QCommandLineOption(QStringLiteral("template-off"), QStringLiteral("Switch EVENT's template off"),
                             QStringLiteral("EVENT")),
          QCommandLineOption(QStringLiteral("business-name"), QStringLiteral("{{business_name}} in templates"),
                             QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("strict-window"), QStringLiteral("Templates only inside a conversation window"),
                             QStringLiteral("on|off")),
          QCommandLineOption(QStringLiteral("outbound"), QStringLiteral("Accept agent replies (outbound_message)"),
                             QStringLiteral("on|off")),
          QCommandLineOption(QStringLiteral("call-events"), QStringLiteral("Act on call events"), QStringLiteral("on|off")),
          QCommandLineOption(QStringLiteral("instance"), QStringLiteral("The instance that sends for 3CX"),
                             QStringLiteral("INSTANCE"))},
         set3cx},
        {QStringLiteral("list-3cx-events"), QStringLiteral("ID [--limit N]"),
         QStringLiteral("The integration's event log, newest first, tab-separated: time, event type, masked "
                        "phone, action, HTTP status, error, reason, message id (default: the last 50)."),
         1,
         {QCommandLineOption(QStringLiteral("limit"), QStringLiteral("How many rows (1 to 1000)"), QStringLiteral("N"))},
         [](AdminContext &c) {
             int limit = 50;
             if (c.options.isSet(QStringLiteral("limit"))) {
                 bool ok = false;
                 limit = c.options.value(QStringLiteral("limit")).toInt(&ok);
                 if (!ok || limit < 1 || limit > 1000)
                     return fail(QStringLiteral("--limit must be a whole number from 1 to 1000"), kUsage);
             }
             if (!c.engine.threecx().find(c.positional.at(0)))
                 return fail(QStringLiteral("no 3CX integration \"%1\"").arg(c.positional.at(0)));
             const auto dash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
             for (const ThreecxEventRecord &row : c.engine.threecx().eventLog(c.positional.at(0), limit))
                 out() << formatTime(row.createdAt) << '\t' << dash(row.eventType) << '\t' << dash(row.phoneMasked)
                       << '\t' << row.action << '\t' << row.httpStatus << '\t' << dash(row.error) << '\t'
                       << dash(row.reason) << '\t' << dash(row.messageId) << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("rotate-3cx-secret"), QStringLiteral("ID"),
         QStringLiteral("Give a 3CX integration a new secret and print it (shown only now). The old secret "
                        "stops working at once: paste the new one into 3CX."),
         1, {},
         [](AdminContext &c) {
             const Result<QString> secret =
                 withSecrets(c, [&] { return c.engine.threecx().rotateSecret(c.positional.at(0)); });
             if (!secret)
                 return fail(secret.failure().message);
             out() << secret.value() << Qt::endl;
             return kOk;
         }},
        {QStringLiteral("remove-3cx-integration"), QStringLiteral("ID"),
         QStringLiteral("Remove a 3CX integration with its templates and event log."), 1, {},
         [](AdminContext &c) {
             const Status s = c.engine.threecx().remove(c.positional.at(0));
             if (!s.ok())
                 return fail(s.failure().message);
             out() << "removed " << c.positional.at(0) << Qt::endl;
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
    if (command->positionalCount >= 0 && positional.size() != command->positionalCount) {
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
