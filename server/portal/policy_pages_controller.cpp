#include "policy_pages_controller.h"

#include "events/opt_out_keywords.h"
#include "http/router.h"
#include "policy/opt_out_monitor.h"
#include "policy/purposes.h"
#include "policy/risk_scorer.h"
#include "portal_gate.h"
#include "settings/settings_registry.h"

#include <QLocale>

namespace wag::portal {

namespace {

qint64 registryDefault(const QString &key)
{
    const SettingDefinition *definition = SettingsRegistry::find(key);
    Q_ASSERT_X(definition, "registryDefault", "unregistered setting");
    return definition ? definition->defaultValue.toLongLong() : 0;
}

// Whole numbers as the page's language writes them would differ from what the API and the
// settings show; plain digits keep "500" findable on the page.
QString number(qint64 value)
{
    return QString::number(value);
}

QString seconds(const QString &key)
{
    return QLocale::c().toString(double(registryDefault(key)) / 1000.0, 'g', 6);
}

Html paragraph(const QString &text)
{
    return Html::fill("<p>%1</p>", {text});
}

Html heading(const QString &text)
{
    return Html::fill("<h2>%1</h2>", {text});
}

Html bulletList(const QStringList &items)
{
    Html list;
    for (const QString &item : items)
        list += Html::fill("<li>%1</li>", {item});
    return Html::fill("<ul>%1</ul>", {list});
}

Html codeList(const QStringList &names)
{
    Html list;
    for (const QString &name : names)
        list += Html::fill(R"(<li><code dir="ltr">%1</code></li>)", {name});
    return Html::fill(R"(<ul class="codes">%1</ul>)", {list});
}

Html page(const QString &title, const Html &content)
{
    return Html::fill(R"(<article class="policy"><h1>%1</h1>%2</article>)", {title, content});
}

} // namespace

void PolicyPagesController::mount(Router &router, PortalGate &gate)
{
    // Public: whoever is signed in gets the page with their menu, anyone else the
    // signed-out shell; nobody is sent to /login.
    const auto serve = [&gate](Html (*content)(), const char *pathTitle) {
        return Router::SyncHandler([&gate, content, pathTitle](const HttpRequest &request) {
            const QString title = QCoreApplication::translate("wag::portal::PortalPages", pathTitle);
            return gate.page(request, gate.visitor(request), 200, title, content());
        });
    };
    for (const PortalPage &page : portalPages()) {
        if (page.path == u"/acceptable-use")
            router.add("GET", page.path, serve(&PolicyPagesController::acceptableUse, page.title));
        else if (page.path == u"/docs/responsible-messaging")
            router.add("GET", page.path, serve(&PolicyPagesController::responsibleMessaging, page.title));
    }
}

Html PolicyPagesController::acceptableUse()
{
    using namespace settings;
    Html content;
    content += paragraph(tr("This gateway sends WhatsApp messages on behalf of the business that runs it. It is "
                            "built for responsible messaging only: messages people expect, from a business they "
                            "deal with. These rules apply to everyone who sends through it — staff in the desktop "
                            "window or this portal, and every system that uses its API."));
    content += heading(tr("What it may be used for"));
    content += paragraph(tr("Every message names its purpose. The gateway accepts these purposes only:"));
    content += bulletList({tr("transactional — orders, invoices, bookings, deliveries, payments"),
                           tr("operational — service notices, appointment reminders, account changes"),
                           tr("support — answers to questions and requests the contact raised"),
                           tr("internal_team — messages among the business's own staff"),
                           tr("authentication — one-time codes and sign-in confirmations")});
    content += heading(tr("What it may not be used for"));
    content += bulletList({tr("Marketing, promotions and advertising, including \"special offers\" to existing customers."),
                           tr("Cold outreach: writing to people who never asked to hear from the business."),
                           tr("Bulk campaigns and broadcasts of one text to long lists of numbers."),
                           tr("Political messages and campaigning."),
                           tr("Messages to people who opted out or were suppressed, and numbers bought, scraped or "
                              "guessed."),
                           tr("Harassment, deception, phishing, or anything unlawful where the business or the "
                              "contact is.")});
    content += paragraph(tr("The gateway refuses these purposes by name, and any purpose it does not know:"));
    content += codeList(refusedPurposes());
    content += heading(tr("What the gateway does about it"));
    content += paragraph(tr("Rules are enforced on every send, not only written down. A refused send is not "
                            "delivered; the caller gets the reason, and the decision is kept in the policy log for "
                            "the gateway's admins. The checks are described in detail on the responsible messaging "
                            "page."));
    content += bulletList(
        {tr("Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused."),
         tr("Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number "
            "starts lower.")
             .arg(number(registryDefault(kDailyLimit)), number(registryDefault(kMonthlyLimit))),
         tr("Sends are paced, and a risk score slows or blocks sending that looks like spam."),
         tr("A sudden rise in opt-outs pauses the number until an admin has looked at it.")});
    content += heading(tr("What the business running the gateway must do"));
    content += bulletList(
        {tr("Message only people who gave their number for this purpose, and keep a record of it."),
         tr("Say who is writing, and keep messages relevant to why the contact is hearing from you."),
         tr("Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to "
            "the suppressed recipients."),
         tr("Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse."),
         tr("Review paused numbers and policy events before resuming, and fix the cause."),
         tr("Follow WhatsApp's own terms and policies and the law on electronic messages and personal data.")});
    content += paragraph(tr("This software is independent and not affiliated with WhatsApp, Meta or 3CX. "
                            "WhatsApp may restrict numbers that break its policies whatever this gateway allows."));
    return page(tr("Acceptable use"), content);
}

Html PolicyPagesController::responsibleMessaging()
{
    using namespace settings;
    const RiskWeights risk;
    const OptOutMonitorConfig spike;
    Html content;
    content += paragraph(tr("Every message sent through the gateway — by the API or a test send from the "
                            "window or the portal — passes the same guard. The checks run in this order and the first one "
                            "that fails answers: the API key, the request, the instance and the key's scope, the "
                            "purpose, the phone number, suppression, the instance being connected and not paused, "
                            "the content rules, the daily and monthly limits, then risk and pacing. Every decision "
                            "is logged as a policy event."));
    content += paragraph(tr("The numbers below are the defaults this version ships with. A gateway's admin can "
                            "change them in the settings, and per instance."));

    content += heading(tr("Purposes"));
    content += paragraph(tr("The field message_purpose is required. Allowed:"));
    content += codeList(allowedPurposes());
    content += paragraph(tr("Refused with message_purpose_not_allowed (anything else is refused too):"));
    content += codeList(refusedPurposes());

    content += heading(tr("Opt-out and suppression"));
    content += paragraph(tr("An inbound message whose whole text, trimmed and without regard to case, is an opt-out "
                            "keyword suppresses the sender before anything else happens, and the event "
                            "recipient.opted_out goes to the business's webhooks. The built-in keywords:"));
    content += paragraph(OptOutKeywords::defaultOptOutKeywords().join(QStringLiteral(", ")));
    content += paragraph(tr("One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. "
                            "Sends to a suppressed number are refused with recipient_suppressed. Admins add, "
                            "remove, import and export suppressed numbers with the reason and who did it.")
                             .arg(OptOutKeywords::defaultOptInKeywords().join(QStringLiteral(", "))));

    content += heading(tr("Limits and warm-up"));
    content += paragraph(tr("Each instance may send %1 messages a day and %2 a calendar month, in the gateway's time "
                            "zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.")
                             .arg(number(registryDefault(kDailyLimit)), number(registryDefault(kMonthlyLimit))));
    content += paragraph(tr("A number linked less than %1 days ago warms up: %2 messages on its first day, doubling "
                            "each day up to the normal daily limit.")
                             .arg(number(registryDefault(kWarmUpDays)), number(registryDefault(kWarmUpFirstDayCap))));

    content += heading(tr("Pacing"));
    content += bulletList(
        {tr("Between two sends of one instance: a random gap of %1 to %2 seconds.")
             .arg(seconds(kPacingMinIntervalMs), seconds(kPacingMaxIntervalMs)),
         tr("After every %1 sends: a pause of %2 seconds.")
             .arg(number(registryDefault(kPacingBurstSize)), seconds(kPacingBurstPauseMs)),
         tr("To the same recipient: at most one message every %1 seconds.").arg(seconds(kPacingRecipientIntervalMs)),
         tr("Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a "
            "restart; beyond that, sending_throttled.")
             .arg(number(registryDefault(kQueueMaxLength)), seconds(kQueueMaxWaitMs)),
         tr("Each API key may make %1 send requests a minute.").arg(number(registryDefault(kApiRateLimitPerMinute)))});

    content += heading(tr("Risk checks"));
    content += paragraph(tr("Each send gets a risk score from 0 to 100 from: the share of today's recipients who "
                            "never wrote in (cold outreach), the same text going to many recipients within an hour, "
                            "the recent opt-out rate, the provider's failure rate, and sends to people who have not "
                            "written in the last 24 hours. The signals weigh by purpose: one-time codes and "
                            "transactional notices to people who never wrote in are normal and are not held against "
                            "the sender."));
    content += bulletList(
        {tr("A score of %1 or more blocks the send with policy_violation.").arg(number(risk.blockThreshold)),
         tr("A score from %1 to %2 slows the instance's pacing.")
             .arg(number(risk.slowThreshold), number(risk.blockThreshold - 1)),
         tr("More than %1 % opt-outs among an instance's last %2 sends pauses the instance until an admin resumes it.")
             .arg(QLocale::c().toString(spike.threshold * 100, 'g', 4), number(spike.window))});

    content += heading(tr("Content rules"));
    content += paragraph(tr("A text is refused with policy_violation when it contains a blocked phrase (by default, "
                            "common marketing phrases), a link through a URL shortener, or a full payment card "
                            "number. Admins edit the phrase and shortener lists."));

    content += heading(tr("Conversations"));
    content += paragraph(tr("A conversation counts as open for %1 hours after the contact's last message; the "
                            "webhook events conversation.opened and conversation.closed mark it.")
                             .arg(number(registryDefault(kConversationWindowHours))));

    content += heading(tr("What the operator must do"));
    content += paragraph(tr("The guard catches patterns, not intentions. The business running the gateway remains "
                            "responsible for consent, truthful purposes and honouring opt-outs, as set out on the "
                            "acceptable use page."));
    return page(tr("Responsible messaging"), content);
}

} // namespace wag::portal
