#include "page_shell.h"

#include "portal_pages.h"
#include "version.h"

namespace wag::portal {

Html PageShell::csrfField(const QByteArray &token)
{
    return Html::fill(R"(<input type="hidden" name="csrf" value="%1">)", {QString::fromLatin1(token)});
}

Html PageShell::confirmation(const Confirmation &step, const QByteArray &csrfToken)
{
    Html hidden = csrfField(csrfToken);
    for (const auto &[name, value] : step.hidden)
        hidden += Html::fill(R"(<input type="hidden" name="%1" value="%2">)", {name, value});
    hidden += Html::markup(R"(<input type="hidden" name="confirm" value="yes">)");
    const Html heading = step.insideTabs ? Html::fill(R"(<h2>%1</h2>)", {step.title})
                                         : Html::fill(R"(<h1>%1</h1>)", {step.title});
    return Html::fill(R"(%1<p>%2</p>%3<form method="post" action="%4" class="card">%5)"
                      R"(<button type="submit" class="danger">%6</button> <a href="%7">%8</a></form>)",
                      {heading, step.question, step.detail, step.action, hidden, step.button, step.cancelHref,
                       tr("Cancel")});
}

QString PageShell::roleName(UserRole role)
{
    return role == UserRole::Admin ? tr("admin") : tr("operator");
}

static Html sidebar(const ShellContext &context)
{
    Html items;
    for (const PortalPage &page : portalPages()) {
        if (!page.inSidebar || !mayOpen(context.visitor->user.role, page.audience))
            continue;
        const bool current = context.currentPath == page.path;
        items += Html::fill(R"(<li><a href="%1"%2>%3</a></li>)",
                            {page.path, current ? Html::markup(R"( aria-current="page")") : Html(),
                             pageTitle(page)});
    }
    return Html::fill(R"(<nav class="sidebar" aria-label="%1"><ul>%2</ul></nav>)",
                      {PageShell::tr("Portal pages"), items});
}

static Html accountBar(const ShellContext &context)
{
    const SignedIn &visitor = *context.visitor;
    return Html::fill(R"(<div class="account"><span>%1</span> )"
                      R"(<form method="post" action="/logout" class="inline">%2)"
                      R"(<button type="submit">%3</button></form></div>)",
                      {PageShell::tr("Signed in as %1 (%2)")
                           .arg(visitor.user.name, PageShell::roleName(visitor.user.role)),
                       PageShell::csrfField(visitor.session.csrfToken), PageShell::tr("Sign out")});
}

static Html footer()
{
    Html links;
    for (const PortalPage &page : portalPages()) {
        if (!page.inSidebar)
            links += Html::fill(R"( · <a href="%1">%2</a>)", {page.path, pageTitle(page)});
    }
    return Html::fill(R"(<footer>%1 %2 — %3%4</footer>)",
                      {QString::fromLatin1(kProductName), QString::fromLatin1(kVersion),
                       PageShell::tr("Independent software, not affiliated with WhatsApp, Meta or 3CX."),
                       links});
}

Html PageShell::document(const ShellContext &context, const QString &title, const Html &main)
{
    const QString product = QString::fromLatin1(kProductName);
    const bool signedIn = context.visitor.has_value();
    const Html header = Html::fill(R"(<header class="topbar"><a class="brand" href="/">%1</a>%2</header>)",
                                   {product, signedIn ? accountBar(context) : Html()});
    const Html body = signedIn
        ? Html::fill(R"(<div class="layout">%1<main id="content">%2</main></div>)", {sidebar(context), main})
        : Html::fill(R"(<main id="content" class="narrow">%1</main>)", {main});
    return Html::fill("<!DOCTYPE html>\n"
                      R"(<html lang="%1" dir="%2"><head><meta charset="utf-8">)"
                      R"(<meta name="viewport" content="width=device-width, initial-scale=1">)"
                      R"(<meta name="referrer" content="no-referrer">)"
                      R"(<title>%3 — %4</title>)"
                      R"(<link rel="stylesheet" href="/static/portal.css?v=%5">%9</head>)"
                      "<body>%6%7%8</body></html>\n",
                      {context.language.tag,
                       context.language.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                       title, product, QString::fromLatin1(kVersion), header, body, footer(),
                       context.liveUpdates && signedIn
                           ? Html::fill(R"(<script src="/static/portal-live.js?v=%1" defer></script>)",
                                        {QString::fromLatin1(kVersion)})
                           : Html()});
}

} // namespace wag::portal
