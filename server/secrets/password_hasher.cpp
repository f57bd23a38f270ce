#include "password_hasher.h"

#include "core/random.h"

#include <sodium.h>

namespace wag::passwords {

// Interactive limits: ~0.1 s and 64 MiB per hash on a small office PC. Logins are rare and
// rate-limited, so this cost is paid by attackers, not users.
static constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
static constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

QString hash(const QString &password)
{
    ensureCryptoReady();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), kOpsLimit, kMemLimit) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    ensureCryptoReady();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size()))
        == 0;
}

} // namespace wag::passwords
