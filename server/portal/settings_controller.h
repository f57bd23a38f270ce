#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>
#include <QHash>

namespace wag {
class Router;
class SettingsService;
struct SettingsSection;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /settings, admins only (SPEC §8): the sections of the desktop window's Settings page as
// ?section= sub-pages, each a form typed by the registry with the effective values. Save
// hands the section's changed values to SettingsService::storeAll, the call the window's
// Save makes: all or nothing, cross-field rules included, and the service applies what the
// running gateway reads live (Engine::applySettings). A value that the environment or the
// command line sets is shown disabled with its source; a form that sends one anyway is not
// refused, the value is ignored, as the window ignores its disabled field.
//
// The provider key is a secret: never shown, only replaced through
// SettingsService::storeProviderKey, which seals it as the window's key field does.
class SettingsController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::SettingsController)
public:
    SettingsController(PortalGate &gate, SettingsService &settings);
    // Registers GET/POST /settings and POST /settings/provider-key, handled by a controller
    // that the routes own.
    static void mount(Router &router, PortalGate &gate, SettingsService &settings);

private:
    struct FormState
    {
        QHash<QString, QString> typed;    // after a refusal: what was sent, per key
        QHash<QString, QString> problems; // per key
        QString summary;                  // above the form
        QString keyProblem;               // the provider key form's refusal
        Html notice;                      // after a save
    };
    HttpResponse show(const HttpRequest &request);
    HttpResponse save(const HttpRequest &request);
    HttpResponse storeProviderKey(const HttpRequest &request);
    HttpResponse sectionPage(const HttpRequest &request, const SignedIn &visitor, int status,
                             const SettingsSection &section, const FormState &state);
    Html sectionForm(const SignedIn &visitor, const SettingsSection &section, const FormState &state) const;
    Html providerKeyForm(const SignedIn &visitor, const FormState &state) const;
    Html savedNotice(const QString &outcome) const;

    PortalGate &m_gate;
    SettingsService &m_settings;
};

} // namespace wag::portal
