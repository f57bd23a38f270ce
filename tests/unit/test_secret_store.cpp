#include "core/clock.h"
#include "storage/database.h"
#include "storage/secret_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestSecretStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { openDatabase(); }

    void cleanupTestCase() { closeDatabase(); }

    void binaryBlobsRoundTrip()
    {
        SecretStore store(db());
        QVERIFY(!store.get(QStringLiteral("provider_key")));

        QByteArray ciphertext;
        for (int i = 0; i < 512; ++i)
            ciphertext.append(char(i % 256)); // includes NULs and high bytes
        const SecretRecord secret{QStringLiteral("provider_key"), QByteArray(24, '\0'), ciphertext,
                                  m_clock.now()};
        QVERIFY(store.put(secret));

        const std::optional<SecretRecord> stored = store.get(QStringLiteral("provider_key"));
        QVERIFY(stored);
        QCOMPARE(stored->name, secret.name);
        QCOMPARE(stored->nonce, secret.nonce);
        QCOMPARE(stored->nonce.size(), 24);
        QCOMPARE(stored->ciphertext, ciphertext);
        QCOMPARE(stored->updatedAt, m_clock.now());
    }

    void putReplaces()
    {
        SecretStore store(db());
        m_clock.advance(1000);
        const SecretRecord replacement{QStringLiteral("provider_key"), QByteArray("nonce-2"),
                                       QByteArray("cipher-2"), m_clock.now()};
        QVERIFY(store.put(replacement));
        const std::optional<SecretRecord> stored = store.get(QStringLiteral("provider_key"));
        QCOMPARE(stored->nonce, QByteArray("nonce-2"));
        QCOMPARE(stored->ciphertext, QByteArray("cipher-2"));
        QCOMPARE(stored->updatedAt, m_clock.now());
        QCOMPARE(store.names(), QStringList{QStringLiteral("provider_key")});
    }

    void removeAndNames()
    {
        SecretStore store(db());
        QVERIFY(store.put(
            {QStringLiteral("3cx_secret"), QByteArray("n"), QByteArray("c"), m_clock.now()}));
        QCOMPARE(store.names(),
                 QStringList({QStringLiteral("3cx_secret"), QStringLiteral("provider_key")}));
        QVERIFY(store.remove(QStringLiteral("provider_key")));
        QVERIFY(!store.get(QStringLiteral("provider_key")));
        QVERIFY(store.remove(QStringLiteral("provider_key")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("3cx_secret")});
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
