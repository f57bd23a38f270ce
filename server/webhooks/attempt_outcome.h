#pragma once

#include <QString>

namespace wag {

struct WebhookHttpResponse;

// What one delivery attempt's answer means (SPEC §6.4), apart from when to try again.
enum class AttemptVerdict {
    Delivered, // 2xx
    Failed,    // anything else: tried again per the retry schedule
    Gone,      // 410: the receiver says the endpoint is gone for good; the destination is
               // disabled and this delivery failed, rather than knocking for 28 hours
};

struct AttemptOutcome
{
    AttemptVerdict verdict = AttemptVerdict::Failed;
    // For the delivery log: empty for a plain HTTP status (the status code says it all),
    // "redirect_not_followed (Location: …)" for 3xx, "gone" for 410, and for no answer the
    // client's code with its sentence ("timeout: …", "connect_failed: …").
    QString error;
    // 429 and 503 are the statuses whose Retry-After the schedule honours.
    bool honoursRetryAfter = false;
};

AttemptOutcome judgeAttempt(const WebhookHttpResponse &response);

} // namespace wag
