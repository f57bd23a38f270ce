// Typed settings: validation at each layer's edge and the precedence of layers.
#include "settings/settings.h"
#include "settings/settings_registry.h"

#include <QTest>

using namespace wag;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        Settings s;
        QCOMPARE(s.text(settings::kListen), QStringLiteral("127.0.0.1:8480"));
        QCOMPARE(s.integer(settings::kHttpMaxBodyBytes), 64 * 1024);
        QCOMPARE(s.integer(settings::kHttpMaxHeadBytes), 16 * 1024);
        QCOMPARE(s.integer(settings::kHttpHeadTimeoutMs), 10'000);
        QCOMPARE(s.integer(settings::kHttpIdleTimeoutMs), 60'000);
        QCOMPARE(s.sourceOf(settings::kListen), QStringLiteral("default"));
    }

    void layersOverrideInOrder()
    {
        Settings s;
        QVERIFY(s.set(Settings::Layer::Stored, settings::kLogLevel, QStringLiteral("debug")).ok());
        QCOMPARE(s.text(settings::kLogLevel), QStringLiteral("debug"));
        QVERIFY(s.set(Settings::Layer::CommandLine, settings::kLogLevel, QStringLiteral("error")).ok());
        QVERIFY(s.set(Settings::Layer::Environment, settings::kLogLevel, QStringLiteral("warning")).ok());
        QCOMPARE(s.text(settings::kLogLevel), QStringLiteral("error"));
        QCOMPARE(s.sourceOf(settings::kLogLevel), QStringLiteral("command line"));
        s.clear(Settings::Layer::CommandLine, settings::kLogLevel);
        QCOMPARE(s.text(settings::kLogLevel), QStringLiteral("warning"));
    }

    void integerEdges()
    {
        const SettingDefinition *d = SettingsRegistry::find(settings::kHttpMaxHeadBytes);
        QVERIFY(d);
        Settings s;
        QVERIFY(s.set(Settings::Layer::Stored, d->key, QString::number(d->minimum)).ok());
        QVERIFY(s.set(Settings::Layer::Stored, d->key, QString::number(d->maximum)).ok());
        QCOMPARE(s.integer(d->key), d->maximum);
        const Status below = s.set(Settings::Layer::Stored, d->key, QString::number(d->minimum - 1));
        QVERIFY(!below.ok());
        QVERIFY(below.failure().message.contains(QString::number(d->minimum)));
        QVERIFY(!s.set(Settings::Layer::Stored, d->key, QString::number(d->maximum + 1)).ok());
        QVERIFY(!s.set(Settings::Layer::Stored, d->key, QStringLiteral("12kb")).ok());
        QCOMPARE(s.integer(d->key), d->maximum); // a refused value changes nothing
    }

    void environmentErrorsNameTheVariable()
    {
        Settings s;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("WAG_HTTP_IDLE_TIMEOUT_MS"), QStringLiteral("soon"));
        const Status st = s.loadEnvironment(environment);
        QVERIFY(!st.ok());
        QVERIFY(st.failure().message.startsWith(QStringLiteral("WAG_HTTP_IDLE_TIMEOUT_MS")));

        QProcessEnvironment good;
        good.insert(QStringLiteral("WAG_HTTP_IDLE_TIMEOUT_MS"), QStringLiteral("1500"));
        good.insert(QStringLiteral("WAG_UNRELATED"), QStringLiteral("x"));
        QVERIFY(s.loadEnvironment(good).ok());
        QCOMPARE(s.integer(settings::kHttpIdleTimeoutMs), 1500);
    }

    void unknownKeyIsRefused()
    {
        Settings s;
        const Status st = s.set(Settings::Layer::Stored, QStringLiteral("no_such_thing"), QStringLiteral("1"));
        QVERIFY(!st.ok());
        QCOMPARE(st.failure().code, QStringLiteral("unknown_setting"));
    }

    void valuesThatWouldBeIgnoredLaterAreRefusedNow_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zone") << settings::kTimeZone << QStringLiteral("Asia/Riyadh") << true;
        QTest::newRow("zone empty") << settings::kTimeZone << QString() << true;
        QTest::newRow("zone unknown") << settings::kTimeZone << QStringLiteral("Mars/Olympus_Mons") << false;
        QTest::newRow("region") << settings::kPhoneDefaultRegion << QStringLiteral("sa") << true;
        QTest::newRow("region unknown") << settings::kPhoneDefaultRegion << QStringLiteral("ZZ") << false;
        QTest::newRow("region too long") << settings::kPhoneDefaultRegion << QStringLiteral("SAU") << false;
        QTest::newRow("public url") << settings::kPublicUrl << QStringLiteral("https://gw.example.com/base") << true;
        QTest::newRow("public url not http") << settings::kPublicUrl << QStringLiteral("ftp://gw.example.com") << false;
        QTest::newRow("public url no host") << settings::kPublicUrl << QStringLiteral("gateway") << false;
    }

    void valuesThatWouldBeIgnoredLaterAreRefusedNow()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        Settings s;
        const Status st = s.set(Settings::Layer::Stored, key, text);
        QCOMPARE(st.ok(), valid);
        if (!valid) {
            QVERIFY(st.failure().message.contains(key));
            QCOMPARE(s.sourceOf(key), QStringLiteral("default"));
        }
    }

    void regionIsStoredUpperCase()
    {
        Settings s;
        QVERIFY(s.set(Settings::Layer::Stored, settings::kPhoneDefaultRegion, QStringLiteral(" de ")).ok());
        QCOMPARE(s.text(settings::kPhoneDefaultRegion), QStringLiteral("DE"));
    }

    // The engine applies the others live (Engine::applySettings); these it reads at start.
    void restartRequiredFollowsWhatTheEngineReadsAtStart()
    {
        for (const QString &key : {settings::kListen, settings::kPublicUrl, settings::kTlsCert, settings::kTlsKey,
                                   settings::kProvider, settings::kProviderUrl, settings::kProviderKey,
                                   settings::kHttpMaxBodyBytes, settings::kLogRetentionDays})
            QVERIFY2(SettingsRegistry::find(key)->restartRequired, qPrintable(key));
        for (const QString &key : {settings::kDailyLimit, settings::kMonthlyLimit, settings::kWarmUpDays,
                                   settings::kPacingMinIntervalMs, settings::kPacingRecipientIntervalMs,
                                   settings::kTimeZone, settings::kPhoneDefaultRegion, settings::kOptOutKeywords,
                                   settings::kOptInKeywords, settings::kOptOutConfirmation, settings::kLanguage})
            QVERIFY2(!SettingsRegistry::find(key)->restartRequired, qPrintable(key));
    }

    void namesDeriveFromKeys()
    {
        const SettingDefinition *d = SettingsRegistry::find(settings::kPublicUrl);
        QVERIFY(d);
        QCOMPARE(d->commandLineName(), QStringLiteral("public-url"));
        QCOMPARE(d->environmentName(), QStringLiteral("WAG_PUBLIC_URL"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
