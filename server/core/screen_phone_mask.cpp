#include "core/screen_phone_mask.h"

namespace wag {

QString maskPhoneForScreen(const QString &phone)
{
    static const QString dots = QStringLiteral("•••");
    if (phone.size() >= 10)
        return phone.left(5) + dots + phone.right(4);
    if (phone.size() > 4)
        return dots + phone.right(4);
    return phone;
}

} // namespace wag
