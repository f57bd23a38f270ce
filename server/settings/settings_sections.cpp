#include "settings_sections.h"

#include "settings_registry.h"

namespace wag {

namespace {

SettingPresentation field(const QString &key, const QString &label, const QString &help = {})
{
    SettingPresentation f;
    f.key = key;
    f.label = label;
    f.help = help;
    return f;
}

SettingPresentation milliseconds(SettingPresentation f)
{
    f.unit = SettingsSections::tr("ms");
    return f;
}

SettingPresentation withPlaceholder(SettingPresentation f, const QString &placeholder)
{
    f.placeholder = placeholder;
    return f;
}

SettingPresentation withShape(SettingPresentation f, SettingPresentation::Shape shape)
{
    f.shape = shape;
    return f;
}

SettingsSection network()
{
    using namespace settings;
    return {QStringLiteral("network"), SettingsSections::tr("Network"),
            SettingsSections::tr("Where the gateway listens and how others reach it."),
            {withPlaceholder(field(kListen, SettingsSections::tr("Listen address"),
                                   SettingsSections::tr("Address and port of the gateway, HOST:PORT. 127.0.0.1 "
                                                        "accepts only this computer; 0.0.0.0 every network.")),
                             QStringLiteral("127.0.0.1:8480")),
             withPlaceholder(field(kPublicUrl, SettingsSections::tr("Public URL"),
                                   SettingsSections::tr("How the provider and 3CX reach the gateway. Empty: derived "
                                                        "from the listen address.")),
                             QStringLiteral("https://gateway.example.com")),
             withShape(field(kTlsCert, SettingsSections::tr("TLS certificate"),
                             SettingsSections::tr("Path of the PEM certificate (chain) on the gateway's computer. "
                                                  "With its key, the gateway speaks HTTPS.")),
                       SettingPresentation::Shape::File),
             withShape(field(kTlsKey, SettingsSections::tr("TLS private key"),
                             SettingsSections::tr("Path of the unencrypted PEM RSA or EC key of the certificate.")),
                       SettingPresentation::Shape::File)},
            false};
}

SettingsSection provider()
{
    using namespace settings;
    SettingPresentation choice = field(kProvider, SettingsSections::tr("Provider"),
                                      SettingsSections::tr("Evolution API needs its server's URL and key (store the "
                                                           "key first)."));
    choice.choiceLabels = {SettingsSections::tr("Demo (built-in simulator)"), SettingsSections::tr("Evolution API")};
    return {QStringLiteral("provider"), SettingsSections::tr("Provider"),
            SettingsSections::tr("The engine that connects the gateway's numbers to WhatsApp."),
            {choice,
             withPlaceholder(field(kProviderUrl, SettingsSections::tr("Provider URL"),
                                   SettingsSections::tr("Base URL of the Evolution API server.")),
                             QStringLiteral("http://127.0.0.1:8080"))},
            true};
}

SettingsSection limitsAndPacing()
{
    using namespace settings;
    return {QStringLiteral("limits"), SettingsSections::tr("Limits and pacing"),
            SettingsSections::tr("How much and how fast each instance may send. An instance's own limits "
                                 "(its Settings tab) win over these defaults."),
            {field(kDailyLimit, SettingsSections::tr("Daily limit"),
                   SettingsSections::tr("Messages per instance per day, unless the instance sets its own.")),
             field(kMonthlyLimit, SettingsSections::tr("Monthly limit"),
                   SettingsSections::tr("Messages per instance per calendar month.")),
             field(kWarmUpFirstDayCap, SettingsSections::tr("Warm-up: first day"),
                   SettingsSections::tr("Messages a newly linked number may send on its first day; doubles each day.")),
             field(kWarmUpDays, SettingsSections::tr("Warm-up: days"),
                   SettingsSections::tr("Days after linking during which the warm-up cap applies.")),
             milliseconds(field(kPacingMinIntervalMs, SettingsSections::tr("Shortest gap between sends"))),
             milliseconds(field(kPacingMaxIntervalMs, SettingsSections::tr("Longest gap between sends"),
                                SettingsSections::tr("Each gap is drawn at random between the shortest and the "
                                                     "longest."))),
             field(kPacingBurstSize, SettingsSections::tr("Burst size"),
                   SettingsSections::tr("Sends after which the instance pauses.")),
             milliseconds(field(kPacingBurstPauseMs, SettingsSections::tr("Pause after a burst"))),
             milliseconds(field(kPacingRecipientIntervalMs, SettingsSections::tr("Gap per recipient"),
                                SettingsSections::tr("Shortest gap between two messages to the same number."))),
             withPlaceholder(field(kTimeZone, SettingsSections::tr("Time zone"),
                                   SettingsSections::tr("When days and months begin for the limits. Empty: the "
                                                        "gateway computer's.")),
                             SettingsSections::tr("e.g. Asia/Riyadh")),
             withPlaceholder(field(kPhoneDefaultRegion, SettingsSections::tr("Default phone region"),
                                   SettingsSections::tr("Two-letter region for numbers written without a country "
                                                        "code. Empty: international numbers only.")),
                             SettingsSections::tr("e.g. SA"))},
            false};
}

SettingsSection optOut()
{
    using namespace settings;
    return {QStringLiteral("opt-out"), SettingsSections::tr("Opt-out keywords"),
            SettingsSections::tr("What a contact writes to stop messages, and what the gateway answers."),
            {withShape(field(kOptOutKeywords, SettingsSections::tr("Opt-out keywords"),
                           SettingsSections::tr("One per line. A contact who sends one is suppressed. Empty: the "
                                                "built-in list in six languages (STOP, إيقاف, …).")),
                       SettingPresentation::Shape::Lines),
             withShape(field(kOptInKeywords, SettingsSections::tr("Opt-in keywords"),
                           SettingsSections::tr("One per line. Lifts an opt-out made by keyword. Empty: START, "
                                                "UNSTOP, YES and equivalents.")),
                       SettingPresentation::Shape::Lines),
             withPlaceholder(field(kOptOutConfirmation, SettingsSections::tr("Opt-out confirmation"),
                                   SettingsSections::tr("Reply sent to a contact who opted out by keyword. Empty: no "
                                                        "reply.")),
                             SettingsSections::tr("e.g. You will not receive further messages from us."))},
            false};
}

} // namespace

QList<SettingsSection> SettingsSections::all()
{
    return {network(), provider(), limitsAndPacing(), optOut()};
}

std::optional<SettingsSection> SettingsSections::find(const QString &slug)
{
    for (const SettingsSection &section : all()) {
        if (section.slug == slug)
            return section;
    }
    return std::nullopt;
}

} // namespace wag
