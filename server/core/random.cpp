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
    // One call for a buffer of random bytes, then rejection sampling: bytes of 248 and more
    // are skipped so that each of the 62 characters stays equally likely (248 = 4 * 62).
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const QByteArray bytes = randomBytes(length + 8);
        for (char b : bytes) {
            const auto byte = static_cast<unsigned char>(b);
            if (byte >= 248)
                continue;
            out.append(QLatin1Char(alphabet[byte % 62]));
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QString makeId(const QString &prefix)
{
    return prefix + QLatin1Char('_') + randomBase62(20);
}

} // namespace wag
