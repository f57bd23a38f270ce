#pragma once

#include "form_fields.h"
#include "html.h"
#include "session_service.h"
#include "http/http_types.h"
#include "storage/threecx_integration_store.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace wag {
class InstanceService;
class Router;
class ThreecxService;
}

namespace wag::portal {

class PortalGate;

// /integrations/3cx (SPEC §7, §8): the connected 3CX phone systems. Staff see the list and
// each integration's settings and sanitized event log (masked numbers, never a text); only
// admins create one, change its settings, rotate its secret and remove it (settings are
// admins' business, as on the Settings page). Every action is a call into ThreecxService,
// as the admin commands make.
//
// A new secret is shown once, on the answer to the POST that created or rotated it (no-store
// like every page), next to the webhook URL and the header 3CX sends it in; the service
// keeps it sealed, and no later page shows it again.
class ThreecxController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::ThreecxController)
public:
    static constexpr char kSecretHeader[] = "X-WhatsApp-Gateway-3CX-Secret";

    using PublicUrl = std::function<QString()>;
    ThreecxController(PortalGate &gate, ThreecxService &threecx, InstanceService &instances, PublicUrl publicUrl);
    // Registers GET/POST /integrations/3cx, GET /integrations/3cx/{id} and the POST actions
    // under /integrations/3cx/{id}/, handled by a controller the routes own.
    static void mount(Router &router, PortalGate &gate, ThreecxService &threecx, InstanceService &instances,
                      PublicUrl publicUrl);

    static QString detailPath(const QString &integrationId);

private:
    // What the settings form shows: the record, or what was typed into it.
    struct Typed
    {
        ThreecxIntegrationRecord record;
        QString allowedIps;
        QString defaultInstance;
    };
    struct CreateForm
    {
        QString problem;
        QString name;
        QString instance;
    };

    HttpResponse show(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    // An admin's form about one integration: the refusal to answer (sign-in, role, CSRF,
    // unknown id), or the visitor and the integration.
    struct Change
    {
        std::optional<HttpResponse> refusal;
        std::optional<SignedIn> visitor;
        std::optional<ThreecxIntegrationRecord> record;
    };
    Change admitChange(const HttpRequest &request, const FormFields &form);
    HttpResponse saveSettings(const HttpRequest &request);
    HttpResponse rotate(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);

    HttpResponse listPage(const HttpRequest &request, const SignedIn &visitor, int status, const Html &top,
                          const CreateForm &form);
    HttpResponse detailPage(const HttpRequest &request, const SignedIn &visitor,
                            const ThreecxIntegrationRecord &record, int status, const Html &top,
                            const std::optional<Typed> &typed, const QString &formProblem);
    Html table(const HttpRequest &request) const;
    Html createForm(const SignedIn &visitor, const CreateForm &form) const;
    Html settingsForm(const SignedIn &visitor, const Typed &typed, const QString &problem) const;
    Html summary(const HttpRequest &request, const ThreecxIntegrationRecord &record) const;
    Html eventLog(const ThreecxIntegrationRecord &record) const;
    Html secretBox(const HttpRequest &request, const QString &integrationId, const QString &secret,
                   const QString &heading) const;
    Html instanceOptions(const QString &selected) const;
    QString instanceName(const QString &instanceId) const;
    QString webhookUrl(const HttpRequest &request, const QString &integrationId) const;

    PortalGate &m_gate;
    ThreecxService &m_threecx;
    InstanceService &m_instances;
    PublicUrl m_publicUrl;
};

} // namespace wag::portal
