// The provider settings and the Evolution secrets: the key is sealed in the secrets table
// and never in the settings table; per-instance callback secrets are created once, kept
// sealed, compared in constant time and removed with the instance.
#include "core/random.h"
#include "providers/evolution/evolution_secrets.h"
#include "secrets/secret_service.h"
#include "settings/settings.h"
#include "settings/settings_registry.h"
#include "storage/secret_store.h"
#include "storage/settings_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;
using namespace wag::evolution;

class TestEvolutionSecrets : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<SecretService> m_secrets;

    // Through the stores: every settings row and every secret blob.
    bool databaseContains(const QByteArray &needle)
    {
        const QMap<QString, QString> stored = SettingsStore(db()).all();
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (it.value().toUtf8().contains(needle))
                return true;
        }
        SecretStore secrets(db());
        for (const QString &name : secrets.names()) {
            const std::optional<SecretRecord> record = secrets.get(name);
            if (record && QByteArray(record->nonce + record->ciphertext).contains(needle))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        QVERIFY(openDatabase());
        m_secrets = std::make_unique<SecretService>(SecretBox(randomBytes(SecretBox::kKeyBytes)));
    }

    void providerSettings()
    {
        Settings s;
        QCOMPARE(s.text(settings::kProvider), QStringLiteral("simulator"));
        QVERIFY(s.set(Settings::Layer::CommandLine, settings::kProvider, QStringLiteral("evolution")).ok());
        QVERIFY(!s.set(Settings::Layer::CommandLine, settings::kProvider, QStringLiteral("waha")).ok());
        QVERIFY(s.set(Settings::Layer::CommandLine, settings::kProviderUrl, QStringLiteral("http://127.0.0.1:8080")).ok());
        QVERIFY(s.set(Settings::Layer::CommandLine, settings::kProviderUrl, QStringLiteral("https://evo.example.org/")).ok());
        for (const char *bad : {"127.0.0.1:8080", "ftp://x", "http://", "not a url", "http://x/?a=b"}) {
            const Status st = s.set(Settings::Layer::CommandLine, settings::kProviderUrl, QString::fromLatin1(bad));
            QVERIFY2(!st.ok(), bad);
            QVERIFY(st.failure().message.contains(QLatin1String("--provider-url")));
        }
        // The key is a secret: accepted from flags and variables, refused from the table.
        const SettingDefinition *key = SettingsRegistry::find(settings::kProviderKey);
        QVERIFY(key && key->secret && key->onCommandLine);
        QCOMPARE(key->commandLineName(), QStringLiteral("provider-key"));
        QVERIFY(s.set(Settings::Layer::CommandLine, settings::kProviderKey, QStringLiteral("k")).ok());
        QVERIFY(s.set(Settings::Layer::Environment, settings::kProviderKey, QStringLiteral("k")).ok());
        QVERIFY(!s.set(Settings::Layer::Stored, settings::kProviderKey, QStringLiteral("k")).ok());
    }

    void apiKeyIsSealed()
    {
        const QByteArray key = "evo-global-key-4f1d2c";
        QVERIFY(!loadApiKey(db(), *m_secrets));
        QVERIFY(storeApiKey(db(), *m_secrets, key, m_clock).ok());
        QCOMPARE(loadApiKey(db(), *m_secrets).value_or(QByteArray()), key);
        QVERIFY(!databaseContains(key)); // never in clear, in any table
        QVERIFY(SecretStore(db()).names().contains(kApiKeySecretName));
        // Another data key (a database copied elsewhere) opens nothing.
        SecretService other(SecretBox(randomBytes(SecretBox::kKeyBytes)));
        QVERIFY(!loadApiKey(db(), other));
    }

    void callbackSecretsAreCreatedOnceAndSealed()
    {
        CallbackSecrets secrets(db(), m_clock);
        QVERIFY(secrets.secretFor(QStringLiteral("inst_a")).isEmpty()); // locked: nothing made
        secrets.setSecretService(m_secrets.get());
        const QByteArray a = secrets.secretFor(QStringLiteral("inst_a"));
        QVERIFY(a.size() >= 40);
        QCOMPARE(secrets.secretFor(QStringLiteral("inst_a")), a);
        QVERIFY(secrets.secretFor(QStringLiteral("inst_b")) != a);
        QVERIFY(!databaseContains(a));

        // A restarted gateway reads the same secret back.
        CallbackSecrets again(db(), m_clock);
        again.setSecretService(m_secrets.get());
        QCOMPARE(again.existingSecret(QStringLiteral("inst_a")), a);
        QVERIFY(again.matches(QStringLiteral("inst_a"), a));
        QVERIFY(!again.matches(QStringLiteral("inst_a"), a.left(a.size() - 1)));
        QVERIFY(!again.matches(QStringLiteral("inst_a"), a + 'x'));
        QVERIFY(!again.matches(QStringLiteral("inst_a"), QByteArray()));
        QVERIFY(!again.matches(QStringLiteral("inst_b"), a));
        QVERIFY(!again.matches(QStringLiteral("inst_none"), a));
        QVERIFY(again.existingSecret(QStringLiteral("inst_none")).isEmpty()); // not created by a check

        again.forget(QStringLiteral("inst_a"));
        QVERIFY(!again.matches(QStringLiteral("inst_a"), a));
        QVERIFY(!SecretStore(db()).names().contains(callbackSecretName(QStringLiteral("inst_a"))));
    }

    void constantTimeEquals()
    {
        QVERIFY(CallbackSecrets::constantTimeEquals("abc", "abc"));
        QVERIFY(!CallbackSecrets::constantTimeEquals("abc", "abd"));
        QVERIFY(!CallbackSecrets::constantTimeEquals("abc", "abcd"));
        QVERIFY(!CallbackSecrets::constantTimeEquals("abc", ""));
    }
};

QTEST_GUILESS_MAIN(TestEvolutionSecrets)
#include "test_evolution_secrets.moc"
