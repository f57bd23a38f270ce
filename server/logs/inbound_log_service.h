#pragma once

#include "logs/log_page_request.h"
#include "storage/inbound_message_store.h"

namespace wag {

class Database;

// Read side of the inbound log (SPEC §6.1) for the front-ends. The phone filter matches
// any part of the sender's number; InboundPipeline::messageRecorded announces new rows.
class InboundLogService
{
public:
    using Page = LogRows<InboundMessageRecord>;

    explicit InboundLogService(const Database &db) : m_store(db) { }

    Page page(const LogPageRequest &request) const;
    static bool matches(const InboundMessageRecord &record, const LogPageRequest &request);

private:
    InboundMessageStore m_store;
};

} // namespace wag
