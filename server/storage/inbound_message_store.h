#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wag {

class Database;

struct InboundMessageRecord
{
    qint64 id = 0;
    QString instanceId;
    QString externalId; // the provider's message id: the de-duplication key
    QString fromPhone;  // E.164
    QString fromName;
    QString text;
    QString messageType;
    QString groupId;
    QString groupName;
    QString optOutKeyword; // the keyword that acted on this message, if any
    QDateTime createdAt;
};

struct InboundMessageFilter
{
    QString instanceId;
    QString phone; // substring of from_phone
    QDateTime from;
    QDateTime to;
    qint64 beforeId = 0; // paging: rows older than this id
    int limit = 100;
};

// The inbound log (SPEC §6.1).
class InboundMessageStore
{
public:
    explicit InboundMessageStore(const Database &db) : m_db(db) { }

    // Records the message unless one with the same (instance, external id) is there: the
    // first delivery of a provider event wins, repeats answer false.
    Result<bool> insertIfNew(InboundMessageRecord &record);
    Status setOptOutKeyword(qint64 id, const QString &keyword);
    QList<InboundMessageRecord> list(const InboundMessageFilter &filter) const;
    int purgeOlderThan(const QDateTime &before);

private:
    const Database &m_db;
};

struct ConversationRecord
{
    QString instanceId;
    QString phone;
    QDateTime openedAt;
    QDateTime lastInboundAt;
    QDateTime closedAt; // invalid while open
};

// Conversation windows per (instance, contact): open from an inbound message until
// `window` after the last one.
class ConversationStore
{
public:
    explicit ConversationStore(const Database &db) : m_db(db) { }

    // Records an inbound message at `at`. Returns the conversation, newly opened when there
    // was none or the last one had expired (closed, or last inbound at or before at - window).
    struct Touch
    {
        ConversationRecord conversation;
        bool opened = false;
    };
    Result<Touch> touch(const QString &instanceId, const QString &phone, const QDateTime &at,
                        qint64 windowMs);
    // Closes the open conversations whose window ended at or before `now` and returns them.
    Result<QList<ConversationRecord>> closeExpired(const QDateTime &now, qint64 windowMs, int limit);
    // Every contact that ever wrote in, most recent first, at most `limit`.
    QList<ConversationRecord> list(int limit) const;
    // When the next open conversation expires; invalid if none is open.
    QDateTime nextExpiry(qint64 windowMs) const;
    // The contact's conversation on the instance, if the contact ever wrote in.
    std::optional<ConversationRecord> find(const QString &instanceId, const QString &phone) const;

private:
    const Database &m_db;
};

// Provider events other than messages that must count once (calls, group changes).
class SeenProviderEventStore
{
public:
    explicit SeenProviderEventStore(const Database &db) : m_db(db) { }
    // True the first time (instance, kind, id) is seen.
    Result<bool> markSeen(const QString &instanceId, const QString &kind, const QString &externalId,
                          const QDateTime &at);
    int purgeOlderThan(const QDateTime &before);

private:
    const Database &m_db;
};

} // namespace wag
