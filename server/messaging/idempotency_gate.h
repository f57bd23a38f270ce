#pragma once

#include "send_answer.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace wag {

class Clock;
class IdempotencyStore;
class MessageStore;

// Idempotency-Key semantics of SPEC §5: the same key with the same body within 24 hours
// replays the stored answer; with a different body it is refused (422); while the first
// request is still being answered, a duplicate gets 409. Keys are per API key.
class IdempotencyGate
{
public:
    static constexpr qint64 kRetentionMs = 24LL * 3600 * 1000;

    IdempotencyGate(const Clock &clock, const IdempotencyStore &store, const MessageStore &messages);

    enum class Verdict { Proceed, Replay, Reused, InFlight };
    struct Check
    {
        Verdict verdict = Verdict::Proceed;
        SendAnswer answer; // for Replay, Reused and InFlight
        bool expiredRowPresent = false; // Proceed over a row older than 24 h: replace it
    };

    static QByteArray hashBody(const QByteArray &body);

    // Proceed marks the key in flight until finish().
    Check check(qint64 apiKeyId, const QString &key, const QByteArray &requestHash);
    void finish(qint64 apiKeyId, const QString &key);

private:
    static QString flightKey(qint64 apiKeyId, const QString &key);
    SendAnswer answerFromLog(qint64 logId) const;

    const Clock &m_clock;
    const IdempotencyStore &m_store;
    const MessageStore &m_messages;
    QSet<QString> m_inFlight;
};

} // namespace wag
