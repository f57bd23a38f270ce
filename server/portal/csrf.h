#pragma once

#include <QByteArray>

namespace wag::portal {

// A fresh anti-forgery token: 32 base62 characters (~190 bits) from libsodium.
QByteArray newCsrfToken();

// Compares in constant time, so the answer's timing does not tell an attacker how many
// leading characters of a guess were right. Empty never matches.
bool csrfTokensMatch(const QByteArray &expected, const QByteArray &given);

} // namespace wag::portal
