#include "logs/policy_event_service.h"

namespace wag {

PolicyEventService::Page PolicyEventService::page(const LogPageRequest &request) const
{
    PolicyEventFilter filter;
    filter.instanceId = request.instanceId;
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

} // namespace wag
