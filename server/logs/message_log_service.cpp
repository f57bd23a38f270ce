#include "logs/message_log_service.h"

namespace wag {

MessageLogService::Page MessageLogService::page(const LogPageRequest &request) const
{
    MessageFilter filter;
    filter.instanceId = request.instanceId;
    filter.phone = request.phone;
    filter.from = request.from;
    filter.to = request.to;
    filter.beforeLogId = request.beforeId;
    filter.limit = qMax(1, request.limit);
    const MessageStore::Page stored = m_store.page(filter);
    return Page{stored.records, stored.nextBeforeLogId};
}

bool MessageLogService::matches(const MessageRecord &record, const LogPageRequest &request)
{
    if (!request.instanceId.isEmpty() && record.instanceId != request.instanceId)
        return false;
    if (!request.phone.isEmpty() && record.phone != request.phone)
        return false;
    if (request.from.isValid() && record.createdAt < request.from)
        return false;
    if (request.to.isValid() && record.createdAt >= request.to)
        return false;
    return true;
}

} // namespace wag
