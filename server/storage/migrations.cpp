#include "migrations.h"

#include "core/logging.h"

namespace wag::Migrations {

namespace {

// SQLite dialect. The DDL is the one place where SQLite-only syntax is accepted
// (AUTOINCREMENT, BLOB): a PostgreSQL backend gets its own list with the same versions.
Migration initialSchema()
{
    return {1,
            QStringLiteral("users, instances, api keys, settings, secrets"),
            {
                QStringLiteral("CREATE TABLE users ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " name TEXT NOT NULL UNIQUE,"
                               " role TEXT NOT NULL CHECK (role IN ('admin', 'operator')),"
                               " password_hash TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL,"
                               " disabled_at INTEGER)"),
                QStringLiteral("CREATE TABLE instances ("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " provider TEXT NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'close'"
                               "  CHECK (state IN ('close', 'connecting', 'open')),"
                               " linked_phone TEXT,"
                               " paused INTEGER NOT NULL DEFAULT 0,"
                               " daily_limit INTEGER,"
                               " monthly_limit INTEGER,"
                               " linked_at INTEGER,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE api_keys ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " name TEXT NOT NULL,"
                               " prefix TEXT NOT NULL,"
                               " key_hash TEXT NOT NULL UNIQUE,"
                               " created_at INTEGER NOT NULL,"
                               " last_used_at INTEGER,"
                               " revoked_at INTEGER)"),
                QStringLiteral("CREATE INDEX api_keys_prefix ON api_keys (prefix)"),
                QStringLiteral(
                    "CREATE TABLE api_key_instances ("
                    " api_key_id INTEGER NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,"
                    " instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,"
                    " PRIMARY KEY (api_key_id, instance_id))"),
                // The cascade from instances looks rows up by instance_id.
                QStringLiteral("CREATE INDEX api_key_instances_instance"
                               " ON api_key_instances (instance_id)"),
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE secrets ("
                               " name TEXT PRIMARY KEY,"
                               " nonce BLOB NOT NULL,"
                               " ciphertext BLOB NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
            }};
}

// Guarded sending. messages is the log of every attempt, refused ones included (those
// have no message_id); instance and key references survive their deletion as NULL so the
// log keeps its history. policy_events and idempotency_keys hold plain ids on purpose:
// they are pruned by age and must not slow down or block deletes elsewhere.
Migration guardedSending()
{
    return {2,
            QStringLiteral("messages, policy events, idempotency keys, suppressions"),
            {
                QStringLiteral("ALTER TABLE instances ADD COLUMN paused_reason TEXT"),
                QStringLiteral(
                    "CREATE TABLE messages ("
                    " log_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " message_id TEXT UNIQUE,"
                    " instance_id TEXT REFERENCES instances (id) ON DELETE SET NULL,"
                    " api_key_id INTEGER REFERENCES api_keys (id) ON DELETE SET NULL,"
                    " api_key_prefix TEXT,"
                    " phone TEXT,"
                    " text TEXT,"
                    " purpose TEXT,"
                    " reference TEXT,"
                    " status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent',"
                    "  'delivered', 'read', 'failed', 'blocked')),"
                    " outcome TEXT,"
                    " rule TEXT,"
                    " risk_score INTEGER,"
                    " external_id TEXT,"
                    " error TEXT,"
                    " due_at INTEGER,"
                    " created_at INTEGER NOT NULL,"
                    " updated_at INTEGER NOT NULL,"
                    " sent_at INTEGER,"
                    " delivered_at INTEGER,"
                    " read_at INTEGER)"),
                QStringLiteral("CREATE INDEX messages_instance_created"
                               " ON messages (instance_id, created_at)"),
                QStringLiteral("CREATE INDEX messages_status_due ON messages (status, due_at)"),
                QStringLiteral("CREATE INDEX messages_instance_external"
                               " ON messages (instance_id, external_id)"),
                QStringLiteral("CREATE INDEX messages_phone_created ON messages (phone, created_at)"),
                QStringLiteral("CREATE TABLE policy_events ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " instance_id TEXT,"
                               " log_id INTEGER,"
                               " rule TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " risk_score INTEGER,"
                               " detail TEXT,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX policy_events_created ON policy_events (created_at)"),
                QStringLiteral("CREATE INDEX policy_events_instance_created"
                               " ON policy_events (instance_id, created_at)"),
                QStringLiteral("CREATE TABLE idempotency_keys ("
                               " api_key_id INTEGER NOT NULL,"
                               " idempotency_key TEXT NOT NULL,"
                               " request_hash TEXT NOT NULL,"
                               " log_id INTEGER,"
                               " response_status INTEGER,"
                               " response_body BLOB,"
                               " created_at INTEGER NOT NULL,"
                               " PRIMARY KEY (api_key_id, idempotency_key))"),
                QStringLiteral("CREATE INDEX idempotency_keys_created"
                               " ON idempotency_keys (created_at)"),
                QStringLiteral("CREATE TABLE suppressions ("
                               " phone TEXT PRIMARY KEY,"
                               " reason TEXT NOT NULL"
                               "  CHECK (reason IN ('opt_out_keyword', 'manual', '3cx', 'import')),"
                               " source TEXT,"
                               " note TEXT,"
                               " created_by TEXT,"
                               " created_at INTEGER NOT NULL)"),
            }};
}

// Change counters for what the send path keeps in memory (API keys and their scopes,
// instances, suppressions). Triggers bump a counter on every change, whoever makes it (this
// process, an admin command in another one), so a cache needs one small read to know it is
// still right. SQLite trigger syntax; a PostgreSQL backend would carry its own version.
Migration changeCounters()
{
    return {3,
            QStringLiteral("change counters for cached configuration"),
            {
                QStringLiteral("CREATE TABLE change_counters ("
                               " entity TEXT PRIMARY KEY,"
                               " version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO change_counters (entity, version) VALUES"
                               " ('access', 0), ('instances', 0), ('suppressions', 0)"),
                QStringLiteral("CREATE TRIGGER api_keys_inserted AFTER INSERT ON api_keys BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'access'; END"),
                QStringLiteral("CREATE TRIGGER api_keys_changed AFTER UPDATE OF name, prefix, key_hash, revoked_at ON api_keys BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'access'; END"),
                QStringLiteral("CREATE TRIGGER api_keys_deleted AFTER DELETE ON api_keys BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'access'; END"),
                QStringLiteral("CREATE TRIGGER api_key_instances_inserted AFTER INSERT ON api_key_instances BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'access'; END"),
                QStringLiteral("CREATE TRIGGER api_key_instances_deleted AFTER DELETE ON api_key_instances BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'access'; END"),
                QStringLiteral("CREATE TRIGGER instances_inserted AFTER INSERT ON instances BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'instances'; END"),
                QStringLiteral("CREATE TRIGGER instances_changed AFTER UPDATE ON instances BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'instances'; END"),
                QStringLiteral("CREATE TRIGGER instances_deleted AFTER DELETE ON instances BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'instances'; END"),
                QStringLiteral("CREATE TRIGGER suppressions_inserted AFTER INSERT ON suppressions BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'suppressions'; END"),
                QStringLiteral("CREATE TRIGGER suppressions_changed AFTER UPDATE ON suppressions BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'suppressions'; END"),
                QStringLiteral("CREATE TRIGGER suppressions_deleted AFTER DELETE ON suppressions BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'suppressions'; END"),
            }};
}

// Events and webhooks (SPEC §6). `events` is the outbox: an event row and its deliveries
// are written in the same transaction as the change that caused it, so a crash either keeps
// both or neither. Events keep plain instance ids (they outlive a removed instance, like the
// message log); deliveries go with their destination. Webhook secrets are sealed with the
// data key, never stored in clear. The partial index keeps the dispatcher's "what is due"
// query proportional to the pending deliveries, not to the history.
Migration eventsAndWebhooks()
{
    return {4,
            QStringLiteral("events outbox, webhook destinations and deliveries, inbound log, conversations"),
            {
                QStringLiteral("CREATE TABLE events ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " event_id TEXT NOT NULL UNIQUE,"
                               " instance_id TEXT,"
                               " type TEXT NOT NULL,"
                               " payload TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX events_created ON events (created_at)"),
                QStringLiteral("CREATE TABLE webhook_destinations ("
                               " id TEXT PRIMARY KEY,"
                               " instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,"
                               " url TEXT NOT NULL,"
                               " events TEXT NOT NULL,"
                               " enabled INTEGER NOT NULL DEFAULT 1,"
                               " disabled_reason TEXT,"
                               " secret_nonce BLOB,"
                               " secret_ciphertext BLOB,"
                               " previous_secret_nonce BLOB,"
                               " previous_secret_ciphertext BLOB,"
                               " previous_secret_until INTEGER,"
                               " secret_generation INTEGER NOT NULL DEFAULT 1,"
                               " failing_since INTEGER,"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX webhook_destinations_instance"
                               " ON webhook_destinations (instance_id)"),
                QStringLiteral("CREATE TABLE webhook_deliveries ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,"
                               " destination_id TEXT NOT NULL"
                               "  REFERENCES webhook_destinations (id) ON DELETE CASCADE,"
                               " state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_at INTEGER,"
                               " last_status_code INTEGER,"
                               " last_error TEXT,"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX webhook_deliveries_due ON webhook_deliveries"
                               " (next_attempt_at) WHERE state = 'pending'"),
                QStringLiteral("CREATE INDEX webhook_deliveries_destination"
                               " ON webhook_deliveries (destination_id, id)"),
                QStringLiteral("CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_seq)"),
                QStringLiteral("CREATE TABLE webhook_attempts ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " delivery_id INTEGER NOT NULL"
                               "  REFERENCES webhook_deliveries (id) ON DELETE CASCADE,"
                               " destination_id TEXT NOT NULL,"
                               " event_id TEXT NOT NULL,"
                               " attempt INTEGER NOT NULL,"
                               " status_code INTEGER,"
                               " latency_ms INTEGER,"
                               " error TEXT,"
                               " response_excerpt BLOB,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX webhook_attempts_destination"
                               " ON webhook_attempts (destination_id, id)"),
                QStringLiteral("CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id)"),
                QStringLiteral("CREATE TABLE inbound_messages ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " instance_id TEXT NOT NULL,"
                               " external_id TEXT NOT NULL,"
                               " from_phone TEXT,"
                               " from_name TEXT,"
                               " text TEXT,"
                               " message_type TEXT NOT NULL,"
                               " group_id TEXT,"
                               " group_name TEXT,"
                               " opt_out_keyword TEXT,"
                               " created_at INTEGER NOT NULL,"
                               " UNIQUE (instance_id, external_id))"),
                QStringLiteral("CREATE INDEX inbound_messages_created ON inbound_messages (created_at)"),
                QStringLiteral("CREATE INDEX inbound_messages_phone_created"
                               " ON inbound_messages (from_phone, created_at)"),
                QStringLiteral("CREATE TABLE conversations ("
                               " instance_id TEXT NOT NULL,"
                               " phone TEXT NOT NULL,"
                               " opened_at INTEGER NOT NULL,"
                               " last_inbound_at INTEGER NOT NULL,"
                               " closed_at INTEGER,"
                               " PRIMARY KEY (instance_id, phone))"),
                QStringLiteral("CREATE INDEX conversations_open ON conversations (last_inbound_at)"
                               " WHERE closed_at IS NULL"),
                // Provider events other than messages that must count once: calls, group
                // changes. Pruned by age with the rest of the history.
                QStringLiteral("CREATE TABLE provider_events_seen ("
                               " instance_id TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " external_id TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL,"
                               " PRIMARY KEY (instance_id, kind, external_id))"),
                QStringLiteral("CREATE INDEX provider_events_seen_created"
                               " ON provider_events_seen (created_at)"),
                QStringLiteral("INSERT INTO change_counters (entity, version) VALUES ('webhooks', 0)"),
                QStringLiteral("CREATE TRIGGER webhook_destinations_inserted AFTER INSERT ON webhook_destinations BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'webhooks'; END"),
                QStringLiteral("CREATE TRIGGER webhook_destinations_changed AFTER UPDATE OF url, events, enabled,"
                               " secret_generation, previous_secret_until ON webhook_destinations BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'webhooks'; END"),
                QStringLiteral("CREATE TRIGGER webhook_destinations_deleted AFTER DELETE ON webhook_destinations BEGIN"
                               " UPDATE change_counters SET version = version + 1 WHERE entity = 'webhooks'; END"),
            }};
}

// The provider's reason for an instance's state ("missing_on_provider", "logged_out", …),
// kept with the state so every front-end and a restarted gateway show it.
Migration instanceStateReason()
{
    return {5,
            QStringLiteral("instance state reason"),
            {
                QStringLiteral("ALTER TABLE instances ADD COLUMN state_reason TEXT"),
            }};
}

// The same messages table with its status CHECK written as a chain of comparisons. SQLite
// evaluates "status IN (seven values)" by building a temporary b-tree on every insert and
// on every update of the status, which cost about a fifth of the group-commit writer's
// work per send (callgrind); the comparisons accept and refuse exactly the same values.
// A CHECK cannot be altered in place, so the table is rebuilt (SQLite's documented
// procedure: new table, copy, drop, rename) in the migration's transaction. Nothing
// refers to messages, so no foreign key needs to be switched off, and the AUTOINCREMENT
// counter is carried over so that no log id is ever handed out twice.
// The status index now holds only queued and sending messages, the only ones looked up by
// status (at start, to resume the queue): receipts (sent → delivered → read) no longer
// move an index entry each.
Migration messageStatusCheckWithoutTemporaryTable()
{
    return {6,
            QStringLiteral("messages status check without a temporary table, status index for open messages only"),
            {
                QStringLiteral(
                    "CREATE TABLE messages_rebuilt ("
                    " log_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " message_id TEXT UNIQUE,"
                    " instance_id TEXT REFERENCES instances (id) ON DELETE SET NULL,"
                    " api_key_id INTEGER REFERENCES api_keys (id) ON DELETE SET NULL,"
                    " api_key_prefix TEXT,"
                    " phone TEXT,"
                    " text TEXT,"
                    " purpose TEXT,"
                    " reference TEXT,"
                    " status TEXT NOT NULL CHECK (status = 'queued' OR status = 'sending'"
                    "  OR status = 'sent' OR status = 'delivered' OR status = 'read'"
                    "  OR status = 'failed' OR status = 'blocked'),"
                    " outcome TEXT,"
                    " rule TEXT,"
                    " risk_score INTEGER,"
                    " external_id TEXT,"
                    " error TEXT,"
                    " due_at INTEGER,"
                    " created_at INTEGER NOT NULL,"
                    " updated_at INTEGER NOT NULL,"
                    " sent_at INTEGER,"
                    " delivered_at INTEGER,"
                    " read_at INTEGER)"),
                QStringLiteral("INSERT INTO messages_rebuilt SELECT log_id, message_id, instance_id,"
                               " api_key_id, api_key_prefix, phone, text, purpose, reference, status,"
                               " outcome, rule, risk_score, external_id, error, due_at, created_at,"
                               " updated_at, sent_at, delivered_at, read_at FROM messages"),
                QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'messages_rebuilt'"),
                QStringLiteral("INSERT INTO sqlite_sequence (name, seq)"
                               " SELECT 'messages_rebuilt', MAX(seq) FROM ("
                               "  SELECT seq FROM sqlite_sequence WHERE name = 'messages'"
                               "  UNION ALL SELECT MAX(log_id) FROM messages_rebuilt)"
                               " HAVING MAX(seq) IS NOT NULL"),
                QStringLiteral("DROP TABLE messages"),
                QStringLiteral("ALTER TABLE messages_rebuilt RENAME TO messages"),
                QStringLiteral("CREATE INDEX messages_instance_created"
                               " ON messages (instance_id, created_at)"),
                QStringLiteral("CREATE INDEX messages_status_due ON messages (status, due_at)"
                               " WHERE status = 'queued' OR status = 'sending'"),
                QStringLiteral("CREATE INDEX messages_instance_external"
                               " ON messages (instance_id, external_id)"),
                QStringLiteral("CREATE INDEX messages_phone_created ON messages (phone, created_at)"),
            }};
}

// The 3CX integration (SPEC §7): one row per connected phone system, its call-event
// templates in a child table (one row per event type, so adding an event type needs no
// new columns), and the sanitized log of every webhook call. The log keeps a masked phone
// for people and a keyed hash of the full number for the cooldown lookup, never the
// number itself and never a message text. The cooldown is derived from the log ("was this
// template sent to this phone within 15 minutes?"), so it needs no table of its own, and
// survives a restart.
Migration threecxIntegration()
{
    return {7,
            QStringLiteral("3CX integrations, their templates and event log"),
            {
                QStringLiteral("CREATE TABLE threecx_integrations ("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " enabled INTEGER NOT NULL DEFAULT 1,"
                               " secret_nonce BLOB NOT NULL,"
                               " secret_ciphertext BLOB NOT NULL,"
                               " secret_generation INTEGER NOT NULL DEFAULT 1,"
                               " allowed_ips TEXT,"
                               " hmac_required INTEGER NOT NULL DEFAULT 0,"
                               " default_instance_id TEXT REFERENCES instances (id) ON DELETE SET NULL,"
                               " endpoint_url TEXT,"
                               " inbound_enabled INTEGER NOT NULL DEFAULT 0,"
                               " outbound_enabled INTEGER NOT NULL DEFAULT 1,"
                               " call_events_enabled INTEGER NOT NULL DEFAULT 1,"
                               " business_name TEXT,"
                               " strict_window INTEGER NOT NULL DEFAULT 1,"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX threecx_integrations_instance"
                               " ON threecx_integrations (default_instance_id)"),
                QStringLiteral("CREATE TABLE threecx_templates ("
                               " integration_id TEXT NOT NULL REFERENCES threecx_integrations (id) ON DELETE CASCADE,"
                               " event_type TEXT NOT NULL,"
                               " body TEXT NOT NULL,"
                               " enabled INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (integration_id, event_type))"),
                // No foreign key on integration_id: calls naming an integration that was
                // removed meanwhile are still logged; remove() deletes an integration's rows.
                QStringLiteral("CREATE TABLE threecx_events ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " integration_id TEXT NOT NULL,"
                               " event_type TEXT NOT NULL,"
                               " phone_masked TEXT,"
                               " phone_hash TEXT,"
                               " action TEXT NOT NULL CHECK (action = 'sent' OR action = 'logged'"
                               "  OR action = 'skipped' OR action = 'refused'),"
                               " http_status INTEGER NOT NULL,"
                               " error TEXT,"
                               " reason TEXT,"
                               " message_id TEXT,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX threecx_events_integration ON threecx_events (integration_id, id)"),
                QStringLiteral("CREATE INDEX threecx_events_cooldown"
                               " ON threecx_events (integration_id, event_type, phone_hash, created_at)"
                               " WHERE action = 'sent'"),
                QStringLiteral("CREATE INDEX threecx_events_created ON threecx_events (created_at)"),
            }};
}

MigrationOutcome failed(QString *error, const QString &message)
{
    qCCritical(lcStorage).noquote() << message;
    if (error)
        *error = message;
    return MigrationOutcome::Failed;
}

MigrationOutcome newer(QString *error, int found, int latest)
{
    const QString message
        = QStringLiteral("database schema version %1 is newer than this program supports (%2); "
                         "upgrade WhatsApp Gateway")
              .arg(found)
              .arg(latest);
    qCCritical(lcStorage).noquote() << message;
    if (error)
        *error = message;
    return MigrationOutcome::NewerSchema;
}

} // namespace

// When each user last signed in to the portal, for the users lists; null: never.
Migration userLastSignIn()
{
    return {8,
            QStringLiteral("users: last sign-in"),
            {QStringLiteral("ALTER TABLE users ADD COLUMN last_sign_in_at INTEGER")}};
}

const QList<Migration> &all()
{
    static const QList<Migration> migrations = {
        initialSchema(),
        guardedSending(),
        changeCounters(),
        eventsAndWebhooks(),
        instanceStateReason(),
        messageStatusCheckWithoutTemporaryTable(),
        threecxIntegration(),
        userLastSignIn(),
    };
    return migrations;
}

int latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

MigrationOutcome run(Database &db, const QList<Migration> &migrations, const Clock &clock,
                     QString *error)
{
    int previous = 0;
    for (const Migration &migration : migrations) {
        if (migration.version <= previous)
            return failed(
                error,
                QStringLiteral("migration list out of order at version %1").arg(migration.version));
        previous = migration.version;
    }
    const int latest = latestVersion(migrations);

    // Decide before writing anything, so a newer file is left exactly as it was.
    int current = db.schemaVersion();
    if (current < 0)
        return failed(error,
                      QStringLiteral("cannot read the schema version of %1").arg(db.filePath()));
    if (current > latest)
        return newer(error, current, latest);
    if (current == latest)
        return MigrationOutcome::UpToDate;

    const Status created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                  " version INTEGER PRIMARY KEY,"
                                                  " description TEXT NOT NULL,"
                                                  " applied_at INTEGER NOT NULL)"));
    if (!created)
        return failed(
            error,
            QStringLiteral("cannot create schema_migrations: %1").arg(created.failure().message));

    bool appliedAny = false;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return failed(error,
                          QStringLiteral("cannot start migration %1: %2")
                              .arg(migration.version)
                              .arg(transaction.status().failure().message));
        // Another process (an admin command starting alongside the gateway) may have
        // migrated meanwhile; holding the write lock makes this read authoritative.
        current = db.schemaVersion();
        if (current < 0)
            return failed(
                error, QStringLiteral("cannot read the schema version of %1").arg(db.filePath()));
        if (current > latest)
            return newer(error, current, latest);
        if (migration.version <= current)
            continue;

        Status status = succeeded();
        for (const QString &statement : migration.statements) {
            status = db.exec(statement);
            if (!status)
                break;
        }
        if (status)
            status = db.exec(QStringLiteral("INSERT INTO schema_migrations"
                                            " (version, description, applied_at)"
                                            " VALUES (?, ?, ?)"),
                             {migration.version, migration.description, toSqlTime(clock.now())});
        if (status && !transaction.commit())
            status = transaction.status();
        if (!status)
            return failed(error,
                          QStringLiteral("migration %1 (%2) failed: %3")
                              .arg(migration.version)
                              .arg(migration.description, status.failure().message));

        qCInfo(lcStorage).noquote() << "database" << db.filePath() << "migrated to version"
                                    << migration.version << "-" << migration.description;
        current = migration.version;
        appliedAny = true;
    }
    return appliedAny ? MigrationOutcome::Migrated : MigrationOutcome::UpToDate;
}

} // namespace wag::Migrations
