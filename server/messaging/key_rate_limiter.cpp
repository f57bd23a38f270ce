#include "key_rate_limiter.h"

#include <cmath>

namespace wag {

void KeyRateLimiter::setRate(int perMinute)
{
    m_perMinute = perMinute;
    m_buckets.clear();
}

bool KeyRateLimiter::take(qint64 keyId, const QDateTime &now, qint64 *retryAfterMs)
{
    if (m_perMinute <= 0)
        return true;
    const double perMs = double(m_perMinute) / 60000.0;
    Bucket &b = m_buckets[keyId];
    if (!b.updated.isValid()) {
        b.tokens = m_perMinute;
    } else {
        const qint64 elapsed = qMax<qint64>(0, b.updated.msecsTo(now));
        b.tokens = qMin<double>(m_perMinute, b.tokens + double(elapsed) * perMs);
    }
    b.updated = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = qint64(std::ceil((1.0 - b.tokens) / perMs));
    return false;
}

} // namespace wag
