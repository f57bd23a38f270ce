#pragma once

#include <QJsonObject>
#include <QString>

namespace wag {

// Limits of the send API's fields (SPEC §5), named once.
inline constexpr int kMaxMessageCharacters = 4096;
inline constexpr int kMaxReferenceLength = 128;
inline constexpr int kMaxIdempotencyKeyLength = 255;

// The fields of POST /api/send-message after the shape check. Purpose is kept as given:
// whether it is missing or refused is the guard's decision, at its place in the order.
struct SendRequest
{
    QString instanceRef; // id or name
    QString phone;       // as the caller wrote it
    QString message;
    QString purpose;     // empty: missing
    QString reference;
};

struct SendRequestParse
{
    SendRequest request;
    QJsonObject fieldErrors; // field → reason; empty when the shape is right
    bool ok() const { return fieldErrors.isEmpty(); }
};

// Checks types, presence and lengths; unknown fields are ignored (SPEC §5).
SendRequestParse parseSendRequest(const QJsonObject &body);

// Length in characters as people count them (Unicode code points, not UTF-16 units).
int characterCount(const QString &text);

} // namespace wag
