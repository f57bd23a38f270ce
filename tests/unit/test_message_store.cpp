#include "core/clock.h"
#include "storage/api_key_store.h"
#include "storage/database.h"
#include "storage/instance_store.h"
#include "storage/message_store.h"
#include "support/store_fixture.h"

#include <QtTest>

using namespace wag;

class TestMessageStore : public QObject, protected test::StoreFixture
{
    Q_OBJECT

private:
    MessageRecord message(const QString &instanceId, MessageStatus status,
                          const QString &phone = QStringLiteral("+966500000001")) const
    {
        MessageRecord record;
        record.instanceId = instanceId;
        record.phone = phone;
        record.text = QStringLiteral("Your code is 1234");
        record.purpose = QStringLiteral("authentication");
        record.status = status;
        record.createdAt = m_clock.now();
        return record;
    }

    qint64 insertAt(const QString &instanceId, MessageStatus status, const QDateTime &createdAt,
                    const QString &phone = QStringLiteral("+966500000001"))
    {
        MessageRecord record = message(instanceId, status, phone);
        record.createdAt = createdAt;
        const Result<qint64> id = MessageStore(db()).insert(record);
        if (!id)
            qWarning() << id.failure().message;
        return id ? id.value() : -1;
    }

    static QList<qint64> ids(const QList<MessageRecord> &records)
    {
        QList<qint64> result;
        for (const MessageRecord &record : records)
            result.append(record.logId);
        return result;
    }

    qint64 m_keyId = 0;

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        if (!openDatabase())
            return;
        InstanceStore instances(db());
        for (const char *id : {"inst_a", "inst_b"}) {
            InstanceRecord instance;
            instance.id = QLatin1String(id);
            instance.name = QLatin1String(id).mid(5) + QStringLiteral("-line");
            instance.provider = QStringLiteral("simulator");
            instance.createdAt = m_clock.now();
            QVERIFY(instances.insert(instance));
        }
        ApiKeyRecord key;
        key.name = QStringLiteral("crm");
        key.prefix = QStringLiteral("wg_live_abc");
        key.keyHash = QByteArray("hash-1");
        key.createdAt = m_clock.now();
        const Result<qint64> keyId = ApiKeyStore(db()).insert(key);
        QVERIFY(keyId);
        m_keyId = keyId.value();
    }

    void cleanup() { closeDatabase(); }

    void insertAndReadBackAllFields()
    {
        MessageStore store(db());
        MessageRecord record;
        record.messageId = QStringLiteral("msg_0001");
        record.instanceId = QStringLiteral("inst_a");
        record.apiKeyId = m_keyId;
        record.apiKeyPrefix = QStringLiteral("wg_live_abc");
        record.phone = QStringLiteral("+966512345678");
        record.text = QStringLiteral("Invoice 42 is ready — مرحبا");
        record.purpose = QStringLiteral("transactional");
        record.reference = QStringLiteral("inv-42");
        record.status = MessageStatus::Delivered;
        record.outcome = QStringLiteral("ok-outcome");
        record.rule = QStringLiteral("risk.allow");
        record.riskScore = 37;
        record.externalId = QStringLiteral("ext-1");
        record.error = QStringLiteral("none really");
        record.dueAt = m_clock.now().addSecs(5);
        record.createdAt = m_clock.now();
        record.updatedAt = m_clock.now().addSecs(1);
        record.sentAt = m_clock.now().addSecs(6);
        record.deliveredAt = m_clock.now().addSecs(7);
        record.readAt = m_clock.now().addSecs(8);

        const Result<qint64> id = store.insert(record);
        QVERIFY2(id, qPrintable(id.failure().message));
        QVERIFY(id.value() > 0);

        const std::optional<MessageRecord> stored = store.findByLogId(id.value());
        QVERIFY(stored);
        QCOMPARE(stored->logId, id.value());
        QCOMPARE(stored->messageId, record.messageId);
        QCOMPARE(stored->instanceId, record.instanceId);
        QCOMPARE(stored->apiKeyId, std::optional<qint64>(m_keyId));
        QCOMPARE(stored->apiKeyPrefix, record.apiKeyPrefix);
        QCOMPARE(stored->phone, record.phone);
        QCOMPARE(stored->text, record.text);
        QCOMPARE(stored->purpose, record.purpose);
        QCOMPARE(stored->reference, record.reference);
        QCOMPARE(stored->status, MessageStatus::Delivered);
        QCOMPARE(stored->outcome, record.outcome);
        QCOMPARE(stored->rule, record.rule);
        QCOMPARE(stored->riskScore, std::optional<int>(37));
        QCOMPARE(stored->externalId, record.externalId);
        QCOMPARE(stored->error, record.error);
        QCOMPARE(stored->dueAt, record.dueAt);
        QCOMPARE(stored->createdAt, record.createdAt);
        QCOMPARE(stored->updatedAt, record.updatedAt);
        QCOMPARE(stored->sentAt, record.sentAt);
        QCOMPARE(stored->deliveredAt, record.deliveredAt);
        QCOMPARE(stored->readAt, record.readAt);
        QCOMPARE(stored->createdAt.timeSpec(), Qt::UTC);

        const std::optional<MessageRecord> byMessageId
            = store.findByMessageId(QStringLiteral("msg_0001"));
        QVERIFY(byMessageId);
        QCOMPARE(byMessageId->logId, id.value());
        QVERIFY(!store.findByMessageId(QStringLiteral("msg_0002")));
        QVERIFY(!store.findByMessageId(QString()));
        QVERIFY(!store.findByLogId(id.value() + 1));
    }

    void refusedAttemptsKeepNulls()
    {
        MessageStore store(db());
        MessageRecord refused; // no message id, instance, key, times except created_at
        refused.phone = QString(100, QLatin1Char('9')); // raw input that was not a number
        refused.purpose = QStringLiteral("marketing");
        refused.status = MessageStatus::Blocked;
        refused.outcome = QStringLiteral("message_purpose_not_allowed");
        refused.createdAt = m_clock.now();
        const Result<qint64> first = store.insert(refused);
        QVERIFY2(first, qPrintable(first.failure().message));
        // A second refused attempt: message_id NULL twice does not break UNIQUE.
        const Result<qint64> second = store.insert(refused);
        QVERIFY2(second, qPrintable(second.failure().message));
        QVERIFY(second.value() > first.value());

        const std::optional<MessageRecord> stored = store.findByLogId(first.value());
        QVERIFY(stored);
        QVERIFY(stored->messageId.isEmpty());
        QVERIFY(stored->instanceId.isEmpty());
        QVERIFY(!stored->apiKeyId);
        QVERIFY(!stored->riskScore);
        QCOMPARE(stored->phone, QString(MessageStore::kMaxPhoneLength, QLatin1Char('9')));
        QCOMPARE(stored->status, MessageStatus::Blocked);
        QCOMPARE(stored->outcome, QStringLiteral("message_purpose_not_allowed"));
        QCOMPARE(stored->updatedAt, refused.createdAt); // defaults to created_at
        QVERIFY(!stored->dueAt.isValid());
        QVERIFY(!stored->sentAt.isValid());

        // The NULLs are real NULLs, not empty strings.
        QSqlQuery query(db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE message_id IS NULL"
                                          " AND instance_id IS NULL AND api_key_id IS NULL"
                                          " AND risk_score IS NULL AND due_at IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void constraintsAreReportedAsConflicts()
    {
        MessageStore store(db());
        MessageRecord record = message(QStringLiteral("inst_a"), MessageStatus::Sent);
        record.messageId = QStringLiteral("msg_dup");
        QVERIFY(store.insert(record));
        const Result<qint64> duplicate = store.insert(record);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.failure().code, QString::fromLatin1(kStorageConflict));

        MessageRecord unknownInstance = message(QStringLiteral("inst_none"), MessageStatus::Sent);
        const Result<qint64> orphan = store.insert(unknownInstance);
        QVERIFY(!orphan);
        QCOMPARE(orphan.failure().code, QString::fromLatin1(kStorageConflict));

        QVERIFY(!db().exec(QStringLiteral("UPDATE messages SET status = 'lost'")));
        QCOMPARE(store.findByMessageId(QStringLiteral("msg_dup"))->status, MessageStatus::Sent);
    }

    void deletingInstanceOrKeyKeepsTheLog()
    {
        MessageStore store(db());
        MessageRecord record = message(QStringLiteral("inst_a"), MessageStatus::Sent);
        record.apiKeyId = m_keyId;
        const qint64 id = store.insert(record).value();
        QVERIFY(InstanceStore(db()).remove(QStringLiteral("inst_a")));
        QVERIFY(ApiKeyStore(db()).remove(m_keyId));
        const std::optional<MessageRecord> stored = store.findByLogId(id);
        QVERIFY(stored);
        QVERIFY(stored->instanceId.isEmpty());
        QVERIFY(!stored->apiKeyId);
        QCOMPARE(stored->text, record.text);
    }

    void statusUpdatesSetTheMatchingTimes()
    {
        MessageStore store(db());
        const qint64 id = store.insert(message(QStringLiteral("inst_a"), MessageStatus::Queued))
                              .value();
        const QDateTime t0 = m_clock.now();

        QVERIFY(store.updateStatus(id, MessageStatus::Sending, t0.addSecs(1)));
        std::optional<MessageRecord> stored = store.findByLogId(id);
        QCOMPARE(stored->status, MessageStatus::Sending);
        QCOMPARE(stored->updatedAt, t0.addSecs(1));
        QVERIFY(!stored->sentAt.isValid());
        QVERIFY(stored->externalId.isEmpty());

        QVERIFY(store.updateStatus(id, MessageStatus::Sent, t0.addSecs(2), QStringLiteral("ext-9")));
        stored = store.findByLogId(id);
        QCOMPARE(stored->status, MessageStatus::Sent);
        QCOMPARE(stored->sentAt, t0.addSecs(2));
        QCOMPARE(stored->updatedAt, t0.addSecs(2));
        QCOMPARE(stored->externalId, QStringLiteral("ext-9"));
        QVERIFY(!stored->deliveredAt.isValid());

        QVERIFY(store.updateStatus(id, MessageStatus::Delivered, t0.addSecs(3)));
        stored = store.findByLogId(id);
        QCOMPARE(stored->deliveredAt, t0.addSecs(3));
        QCOMPARE(stored->sentAt, t0.addSecs(2)); // unchanged
        QCOMPARE(stored->externalId, QStringLiteral("ext-9")); // empty argument: kept
        QVERIFY(!stored->readAt.isValid());

        QVERIFY(store.updateStatus(id, MessageStatus::Read, t0.addSecs(4)));
        stored = store.findByLogId(id);
        QCOMPARE(stored->status, MessageStatus::Read);
        QCOMPARE(stored->readAt, t0.addSecs(4));
        QCOMPARE(stored->deliveredAt, t0.addSecs(3)); // already set: kept
        QCOMPARE(stored->updatedAt, t0.addSecs(4));

        // Read straight after sent: read implies delivered.
        const qint64 other = store.insert(message(QStringLiteral("inst_a"), MessageStatus::Sent))
                                 .value();
        QVERIFY(store.updateStatus(other, MessageStatus::Read, t0.addSecs(10)));
        stored = store.findByLogId(other);
        QCOMPARE(stored->readAt, t0.addSecs(10));
        QCOMPARE(stored->deliveredAt, t0.addSecs(10));
        QVERIFY(!stored->sentAt.isValid()); // only delivered is implied

        const Status missing = store.updateStatus(other + 100, MessageStatus::Sent, t0);
        QVERIFY(!missing);
        QCOMPARE(missing.failure().code, QString::fromLatin1(kStorageNotFound));
    }

    void failureKeepsOutcomeAndErrorUnlessGiven()
    {
        MessageStore store(db());
        const qint64 id = store.insert(message(QStringLiteral("inst_a"), MessageStatus::Sending))
                              .value();
        QVERIFY(store.updateStatus(id, MessageStatus::Failed, m_clock.now().addSecs(1), QString(),
                                   QStringLiteral("gateway_send_failed"),
                                   QStringLiteral("timeout")));
        std::optional<MessageRecord> stored = store.findByLogId(id);
        QCOMPARE(stored->status, MessageStatus::Failed);
        QCOMPARE(stored->outcome, QStringLiteral("gateway_send_failed"));
        QCOMPARE(stored->error, QStringLiteral("timeout"));
        QVERIFY(!stored->sentAt.isValid());

        QVERIFY(store.updateStatus(id, MessageStatus::Failed, m_clock.now().addSecs(2)));
        stored = store.findByLogId(id);
        QCOMPARE(stored->outcome, QStringLiteral("gateway_send_failed"));
        QCOMPARE(stored->error, QStringLiteral("timeout"));
        QCOMPARE(stored->updatedAt, m_clock.now().addSecs(2));

        QVERIFY(store.updateStatus(id, MessageStatus::Failed, m_clock.now().addSecs(3), QString(),
                                   QString(), QStringLiteral("not_on_whatsapp")));
        stored = store.findByLogId(id);
        QCOMPARE(stored->outcome, QStringLiteral("gateway_send_failed"));
        QCOMPARE(stored->error, QStringLiteral("not_on_whatsapp"));
    }

    void countAcceptedWindowEdges()
    {
        const QDateTime from(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to = from.addDays(1);
        const QString a = QStringLiteral("inst_a");
        QVERIFY(insertAt(a, MessageStatus::Sent, from.addMSecs(-1)) > 0); // before
        QVERIFY(insertAt(a, MessageStatus::Sent, from) > 0); // first included ms
        QVERIFY(insertAt(a, MessageStatus::Queued, from.addSecs(60)) > 0);
        QVERIFY(insertAt(a, MessageStatus::Failed, from.addSecs(120)) > 0);
        QVERIFY(insertAt(a, MessageStatus::Blocked, from.addSecs(180)) > 0); // refused
        QVERIFY(insertAt(a, MessageStatus::Delivered, to.addMSecs(-1)) > 0); // last included ms
        QVERIFY(insertAt(a, MessageStatus::Sent, to) > 0); // excluded
        QVERIFY(insertAt(QStringLiteral("inst_b"), MessageStatus::Sent, from.addSecs(5)) > 0);

        MessageStore store(db());
        QCOMPARE(store.countAccepted(a, from, to), 4);
        QCOMPARE(store.countAccepted(QStringLiteral("inst_b"), from, to), 1);
        QCOMPARE(store.countAccepted(a, from, from), 0);
        QCOMPARE(store.countAccepted(a, from.addMSecs(-1), to.addMSecs(1)), 6);
        QCOMPARE(store.countAccepted(QStringLiteral("inst_none"), from, to), 0);
    }

    void recentAcceptedNewestFirstWithoutBlocked()
    {
        const QString a = QStringLiteral("inst_a");
        const QDateTime t = m_clock.now();
        const qint64 m1 = insertAt(a, MessageStatus::Sent, t.addSecs(1));
        const qint64 m2 = insertAt(a, MessageStatus::Blocked, t.addSecs(2));
        const qint64 m3 = insertAt(a, MessageStatus::Failed, t.addSecs(3));
        const qint64 m4 = insertAt(a, MessageStatus::Queued, t.addSecs(4));
        insertAt(QStringLiteral("inst_b"), MessageStatus::Sent, t.addSecs(5));
        const qint64 m0 = insertAt(a, MessageStatus::Read, t); // inserted last, oldest time
        QVERIFY(m2 > 0);

        MessageStore store(db());
        QCOMPARE(ids(store.recentAccepted(a, 10)), (QList<qint64>{m4, m3, m1, m0}));
        QCOMPARE(ids(store.recentAccepted(a, 2)), (QList<qint64>{m4, m3}));
        QVERIFY(store.recentAccepted(a, 0).isEmpty());
    }

    void inStatusOrdersByDueThenLogId()
    {
        MessageStore store(db());
        const QDateTime t = m_clock.now();
        auto queued = [&](const QDateTime &createdAt, const QDateTime &dueAt) {
            MessageRecord record = message(QStringLiteral("inst_a"), MessageStatus::Queued);
            record.createdAt = createdAt;
            record.dueAt = dueAt;
            return store.insert(record).value();
        };
        const qint64 late = queued(t, t.addSecs(30));
        const qint64 early = queued(t.addSecs(1), t.addSecs(10));
        const qint64 noDue = queued(t.addSecs(20), QDateTime()); // counts as due at creation
        const qint64 tieFirst = queued(t.addSecs(2), t.addSecs(25));
        const qint64 tieSecond = queued(t.addSecs(3), t.addSecs(25));
        insertAt(QStringLiteral("inst_a"), MessageStatus::Sent, t.addSecs(-100));

        QCOMPARE(ids(store.inStatus(MessageStatus::Queued)),
                 (QList<qint64>{early, noDue, tieFirst, tieSecond, late}));
        QCOMPARE(ids(store.inStatus(MessageStatus::Queued, 2)), (QList<qint64>{early, noDue}));
        QCOMPARE(store.inStatus(MessageStatus::Sent).size(), 1);
        QVERIFY(store.inStatus(MessageStatus::Sending).isEmpty());
    }

    void findByExternalIdIsPerInstance()
    {
        MessageStore store(db());
        MessageRecord onA = message(QStringLiteral("inst_a"), MessageStatus::Sent);
        onA.externalId = QStringLiteral("wamid.1");
        MessageRecord onB = message(QStringLiteral("inst_b"), MessageStatus::Sent);
        onB.externalId = QStringLiteral("wamid.1");
        const qint64 a = store.insert(onA).value();
        const qint64 b = store.insert(onB).value();

        QCOMPARE(store.findByExternalId(QStringLiteral("inst_a"), QStringLiteral("wamid.1"))->logId,
                 a);
        QCOMPARE(store.findByExternalId(QStringLiteral("inst_b"), QStringLiteral("wamid.1"))->logId,
                 b);
        QVERIFY(!store.findByExternalId(QStringLiteral("inst_a"), QStringLiteral("wamid.2")));
        QVERIFY(!store.findByExternalId(QStringLiteral("inst_a"), QString()));

        // Set later by updateStatus, then found.
        const qint64 c = store.insert(message(QStringLiteral("inst_a"), MessageStatus::Sending))
                             .value();
        QVERIFY(store.updateStatus(c, MessageStatus::Sent, m_clock.now(), QStringLiteral("wamid.3")));
        QCOMPARE(store.findByExternalId(QStringLiteral("inst_a"), QStringLiteral("wamid.3"))->logId,
                 c);
    }

    void listFiltersAndPages()
    {
        const QDateTime t = m_clock.now();
        QList<qint64> all; // oldest first
        for (int i = 0; i < 25; ++i) {
            const QString instance = i % 2 ? QStringLiteral("inst_b") : QStringLiteral("inst_a");
            const MessageStatus status = i % 5 == 0 ? MessageStatus::Blocked : MessageStatus::Sent;
            const QString phone = i % 3 == 0 ? QStringLiteral("+966500000003")
                                             : QStringLiteral("+966500000001");
            all.append(insertAt(instance, status, t.addSecs(i), phone));
        }
        QList<qint64> newestFirst(all.rbegin(), all.rend());
        MessageStore store(db());

        MessageFilter filter;
        filter.limit = 10;
        QCOMPARE(ids(store.list(filter)), newestFirst.mid(0, 10));
        filter.offset = 10;
        QCOMPARE(ids(store.list(filter)), newestFirst.mid(10, 10));
        filter.offset = 0;
        filter.beforeLogId = newestFirst.at(9);
        QCOMPARE(ids(store.list(filter)), newestFirst.mid(10, 10));

        // Keyset pages walk everything exactly once.
        MessageFilter paging;
        paging.limit = 10;
        QList<qint64> seen;
        int pages = 0;
        for (;;) {
            const MessageStore::Page page = store.page(paging);
            seen += ids(page.records);
            ++pages;
            if (page.nextBeforeLogId == 0)
                break;
            QCOMPARE(page.nextBeforeLogId, page.records.last().logId);
            paging.beforeLogId = page.nextBeforeLogId;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, newestFirst);
        paging = MessageFilter();
        paging.limit = 25; // exactly all: no next page
        QCOMPARE(store.page(paging).nextBeforeLogId, 0);
        QCOMPARE(store.page(paging).records.size(), 25);

        MessageFilter byInstance;
        byInstance.instanceId = QStringLiteral("inst_b");
        const QList<MessageRecord> onB = store.list(byInstance);
        QCOMPARE(onB.size(), 12);
        for (const MessageRecord &record : onB)
            QCOMPARE(record.instanceId, QStringLiteral("inst_b"));

        MessageFilter byPhone;
        byPhone.phone = QStringLiteral("+966500000003");
        QCOMPARE(store.list(byPhone).size(), 9); // i = 0, 3, ..., 24

        MessageFilter byStatus;
        byStatus.status = MessageStatus::Blocked;
        QCOMPARE(ids(store.list(byStatus)),
                 (QList<qint64>{all[20], all[15], all[10], all[5], all[0]}));

        MessageFilter byTime;
        byTime.from = t.addSecs(5); // inclusive
        byTime.to = t.addSecs(8); // exclusive
        QCOMPARE(ids(store.list(byTime)), (QList<qint64>{all[7], all[6], all[5]}));

        MessageFilter combined;
        combined.instanceId = QStringLiteral("inst_a");
        combined.status = MessageStatus::Sent;
        combined.phone = QStringLiteral("+966500000003");
        // inst_a: even i; sent: i % 5 != 0; phone 3: i % 3 == 0 → i = 6, 12, 18, 24
        QCOMPARE(ids(store.list(combined)), (QList<qint64>{all[24], all[18], all[12], all[6]}));
    }

    void purgeDeletesStrictlyOlder()
    {
        const QDateTime cut = m_clock.now();
        insertAt(QStringLiteral("inst_a"), MessageStatus::Sent, cut.addMSecs(-1));
        insertAt(QStringLiteral("inst_a"), MessageStatus::Blocked, cut.addDays(-40));
        const qint64 atCut = insertAt(QStringLiteral("inst_a"), MessageStatus::Sent, cut);
        const qint64 after = insertAt(QStringLiteral("inst_b"), MessageStatus::Sent, cut.addSecs(1));
        MessageStore store(db());
        QCOMPARE(store.purgeOlderThan(cut), 2);
        QCOMPARE(ids(store.list(MessageFilter())), (QList<qint64>{after, atCut}));
        QCOMPARE(store.purgeOlderThan(cut), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "test_message_store.moc"
