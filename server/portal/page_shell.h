#pragma once

#include "html.h"
#include "page_language.h"
#include "session_service.h"

#include <QCoreApplication>

#include <optional>

namespace wag::portal {

// Everything around a page's own content.
struct ShellContext
{
    PageLanguage language;
    std::optional<SignedIn> visitor; // none: the signed-out shell (no menu)
    QString currentPath;             // marked in the menu
    // The page keeps itself current over GET /live: the shell loads /static/portal-live.js
    // (a file of this origin, as the policy requires; the page works without it).
    bool liveUpdates = false;
};

// The second step of an action that ends something (revoke, remove, log out, rotate): the
// question and a form that repeats the action with confirm=yes, so nothing changes until
// this second form is sent. `hidden` carries the first form's fields over.
struct Confirmation
{
    QString title;
    QString question;
    Html detail;            // optional, under the question
    QString action;         // where the form posts
    QList<QPair<QString, QString>> hidden;
    QString button;
    QString cancelHref;
    bool insideTabs = false; // a tab's content: the title is an h2 under the page's h1
};

// The HTML5 document every portal page is: lang/dir, the stylesheet, and for a signed-in
// visitor the menu of the pages their role may open, who they are and a sign-out form
// (POST with the session's CSRF token). No inline script (the policy forbids it); pages
// with live updates load the portal's one script file, and every page works without it.
class PageShell
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::PageShell)
public:
    static Html document(const ShellContext &context, const QString &title, const Html &main);
    // <input type="hidden" name="csrf" …> for a form of this visitor's session.
    static Html csrfField(const QByteArray &token);
    static Html confirmation(const Confirmation &step, const QByteArray &csrfToken);
    static QString roleName(UserRole role); // translated
};

} // namespace wag::portal
