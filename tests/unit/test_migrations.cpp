#include "core/clock.h"
#include "storage/api_key_store.h"
#include "storage/database.h"
#include "storage/instance_store.h"
#include "storage/message_store.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace wag;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/gateway.db")); }

    std::unique_ptr<Database> openDb()
    {
        QString error;
        auto db = Database::open(path(), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

    static QByteArray fileHash(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QList<Migration> withExtra(const QList<Migration> &extra)
    {
        QList<Migration> list = Migrations::all();
        list.append(extra);
        return list;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void changeCountersFollowConfigurationChanges()
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        qint64 version = db->configurationVersion();
        QCOMPARE(version, 0);
        auto bumped = [&](const QString &sql, const QVariantList &bindings = {}) {
            if (!db->exec(sql, bindings))
                return false;
            const qint64 now = db->configurationVersion();
            const bool changed = now > version;
            version = now;
            return changed;
        };
        QVERIFY(bumped(QStringLiteral("INSERT INTO instances (id, name, provider, created_at) VALUES ('inst_1', 'front-desk', 'simulator', 1)")));
        QVERIFY(bumped(QStringLiteral("UPDATE instances SET paused = 1 WHERE id = 'inst_1'")));
        QVERIFY(bumped(QStringLiteral("INSERT INTO api_keys (name, prefix, key_hash, created_at) VALUES ('crm', 'wg_live_x', 'h', 1)")));
        QVERIFY(bumped(QStringLiteral("INSERT INTO api_key_instances (api_key_id, instance_id) VALUES (1, 'inst_1')")));
        QVERIFY(bumped(QStringLiteral("UPDATE api_keys SET revoked_at = 5 WHERE id = 1")));
        QVERIFY(bumped(QStringLiteral("INSERT INTO suppressions (phone, reason, created_at) VALUES ('+14155552671', 'manual', 1)")));
        QVERIFY(bumped(QStringLiteral("DELETE FROM suppressions")));
        // Bookkeeping that does not change who may send what leaves it alone.
        QVERIFY(!bumped(QStringLiteral("UPDATE api_keys SET last_used_at = 9 WHERE id = 1")));
        QVERIFY(!bumped(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('a', 'b', 1)")));
    }

    void freshDatabaseGetsLatestVersionAndAllTables()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 0);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Database::latestSchemaVersion(), 8);

        const QStringList tables = db->connection().tables();
        for (const char *table : {"schema_migrations", "users", "instances", "api_keys",
                                  "api_key_instances", "settings", "secrets", "messages",
                                  "policy_events", "idempotency_keys", "suppressions", "change_counters",
                                  "events", "webhook_destinations", "webhook_deliveries", "webhook_attempts",
                                  "inbound_messages", "conversations", "provider_events_seen", "threecx_integrations",
                                  "threecx_templates", "threecx_events"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                       " AND name IN ('messages_instance_created',"
                                       " 'messages_status_due', 'messages_instance_external',"
                                       " 'messages_phone_created', 'policy_events_created',"
                                       " 'policy_events_instance_created',"
                                       " 'idempotency_keys_created')"))
                     .toInt(),
                 7);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT applied_at FROM schema_migrations"
                                       " WHERE version = 1"))
                     .toLongLong(),
                 m_clock.now().toMSecsSinceEpoch());
    }

    void reopenedDatabaseIsUpToDate()
    {
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->migrate(nullptr, m_clock), MigrationOutcome::Migrated);
        }
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::UpToDate);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
                 Migrations::all().size());
    }

    void upgradeFromV1ToV2KeepsData()
    {
        const QList<Migration> v1 = {Migrations::all().first()};
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->migrate(v1, nullptr, m_clock), MigrationOutcome::Migrated);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                            " VALUES ('listen', '127.0.0.1:8480', 1)")));
        }
        const Migration v2{2,
                           QStringLiteral("settings get a comment"),
                           {QStringLiteral("ALTER TABLE settings ADD COLUMN comment TEXT"),
                            QStringLiteral("UPDATE settings SET comment = 'kept'")}};
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        QString error;
        QCOMPARE(db->migrate(QList<Migration>{v1.first(), v2}, &error, m_clock),
                 MigrationOutcome::Migrated);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = 'listen'"))
                     .toString(),
                 QStringLiteral("127.0.0.1:8480"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT comment FROM settings")).toString(),
                 QStringLiteral("kept"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT description FROM schema_migrations"
                                       " WHERE version = 2"))
                     .toString(),
                 v2.description);
    }

    void realUpgradeFromVersion1KeepsRows()
    {
        const QList<Migration> v1 = {Migrations::all().first()};
        QCOMPARE(v1.first().version, 1);
        qint64 keyId = 0;
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->migrate(v1, nullptr, m_clock), MigrationOutcome::Migrated);
            // Written with plain SQL: the version-1 schema has no paused_reason column.
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO instances (id, name, provider, state, linked_phone, paused,"
                " daily_limit, monthly_limit, linked_at, created_at)"
                " VALUES ('inst_1', 'sales', 'simulator', 'open', '+966500000001', 1, 300,"
                " NULL, 1000, 900)")));
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO instances (id, name, provider, created_at)"
                " VALUES ('inst_2', 'support', 'simulator', 901)")));
            const Result<qint64> key = db->insert(
                QStringLiteral("INSERT INTO api_keys (name, prefix, key_hash, created_at)"
                               " VALUES ('crm', 'wg_live_abcd', 'hash-crm', 950)"),
                {});
            QVERIFY(key);
            keyId = key.value();
            QVERIFY(db->exec(QStringLiteral("INSERT INTO api_key_instances (api_key_id, instance_id)"
                                            " VALUES (?, 'inst_1')"),
                             {keyId}));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO users (name, role, password_hash,"
                                            " created_at) VALUES ('alice', 'admin', 'h', 1)")));
            QVERIFY(!db->connection().tables().contains(QStringLiteral("messages")));
        }

        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 1);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(db->schemaVersion(), 8);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT description FROM schema_migrations"
                                            " WHERE version = 2"))
                     .toString(),
                 QStringLiteral("messages, policy events, idempotency keys, suppressions"));

        InstanceStore instances(*db);
        const std::optional<InstanceRecord> sales = instances.findById(QStringLiteral("inst_1"));
        QVERIFY(sales);
        QCOMPARE(sales->name, QStringLiteral("sales"));
        QCOMPARE(sales->state, InstanceState::Open);
        QCOMPARE(sales->linkedPhone, QStringLiteral("+966500000001"));
        QVERIFY(sales->paused);
        QVERIFY(sales->pausedReason.isEmpty()); // the new column starts NULL
        QCOMPARE(sales->dailyLimit, std::optional<qint64>(300));
        QVERIFY(!sales->monthlyLimit);
        QCOMPARE(sales->linkedAt.toMSecsSinceEpoch(), 1000);
        QCOMPARE(sales->createdAt.toMSecsSinceEpoch(), 900);
        QCOMPARE(instances.all().size(), 2);

        const std::optional<ApiKeyRecord> key = ApiKeyStore(*db).findById(keyId);
        QVERIFY(key);
        QCOMPARE(key->prefix, QStringLiteral("wg_live_abcd"));
        QCOMPARE(key->keyHash, QByteArray("hash-crm"));
        QCOMPARE(key->instanceIds, QStringList{QStringLiteral("inst_1")});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);

        // The new tables work against the kept rows.
        MessageRecord message;
        message.instanceId = QStringLiteral("inst_1");
        message.apiKeyId = keyId;
        message.status = MessageStatus::Sent;
        message.createdAt = m_clock.now();
        QVERIFY(MessageStore(*db).insert(message));
        QVERIFY(instances.setPaused(QStringLiteral("inst_1"), true, QStringLiteral("opt-out spike")));
        QCOMPARE(instances.findById(QStringLiteral("inst_1"))->pausedReason,
                 QStringLiteral("opt-out spike"));
    }

    // Migration 7: an integration's templates go with it, an instance going away leaves the
    // integration without one, and the event log takes only the four actions.
    void threecxTablesCascadeAndCheck()
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO instances (id, name, provider, created_at)"
                                        " VALUES ('inst_1', 'front-desk', 'simulator', 1)")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO threecx_integrations (id, name, secret_nonce, secret_ciphertext,"
                                        " default_instance_id, created_at, updated_at)"
                                        " VALUES ('tcx_1', 'pbx', x'00', x'00', 'inst_1', 1, 1)")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO threecx_templates (integration_id, event_type, body)"
                                        " VALUES ('tcx_1', 'missed_call', 'hi')")));
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO threecx_events (integration_id, event_type, action,"
                                         " http_status, created_at) VALUES ('tcx_1', 'test', 'bogus', 200, 1)")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO threecx_events (integration_id, event_type, action,"
                                        " http_status, created_at) VALUES ('tcx_1', 'test', 'logged', 200, 1)")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT strict_window FROM threecx_integrations")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT enabled FROM threecx_templates")).toInt(), 0);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM instances WHERE id = 'inst_1'")));
        QVERIFY(scalar(*db, QStringLiteral("SELECT default_instance_id FROM threecx_integrations")).isNull());
        QVERIFY(db->exec(QStringLiteral("DELETE FROM threecx_integrations WHERE id = 'tcx_1'")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM threecx_templates")).toInt(), 0);
    }

    // Migration 6 rebuilds messages: every row and column stays, the ids go on from where
    // they were (also past rows the retention purge took), the indexes are back, and the
    // status check refuses what it refused before.
    void messagesRebuildKeepsRowsIdsIndexesAndTheCheck()
    {
        QList<Migration> upTo5 = Migrations::all();
        while (!upTo5.isEmpty() && upTo5.last().version > 5)
            upTo5.removeLast();
        QCOMPARE(upTo5.last().version, 5);
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->migrate(upTo5, nullptr, m_clock), MigrationOutcome::Migrated);
            for (int i = 1; i <= 3; ++i)
                QVERIFY(db->exec(QStringLiteral(
                    "INSERT INTO messages (message_id, phone, text, purpose, status, external_id,"
                    " created_at, updated_at, read_at) VALUES (?, '+14155550100', 'hi', 'support',"
                    " 'read', ?, 10, 20, 30)"),
                    {QStringLiteral("msg_%1").arg(i), QStringLiteral("ext_%1").arg(i)}));
            // The newest row purged: AUTOINCREMENT must still never give id 3 again.
            QVERIFY(db->exec(QStringLiteral("DELETE FROM messages WHERE log_id = 3")));
        }
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::Migrated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(db->schemaVersion(), 8);

        const std::optional<MessageRecord> kept = MessageStore(*db).findByMessageId(QStringLiteral("msg_2"));
        QVERIFY(kept);
        QCOMPARE(kept->logId, qint64(2));
        QCOMPARE(kept->status, MessageStatus::Read);
        QCOMPARE(kept->externalId, QStringLiteral("ext_2"));
        QCOMPARE(kept->readAt.toMSecsSinceEpoch(), 30);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 2);

        MessageRecord next;
        next.status = MessageStatus::Sending;
        next.createdAt = m_clock.now();
        const Result<qint64> id = MessageStore(*db).insert(next);
        QVERIFY(id);
        QCOMPARE(id.value(), qint64(4));

        const Status bad = db->exec(QStringLiteral("UPDATE messages SET status = 'bogus' WHERE log_id = 1"));
        QCOMPARE(bad.failure().code, QString::fromLatin1(kStorageConflict));
        QVERIFY(db->exec(QStringLiteral("UPDATE messages SET status = 'blocked' WHERE log_id = 1")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                            " AND tbl_name = 'messages' AND name LIKE 'messages_%'"))
                     .toInt(),
                 4);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'messages_rebuilt'"))
                     .toInt(),
                 0);
        // The point of the rebuild: no temporary b-tree per status write.
        QSqlQuery plan(db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN UPDATE messages SET status = 'sent' WHERE log_id = 1")));
        while (plan.next())
            QVERIFY(plan.value(1).toString() != QStringLiteral("OpenEphemeral"));
        // Queued and sending messages (read back at start) still come from the status
        // index, which no longer holds the sent, delivered and read ones.
        for (const char *status : {"queued", "sending"}) {
            QSqlQuery queryPlan(db->connection());
            QVERIFY(queryPlan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT log_id FROM messages WHERE status = '%1'"
                                                  " ORDER BY COALESCE(due_at, created_at), log_id LIMIT 10")
                                       .arg(QLatin1String(status))));
            QString detail;
            while (queryPlan.next())
                detail += queryPlan.value(3).toString() + QLatin1Char(';');
            QVERIFY2(detail.contains(QStringLiteral("INDEX messages_status_due")), qPrintable(detail));
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages INDEXED BY messages_status_due"
                                            " WHERE status = 'queued' OR status = 'sending'"))
                     .toInt(),
                 1); // the message inserted as sending above
    }

    void dataVersionSeesOnlyOtherConnections()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->migrate(nullptr, m_clock), MigrationOutcome::Migrated);
        auto other = openDb();
        QVERIFY(other);

        QVERIFY(!db->changedByOthers()); // the first call takes the baseline
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                        " VALUES ('own', 'v', 1)")));
        QVERIFY(!db->changedByOthers()); // own writes do not count

        QVERIFY(!other->changedByOthers());
        QCOMPARE(scalar(*other, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
        QVERIFY(!db->changedByOthers()); // another connection reading is no change

        QVERIFY(other->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                           " VALUES ('theirs', 'v', 1)")));
        QVERIFY(db->changedByOthers());
        QVERIFY(!db->changedByOthers()); // reported once
        QVERIFY(other->changedByOthers() == false);

        // A rolled-back write by the other side is no change either.
        {
            Transaction transaction(*other);
            QVERIFY(transaction.isActive());
            QVERIFY(other->exec(QStringLiteral("DELETE FROM settings")));
        }
        QVERIFY(!db->changedByOthers());
        QVERIFY(db->exec(QStringLiteral("DELETE FROM settings WHERE key = 'own'")));
        QVERIFY(other->changedByOthers());
    }

    void newerSchemaIsRefusedAndFileUntouched()
    {
        const int latest = Database::latestSchemaVersion();
        const int future = latest + 6;
        QList<Migration> extra;
        for (int version = latest + 1; version <= future; ++version)
            extra.append({version,
                          QStringLiteral("future %1").arg(version),
                          {QStringLiteral("CREATE TABLE future_%1 (id INTEGER)").arg(version)}});
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->migrate(withExtra(extra), nullptr, m_clock), MigrationOutcome::Migrated);
            QCOMPARE(db->schemaVersion(), future);
        }
        const QByteArray before = fileHash(path());
        QVERIFY(!before.isEmpty());
        {
            auto db = openDb();
            QVERIFY(db);
            QString error;
            QCOMPARE(db->migrate(&error, m_clock), MigrationOutcome::NewerSchema);
            QVERIFY2(error.contains(
                         QStringLiteral("database schema version %1 is newer than this program "
                                        "supports (%2)")
                             .arg(future)
                             .arg(latest)),
                     qPrintable(error));
            QVERIFY(error.contains(QLatin1String("upgrade WhatsApp Gateway")));
            QCOMPARE(db->schemaVersion(), future);
        }
        QCOMPARE(fileHash(path()), before);
    }

    void failingMigrationRollsBackEntirely()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->migrate(nullptr, m_clock), MigrationOutcome::Migrated);
        const int before = db->schemaVersion();
        const Migration broken{before + 1,
                               QStringLiteral("half done"),
                               {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                                QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                               " VALUES ('half', 'done', 1)"),
                                QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
        QString error;
        QCOMPARE(db->migrate(withExtra({broken}), &error, m_clock), MigrationOutcome::Failed);
        QVERIFY2(error.contains(QStringLiteral("migration %1 (half done) failed").arg(before + 1)),
                 qPrintable(error));
        QCOMPARE(db->schemaVersion(), before);
        QVERIFY(!db->connection().tables().contains(QStringLiteral("half_done")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);
        // The connection is left usable, outside any transaction.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at)"
                                        " VALUES ('after', 'ok', 1)")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
    }

    void outOfOrderListIsRejected()
    {
        auto db = openDb();
        QVERIFY(db);
        const QList<Migration> list = {{2, QStringLiteral("b"), {}}, {1, QStringLiteral("a"), {}}};
        QString error;
        QCOMPARE(db->migrate(list, &error, m_clock), MigrationOutcome::Failed);
        QVERIFY(error.contains(QLatin1String("out of order")));
        QCOMPARE(db->schemaVersion(), 0);
    }

    void pragmasAreOn()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 4096);

        // Foreign keys are enforced, not just reported as on.
        QCOMPARE(db->migrate(nullptr, m_clock), MigrationOutcome::Migrated);
        const Status orphan = db->exec(QStringLiteral(
            "INSERT INTO api_key_instances (api_key_id, instance_id) VALUES (42, 'inst_none')"));
        QVERIFY(!orphan);
        QCOMPARE(orphan.failure().code, QString::fromLatin1(kStorageConflict));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->migrate(nullptr, m_clock), MigrationOutcome::Migrated);
        const QString insert
            = QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', 1)");
        {
            Transaction transaction(*db);
            QVERIFY(transaction.isActive());
            QVERIFY(db->exec(insert, {QStringLiteral("dropped")}));
        }
        {
            Transaction transaction(*db);
            QVERIFY(db->exec(insert, {QStringLiteral("kept")}));
            QVERIFY(transaction.commit());
            QVERIFY(!transaction.isActive());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(key) FROM settings")).toString(),
                 QStringLiteral("kept"));
    }

    void notADatabaseIsRefusedClearly()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QString error;
        QVERIFY(!Database::open(path(), &error));
        QVERIFY2(error.contains(QLatin1String("not a database")), qPrintable(error));
        QVERIFY2(error.contains(path()), qPrintable(error));
    }

    void uncreatableDirectoryIsReported()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!Database::open(blocker + QStringLiteral("/sub/gateway.db"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot create data directory ") + blocker),
                 qPrintable(error));
    }

    void missingDirectoryIsCreated()
    {
        auto db = openDb();
        QVERIFY(db);
        QVERIFY(QFileInfo(path()).isFile());
        QCOMPARE(db->filePath(), QFileInfo(path()).absoluteFilePath());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
