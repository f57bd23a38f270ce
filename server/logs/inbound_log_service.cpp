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
    // One row more than asked tells whether there is another page without a count query.
    filter.limit = qMax(1, request.limit) + 1;
    Page page;
    page.records = m_store.list(filter);
    if (page.records.size() > qMax(1, request.limit)) {
        page.records.removeLast();
        page.nextBeforeId = page.records.last().id;
    }
    return page;
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
