#pragma once

#include "logs/log_page_request.h"
#include "storage/policy_event_store.h"

namespace wag {

class Database;

// Read side of the guard's decisions (SPEC §5.1) for the front-ends. LogPageRequest::phone
// is not used: decisions are filed by instance, not by contact.
class PolicyEventService
{
public:
    using Page = LogRows<PolicyEventRecord>;

    explicit PolicyEventService(const Database &db) : m_store(db) { }

    Page page(const LogPageRequest &request) const;

private:
    PolicyEventStore m_store;
};

} // namespace wag
