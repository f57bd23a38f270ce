#include "portal_gate.h"

#include "cookies.h"
#include "csrf.h"

namespace wag::portal {

PortalGate::PortalGate(SessionService &sessions) : m_sessions(sessions) { }

PageLanguage PortalGate::language() const
{
    return pageLanguage();
}

std::optional<SignedIn> PortalGate::visitor(const HttpRequest &request)
{
    return m_sessions.resolve(cookieValue(request, kSessionCookie));
}

QByteArray PortalGate::clearedSessionCookie(const HttpRequest &request)
{
    return setCookieValue(CookieSpec{kSessionCookie, QByteArray(), "/", request.secure, 0});
}

PortalGate::Admission PortalGate::admit(const HttpRequest &request, Audience audience)
{
    Admission admission;
    admission.visitor = visitor(request);
    if (!admission.visitor) {
        HttpResponse toLogin = redirectTo(QStringLiteral("/login"));
        if (!cookieValue(request, kSessionCookie).isEmpty())
            toLogin.withHeader("Set-Cookie", clearedSessionCookie(request));
        admission.refusal = std::move(toLogin);
        return admission;
    }
    if (!mayOpen(admission.visitor->user.role, audience))
        admission.refusal = forbidden(request, admission.visitor,
                                      tr("This page is for administrators. You are signed in as an operator."));
    return admission;
}

PortalGate::Admission PortalGate::admitForm(const HttpRequest &request, const FormFields &form,
                                            Audience audience)
{
    Admission admission = admit(request, audience);
    if (admission.refusal)
        return admission;
    if (!csrfTokensMatch(admission.visitor->session.csrfToken, form.value(QStringLiteral("csrf")).toLatin1()))
        admission.refusal = forbidden(request, admission.visitor,
                                      tr("The form was missing its security token or it did not match "
                                         "your session. Nothing was changed. Open the page again and retry."));
    return admission;
}

HttpResponse PortalGate::page(const HttpRequest &request, const std::optional<SignedIn> &visitor,
                              int status, const QString &title, const Html &main) const
{
    const ShellContext context{language(), visitor, request.path};
    return htmlResponse(status, PageShell::document(context, title, main));
}

HttpResponse PortalGate::notFound(const HttpRequest &request)
{
    const Html main = Html::fill(R"(<h1>%1</h1><p>%2</p><p><a href="/">%3</a></p>)",
                                 {tr("Page not found"),
                                  tr("There is no page at %1 in this version of the portal.").arg(request.path),
                                  tr("Back to the start page")});
    return page(request, visitor(request), 404, tr("Page not found"), main);
}

HttpResponse PortalGate::forbidden(const HttpRequest &request, const std::optional<SignedIn> &visitor,
                                   const QString &reason) const
{
    const Html main = Html::fill(R"(<h1>%1</h1><p>%2</p>)", {tr("Not allowed"), reason});
    return page(request, visitor, 403, tr("Not allowed"), main);
}

} // namespace wag::portal
