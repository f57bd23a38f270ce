#include "threecx_request_auth.h"

#include "webhooks/webhook_signature.h"

namespace wag::threecx {

namespace {

// Only the dotted quad: QHostAddress also takes inet_aton's short forms ("10" is 0.0.0.10),
// which an admin writing "10/8" would not mean.
bool setStrictAddress(QHostAddress *address, const QString &text)
{
    if (!address->setAddress(text))
        return false;
    return address->protocol() != QAbstractSocket::IPv4Protocol || text.count(QLatin1Char('.')) == 3;
}

// The entry as an address and prefix length; false for anything else.
bool parseEntry(const QString &entry, QHostAddress *address, int *prefix)
{
    const QString text = entry.trimmed();
    if (text.isEmpty())
        return false;
    if (!text.contains(QLatin1Char('/'))) {
        if (!setStrictAddress(address, text))
            return false;
        *prefix = address->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        return true;
    }
    // QHostAddress::parseSubnet accepts "10/8" and IPv4 netmasks; the allowlist takes only
    // the plain CIDR form admins write and 3CX documents, and checks the prefix length itself.
    const QString base = text.section(QLatin1Char('/'), 0, 0);
    const QString length = text.section(QLatin1Char('/'), 1);
    if (!setStrictAddress(address, base) || length.isEmpty() || length.size() > 3)
        return false;
    bool ok = false;
    const int bits = length.toInt(&ok);
    const int maximum = address->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (!ok || bits < 0 || bits > maximum)
        return false;
    *prefix = bits;
    return true;
}

// Only the IPv4-mapped form (::ffff:a.b.c.d): QHostAddress::toIPv4Address() also converts
// "::" and the deprecated IPv4-compatible form, which would turn an admin's "::/0" into a
// range of IPv4 addresses.
QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress((quint32(bytes[12]) << 24) | (quint32(bytes[13]) << 16) | (quint32(bytes[14]) << 8)
                        | quint32(bytes[15]));
}

} // namespace

bool isValidAllowedIp(const QString &entry)
{
    QHostAddress address;
    int prefix = 0;
    return parseEntry(entry, &address, &prefix);
}

bool isAllowedPeer(const QHostAddress &peer, const QStringList &allowList)
{
    if (allowList.isEmpty())
        return true;
    const QHostAddress from = unmapped(peer);
    for (const QString &entry : allowList) {
        QHostAddress address;
        int prefix = 0;
        if (!parseEntry(entry, &address, &prefix))
            continue;
        const QHostAddress range = unmapped(address);
        if (range.protocol() != from.protocol())
            continue;
        // A mapped entry ("::ffff:10.0.0.0/104") becomes its IPv4 range.
        if (range.protocol() == QAbstractSocket::IPv4Protocol && address.protocol() == QAbstractSocket::IPv6Protocol)
            prefix = qMax(0, prefix - 96);
        if (from.isInSubnet(range, prefix))
            return true;
    }
    return false;
}

SignatureCheck verifySignature(const QString &secret, const QByteArray &timestamp, const QByteArray &signature,
                               const QByteArray &body, const QDateTime &now)
{
    const QByteArray stamp = timestamp.trimmed();
    QByteArray presented = signature.trimmed().toLower();
    if (stamp.isEmpty() || presented.isEmpty())
        return SignatureCheck::Missing;
    bool ok = false;
    const qint64 seconds = stamp.toLongLong(&ok);
    if (!ok || stamp.startsWith('+') || stamp.startsWith('-'))
        return SignatureCheck::BadTimestamp;
    if (qAbs(now.toSecsSinceEpoch() - seconds) > kMaxTimestampSkewSeconds)
        return SignatureCheck::TimestampTooOld;
    if (presented.startsWith("sha256="))
        presented = presented.mid(7);
    const QByteArray expected = hmacSha256(secret.toUtf8(), {stamp, QByteArrayLiteral("."), body}).toHex();
    return constantTimeEquals(expected, presented) ? SignatureCheck::Valid : SignatureCheck::Mismatch;
}

QByteArray signBody(const QString &secret, qint64 unixSeconds, const QByteArray &body)
{
    return "sha256=" + hmacSha256(secret.toUtf8(), {QByteArray::number(unixSeconds), QByteArrayLiteral("."), body}).toHex();
}

const char *signatureCheckName(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid: return "valid";
    case SignatureCheck::Missing: return "signature or timestamp header missing";
    case SignatureCheck::BadTimestamp: return "timestamp is not unix seconds";
    case SignatureCheck::TimestampTooOld: return "timestamp more than 5 minutes away";
    case SignatureCheck::Mismatch: return "signature does not match";
    }
    return "unknown";
}

} // namespace wag::threecx
