#include "logs/policy_event_service.h"

namespace wag {

PolicyEventService::Page PolicyEventService::page(const LogPageRequest &request) const
{
    PolicyEventFilter filter;
    filter.instanceId = request.instanceId;
    filter.from = request.from;
    filter.to = request.to;
    filter.beforeId = request.beforeId;
    return readLogPage<PolicyEventRecord>(request.limit, [&](int limit) {
        filter.limit = limit;
        return m_store.list(filter);
    });
}

} // namespace wag
