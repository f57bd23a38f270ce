#include "accounts/api_key_service.h"
#include "core/clock.h"
#include "instances/instance_service.h"
#include "providers/simulator/simulator_provider.h"
#include "secrets/api_key_token.h"
#include "storage/database.h"

#include "support/temp_database.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace wag;

class TestApiKeyService : public QObject
{
    Q_OBJECT

private:
    QString dbPath() const { return m_temp->filePath(); }

    void openAll()
    {
        m_temp = std::make_unique<test::TempDatabase>(m_clock);
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_keys = std::make_unique<ApiKeyService>(m_temp->db(), m_clock);
        m_instances = std::make_unique<InstanceService>(m_temp->db(), m_clock, m_simulator);
    }

    // Closes the connection but keeps the file: tests read it afterwards.
    void closeAll()
    {
        m_instances.reset();
        m_keys.reset();
        if (m_temp)
            m_temp->close();
    }

    // A key with a chosen prefix, stored directly: random keys almost never share a start.
    qint64 storeKeyWithPrefix(const QString &prefix)
    {
        ApiKeyRecord record;
        record.name = prefix;
        record.prefix = prefix;
        record.keyHash
            = apikeys::hashKey(prefix + QStringLiteral("0123456789012345678901234567890"));
        record.createdAt = m_clock.now();
        return ApiKeyStore(m_temp->db()).insert(record).value();
    }

    ManualClock m_clock;
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<ApiKeyService> m_keys;
    SimulatorProvider m_simulator{SimulatorOptions{}, m_clock}; // instances need a provider
    std::unique_ptr<InstanceService> m_instances;

private slots:
    void init()
    {
        openAll();
    }

    void cleanup()
    {
        closeAll();
        m_temp.reset();
    }

    void createdKeyHasTheDocumentedFormat()
    {
        const Result<CreatedApiKey> created = m_keys->create(QStringLiteral("crm"), {});
        QVERIFY2(created, qPrintable(created.failure().message));
        static const QRegularExpression format(
            QRegularExpression::anchoredPattern(QStringLiteral("wg_live_[0-9A-Za-z]{32,}")));
        QVERIFY2(format.match(created->plaintext).hasMatch(), qPrintable(created->plaintext));
        QCOMPARE(created->record.prefix, created->plaintext.left(apikeys::kPrefixLength));
        QVERIFY(created->record.prefix.size() < created->plaintext.size());
        QCOMPARE(created->record.name, QStringLiteral("crm"));
        QCOMPARE(created->record.createdAt, m_clock.now());
        QVERIFY(created->record.instanceIds.isEmpty());

        const QList<ApiKeyRecord> keys = m_keys->list();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().prefix, created->record.prefix);
        QCOMPARE(keys.first().id, created->record.id);
        QVERIFY(!keys.first().lastUsedAt.isValid());
    }

    void onlyTheHashIsStored()
    {
        const Result<CreatedApiKey> created = m_keys->create(QStringLiteral("crm"), {});
        QVERIFY(created);
        const QByteArray plaintext = created->plaintext.toUtf8();
        const QByteArray secretPart = plaintext.mid(apikeys::kPrefixLength);
        closeAll(); // checkpoints the WAL into the main file

        QByteArray bytes;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile file(dbPath() + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains(apikeys::hashKey(created->plaintext))); // reading the right file
        QVERIFY(bytes.contains(created->record.prefix.toUtf8()));
        QVERIFY(!bytes.contains(plaintext));
        QVERIFY(!bytes.contains(secretPart));
    }

    void scopeAcceptsIdsAndNames()
    {
        const InstanceRecord sales
            = m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator")).value();
        const InstanceRecord support
            = m_instances->create(QStringLiteral("support"), QStringLiteral("simulator")).value();
        const InstanceRecord other
            = m_instances->create(QStringLiteral("other"), QStringLiteral("simulator")).value();

        const Result<CreatedApiKey> scoped = m_keys->create(
            QStringLiteral("scoped"), {QStringLiteral("sales"), support.id, sales.id});
        QVERIFY(scoped);
        QCOMPARE(scoped->record.instanceIds, QStringList({sales.id, support.id}));

        const ApiKeyRecord listed = m_keys->list().first();
        QCOMPARE(QSet<QString>(listed.instanceIds.begin(), listed.instanceIds.end()),
                 QSet<QString>({sales.id, support.id}));
        QVERIFY(ApiKeyService::allowsInstance(listed, sales.id));
        QVERIFY(ApiKeyService::allowsInstance(listed, support.id));
        QVERIFY(!ApiKeyService::allowsInstance(listed, other.id));

        const Result<CreatedApiKey> unscoped = m_keys->create(QStringLiteral("all"), {});
        QVERIFY(ApiKeyService::allowsInstance(unscoped->record, other.id));

        const ApiKeyCheck check = m_keys->authenticate(scoped->plaintext);
        QCOMPARE(check.status, ApiKeyStatus::Valid);
        QCOMPARE(check.record.instanceIds.size(), 2);
    }

    void unknownInstanceIsRefused()
    {
        QVERIFY(m_instances->create(QStringLiteral("sales"), QStringLiteral("simulator")));
        const Result<CreatedApiKey> created = m_keys->create(
            QStringLiteral("bad"), {QStringLiteral("sales"), QStringLiteral("nowhere")});
        QVERIFY(!created);
        QCOMPARE(created.failure().code, QStringLiteral("invalid_instance"));
        QVERIFY(created.failure().message.contains(QLatin1String("nowhere")));
        QVERIFY(m_keys->list().isEmpty());
    }

    void emptyNameIsRefused()
    {
        const Result<CreatedApiKey> created = m_keys->create(QStringLiteral("  "), {});
        QVERIFY(!created);
        QCOMPARE(created.failure().code, QStringLiteral("validation_error"));
        QVERIFY(m_keys->list().isEmpty());
    }

    void revokeByPrefix()
    {
        const Result<CreatedApiKey> created = m_keys->create(QStringLiteral("crm"), {});
        const Result<CreatedApiKey> kept = m_keys->create(QStringLiteral("kept"), {});
        QCOMPARE(m_keys->authenticate(created->plaintext).status, ApiKeyStatus::Valid);

        m_clock.advance(1000);
        const QDateTime revokedAt = m_clock.now();
        QVERIFY(m_keys->revoke(created->record.prefix));
        const ApiKeyCheck check = m_keys->authenticate(created->plaintext);
        QCOMPARE(check.status, ApiKeyStatus::Revoked);
        QCOMPARE(check.record.id, created->record.id);
        QVERIFY(!check.isValid());
        QVERIFY(!ApiKeyService::allowsInstance(check.record, QStringLiteral("inst_any")));
        QCOMPARE(m_keys->authenticate(kept->plaintext).status, ApiKeyStatus::Valid);

        // Idempotent, and the first revocation time stays.
        m_clock.advance(1000);
        QVERIFY(m_keys->revoke(created->record.prefix));
        QCOMPARE(m_keys->list().first().revokedAt, revokedAt);

        // The whole key works as well as its prefix.
        QVERIFY(m_keys->revoke(kept->plaintext));
        QCOMPARE(m_keys->authenticate(kept->plaintext).status, ApiKeyStatus::Revoked);
    }

    void revokeUnknownOrAmbiguous()
    {
        const qint64 first = storeKeyWithPrefix(QStringLiteral("wg_live_abcd0001"));
        storeKeyWithPrefix(QStringLiteral("wg_live_abcd0002"));

        const Status ambiguous = m_keys->revoke(QStringLiteral("wg_live_abcd"));
        QVERIFY(!ambiguous);
        QCOMPARE(ambiguous.failure().code, QStringLiteral("ambiguous_prefix"));
        for (const ApiKeyRecord &key : m_keys->list())
            QVERIFY(!key.isRevoked());

        // Prefixes are case-sensitive, and '_' is not a wildcard.
        QCOMPARE(m_keys->revoke(QStringLiteral("wg_live_ABCD0001")).failure().code,
                 QStringLiteral("not_found"));
        QCOMPARE(m_keys->revoke(QStringLiteral("wgXliveXabcd0001")).failure().code,
                 QStringLiteral("not_found"));
        QCOMPARE(m_keys->revoke(QStringLiteral("wg_live_")).failure().code,
                 QStringLiteral("validation_error"));

        QVERIFY(m_keys->revoke(QStringLiteral("wg_live_abcd0001")));
        const QList<ApiKeyRecord> keys = m_keys->list();
        QCOMPARE(keys.size(), 2);
        for (const ApiKeyRecord &key : keys)
            QCOMPARE(key.isRevoked(), key.id == first);
    }

    void authenticateRejectsMalformedAndUnknownKeys()
    {
        const Result<CreatedApiKey> created = m_keys->create(QStringLiteral("crm"), {});
        QCOMPARE(m_keys->authenticate(QString()).status, ApiKeyStatus::Invalid);
        QCOMPARE(m_keys->authenticate(created->record.prefix).status, ApiKeyStatus::Invalid);
        QString tampered = created->plaintext;
        tampered[tampered.size() - 1] = tampered.back() == u'a' ? u'b' : u'a';
        QCOMPARE(m_keys->authenticate(tampered).status, ApiKeyStatus::Invalid);
        QCOMPARE(m_keys->authenticate(apikeys::generate().plaintext).status, ApiKeyStatus::Invalid);
        QCOMPARE(m_keys->authenticate(created->plaintext + QLatin1Char(' ')).status,
                 ApiKeyStatus::Invalid);
        QCOMPARE(m_keys->authenticate(created->plaintext).status, ApiKeyStatus::Valid);
    }

    void lastUsedIsWrittenAtMostOncePerMinute()
    {
        const qint64 a = m_keys->create(QStringLiteral("a"), {}).value().record.id;
        const qint64 b = m_keys->create(QStringLiteral("b"), {}).value().record.id;
        ApiKeyStore store(m_temp->db());
        const QDateTime start = m_clock.now();

        m_keys->markUsed(a);
        QCOMPARE(store.findById(a)->lastUsedAt, start);

        m_clock.advance(30 * 1000);
        m_keys->markUsed(a);
        QCOMPARE(store.findById(a)->lastUsedAt, start); // throttled
        m_keys->markUsed(b); // other keys are throttled separately
        QCOMPARE(store.findById(b)->lastUsedAt, m_clock.now());

        m_clock.advance(29 * 1000);
        m_keys->markUsed(a);
        QCOMPARE(store.findById(a)->lastUsedAt, start);

        m_clock.advance(1000);
        m_keys->markUsed(a);
        QCOMPARE(store.findById(a)->lastUsedAt, m_clock.now());
        QCOMPARE(store.findById(a)->lastUsedAt, start.addSecs(60));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyService)
#include "test_api_key_service.moc"
