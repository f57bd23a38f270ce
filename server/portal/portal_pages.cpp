#include "portal_pages.h"

#include <QCoreApplication>

namespace wag::portal {

bool mayOpen(UserRole role, Audience audience)
{
    switch (audience) {
    case Audience::Everyone:
    case Audience::Staff:
        return true;
    case Audience::AdminOnly:
        return role == UserRole::Admin;
    }
    return false;
}

const QList<PortalPage> &portalPages()
{
    static const QList<PortalPage> pages = {
        {QStringLiteral("/instances"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Instances"), Audience::Staff, true},
        {QStringLiteral("/api-keys"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "API keys"), Audience::AdminOnly, true},
        {QStringLiteral("/suppressed-recipients"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Suppressed recipients"), Audience::Staff, true},
        {QStringLiteral("/inbound-logs"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Inbound log"), Audience::Staff, true},
        {QStringLiteral("/message-logs"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Message log"), Audience::Staff, true},
        {QStringLiteral("/integrations/3cx"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "3CX"), Audience::Staff, true},
        {QStringLiteral("/policy-events"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Policy events"), Audience::Staff, true},
        {QStringLiteral("/users"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Users"), Audience::AdminOnly, true},
        {QStringLiteral("/settings"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Settings"), Audience::AdminOnly, true},
        {QStringLiteral("/acceptable-use"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Acceptable use"), Audience::Everyone, false},
        {QStringLiteral("/docs/responsible-messaging"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "Responsible messaging"), Audience::Everyone, false},
        {QStringLiteral("/docs/openapi"), QT_TRANSLATE_NOOP("wag::portal::PortalPages", "API reference"), Audience::Everyone, false},
    };
    return pages;
}

QString pageTitle(const PortalPage &page)
{
    return QCoreApplication::translate("wag::portal::PortalPages", page.title);
}

} // namespace wag::portal
