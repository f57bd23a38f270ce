#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace wag {

// When a failed webhook delivery is tried again (SPEC §6.4): about 5 s, 5 min, 30 min, 2 h,
// 5 h, 10 h and 10 h after each failure, then it is marked failed. So at most 8 attempts
// spread over about 28 hours: long enough to ride out a CRM's weekend maintenance window
// on the short end and a day-long outage on the long one, without holding a dead
// destination's backlog forever.
//
// Jitter: each delay is drawn uniformly within ±kJitterFraction of its nominal value, so
// that the deliveries that failed together during one outage (often hundreds) do not all
// come back in the same second and knock the receiver over again as it recovers.
//
// Retry-After (429, 503): the next attempt is made after the LONGER of the schedule's delay
// and the receiver's Retry-After (capped at kMaxRetryAfterMs). Never earlier than the
// receiver asked, because that is what the header is for. But not earlier than the
// schedule either: a receiver that keeps answering "Retry-After: 1" would otherwise burn
// all 8 attempts in seconds and get the delivery marked failed during a short overload
// that the schedule would have ridden out. The cap keeps a receiver from parking a
// delivery for days (an HTTP-date far ahead, a bogus value) while it still counts as
// pending; it equals the schedule's longest step, so it never pushes beyond what the
// schedule itself would do late in the series.
class RetrySchedule
{
public:
    static constexpr int kMaxAttempts = 8;
    static constexpr double kJitterFraction = 0.2;
    static constexpr qint64 kMaxRetryAfterMs = 10LL * 60 * 60 * 1000;

    // Uniform in [0, 1). Injected so tests decide the jitter.
    using RandomSource = std::function<double()>;

    // Default: QRandomGenerator::global().
    RetrySchedule();
    explicit RetrySchedule(RandomSource random);

    // The schedule's delay after the `attempts`-th failed attempt (1 for the first),
    // without jitter; nullopt when that was the last attempt allowed.
    static std::optional<qint64> nominalDelayMs(int attempts);

    // When to try again after the `attempts`-th attempt failed at `failedAt`; nullopt: give
    // up, the delivery is failed. `retryAfterMs` is the receiver's parsed Retry-After, if
    // any (see parseRetryAfter); it does not grant attempts beyond kMaxAttempts.
    std::optional<QDateTime> nextAttemptAt(int attempts, const QDateTime &failedAt,
                                           std::optional<qint64> retryAfterMs = std::nullopt) const;

    // A Retry-After header value as milliseconds from `now`: delta-seconds ("120") or an
    // HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"; a date in the past means 0). Capped at
    // kMaxRetryAfterMs. nullopt for anything else (empty, negative, garbage).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    RandomSource m_random;
};

} // namespace wag
