#pragma once

#include <QByteArray>
#include <QString>

namespace wag {

// Initialises libsodium once per process; every other function here calls it, so callers
// never have to remember. Returns false only when the system has no usable entropy source.
bool ensureCryptoReady();

// Cryptographically secure random bytes (libsodium).
QByteArray randomBytes(int count);

// A string of `length` characters from [0-9A-Za-z], each drawn uniformly.
QString randomBase62(int length);

// "prefix_" followed by 20 random base62 characters (~119 bits): instance ids, message ids.
QString makeId(const QString &prefix);

} // namespace wag
