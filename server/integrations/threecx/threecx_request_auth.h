#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace wag::threecx {

// The checks a 3CX webhook call passes before anything in it is believed (SPEC §7). Each
// answers why it refused, for the admin's log only: the caller always gets the same 401.

// How far the X-WhatsApp-Gateway-Timestamp may be from the gateway's clock, either way.
inline constexpr qint64 kMaxTimestampSkewSeconds = 5 * 60;

// True when `entry` is an address ("192.0.2.7", "2001:db8::1") or a CIDR range
// ("192.0.2.0/24", "2001:db8::/32") with a prefix length that fits its family.
bool isValidAllowedIp(const QString &entry);

// True for an empty list (no allowlist: any address) or when `peer` is one of the entries
// or inside one of the ranges. An IPv4 peer that arrives as an IPv4-mapped IPv6 address
// ("::ffff:192.0.2.7", a dual-stack listener) is compared as the IPv4 address it is, so an
// admin's "192.0.2.0/24" matches it; entries that are not valid never match.
bool isAllowedPeer(const QHostAddress &peer, const QStringList &allowList);

enum class SignatureCheck {
    Valid,
    Missing,          // no timestamp or no signature header
    BadTimestamp,     // not a whole number of seconds
    TimestampTooOld,  // more than kMaxTimestampSkewSeconds from now, either way
    Mismatch,
};

// Verifies X-WhatsApp-Gateway-Signature: "sha256=<hex>" or bare hex (either case) of
// HMAC-SHA256(key = the integration secret's UTF-8 bytes, message = timestamp + "." + raw
// body), with the timestamp (unix seconds) within kMaxTimestampSkewSeconds of `now`:
// exactly 5 minutes is accepted, one second more is not.
SignatureCheck verifySignature(const QString &secret, const QByteArray &timestamp, const QByteArray &signature,
                               const QByteArray &body, const QDateTime &now);

// What a signing 3CX sends (the fake PBX of the tests signs with this too): "sha256=" +
// lower-case hex.
QByteArray signBody(const QString &secret, qint64 unixSeconds, const QByteArray &body);

const char *signatureCheckName(SignatureCheck check);

} // namespace wag::threecx
