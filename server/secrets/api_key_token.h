#pragma once

#include <QByteArray>
#include <QString>

namespace wag::apikeys {

// Keys look like "wg_live_" + 40 base62 characters (~238 bits). Only their SHA-256 is
// stored; the first characters are kept in clear as a "prefix" so people can tell keys
// apart in lists and logs without the key being recoverable.
inline constexpr char kKeyScheme[] = "wg_live_";
inline constexpr int kRandomLength = 40;
inline constexpr int kPrefixLength = 16; // "wg_live_" + 8 random characters

struct GeneratedKey
{
    QString plaintext; // shown to the user once, never stored
    QString prefix;
    QByteArray hash; // lower-case hex SHA-256 of the plaintext
};

GeneratedKey generate();

// SHA-256 is the right tool here (unlike passwords): the key has enough entropy that a
// slow KDF adds nothing, and every API request must verify it cheaply.
QByteArray hashKey(const QString &plaintext);

QString prefixOf(const QString &plaintext);

// Shape check before any lookup: scheme, length and alphabet.
bool isWellFormed(const QString &plaintext);

} // namespace wag::apikeys
