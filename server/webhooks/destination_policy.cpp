#include "webhooks/destination_policy.h"

#include <array>
#include <initializer_list>
#include <optional>

namespace wag {

namespace {

struct Ipv4Range
{
    quint32 network;
    int prefixLength;
};

constexpr quint32 ipv4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

constexpr bool inRange(quint32 address, Ipv4Range range)
{
    const quint32 mask = range.prefixLength == 0 ? 0u : ~0u << (32 - range.prefixLength);
    return (address & mask) == (range.network & mask);
}

// Single addresses of the metadata services. They sit inside ranges that are otherwise
// treated differently (100.100.100.200 is in the CGNAT range, 168.63.129.16 is public), so
// they are looked at first.
constexpr std::array kIpv4Metadata = {
    ipv4(169, 254, 169, 254), // AWS, GCP, Azure IMDS, OpenStack, DigitalOcean, ...
    ipv4(100, 100, 100, 200), // Alibaba Cloud
    ipv4(168, 63, 129, 16),   // Azure WireServer (hands out the VM's certificates)
};

constexpr std::array kIpv4Private = {
    Ipv4Range{ipv4(10, 0, 0, 0), 8},
    Ipv4Range{ipv4(172, 16, 0, 0), 12},
    Ipv4Range{ipv4(192, 168, 0, 0), 16},
    Ipv4Range{ipv4(100, 64, 0, 0), 10}, // carrier-grade NAT: not the public internet
};

// Ranges no real webhook receiver lives in; refusing them closes odd paths (IETF protocol
// assignments, 6to4 relays, benchmark nets) for no cost.
constexpr std::array kIpv4Reserved = {
    Ipv4Range{ipv4(0, 0, 0, 0), 8}, // "this network"; 0.0.0.0 itself is Unspecified
    Ipv4Range{ipv4(192, 0, 0, 0), 24},
    Ipv4Range{ipv4(192, 0, 2, 0), 24},
    Ipv4Range{ipv4(192, 88, 99, 0), 24}, // deprecated 6to4 relay anycast
    Ipv4Range{ipv4(198, 18, 0, 0), 15},
    Ipv4Range{ipv4(198, 51, 100, 0), 24},
    Ipv4Range{ipv4(203, 0, 113, 0), 24},
    Ipv4Range{ipv4(240, 0, 0, 0), 4}, // includes 255.255.255.255
};

AddressClass classifyIpv4(quint32 address)
{
    if (address == 0)
        return AddressClass::Unspecified;
    if (inRange(address, {ipv4(127, 0, 0, 0), 8}))
        return AddressClass::Loopback;
    for (const quint32 metadata : kIpv4Metadata) {
        if (address == metadata)
            return AddressClass::CloudMetadata;
    }
    if (inRange(address, {ipv4(169, 254, 0, 0), 16}))
        return AddressClass::LinkLocal;
    for (const Ipv4Range &range : kIpv4Private) {
        if (inRange(address, range))
            return AddressClass::Private;
    }
    if (inRange(address, {ipv4(224, 0, 0, 0), 4}))
        return AddressClass::Multicast;
    for (const Ipv4Range &range : kIpv4Reserved) {
        if (inRange(address, range))
            return AddressClass::Reserved;
    }
    return AddressClass::Public;
}

quint32 ipv4At(const Q_IPV6ADDR &address, int offset)
{
    return (quint32(address[offset]) << 24) | (quint32(address[offset + 1]) << 16)
         | (quint32(address[offset + 2]) << 8) | quint32(address[offset + 3]);
}

bool startsWith(const Q_IPV6ADDR &address, std::initializer_list<quint8> prefix)
{
    int i = 0;
    for (const quint8 byte : prefix) {
        if (address[i++] != byte)
            return false;
    }
    return true;
}

// The IPv4 address an IPv6 address delivers to, for the forms where the mapping is fixed.
std::optional<quint32> embeddedIpv4(const Q_IPV6ADDR &address)
{
    // ::ffff:a.b.c.d (mapped) — how dual-stack sockets show IPv4 peers.
    if (startsWith(address, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}))
        return ipv4At(address, 12);
    // ::ffff:0:a.b.c.d (SIIT translated, RFC 2765).
    if (startsWith(address, {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0}))
        return ipv4At(address, 12);
    // ::a.b.c.d (deprecated compatible form); :: and ::1 are the IPv6 addresses themselves.
    if (startsWith(address, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) && ipv4At(address, 12) > 1)
        return ipv4At(address, 12);
    // 64:ff9b::/96, the well-known NAT64 prefix: the translator connects to the IPv4 inside.
    if (startsWith(address, {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}))
        return ipv4At(address, 12);
    // 2002:AABB:CCDD::/48, 6to4: the relay delivers to AA.BB.CC.DD.
    if (startsWith(address, {0x20, 0x02}))
        return ipv4At(address, 2);
    return std::nullopt;
}

AddressClass classifyIpv6(const Q_IPV6ADDR &address)
{
    if (const std::optional<quint32> inner = embeddedIpv4(address))
        return classifyIpv4(*inner);

    bool allZeroButLast = true;
    for (int i = 0; i < 15; ++i)
        allZeroButLast = allZeroButLast && address[i] == 0;
    if (allZeroButLast && address[15] == 0)
        return AddressClass::Unspecified;
    if (allZeroButLast && address[15] == 1)
        return AddressClass::Loopback;

    // fd00:ec2::254, the AWS metadata service over IPv6; inside fc00::/7, so checked first.
    static const Q_IPV6ADDR awsMetadata = {
        {0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54}};
    bool isAwsMetadata = true;
    for (int i = 0; i < 16; ++i)
        isAwsMetadata = isAwsMetadata && address[i] == awsMetadata[i];
    if (isAwsMetadata)
        return AddressClass::CloudMetadata;

    if (address[0] == 0xfe && (address[1] & 0xc0) == 0x80) // fe80::/10
        return AddressClass::LinkLocal;
    if ((address[0] & 0xfe) == 0xfc) // fc00::/7, unique local
        return AddressClass::Private;
    if (address[0] == 0xff)
        return AddressClass::Multicast;
    // 2001:db8::/32 documentation and 3fff::/20 (RFC 9637) documentation.
    if (startsWith(address, {0x20, 0x01, 0x0d, 0xb8}) || (address[0] == 0x3f && address[1] == 0xff
                                                          && (address[2] & 0xf0) == 0))
        return AddressClass::Reserved;
    // 2001::/23 is IETF protocol assignments: Teredo (2001::/32, whose IPv4 is obfuscated),
    // ORCHID, benchmarking (2001:2::/48) and the like. Nothing a webhook receiver needs.
    if (address[0] == 0x20 && address[1] == 0x01 && (address[2] & 0xfe) == 0)
        return AddressClass::Reserved;
    // 64:ff9b:1::/48 local-use NAT64: where the IPv4 sits depends on a prefix length we do
    // not know, so it cannot be checked and is refused.
    if (startsWith(address, {0, 0x64, 0xff, 0x9b, 0, 0x01}))
        return AddressClass::Reserved;
    // Only 2000::/3 is allocated as global unicast; the rest (100::/64 discard, fec0::/10
    // deprecated site-local, unassigned space) is not somewhere to deliver to.
    if ((address[0] & 0xe0) != 0x20)
        return AddressClass::Reserved;
    return AddressClass::Public;
}

QString describe(const QHostAddress &address)
{
    QString text = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        // Name the IPv4 address inside so the admin sees why an IPv6 literal was refused.
        if (const std::optional<quint32> inner = embeddedIpv4(address.toIPv6Address()))
            text += QStringLiteral(" (which carries %1)").arg(QHostAddress(*inner).toString());
    }
    return text;
}

UrlVerdict allow()
{
    return {true, QString()};
}

UrlVerdict refuse(const QString &reason)
{
    return {false, reason};
}

bool isLocalhostName(const QString &host)
{
    // QUrl lower-cases host names; a trailing dot is the same name, fully qualified.
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"));
}

} // namespace

AddressClass classifyAddress(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return classifyIpv4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol:
        return classifyIpv6(address.toIPv6Address());
    default:
        // Null addresses and QHostAddress::Any: there is no single destination.
        return AddressClass::Unspecified;
    }
}

UrlVerdict checkResolvedAddress(const QHostAddress &address, bool https,
                                const DestinationPolicy &policy)
{
    const QString who = describe(address);
    switch (classifyAddress(address)) {
    case AddressClass::Loopback:
        if (!policy.allowLoopback)
            return refuse(QStringLiteral("%1 is a loopback address (this machine); webhooks may "
                                         "not target it unless --allow-loopback-webhooks or the "
                                         "matching admin setting is on")
                              .arg(who));
        return allow();
    case AddressClass::LinkLocal:
        return refuse(
            QStringLiteral("%1 is a link-local address; webhooks may not target it").arg(who));
    case AddressClass::CloudMetadata:
        return refuse(
            QStringLiteral("%1 is a cloud metadata address; webhooks may not target it").arg(who));
    case AddressClass::Unspecified:
        return refuse(QStringLiteral("%1 is an unspecified address, not a destination; webhooks "
                                     "may not target it")
                          .arg(who.isEmpty() ? QStringLiteral("an empty address") : who));
    case AddressClass::Multicast:
        return refuse(
            QStringLiteral("%1 is a multicast address; webhooks may not target it").arg(who));
    case AddressClass::Reserved:
        return refuse(QStringLiteral("%1 is in a reserved, benchmark or documentation range; "
                                     "webhooks may not target it")
                          .arg(who));
    case AddressClass::Private:
        if (!policy.allowPrivateNetworks)
            return refuse(QStringLiteral("%1 is a private network address and private network "
                                         "destinations are turned off; webhooks may not target it")
                              .arg(who));
        return allow();
    case AddressClass::Public:
        if (!https)
            return refuse(QStringLiteral("%1 is a public address; plain http is allowed only to "
                                         "private network and loopback addresses, use https")
                              .arg(who));
        return allow();
    }
    return refuse(QStringLiteral("%1 could not be classified; webhooks may not target it").arg(who));
}

UrlVerdict checkDestinationUrl(const QUrl &url, const DestinationPolicy &policy)
{
    // The URL itself is never quoted back: it may carry a password or a token.
    if (url.isEmpty())
        return refuse(QStringLiteral("the webhook URL is empty"));
    if (!url.isValid())
        return refuse(QStringLiteral("the webhook URL is not a valid URL (check the host and "
                                     "that the port is between 1 and 65535)"));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return refuse(QStringLiteral("the webhook URL must start with http:// or https://"));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(QStringLiteral("only http and https URLs are allowed, not \"%1\"").arg(scheme));
    if (!url.userInfo().isEmpty())
        return refuse(QStringLiteral("the webhook URL may not contain a user name or password; "
                                     "receivers authenticate with the signing secret"));
    const QString host = url.host();
    if (host.isEmpty())
        return refuse(QStringLiteral("the webhook URL has no host"));
    // port() is -1 when absent; QUrl itself makes ports above 65535 invalid, but accepts 0,
    // which no server listens on.
    if (url.port() == 0)
        return refuse(QStringLiteral("port 0 is not usable; the port must be between 1 and 65535"));

    const bool https = scheme == QLatin1String("https");
    QHostAddress literal;
    if (literal.setAddress(host))
        return checkResolvedAddress(literal, https, policy);
    if (isLocalhostName(host) && !policy.allowLoopback)
        return refuse(QStringLiteral("%1 always means this machine (loopback); webhooks may not "
                                     "target it unless --allow-loopback-webhooks or the matching "
                                     "admin setting is on")
                          .arg(host));
    return allow();
}

} // namespace wag
