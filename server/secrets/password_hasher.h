#pragma once

#include <QString>

namespace wag::passwords {

// Minimum length accepted for a new password; checked by the user service.
inline constexpr int kMinimumLength = 10;

// Argon2id through libsodium's crypto_pwhash_str: salted, slow, self-describing (the
// algorithm and its cost parameters are part of the stored string, so they can be raised
// later without breaking existing hashes). Returns an empty string only if the machine
// cannot allocate the memory the KDF needs.
QString hash(const QString &password);

// Constant-time verification against a string produced by hash().
bool verify(const QString &storedHash, const QString &password);

} // namespace wag::passwords
