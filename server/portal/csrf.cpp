#include "csrf.h"

#include "core/random.h"

#include <sodium.h>

namespace wag::portal {

QByteArray newCsrfToken()
{
    return randomBase62(32).toLatin1();
}

bool csrfTokensMatch(const QByteArray &expected, const QByteArray &given)
{
    // The length is no secret (every token has the same one); only the bytes are compared
    // in constant time.
    if (expected.isEmpty() || expected.size() != given.size())
        return false;
    ensureCryptoReady();
    return sodium_memcmp(expected.constData(), given.constData(), size_t(expected.size())) == 0;
}

} // namespace wag::portal
