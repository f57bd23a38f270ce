#include "webhooks/attempt_outcome.h"

#include "webhooks/webhook_http_client.h"

namespace wag {

namespace {

constexpr int kMaxLocationInLog = 200;

} // namespace

AttemptOutcome judgeAttempt(const WebhookHttpResponse &response)
{
    AttemptOutcome outcome;
    if (!response.isAnswer()) {
        outcome.error = response.errorMessage.isEmpty()
            ? response.error
            : response.error + QStringLiteral(": ") + response.errorMessage;
        return outcome;
    }
    const int status = response.statusCode;
    if (status >= 200 && status < 300) {
        outcome.verdict = AttemptVerdict::Delivered;
    } else if (status >= 300 && status < 400) {
        // Never followed: the destination rules were checked for this URL, not for wherever
        // a redirect points, and a signed body must not be replayed to a third party.
        outcome.error = QStringLiteral("redirect_not_followed");
        if (!response.location.isEmpty())
            outcome.error += QStringLiteral(" (Location: %1)")
                                 .arg(QString::fromLatin1(response.location.left(kMaxLocationInLog)));
    } else if (status == 410) {
        outcome.verdict = AttemptVerdict::Gone;
        outcome.error = QStringLiteral("gone");
    } else {
        outcome.honoursRetryAfter = status == 429 || status == 503;
    }
    return outcome;
}

} // namespace wag
