#include "api_key_token.h"

#include "core/random.h"

#include <QCryptographicHash>

namespace wag::apikeys {

GeneratedKey generate()
{
    GeneratedKey key;
    key.plaintext = QLatin1String(kKeyScheme) + randomBase62(kRandomLength);
    key.prefix = prefixOf(key.plaintext);
    key.hash = hashKey(key.plaintext);
    return key;
}

QByteArray hashKey(const QString &plaintext)
{
    return QCryptographicHash::hash(plaintext.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString prefixOf(const QString &plaintext)
{
    return plaintext.left(kPrefixLength);
}

bool isWellFormed(const QString &plaintext)
{
    const QLatin1String scheme(kKeyScheme);
    if (!plaintext.startsWith(scheme) || plaintext.size() < scheme.size() + 32
        || plaintext.size() > scheme.size() + 128)
        return false;
    for (qsizetype i = scheme.size(); i < plaintext.size(); ++i) {
        const QChar c = plaintext.at(i);
        // Not QChar::isDigit(): that accepts every Unicode decimal digit (Arabic-Indic,
        // fullwidth...), which generate() never emits.
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

} // namespace wag::apikeys
