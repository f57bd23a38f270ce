#include "secret_service.h"

#include "core/logging.h"

#include <utility>

namespace wag {

SecretService::SecretService(SecretBox box) : m_box(std::move(box)) {}

SealedSecret SecretService::seal(const QString &name, const QByteArray &plaintext) const
{
    return m_box.seal(name, plaintext);
}

std::optional<QByteArray> SecretService::open(const QString &name,
                                              const SealedSecret &sealed) const
{
    std::optional<QByteArray> plaintext = m_box.open(name, sealed);
    // Worth a line in the log: it means tampering, a restored database from another
    // machine, or a data key that changed. The name is not secret; the blob is not logged.
    if (!plaintext)
        qCWarning(lcSecrets) << "stored secret" << name
                             << "could not be decrypted with this data dir's key";
    return plaintext;
}

Status SecretService::requireReady(const SecretService *secrets, const QString &whose)
{
    if (secrets && secrets->isReady())
        return succeeded();
    return Status::fail(QStringLiteral("secrets_locked"),
                        QStringLiteral("%1 cannot be sealed or opened: the data key is not unlocked").arg(whose));
}

} // namespace wag
