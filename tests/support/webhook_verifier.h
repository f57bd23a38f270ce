#pragma once

#include <QByteArray>
#include <QList>

namespace wag::test {

// A receiver's side of SPEC §6.4, written from the specification alone (Qt's
// QMessageAuthenticationCode and QByteArray::fromBase64, not the gateway's signing code), so
// that the two can only agree if both follow the text.
//
//  - X-WhatsApp-Gateway-Signature: "sha256=" + lower-case hex of HMAC-SHA256 with the whole
//    secret string as key, over timestamp + "." + body.
//  - webhook-signature: space-separated "v1,<base64>" entries, each HMAC-SHA256 with the
//    base64-decoded part after "whsec_" as key, over id + "." + timestamp + "." + body.
namespace webhook_verifier {

bool gatewaySignatureMatches(const QByteArray &secret, const QByteArray &timestamp,
                             const QByteArray &body, const QByteArray &signatureHeader);

// The "v1,..." entries of a webhook-signature header, in order.
QList<QByteArray> standardSignatureEntries(const QByteArray &signatureHeader);

// True if any entry was made with `secret` (what the Standard Webhooks libraries accept).
bool standardSignatureMatches(const QByteArray &secret, const QByteArray &id,
                              const QByteArray &timestamp, const QByteArray &body,
                              const QByteArray &signatureHeader);

} // namespace webhook_verifier
} // namespace wag::test
