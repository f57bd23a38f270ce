#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace wag {

// A secret as it is stored (SecretStore keeps exactly these two blobs per name).
struct SealedSecret
{
    QByteArray nonce;      // 24 random bytes, new for every seal
    QByteArray ciphertext; // the encrypted value followed by its 16-byte Poly1305 tag
};

// Authenticated encryption of stored secrets: XChaCha20-Poly1305 (IETF) from libsodium
// under the 32-byte data key. The secret's name is the associated data, so a ciphertext
// copied to another name (say, from the provider key to a webhook secret) fails to open
// instead of quietly yielding the wrong secret. XChaCha's 192-bit nonces are safe to draw
// at random for as many seals as this product will ever make.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 24;
    static constexpr int kTagBytes = 16;

    // A key of any other length than kKeyBytes is a programming error: the box is then
    // invalid, seal() returns an empty SealedSecret and open() nothing. `dataKey` is wiped
    // if this call holds its only reference (pass it with std::move to get that).
    explicit SecretBox(QByteArray dataKey);
    SecretBox(const SecretBox &other);
    SecretBox &operator=(const SecretBox &other);
    ~SecretBox();

    bool isValid() const { return m_valid; }

    SealedSecret seal(const QString &name, const QByteArray &plaintext) const;

    // nullopt when the ciphertext, nonce or name do not match (tampering, wrong key, or a
    // blob stored under another name); never a partly decrypted value.
    std::optional<QByteArray> open(const QString &name, const SealedSecret &sealed) const;

private:
    // Kept in a plain array, not a QByteArray: QByteArray copies share one buffer, and
    // wiping a shared buffer in one destructor would destroy the key of the other copies.
    std::array<unsigned char, kKeyBytes> m_key{};
    bool m_valid = false;
};

} // namespace wag
