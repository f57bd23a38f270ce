#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace wag {

// Where a webhook may be delivered (SPEC 6.4, "Destination safety"). A webhook URL is typed
// by an admin but the request is made by the gateway, from inside the customer's network,
// so without these rules a destination could be used to reach the machine itself, the
// cloud provider's metadata service (and its credentials) or other internal endpoints.
struct DestinationPolicy
{
    // --allow-loopback-webhooks or the matching admin setting; off because a loopback
    // destination reaches the gateway's own admin endpoints.
    bool allowLoopback = false;
    // On-premise CRMs live on the LAN, so private ranges are allowed unless the admin
    // turns them off.
    bool allowPrivateNetworks = true;
};

enum class AddressClass {
    Loopback,      // 127.0.0.0/8, ::1
    LinkLocal,     // 169.254.0.0/16, fe80::/10
    CloudMetadata, // 169.254.169.254, fd00:ec2::254, 100.100.100.200, 168.63.129.16
    Private,       // 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7
    Public,        // everything routable that is not one of the others
    Unspecified,   // 0.0.0.0, ::, and a null address
    Multicast,     // 224/4, ff00::/8
    Reserved,      // reserved, benchmark, documentation and tunnel ranges
};

// Classifies an IPv4 or IPv6 address. IPv6 forms that carry an IPv4 address (mapped
// ::ffff:a.b.c.d, translated ::ffff:0:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96
// and 6to4 2002::/16) are classified by that IPv4 address, because the packet ends up there.
AddressClass classifyAddress(const QHostAddress &address);

struct UrlVerdict
{
    bool allowed = false;
    QString reason; // one sentence for the admin naming the rule; empty when allowed
};

// The save-time check of a destination URL: http or https, a host, no user info, a port in
// 1-65535, and the address rule when the host is an IP literal. Host names pass (they are
// checked again, resolved, at connect time), except "localhost" and *.localhost, which
// always mean loopback (RFC 6761).
UrlVerdict checkDestinationUrl(const QUrl &url, const DestinationPolicy &policy);

// The connect-time check, applied to the address the host name actually resolved to so
// that a name re-pointed after saving (DNS rebinding) cannot reach a refused address.
// `https` says whether the request will be TLS: plain http may only go to private and
// (allowed) loopback addresses, since on the public internet it would expose the payload
// and the signature to anyone on the path.
UrlVerdict checkResolvedAddress(const QHostAddress &address, bool https,
                                const DestinationPolicy &policy);

} // namespace wag
