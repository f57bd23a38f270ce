// The portal's Settings page and its public policy pages over real HTTP against an engine
// serving in-process: current values in fields typed by the registry, a section saved all
// or nothing through the settings service and in effect at once in the send guard,
// refusals (out of bounds, a rule across fields) at their field with what was typed
// (escaped) and nothing stored, values set on the command line or by the environment shown
// disabled and ignored when a forged form sends them, the provider key replaced but never
// shown, CSRF, operators and signed-out visitors refused; the policy pages public, with the
// registry's default numbers and the page policy, right-to-left in Arabic.
#include "messaging/send_guard.h"
#include "messaging/send_service.h"
#include "settings/language.h"
#include "settings/settings.h"
#include "settings/settings_registry.h"
#include "settings/settings_service.h"
#include "storage/settings_store.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

using Fields = PortalBrowser::Fields;

QString csrf(PortalBrowser &browser, const QByteArray &page = "/settings?section=limits")
{
    return PortalBrowser::csrfIn(browser.get(page).body);
}

std::optional<QString> stored(Engine &engine, const QString &key)
{
    return SettingsStore(engine.database()).get(key);
}

QString defaultOf(const QString &key)
{
    return SettingsRegistry::find(key)->defaultValue.toString();
}

// The form of the limits section as a browser sends it unchanged, with `changes` applied.
Fields limitsForm(const QString &token, const QMap<QString, QString> &changes)
{
    using namespace settings;
    Fields fields{{QStringLiteral("csrf"), token}, {QStringLiteral("section"), QStringLiteral("limits")}};
    for (const QString &key : {kDailyLimit, kMonthlyLimit, kWarmUpFirstDayCap, kWarmUpDays, kPacingMinIntervalMs,
                               kPacingMaxIntervalMs, kPacingBurstSize, kPacingBurstPauseMs,
                               kPacingRecipientIntervalMs, kTimeZone, kPhoneDefaultRegion})
        fields.append({key, changes.value(key, defaultOf(key))});
    return fields;
}

// The opening tag's attributes of one setting's number input, as the page draws it.
QByteArray numberInput(const QString &key, const QString &value)
{
    return QStringLiteral(R"(name="%1" aria-describedby="s-%1-help" value="%2")").arg(key, value).toUtf8();
}

} // namespace

class TestPortalSettings : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { language::apply(QStringLiteral("en")); }

    void adminsSeeTheCurrentValuesTypedByTheRegistry()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.get("/settings?section=limits");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(R"(<input type="number" id="s-daily_limit" name="daily_limit")"));
        QVERIFY(r.body.contains(QByteArray(numberInput(settings::kDailyLimit, QStringLiteral("500")) + R"( min="0" max="10000000")")));
        QVERIFY(r.body.contains(QByteArray(numberInput(settings::kPacingMinIntervalMs, QStringLiteral("4000"))
                                           + R"( min="0" max="3600000" step="1" inputmode="numeric"> <span class="unit">ms</span>)")));
        QVERIFY(r.body.contains(R"(<a href="/users">Users</a>)"));
        QVERIFY(r.body.contains(R"(<a href="/settings?section=limits" aria-current="page">Limits and pacing</a>)"));

        // The provider: a choice, marked as read at start-up; the key's state, never a key.
        r = browser.get("/settings?section=provider");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(R"(<select id="s-provider" name="provider")"));
        QVERIFY(r.body.contains(R"(<option value="simulator" selected>Demo (built-in simulator)</option>)"));
        QVERIFY(r.body.contains(R"(<option value="evolution">Evolution API</option>)"));
        QVERIFY(r.body.contains(R"(<span class="badge restart">after a restart</span>)"));
        QVERIFY(r.body.contains("Key: not set."));

        // Opt-out keywords: one per line, a text area.
        r = browser.get("/settings?section=opt-out");
        QVERIFY(r.body.contains(R"(<textarea id="s-opt_out_keywords" name="opt_out_keywords")"));

        // The test engine's listen address is given on the command line: shown, not editable.
        r = browser.get("/settings");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(R"(id="s-listen" name="listen" aria-describedby="s-listen-help" disabled value="127.0.0.1:0")"));
        QVERIFY(r.body.contains("Set on the command line (--listen)"));
        QVERIFY(!r.body.contains(R"(name="public_url" aria-describedby="s-public_url-help" disabled)"));
    }

    void savingASectionStoresItAndAppliesWhatIsReadLive()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        QCOMPARE(engine.sends()->guard().config().defaultDailyLimit, 500);
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kDailyLimit, QStringLiteral("123")},
                                                                                {settings::kWarmUpDays, QStringLiteral("3")}}));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/settings?section=limits&saved=now"));
        QCOMPARE(engine.settingsService().effective().integer(settings::kDailyLimit), 123);
        QCOMPARE(stored(engine, settings::kDailyLimit).value_or(QStringLiteral("<none>")), QStringLiteral("123"));
        QCOMPARE(stored(engine, settings::kWarmUpDays).value_or(QStringLiteral("<none>")), QStringLiteral("3"));
        // Unchanged values are not pinned: their defaults still apply.
        QVERIFY(!stored(engine, settings::kMonthlyLimit));
        QVERIFY(!stored(engine, settings::kTimeZone));
        // In effect at once, in the guard that decides sends.
        QCOMPARE(engine.sends()->guard().config().defaultDailyLimit, 123);
        QCOMPARE(engine.sends()->guard().config().warmUp.days, 3);

        r = browser.get("/settings?section=limits&saved=now");
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("Saved — in effect now.")));
        QVERIFY(r.body.contains(numberInput(settings::kDailyLimit, QStringLiteral("123"))));

        // What only start-up reads is stored and the page says it waits for a restart.
        r = browser.post("/settings", {{QStringLiteral("csrf"), csrf(browser)},
                                       {QStringLiteral("section"), QStringLiteral("network")},
                                       {settings::kPublicUrl, QStringLiteral("https://gateway.example.com")},
                                       {settings::kTlsCert, QString()},
                                       {settings::kTlsKey, QString()}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/settings?section=network&saved=restart"));
        QCOMPARE(stored(engine, settings::kPublicUrl).value_or(QStringLiteral("<none>")), QStringLiteral("https://gateway.example.com"));

        // An emptied field goes back to the default.
        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kDailyLimit, QString()},
                                                                 {settings::kWarmUpDays, QStringLiteral("3")}}));
        QCOMPARE(r.status, 303);
        QVERIFY(!stored(engine, settings::kDailyLimit));
        QCOMPARE(engine.sends()->guard().config().defaultDailyLimit, 500);

        // Nothing changed: nothing stored, and the page says so.
        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kWarmUpDays, QStringLiteral("3")}}));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/settings?section=limits&saved=nothing"));
    }

    void aValueOutOfBoundsIsRefusedAtItsFieldAndNothingIsStored()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        const QString hostile = QStringLiteral("9\"><b>x</b>");
        ParsedResponse r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kDailyLimit, hostile},
                                                                                {settings::kMonthlyLimit, QStringLiteral("777")}}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains(R"(<p id="s-daily_limit-problem" class="problem" role="alert">daily_limit must be a whole )"
                                R"(number from 0 to 10000000, not &quot;9&quot;&gt;&lt;b&gt;x&lt;/b&gt;&quot;</p>)"));
        QVERIFY(r.body.contains(R"(aria-describedby="s-daily_limit-help s-daily_limit-problem" aria-invalid="true")"));
        QVERIFY(r.body.contains(R"(value="9&quot;&gt;&lt;b&gt;x&lt;/b&gt;")"));
        QVERIFY(!r.body.contains("<b>x"));
        // The section's other typed values are kept too, and none of them was stored.
        QVERIFY(r.body.contains(numberInput(settings::kMonthlyLimit, QStringLiteral("777"))));
        QVERIFY(r.body.contains("Not saved: correct the marked value. Nothing was changed."));
        QVERIFY(!stored(engine, settings::kDailyLimit));
        QVERIFY(!stored(engine, settings::kMonthlyLimit));
        QCOMPARE(engine.settingsService().effective().integer(settings::kMonthlyLimit), 10000);
        QCOMPARE(engine.sends()->guard().config().defaultMonthlyLimit, 10000);

        // A number beyond the maximum.
        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kPacingBurstSize, QStringLiteral("100001")}}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("pacing_burst_size must be a whole number from 1 to 100000, not &quot;100001&quot;"));
        QVERIFY(!stored(engine, settings::kPacingBurstSize));
    }

    void aRuleAcrossFieldsIsRefused()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kPacingMinIntervalMs, QStringLiteral("9000")},
                                                                                {settings::kDailyLimit, QStringLiteral("50")}}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains(R"(<p id="s-pacing_min_interval_ms-problem" class="problem" role="alert">the shortest gap )"
                                R"(between sends (9000 ms) cannot be longer than the longest (8000 ms)</p>)"));
        QVERIFY(r.body.contains(R"(aria-describedby="s-pacing_min_interval_ms-help s-pacing_min_interval_ms-problem" )"
                                R"(aria-invalid="true" value="9000")"));
        QVERIFY(!stored(engine, settings::kPacingMinIntervalMs));
        QVERIFY(!stored(engine, settings::kDailyLimit));
        QCOMPARE(engine.sends()->guard().config().defaultDailyLimit, 500);

        // Both together are fine.
        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kPacingMinIntervalMs, QStringLiteral("9000")},
                                                                 {settings::kPacingMaxIntervalMs, QStringLiteral("12000")}}));
        QCOMPARE(r.status, 303);
        QCOMPARE(stored(engine, settings::kPacingMinIntervalMs).value_or(QStringLiteral("<none>")), QStringLiteral("9000"));
    }

    // A value from a higher layer is shown disabled with its source. A forged form that
    // sends it anyway is not refused: the value is ignored (the window's Save skips its
    // disabled field the same way), the rest of the section is saved.
    void valuesFromTheCommandLineOrEnvironmentAreShownDisabledAndIgnored()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({{settings::kMonthlyLimit, QStringLiteral("7777")}}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        // What the engine's start-up does with WAG_WARMUP_DAYS=5.
        QVERIFY(engine.editableSettings().set(Settings::Layer::Environment, settings::kWarmUpDays, QStringLiteral("5")).ok());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        ParsedResponse r = browser.get("/settings?section=limits");
        QVERIFY(r.body.contains(R"(name="monthly_limit" aria-describedby="s-monthly_limit-help" disabled value="7777")"));
        QVERIFY(r.body.contains("Set on the command line (--monthly-limit)"));
        QVERIFY(r.body.contains(R"(name="warmup_days" aria-describedby="s-warmup_days-help" disabled value="5")"));
        QVERIFY(r.body.contains("Set by the environment variable WAG_WARMUP_DAYS"));
        QVERIFY(r.body.contains(R"(<div class="setting overridden">)"));

        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kMonthlyLimit, QStringLiteral("1")},
                                                                 {settings::kWarmUpDays, QStringLiteral("1")},
                                                                 {settings::kDailyLimit, QStringLiteral("321")}}));
        QCOMPARE(r.status, 303);
        QVERIFY(!stored(engine, settings::kMonthlyLimit));
        QVERIFY(!stored(engine, settings::kWarmUpDays));
        QCOMPARE(stored(engine, settings::kDailyLimit).value_or(QStringLiteral("<none>")), QStringLiteral("321"));
        QCOMPARE(engine.settingsService().effective().integer(settings::kMonthlyLimit), 7777);
        QCOMPARE(engine.sends()->guard().config().defaultMonthlyLimit, 7777);
        QCOMPARE(engine.sends()->guard().config().warmUp.days, 5);

        // Only overridden values changed: nothing to save.
        r = browser.post("/settings", limitsForm(csrf(browser), {{settings::kMonthlyLimit, QStringLiteral("2")},
                                                                 {settings::kDailyLimit, QStringLiteral("321")}}));
        QCOMPARE(r.header("location"), QByteArray("/settings?section=limits&saved=nothing"));
        QVERIFY(!stored(engine, settings::kMonthlyLimit));
    }

    void theProviderKeyIsReplacedButNeverShown()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);
        const QString token = csrf(browser, "/settings?section=provider");

        ParsedResponse r = browser.post("/settings/provider-key", {{QStringLiteral("csrf"), token},
                                                                   {QStringLiteral("provider_key"), QStringLiteral("  ")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("The key was not stored: the provider key is empty"));
        QVERIFY(!engine.settingsService().providerKeyIsSet());

        r = browser.post("/settings/provider-key", {{QStringLiteral("provider_key"), QStringLiteral("evo-key-4711")}});
        QCOMPARE(r.status, 403);
        QVERIFY(!engine.settingsService().providerKeyIsSet());

        r = browser.post("/settings/provider-key", {{QStringLiteral("csrf"), token},
                                                    {QStringLiteral("provider_key"), QStringLiteral("evo-key-4711")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/settings?section=provider&saved=key"));
        QVERIFY(engine.settingsService().providerKeyIsSet());
        r = browser.get("/settings?section=provider&saved=key");
        QVERIFY(r.body.contains("Key: set (stored encrypted; never shown)."));
        QVERIFY(!r.body.contains("evo-key-4711"));
    }

    void withoutTheTokenNothingChanges()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPortalPassword).status, 303);

        Fields form = limitsForm(QString(), {{settings::kDailyLimit, QStringLiteral("42")}});
        form.removeFirst(); // no csrf field at all
        ParsedResponse r = browser.post("/settings", form);
        QCOMPARE(r.status, 403);
        r = browser.post("/settings", limitsForm(QStringLiteral("x").repeated(32), {{settings::kDailyLimit, QStringLiteral("42")}}));
        QCOMPARE(r.status, 403);
        QVERIFY(!stored(engine, settings::kDailyLimit));
        QCOMPARE(engine.sends()->guard().config().defaultDailyLimit, 500);
    }

    void operatorsAndSignedOutVisitorsAreRefused()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        Engine &engine = *gateway.engine;

        PortalBrowser stranger(gateway.port());
        ParsedResponse r = stranger.get("/settings?section=limits");
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));
        r = stranger.post("/settings", limitsForm(QString(), {{settings::kDailyLimit, QStringLiteral("42")}}));
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));

        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        r = browser.get("/settings?section=limits");
        QCOMPARE(r.status, 403);
        QVERIFY(!r.body.contains(R"(name="daily_limit")"));
        const QString token = PortalBrowser::csrfIn(browser.get("/instances").body);
        QVERIFY(!token.isEmpty());
        r = browser.post("/settings", limitsForm(token, {{settings::kDailyLimit, QStringLiteral("42")}}));
        QCOMPARE(r.status, 403);
        r = browser.post("/settings/provider-key", {{QStringLiteral("csrf"), token},
                                                    {QStringLiteral("provider_key"), QStringLiteral("mine")}});
        QCOMPARE(r.status, 403);
        QVERIFY(!stored(engine, settings::kDailyLimit));
        QVERIFY(!engine.settingsService().providerKeyIsSet());
        QVERIFY(!browser.get("/instances").body.contains(R"(href="/settings")"));
    }

    void thePolicyPagesArePublicWithTheRegistryDefaults()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({}, clock).isEmpty());
        PortalBrowser stranger(gateway.port());

        ParsedResponse r = stranger.get("/acceptable-use");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
        QVERIFY(r.header("content-security-policy").contains("script-src 'self'"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QVERIFY(r.body.contains("<h1>Acceptable use</h1>"));
        QVERIFY(r.body.contains(QStringLiteral("by default %1 a day and %2 a month")
                                    .arg(defaultOf(settings::kDailyLimit), defaultOf(settings::kMonthlyLimit))
                                    .toUtf8()));
        QVERIFY(r.body.contains(R"(<code dir="ltr">cold_outreach</code>)"));
        QVERIFY(!r.body.contains(R"(action="/logout")")); // the signed-out shell

        r = stranger.get("/docs/responsible-messaging");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-security-policy").contains("default-src 'self'"));
        const auto seconds = [](const QString &key) {
            return QString::number(SettingsRegistry::find(key)->defaultValue.toLongLong() / 1000);
        };
        const QString body = QString::fromUtf8(r.body);
        QVERIFY(body.contains(QStringLiteral("Each instance may send %1 messages a day and %2 a calendar month")
                                  .arg(defaultOf(settings::kDailyLimit), defaultOf(settings::kMonthlyLimit))));
        QVERIFY(body.contains(QStringLiteral("A number linked less than %1 days ago warms up: %2 messages on its first day")
                                  .arg(defaultOf(settings::kWarmUpDays), defaultOf(settings::kWarmUpFirstDayCap))));
        QVERIFY(body.contains(QStringLiteral("a random gap of %1 to %2 seconds")
                                  .arg(seconds(settings::kPacingMinIntervalMs), seconds(settings::kPacingMaxIntervalMs))));
        QVERIFY(body.contains(QStringLiteral("After every %1 sends").arg(defaultOf(settings::kPacingBurstSize))));
        QVERIFY(body.contains(QStringLiteral("at most one message every %1 seconds")
                                  .arg(seconds(settings::kPacingRecipientIntervalMs))));
        QVERIFY(body.contains(QStringLiteral("A score of 80 or more blocks the send")));
        QVERIFY(body.contains(QStringLiteral("STOP")));
        QVERIFY(body.contains(QStringLiteral(R"(<code dir="ltr">authentication</code>)")));

        // A signed-in visitor reads them with the menu; a stored setting does not change
        // them (they state the defaults).
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPortalPassword).status, 303);
        QVERIFY(gateway.engine->settingsService().store(settings::kDailyLimit, QStringLiteral("77")).ok());
        r = browser.get("/acceptable-use");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(R"(action="/logout")"));
        QVERIFY(r.body.contains(QStringLiteral("by default %1 a day").arg(defaultOf(settings::kDailyLimit)).toUtf8()));
    }

    void thePolicyPagesAreRightToLeftInArabic()
    {
        ManualClock clock;
        PortalGateway gateway;
        QVERIFY(gateway.start({{settings::kLanguage, QStringLiteral("ar")}}, clock).isEmpty());
        PortalBrowser stranger(gateway.port());
        for (const QByteArray &path : {QByteArray("/acceptable-use"), QByteArray("/docs/responsible-messaging")}) {
            const ParsedResponse r = stranger.get(path);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.contains(R"(<html lang="ar" dir="rtl">)"), path.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestPortalSettings)
#include "test_portal_settings.moc"
