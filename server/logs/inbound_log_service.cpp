#include "logs/inbound_log_service.h"

namespace wag {

InboundLogService::Page InboundLogService::page(const LogPageRequest &request) const
{
    InboundMessageFilter filter;
    filter.instanceId = request.instanceId;
    filter.phone = request.phone;
    filter.from = request.from;
    filter.to = request.to;
    filter.beforeId = request.beforeId;
    return readLogPage<InboundMessageRecord>(request.limit, [&](int limit) {
        filter.limit = limit;
        return m_store.list(filter);
    });
}

bool InboundLogService::matches(const InboundMessageRecord &record, const LogPageRequest &request)
{
    if (!request.instanceId.isEmpty() && record.instanceId != request.instanceId)
        return false;
    if (!request.phone.isEmpty() && !record.fromPhone.contains(request.phone))
        return false;
    if (request.from.isValid() && record.createdAt < request.from)
        return false;
    if (request.to.isValid() && record.createdAt >= request.to)
        return false;
    return true;
}

} // namespace wag
