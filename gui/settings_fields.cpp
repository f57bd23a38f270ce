#include "settings_fields.h"

#include "settings/settings_registry.h"

#include <QTimeZone>

namespace wag {

namespace {

SettingField field(const QString &key, const QString &label, const QString &help = {})
{
    SettingField f;
    f.key = key;
    f.label = label;
    f.help = help;
    return f;
}

SettingField milliseconds(SettingField f)
{
    f.suffix = SettingsFields::tr(" ms");
    return f;
}

} // namespace

QList<SettingField> SettingsFields::network()
{
    using namespace settings;
    SettingField listen = field(kListen, tr("Listen address"),
                                tr("Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; "
                                   "0.0.0.0 every network."));
    listen.placeholder = QStringLiteral("127.0.0.1:8480");
    SettingField publicUrl = field(kPublicUrl, tr("Public URL"),
                                   tr("How the provider and 3CX reach the gateway. Empty: derived from the listen address."));
    publicUrl.placeholder = QStringLiteral("https://gateway.example.com");
    SettingField cert = field(kTlsCert, tr("TLS certificate"),
                              tr("PEM certificate (chain). With its key, the gateway speaks HTTPS."));
    cert.shape = SettingField::Shape::File;
    SettingField key = field(kTlsKey, tr("TLS private key"), tr("Unencrypted PEM RSA or EC key of the certificate."));
    key.shape = SettingField::Shape::File;
    return {listen, publicUrl, cert, key};
}

QList<SettingField> SettingsFields::provider()
{
    using namespace settings;
    SettingField choice = field(kProvider, tr("Provider"),
                                tr("Evolution API needs its server's URL and key below (store the key first)."));
    choice.choiceLabels = {tr("Demo (built-in simulator)"), tr("Evolution API")};
    SettingField url = field(kProviderUrl, tr("Provider URL"), tr("Base URL of the Evolution API server."));
    url.placeholder = QStringLiteral("http://127.0.0.1:8080");
    return {choice, url};
}

QList<SettingField> SettingsFields::limitsAndPacing()
{
    using namespace settings;
    SettingField zone = field(kTimeZone, tr("Time zone"),
                              tr("When days and months begin for the limits. Empty: this computer's."));
    zone.placeholder = tr("e.g. Asia/Riyadh");
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone.completions << QString::fromLatin1(id);
    SettingField region = field(kPhoneDefaultRegion, tr("Default phone region"),
                                tr("Two-letter region for numbers written without a country code. Empty: "
                                   "international numbers only."));
    region.placeholder = tr("e.g. SA");
    return {
        field(kDailyLimit, tr("Daily limit"), tr("Messages per instance per day, unless the instance sets its own.")),
        field(kMonthlyLimit, tr("Monthly limit"), tr("Messages per instance per calendar month.")),
        field(kWarmUpFirstDayCap, tr("Warm-up: first day"),
              tr("Messages a newly linked number may send on its first day; doubles each day.")),
        field(kWarmUpDays, tr("Warm-up: days"), tr("Days after linking during which the warm-up cap applies.")),
        milliseconds(field(kPacingMinIntervalMs, tr("Shortest gap between sends"))),
        milliseconds(field(kPacingMaxIntervalMs, tr("Longest gap between sends"),
                           tr("Each gap is drawn at random between the shortest and the longest."))),
        field(kPacingBurstSize, tr("Burst size"), tr("Sends after which the instance pauses.")),
        milliseconds(field(kPacingBurstPauseMs, tr("Pause after a burst"))),
        milliseconds(field(kPacingRecipientIntervalMs, tr("Gap per recipient"),
                           tr("Shortest gap between two messages to the same number."))),
        zone,
        region,
    };
}

QList<SettingField> SettingsFields::optOut()
{
    using namespace settings;
    SettingField optOutWords = field(kOptOutKeywords, tr("Opt-out keywords"),
                                     tr("One per line. A contact who sends one is suppressed. Empty: the built-in "
                                        "list in six languages (STOP, إيقاف, …)."));
    optOutWords.shape = SettingField::Shape::Lines;
    SettingField optInWords = field(kOptInKeywords, tr("Opt-in keywords"),
                                    tr("One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and "
                                       "equivalents."));
    optInWords.shape = SettingField::Shape::Lines;
    SettingField confirmation = field(kOptOutConfirmation, tr("Opt-out confirmation"),
                                      tr("Reply sent to a contact who opted out by keyword. Empty: no reply."));
    confirmation.placeholder = tr("e.g. You will not receive further messages from us.");
    return {optOutWords, optInWords, confirmation};
}

} // namespace wag
