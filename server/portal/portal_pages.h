#pragma once

#include "storage/user_store.h"

#include <QList>
#include <QString>

namespace wag::portal {

// Who may open a page (SPEC §8 "Roles").
enum class Audience {
    Everyone,  // public pages (policy, API reference)
    Staff,     // admin and operator
    AdminOnly, // keys, users, settings
};

bool mayOpen(UserRole role, Audience audience);

// One page of SPEC §8's table. The sidebar and the footer are drawn from this list, and
// every path in it that no controller serves answers a 404 page (Portal::registerRoutes),
// so a page is added by writing its controller, without touching the menu or a stub.
struct PortalPage
{
    QString path;
    const char *title; // source text, context "wag::portal::PortalPages"
    Audience audience;
    bool inSidebar; // false: linked from the footer
};

const QList<PortalPage> &portalPages();
QString pageTitle(const PortalPage &page); // translated

} // namespace wag::portal
