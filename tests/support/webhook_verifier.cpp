#include "support/webhook_verifier.h"

#include <QMessageAuthenticationCode>

namespace wag::test::webhook_verifier {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

bool gatewaySignatureMatches(const QByteArray &secret, const QByteArray &timestamp,
                             const QByteArray &body, const QByteArray &signatureHeader)
{
    const QByteArray expected = "sha256=" + hmac(secret, timestamp + '.' + body).toHex();
    return !secret.isEmpty() && signatureHeader == expected;
}

QList<QByteArray> standardSignatureEntries(const QByteArray &signatureHeader)
{
    QList<QByteArray> entries;
    for (const QByteArray &entry : signatureHeader.split(' ')) {
        if (entry.startsWith("v1,"))
            entries.append(entry);
    }
    return entries;
}

bool standardSignatureMatches(const QByteArray &secret, const QByteArray &id,
                              const QByteArray &timestamp, const QByteArray &body,
                              const QByteArray &signatureHeader)
{
    if (!secret.startsWith("whsec_"))
        return false;
    const QByteArray key = QByteArray::fromBase64(secret.mid(6));
    if (key.isEmpty())
        return false;
    const QByteArray expected = "v1," + hmac(key, id + '.' + timestamp + '.' + body).toBase64();
    return standardSignatureEntries(signatureHeader).contains(expected);
}

} // namespace wag::test::webhook_verifier
