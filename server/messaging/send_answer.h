#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace wag {

// The send API's answer, independent of HTTP plumbing: what the controller writes, what an
// idempotent replay gives back.
struct SendAnswer
{
    int status = 200;
    QJsonObject body;
    qint64 retryAfterSeconds = 0; // > 0: Retry-After header
    bool replayed = false;        // Idempotent-Replayed: true

    static SendAnswer failure(int status, const QString &error, const QString &message,
                              const QJsonObject &details = {}, qint64 retryAfterSeconds = 0);

    // For storage with an idempotency key, and back.
    QByteArray serialize() const;
    static SendAnswer deserialize(const QByteArray &stored);
};

} // namespace wag
