#pragma once

#include "html.h"
#include "http/http_types.h"

#include <QCoreApplication>

namespace wag {
class Router;
class SuppressionService;
struct SuppressionImport;
}

namespace wag::portal {

class PortalGate;
struct SignedIn;

// /suppressed-recipients, admins and operators (SPEC §8): the suppression list paged and
// searched (part of a number or of a note), a number added with a note, one removed (with a
// confirmation step), the whole list as a CSV download and a CSV import pasted into a text
// area (the portal's forms are urlencoded; there is no multipart parser to trust). Every
// action is a call into SuppressionService, as in the window's page: it normalizes numbers,
// refuses with its own message, checks the CSV's limits and imports all rows or none.
//
// Numbers are shown whole, as the window shows them on this page: the list exists to say
// exactly which number gets no messages, and removing one needs it.
class SuppressionsController
{
    Q_DECLARE_TR_FUNCTIONS(wag::portal::SuppressionsController)
public:
    static constexpr int kPageSize = 50;

    SuppressionsController(PortalGate &gate, SuppressionService &suppressions);
    // Registers the page's routes, handled by a controller that the routes own.
    static void mount(Router &router, PortalGate &gate, SuppressionService &suppressions);

private:
    struct View
    {
        QString query;
        int page = 1;
        Html top;            // a problem or the import report, above the list
        QString addProblem;
        QString typedPhone;
        QString typedNote;
        QString typedCsv;    // kept when an import changed nothing, to be fixed and sent again
    };
    HttpResponse list(const HttpRequest &request);
    HttpResponse add(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);
    HttpResponse importCsv(const HttpRequest &request);
    HttpResponse exportCsv(const HttpRequest &request);
    HttpResponse listPage(const HttpRequest &request, const SignedIn &visitor, int status, const View &view);
    Html table(const SignedIn &visitor, const View &view, Html *pager) const;
    static Html importReport(const SuppressionImport &result);

    PortalGate &m_gate;
    SuppressionService &m_suppressions;
};

} // namespace wag::portal
