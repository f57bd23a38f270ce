#pragma once

#include "core/result.h"
#include "secrets/secret_box.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wag {

// What the rest of the engine sees of encryption at rest: services seal a secret before
// handing it to SecretStore and open what SecretStore gives back. Where the data key
// comes from (keychain or file, see DataKeyProvider) is settled once at start-up, before
// this object exists.
class SecretService
{
public:
    explicit SecretService(SecretBox box);

    // False only if it was built with an unusable key (see SecretBox).
    bool isReady() const { return m_box.isValid(); }
    // The "secrets_locked" failure every service answers when `secrets` is missing or not
    // ready; `whose` names what could not be sealed or opened ("webhook secrets").
    static Status requireReady(const SecretService *secrets, const QString &whose);

    // `name` is the secret's stable storage name (e.g. "provider.api_key"); it is bound
    // into the ciphertext, so the same name must be used to open it.
    SealedSecret seal(const QString &name, const QByteArray &plaintext) const;
    std::optional<QByteArray> open(const QString &name, const SealedSecret &sealed) const;

private:
    SecretBox m_box;
};

} // namespace wag
