#pragma once

#include "form_fields.h"
#include "html_response.h"
#include "page_shell.h"
#include "portal_pages.h"
#include "session_service.h"

#include <QCoreApplication>

#include <optional>

namespace wag::portal {

// Who is asking, and may they: every portal handler starts here. A page is shown only to a
// signed-in visitor whose role allows it; a form is acted on only if it also carries the
// session's CSRF token. Everything else gets its answer from here too, so the rules and
// the refusal pages are the same on every page.
class PortalGate
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::PortalGate)
public:
    static constexpr char kSessionCookie[] = "wag_session";

    explicit PortalGate(SessionService &sessions);

    struct Admission
    {
        std::optional<SignedIn> visitor;
        std::optional<HttpResponse> refusal; // when set, answer this and do nothing else
    };
    // Not signed in (or the session ended): 303 to /login, the stale cookie cleared.
    // Signed in without the role: 403 page.
    Admission admit(const HttpRequest &request, Audience audience);
    // admit(), and then the form's "csrf" field must match the session's token: 403
    // otherwise, before the handler has looked at anything else in the form.
    Admission admitForm(const HttpRequest &request, const FormFields &form, Audience audience);

    std::optional<SignedIn> visitor(const HttpRequest &request);
    PageLanguage language() const;
    SessionService &sessions() { return m_sessions; }

    HttpResponse page(const HttpRequest &request, const std::optional<SignedIn> &visitor, int status,
                      const QString &title, const Html &main) const;
    // The page for paths the portal has no page for (yet): a real 404, never a stub.
    HttpResponse notFound(const HttpRequest &request);
    HttpResponse forbidden(const HttpRequest &request, const std::optional<SignedIn> &visitor,
                           const QString &reason) const;
    // Deletes the session cookie (sign-out, ended session).
    static QByteArray clearedSessionCookie(const HttpRequest &request);

private:
    SessionService &m_sessions;
};

} // namespace wag::portal
