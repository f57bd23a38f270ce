#include "secret_box.h"

#include "core/logging.h"
#include "core/random.h"

#include <sodium.h>

#include <cstring>

namespace wag {

static_assert(SecretBox::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(SecretBox::kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(SecretBox::kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

SecretBox::SecretBox(QByteArray dataKey)
{
    if (dataKey.size() == kKeyBytes && ensureCryptoReady()) {
        std::memcpy(m_key.data(), dataKey.constData(), m_key.size());
        m_valid = true;
    } else {
        qCCritical(lcSecrets) << "SecretBox given a data key of" << dataKey.size()
                              << "bytes instead of" << kKeyBytes << "(or libsodium unusable)";
    }
    // Only wipe a buffer nobody else looks at: a shared one is the caller's key too.
    if (dataKey.isDetached() && !dataKey.isEmpty())
        sodium_memzero(dataKey.data(), size_t(dataKey.size()));
}

SecretBox::SecretBox(const SecretBox &other) = default;
SecretBox &SecretBox::operator=(const SecretBox &other) = default;

SecretBox::~SecretBox()
{
    sodium_memzero(m_key.data(), m_key.size());
}

SealedSecret SecretBox::seal(const QString &name, const QByteArray &plaintext) const
{
    if (!m_valid)
        return {};
    const QByteArray associated = name.toUtf8();
    SealedSecret sealed;
    sealed.nonce = randomBytes(kNonceBytes);
    sealed.ciphertext.resize(plaintext.size() + kTagBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), &written,
        reinterpret_cast<const unsigned char *>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char *>(associated.constData()),
        static_cast<unsigned long long>(associated.size()), nullptr,
        reinterpret_cast<const unsigned char *>(sealed.nonce.constData()), m_key.data());
    sealed.ciphertext.resize(qsizetype(written));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QString &name, const SealedSecret &sealed) const
{
    if (!m_valid || sealed.nonce.size() != kNonceBytes || sealed.ciphertext.size() < kTagBytes)
        return std::nullopt;
    const QByteArray associated = name.toUtf8();
    QByteArray plaintext(sealed.ciphertext.size() - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plaintext.data()), &written, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.ciphertext.constData()),
            static_cast<unsigned long long>(sealed.ciphertext.size()),
            reinterpret_cast<const unsigned char *>(associated.constData()),
            static_cast<unsigned long long>(associated.size()),
            reinterpret_cast<const unsigned char *>(sealed.nonce.constData()), m_key.data())
        != 0)
        return std::nullopt;
    plaintext.resize(qsizetype(written));
    return plaintext;
}

} // namespace wag
