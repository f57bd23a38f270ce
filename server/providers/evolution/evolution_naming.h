#pragma once

#include <QString>

namespace wag::evolution {

// Names of the gateway's instances on an Evolution server, and how the gateway finds its
// way back from a name to its own instance.
//
// One Evolution server may serve several gateways (and people's own instances), and a
// name there is global. So the name is built from two parts, neither of which a person
// chose:
//   "wag-" + gateway tag (8 hex digits, random, generated once per data dir and stored in
//   the settings table as evolution_gateway_tag) + "-" + the first 16 hex digits of the
//   SHA-256 of the gateway's instance id ("inst_…").
// e.g. "wag-1f0c9a3e-7d2b4c1e09a8f655". Stable across restarts and backups restored on
// another machine (the tag travels in the database); two gateways with different tags never
// collide; and the instance's own name may be reused after a delete without meeting the old
// session on Evolution, since the id is new. Ids are hashed rather than copied because they
// are case-sensitive base62 and Evolution's manager lists names case-insensitively.
QString instanceName(const QString &gatewayTag, const QString &instanceId);

// True for a name this scheme makes for `gatewayTag` (other gateways' instances and
// people's own are left alone by reconciliation).
bool isOwnInstanceName(const QString &gatewayTag, const QString &name);

// A fresh tag: 8 lower-case hex digits from the system's secure random source.
QString newGatewayTag();
bool isValidGatewayTag(const QString &tag);

// The path of the gateway's callback for one instance, under its public URL.
inline constexpr char kCallbackPathPrefix[] = "/internal/evolution/";
// The header Evolution sends back to the gateway on every callback (set in the instance's
// webhook config); its value is the instance's callback secret.
inline constexpr char kCallbackSecretHeader[] = "X-Gateway-Callback-Secret";

} // namespace wag::evolution
