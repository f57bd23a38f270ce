#pragma once

#include "core/result.h"
#include "storage/user_store.h"

#include <QCoreApplication>
#include <QString>

namespace wag {

// The window's words for the user service's answers; the rules themselves stay in
// UserService, which also says them in English for the admin commands.
class UserTexts
{
    Q_DECLARE_TR_FUNCTIONS(UserTexts)
public:
    static QString failureText(const Failure &failure);
    static QString passwordHint();
    static QString roleName(UserRole role);
};

} // namespace wag
