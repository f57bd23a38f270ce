#pragma once

#include <QDateTime>
#include <QHash>

namespace wag {

// A token bucket per API key: up to `perMinute` requests in any minute, refilled smoothly,
// with a burst of the same size. Protects the gateway (and the instance's pacing queue)
// from a runaway integration. perMinute 0 turns it off.
class KeyRateLimiter
{
public:
    explicit KeyRateLimiter(int perMinute = 600) : m_perMinute(perMinute) {}
    void setRate(int perMinute);

    // True if the request may go ahead (and takes a token); otherwise *retryAfterMs says
    // when the next token is there.
    bool take(qint64 keyId, const QDateTime &now, qint64 *retryAfterMs);

private:
    struct Bucket
    {
        double tokens = 0;
        QDateTime updated;
    };
    int m_perMinute;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace wag
