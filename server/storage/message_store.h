#pragma once

#include "core/result.h"
#include "messaging/message_status.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

// One outbound attempt: sent, queued, refused by the guard or failed (SPEC §5: every
// attempt lands in the log). Empty strings and null times are stored as SQL NULL.
struct MessageRecord
{
    qint64 logId = 0;
    QString messageId; // "msg_…"; empty for a refused attempt
    QString instanceId; // empty when the instance was unknown (or later deleted)
    std::optional<qint64> apiKeyId; // nullopt when unknown (or the key was later deleted)
    QString apiKeyPrefix;
    QString phone; // E.164, or the raw input when it could not be normalised
    QString text;
    QString purpose;
    QString reference;
    MessageStatus status = MessageStatus::Blocked;
    QString outcome; // error code when refused or failed
    QString rule; // the guard rule that decided
    std::optional<int> riskScore;
    QString externalId; // the provider's id for the sent message
    QString error; // provider or internal detail
    QDateTime dueAt; // when a queued message may go out
    QDateTime createdAt;
    QDateTime updatedAt; // null on insert: same as createdAt
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
};

// What MessageStore::list() returns. Every field is optional; the result is newest first.
struct MessageFilter
{
    QString instanceId;
    QString phone; // exact match
    QDateTime from; // created_at >= from
    QDateTime to; // created_at < to
    std::optional<MessageStatus> status;
    int limit = 100;
    int offset = 0;
    // Keyset paging: only rows with log_id < beforeLogId (0: no bound). Stable while new
    // rows arrive, unlike offset.
    qint64 beforeLogId = 0;
};

// The messages table (the message log). No rules: the send service decides what to log
// and which status changes are allowed (canAdvance()).
class MessageStore
{
public:
    // Longest phone text kept: a normalised number is at most 16 characters; raw input
    // that could not be normalised is cut to this.
    static constexpr int kMaxPhoneLength = 64;

    struct Page
    {
        QList<MessageRecord> records;
        qint64 nextBeforeLogId = 0; // pass as MessageFilter::beforeLogId; 0: no more rows
    };

    explicit MessageStore(const Database &db) : m_db(db) { }

    // Inserts `message` (its logId is ignored); returns the new log_id.
    Result<qint64> insert(const MessageRecord &message);

    // Sets status and updated_at = `at`, and the time column matching the status:
    // sent → sent_at, delivered → delivered_at, read → read_at (and delivered_at if it is
    // still null). Empty externalId/outcome/error leave the stored values unchanged.
    // kStorageNotFound if there is no such row.
    Status updateStatus(qint64 logId, MessageStatus status, const QDateTime &at,
                        const QString &externalId = {}, const QString &outcome = {},
                        const QString &error = {});

    std::optional<MessageRecord> findByLogId(qint64 logId) const;
    std::optional<MessageRecord> findByMessageId(const QString &messageId) const;
    // The newest row of `instanceId` with the provider's id `externalId`.
    std::optional<MessageRecord> findByExternalId(const QString &instanceId,
                                                  const QString &externalId) const;

    // Rows in `status`, oldest due first: by COALESCE(due_at, created_at), then log_id.
    QList<MessageRecord> inStatus(MessageStatus status, int limit = 100000) const;

    // Attempts of `instanceId` that were not blocked with from <= created_at < to.
    // -1 if the database could not be read.
    int countAccepted(const QString &instanceId, const QDateTime &from, const QDateTime &to) const;
    // The last `limit` attempts of `instanceId` that were not blocked, newest first.
    QList<MessageRecord> recentAccepted(const QString &instanceId, int limit) const;

    QList<MessageRecord> list(const MessageFilter &filter) const;
    // list() plus where to continue: reads one row more than filter.limit to know.
    Page page(const MessageFilter &filter) const;

    // Retention: deletes rows with created_at < `before`. Returns how many; -1 on error.
    int purgeOlderThan(const QDateTime &before);

private:
    QList<MessageRecord> select(const QString &tail, const QVariantList &bindings) const;

    const Database &m_db;
};

} // namespace wag
