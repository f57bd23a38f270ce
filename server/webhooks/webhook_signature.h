#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wag {

// Signing of outgoing webhook deliveries (SPEC §6.4). Two schemes are sent side by side so
// that receivers can use either the hosted product's published verifier or any unmodified
// Standard Webhooks / Svix library:
//
//  - X-WhatsApp-Gateway-Signature: "sha256=" + lower-case hex
//      HMAC-SHA256(key = the whole secret string, "whsec_" included, as UTF-8 bytes,
//                  message = timestamp + "." + raw body)
//  - webhook-signature: "v1," + base64
//      HMAC-SHA256(key = base64-decoded part after "whsec_",
//                  message = id + "." + timestamp + "." + raw body)

// HMAC-SHA256 of the concatenated `parts` under `key` (any length), raw bytes. Also what
// verifies signed calls coming in (the 3CX webhook).
QByteArray hmacSha256(const QByteArray &key, const QList<QByteArray> &parts);

// Compares two secrets or signatures without telling, by its timing, how much matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// "whsec_" followed by the standard (padded) base64 of 32 random bytes.
QString generateWebhookSecret();

// True for "whsec_" + strict standard base64 (no whitespace, no base64url characters) that
// decodes to at least 24 bytes. 24, not 32: secrets issued by Svix and the Standard Webhooks
// reference vector are 24 bytes, and receivers migrating from them must keep working.
bool isValidWebhookSecret(const QString &secret);

struct SignedHeaders
{
    // In the order they should be sent. Names are exactly as SPEC §6.4 spells them.
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Headers for one delivery attempt. `secrets` holds the destination's secret, or during a
// rotation the new secret first and the old one second (more are accepted and all sign).
//
// Rotation: webhook-signature carries one "v1,..." entry per secret, separated by a single
// space, because the Standard Webhooks libraries accept a delivery when ANY entry matches.
// X-WhatsApp-Gateway-Signature has room for only one value (the published verifier compares
// the whole header), so it carries the signature of the FIRST (newest) secret: receivers
// that already switched to the new secret verify at once, and the rotation exists precisely
// so that they switch; receivers still on the old secret can verify webhook-signature.
//
// With no usable secret both signature headers are left out; webhook-id and
// webhook-timestamp are still sent since receivers use them for de-duplication. Secrets
// that isValidWebhookSecret() rejects (an empty string included) are skipped: the
// Standard Webhooks key cannot be derived from them, and signing only one scheme with
// them would make the two headers disagree about which secret is in force.
SignedHeaders signWebhook(const QString &eventId, const QString &eventName, qint64 unixSeconds,
                          const QByteArray &body, const QStringList &secrets);

} // namespace wag
