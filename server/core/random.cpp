#include "random.h"

#include <sodium.h>

namespace wag {

bool ensureCryptoReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray randomBytes(int count)
{
    ensureCryptoReady();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QString randomBase62(int length)
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    ensureCryptoReady();
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(62)]));
    return out;
}

QString makeId(const QString &prefix)
{
    return prefix + QLatin1Char('_') + randomBase62(20);
}

} // namespace wag
