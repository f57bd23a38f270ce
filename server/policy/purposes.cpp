#include "purposes.h"

namespace wag {

QStringList allowedPurposes()
{
    return {QStringLiteral("transactional"), QStringLiteral("operational"),
            QStringLiteral("support"), QStringLiteral("internal_team"),
            QStringLiteral("authentication")};
}

QStringList refusedPurposes()
{
    return {QStringLiteral("marketing"),     QStringLiteral("promotion"),
            QStringLiteral("cold_outreach"), QStringLiteral("bulk_campaign"),
            QStringLiteral("political"),     QStringLiteral("unknown")};
}

bool isAllowedPurpose(const QString &purpose)
{
    static const QStringList allowed = allowedPurposes();
    return allowed.contains(purpose, Qt::CaseSensitive);
}

} // namespace wag
