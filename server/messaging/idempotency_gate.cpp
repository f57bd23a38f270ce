#include "idempotency_gate.h"

#include "core/clock.h"
#include "storage/idempotency_store.h"
#include "storage/message_store.h"

#include <QCryptographicHash>

namespace wag {

IdempotencyGate::IdempotencyGate(const Clock &clock, const IdempotencyStore &store,
                                 const MessageStore &messages)
    : m_clock(clock), m_store(store), m_messages(messages)
{
}

QByteArray IdempotencyGate::hashBody(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QString IdempotencyGate::flightKey(qint64 apiKeyId, const QString &key)
{
    return QString::number(apiKeyId) + QLatin1Char(':') + key;
}

IdempotencyGate::Check IdempotencyGate::check(qint64 apiKeyId, const QString &key,
                                              const QByteArray &requestHash)
{
    Check c;
    if (m_inFlight.contains(flightKey(apiKeyId, key))) {
        c.verdict = Verdict::InFlight;
        c.answer = SendAnswer::failure(409, QStringLiteral("idempotency_key_in_flight"),
                                       QStringLiteral("A request with this Idempotency-Key is still being answered."));
        return c;
    }
    const std::optional<IdempotencyRecord> stored = m_store.find(apiKeyId, key);
    if (stored && stored->createdAt.msecsTo(m_clock.now()) >= kRetentionMs) {
        c.expiredRowPresent = true;
    } else if (stored) {
        if (stored->requestHash != requestHash) {
            c.verdict = Verdict::Reused;
            c.answer = SendAnswer::failure(422, QStringLiteral("idempotency_key_reused"),
                                           QStringLiteral("This Idempotency-Key was used with a different request body."));
            return c;
        }
        c.verdict = Verdict::Replay;
        if (stored->hasResponse())
            c.answer = SendAnswer::deserialize(stored->responseBody);
        else
            c.answer = answerFromLog(stored->logId.value_or(0));
        c.answer.replayed = true;
        return c;
    }
    m_inFlight.insert(flightKey(apiKeyId, key));
    return c;
}

void IdempotencyGate::finish(qint64 apiKeyId, const QString &key)
{
    m_inFlight.remove(flightKey(apiKeyId, key));
}

// The first request was accepted but the gateway stopped before its answer was stored
// (kill -9 between the provider call and the final commit). The message log says what
// became of it, and that is the answer.
SendAnswer IdempotencyGate::answerFromLog(qint64 logId) const
{
    const std::optional<MessageRecord> m = m_messages.findByLogId(logId);
    if (!m)
        return SendAnswer::failure(409, QStringLiteral("idempotency_key_in_flight"),
                                   QStringLiteral("The first request with this Idempotency-Key did not finish; retry shortly."));
    if (m->status == MessageStatus::Failed || m->status == MessageStatus::Blocked)
        return SendAnswer::failure(502, QStringLiteral("gateway_send_failed"),
                                   QStringLiteral("The message was not sent."),
                                   QJsonObject{{QStringLiteral("reason"), m->error.isEmpty() ? m->outcome : m->error},
                                               {QStringLiteral("log_id"), m->logId}});
    SendAnswer a;
    a.body = QJsonObject{{QStringLiteral("success"), true},
                         {QStringLiteral("status"), m->status == MessageStatus::Queued ? QStringLiteral("queued") : QStringLiteral("sent")},
                         {QStringLiteral("message_id"), m->messageId},
                         {QStringLiteral("log_id"), m->logId}};
    return a;
}

} // namespace wag
