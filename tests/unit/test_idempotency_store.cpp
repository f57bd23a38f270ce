#include "core/clock.h"
#include "storage/database.h"
#include "storage/idempotency_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestIdempotencyStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    IdempotencyRecord record(qint64 apiKeyId, const QString &key,
                             const QByteArray &hash = QByteArray("aa11")) const
    {
        IdempotencyRecord r;
        r.apiKeyId = apiKeyId;
        r.key = key;
        r.requestHash = hash;
        r.createdAt = m_clock.now();
        return r;
    }

private slots:
    void init() { openDatabase(); }

    void cleanup() { closeDatabase(); }

    void insertAndFindInFlight()
    {
        IdempotencyStore store(db());
        QVERIFY(!store.find(1, QStringLiteral("order-1")));
        const QByteArray hash = QByteArray("0123456789abcdef").repeated(4);
        QVERIFY(store.insert(record(1, QStringLiteral("order-1"), hash)));

        const std::optional<IdempotencyRecord> found = store.find(1, QStringLiteral("order-1"));
        QVERIFY(found);
        QCOMPARE(found->apiKeyId, qint64(1));
        QCOMPARE(found->key, QStringLiteral("order-1"));
        QCOMPARE(found->requestHash, hash);
        QVERIFY(!found->logId);
        QVERIFY(!found->responseStatus);
        QVERIFY(found->responseBody.isEmpty());
        QVERIFY(!found->hasResponse()); // in flight
        QCOMPARE(found->createdAt, m_clock.now());
        QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    }

    void duplicateKeyIsAConflictPerApiKey()
    {
        IdempotencyStore store(db());
        QVERIFY(store.insert(record(1, QStringLiteral("k"), QByteArray("first"))));
        const Status again = store.insert(record(1, QStringLiteral("k"), QByteArray("second")));
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QString::fromLatin1(kStorageConflict));
        QCOMPARE(store.find(1, QStringLiteral("k"))->requestHash, QByteArray("first"));

        // Another API key has its own namespace; keys are case-sensitive.
        QVERIFY(store.insert(record(2, QStringLiteral("k"), QByteArray("other"))));
        QVERIFY(store.insert(record(1, QStringLiteral("K"), QByteArray("upper"))));
        QCOMPARE(store.find(2, QStringLiteral("k"))->requestHash, QByteArray("other"));
        QCOMPARE(store.find(1, QStringLiteral("K"))->requestHash, QByteArray("upper"));
        QVERIFY(!store.find(3, QStringLiteral("k")));
    }

    void responseIsStoredForReplay()
    {
        IdempotencyStore store(db());
        QVERIFY(store.insert(record(1, QStringLiteral("k"))));
        QVERIFY(store.setLogId(1, QStringLiteral("k"), 4242));
        QByteArray body("{\"success\":true,\"log_id\":4242}");
        body.append('\0').append("\xff\xfe tail"); // stored as bytes, not text
        QVERIFY(store.setResponse(1, QStringLiteral("k"), 200, body));

        const std::optional<IdempotencyRecord> found = store.find(1, QStringLiteral("k"));
        QVERIFY(found);
        QVERIFY(found->hasResponse());
        QCOMPARE(found->responseStatus, std::optional<int>(200));
        QCOMPARE(found->responseBody, body);
        QCOMPARE(found->logId, std::optional<qint64>(4242));

        // Another key's row is untouched.
        QVERIFY(store.insert(record(2, QStringLiteral("k"))));
        QVERIFY(!store.find(2, QStringLiteral("k"))->hasResponse());
    }

    void emptyBodyIsStillAnAnswer()
    {
        IdempotencyStore store(db());
        QVERIFY(store.insert(record(1, QStringLiteral("k"))));
        QVERIFY(store.setResponse(1, QStringLiteral("k"), 204, QByteArray()));
        const std::optional<IdempotencyRecord> found = store.find(1, QStringLiteral("k"));
        QVERIFY(found->hasResponse());
        QCOMPARE(found->responseStatus, std::optional<int>(204));
        QVERIFY(found->responseBody.isEmpty());
    }

    void insertWithResponse()
    {
        IdempotencyStore store(db());
        IdempotencyRecord done = record(5, QStringLiteral("k"));
        done.logId = 9;
        done.responseStatus = 422;
        done.responseBody = QByteArray("{\"error\":\"validation_error\"}");
        QVERIFY(store.insert(done));
        const std::optional<IdempotencyRecord> found = store.find(5, QStringLiteral("k"));
        QCOMPARE(found->responseStatus, std::optional<int>(422));
        QCOMPARE(found->responseBody, done.responseBody);
        QCOMPARE(found->logId, std::optional<qint64>(9));
    }

    void updatesOfMissingRowsAreNotFound()
    {
        IdempotencyStore store(db());
        QVERIFY(store.insert(record(1, QStringLiteral("k"))));
        Status status = store.setResponse(2, QStringLiteral("k"), 200, QByteArray("x"));
        QVERIFY(!status);
        QCOMPARE(status.failure().code, QString::fromLatin1(kStorageNotFound));
        status = store.setLogId(1, QStringLiteral("other"), 1);
        QVERIFY(!status);
        QCOMPARE(status.failure().code, QString::fromLatin1(kStorageNotFound));
        QVERIFY(!store.find(1, QStringLiteral("k"))->hasResponse());
    }

    void missingHashIsRefused()
    {
        IdempotencyStore store(db());
        const Status status = store.insert(record(1, QStringLiteral("k"), QByteArray()));
        QVERIFY(!status);
        QCOMPARE(status.failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(!store.find(1, QStringLiteral("k")));
    }

    void purgeDeletesStrictlyOlder()
    {
        IdempotencyStore store(db());
        const QDateTime cut = m_clock.now();
        IdempotencyRecord old = record(1, QStringLiteral("old"));
        old.createdAt = cut.addMSecs(-1);
        IdempotencyRecord edge = record(1, QStringLiteral("edge"));
        edge.createdAt = cut;
        IdempotencyRecord fresh = record(2, QStringLiteral("fresh"));
        fresh.createdAt = cut.addSecs(3600);
        QVERIFY(store.insert(old));
        QVERIFY(store.insert(edge));
        QVERIFY(store.insert(fresh));

        QCOMPARE(store.purgeOlderThan(cut), 1);
        QVERIFY(!store.find(1, QStringLiteral("old")));
        QVERIFY(store.find(1, QStringLiteral("edge")));
        QVERIFY(store.find(2, QStringLiteral("fresh")));
        QCOMPARE(store.purgeOlderThan(cut), 0);
        // After the purge the key can be used again.
        QVERIFY(store.insert(record(1, QStringLiteral("old"))));
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyStore)
#include "test_idempotency_store.moc"
