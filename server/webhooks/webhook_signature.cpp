#include "webhooks/webhook_signature.h"

#include "core/random.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace wag {

namespace {

const QString kSecretPrefix = QStringLiteral("whsec_");
constexpr int kGeneratedSecretBytes = 32;
constexpr int kMinimumSecretBytes = 24;

// The decoded Standard Webhooks key, or an empty array when the secret is unusable.
QByteArray decodeSecretKey(const QString &secret)
{
    if (!secret.startsWith(kSecretPrefix))
        return {};
    const QByteArray encoded = secret.mid(kSecretPrefix.size()).toLatin1();
    // Strict decoding: a secret with stray characters was mangled on its way (copy and paste,
    // a config file); signing with whatever the lenient decoder salvages would produce
    // signatures no receiver can reproduce.
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kMinimumSecretBytes)
        return {};
    return decoded.decoded;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

QByteArray hmacSha256(const QByteArray &key, const QList<QByteArray> &parts)
{
    ensureCryptoReady();
    crypto_auth_hmacsha256_state state;
    // libsodium takes keys of any length (longer than a block are hashed first, as HMAC
    // specifies), which the whole-string key of the gateway scheme needs.
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                size_t(key.size()));
    for (const QByteArray &part : parts)
        crypto_auth_hmacsha256_update(
            &state, reinterpret_cast<const unsigned char *>(part.constData()),
            static_cast<unsigned long long>(part.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Hashing first gives two equal-length digests, so neither the comparison nor an early
    // length check tells an attacker anything about the secret.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    return sodium_memcmp(ha.constData(), hb.constData(), size_t(ha.size())) == 0;
}

QString generateWebhookSecret()
{
    QByteArray raw = randomBytes(kGeneratedSecretBytes);
    const QString secret = kSecretPrefix + QString::fromLatin1(raw.toBase64());
    wipe(raw);
    return secret;
}

bool isValidWebhookSecret(const QString &secret)
{
    QByteArray key = decodeSecretKey(secret);
    const bool valid = !key.isEmpty();
    wipe(key);
    return valid;
}

SignedHeaders signWebhook(const QString &eventId, const QString &eventName, qint64 unixSeconds,
                          const QByteArray &body, const QStringList &secrets)
{
    static const QByteArray dot(".");
    const QByteArray id = eventId.toUtf8();
    const QByteArray timestamp = QByteArray::number(unixSeconds);

    QByteArray gatewaySignature;
    QList<QByteArray> standardSignatures;
    for (const QString &secret : secrets) {
        QByteArray key = decodeSecretKey(secret);
        if (key.isEmpty())
            continue;
        standardSignatures.append("v1," + hmacSha256(key, {id, dot, timestamp, dot, body}).toBase64());
        wipe(key);
        // Only the first usable secret, i.e. the newest during a rotation (see the header).
        if (gatewaySignature.isEmpty()) {
            QByteArray wholeSecret = secret.toUtf8();
            gatewaySignature = "sha256=" + hmacSha256(wholeSecret, {timestamp, dot, body}).toHex();
            wipe(wholeSecret);
        }
    }

    SignedHeaders out;
    out.headers.emplaceBack("Content-Type", "application/json");
    out.headers.emplaceBack("X-WhatsApp-Gateway-Event", eventName.toUtf8());
    out.headers.emplaceBack("X-WhatsApp-Gateway-Timestamp", timestamp);
    if (!gatewaySignature.isEmpty())
        out.headers.emplaceBack("X-WhatsApp-Gateway-Signature", gatewaySignature);
    out.headers.emplaceBack("webhook-id", id);
    out.headers.emplaceBack("webhook-timestamp", timestamp);
    if (!standardSignatures.isEmpty())
        out.headers.emplaceBack("webhook-signature", standardSignatures.join(' '));
    return out;
}

} // namespace wag
