#pragma once

#include "logs/log_page_request.h"
#include "storage/message_store.h"

#include <optional>

namespace wag {

class Database;

// Read side of the message log for the desktop window and the portal: they page through
// it here instead of touching the store. The phone filter is an exact E.164 match (the
// log's index serves it); the send service's signals say when rows appear or change.
class MessageLogService
{
public:
    struct Page
    {
        QList<MessageRecord> records; // newest first
        qint64 nextBeforeId = 0;       // 0: no older rows
    };

    explicit MessageLogService(const Database &db) : m_store(db) { }

    Page page(const LogPageRequest &request) const;
    std::optional<MessageRecord> find(qint64 logId) const { return m_store.findByLogId(logId); }
    // Whether `record` belongs to what `request` selects (ignoring paging): live rows
    // announced by a signal are shown only when they match the view's filter.
    static bool matches(const MessageRecord &record, const LogPageRequest &request);

private:
    MessageStore m_store;
};

} // namespace wag
