#include "user_texts.h"

#include "secrets/password_hasher.h"

namespace wag {

QString UserTexts::failureText(const Failure &failure)
{
    const QString &code = failure.code;
    if (code == u"invalid_user_name")
        return tr("Names are 2 to 40 characters: letters, digits, '.', '-' or '_', starting with a letter or digit.");
    if (code == u"weak_password")
        return tr("The password needs at least %1 characters.").arg(passwords::kMinimumLength);
    if (code == u"user_exists")
        return tr("A user with this name already exists.");
    if (code == u"last_admin")
        return tr("This is the last enabled administrator: make another user an administrator first.");
    if (code == u"not_found")
        return tr("This user no longer exists.");
    return failure.message;
}

QString UserTexts::passwordHint()
{
    return tr("At least %1 characters").arg(passwords::kMinimumLength);
}

QString UserTexts::roleName(UserRole role)
{
    return role == UserRole::Admin ? tr("Administrator") : tr("Operator");
}

} // namespace wag
