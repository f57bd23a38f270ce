#include "suppressions_controller.h"

#include "form_fields.h"
#include "http/router.h"
#include "portal_gate.h"
#include "suppression/suppression_service.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace wag::portal {

namespace {

// The import form's body: the pasted CSV percent-encoded (up to three bytes per byte) plus
// the other fields. The service refuses a CSV over its own limit with its own message.
constexpr qint64 kImportBodyBytes = 3 * kCsvMaxBytes + 64 * 1024;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale::c().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

// A field of the query string, decoded as a form's (browsers send a GET form's spaces as '+').
QString queryField(const HttpRequest &request, const QString &name)
{
    return FormFields::parse(request.query.query(QUrl::FullyEncoded).toUtf8()).value(name);
}

QString listUrl(const QString &query, int page)
{
    QString url = QStringLiteral("/suppressed-recipients");
    QStringList parts;
    if (!query.isEmpty())
        parts << QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(query));
    if (page > 1)
        parts << QStringLiteral("page=%1").arg(page);
    if (!parts.isEmpty())
        url += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    return url;
}

Html problemBox(const QString &problem)
{
    return Html::fill(R"(<p class="problem" role="alert">%1</p>)", {problem});
}

} // namespace

SuppressionsController::SuppressionsController(PortalGate &gate, SuppressionService &suppressions)
    : m_gate(gate), m_suppressions(suppressions)
{
}

void SuppressionsController::mount(Router &router, PortalGate &gate, SuppressionService &suppressions)
{
    const auto c = std::make_shared<SuppressionsController>(gate, suppressions);
    const QString path = QStringLiteral("/suppressed-recipients");
    router.add("GET", path, Router::SyncHandler([c](const HttpRequest &r) { return c->list(r); }));
    router.add("POST", path, Router::SyncHandler([c](const HttpRequest &r) { return c->add(r); }));
    router.add("POST", path + QStringLiteral("/remove"),
               Router::SyncHandler([c](const HttpRequest &r) { return c->remove(r); }));
    router.add("POST", path + QStringLiteral("/import"),
               Router::SyncHandler([c](const HttpRequest &r) { return c->importCsv(r); }),
               RouteOptions{kImportBodyBytes});
    router.add("GET", path + QStringLiteral("/export"),
               Router::SyncHandler([c](const HttpRequest &r) { return c->exportCsv(r); }));
}

static QString reasonText(SuppressionReason reason)
{
    switch (reason) {
    case SuppressionReason::OptOutKeyword: return SuppressionsController::tr("opted out by keyword");
    case SuppressionReason::Manual: return SuppressionsController::tr("added by staff");
    case SuppressionReason::ThreeCx: return SuppressionsController::tr("3CX");
    case SuppressionReason::Import: return SuppressionsController::tr("imported");
    }
    return suppressionReasonName(reason);
}

Html SuppressionsController::table(const SignedIn &visitor, const View &view, Html *pager) const
{
    const int total = m_suppressions.count(view.query);
    int page = qMax(1, view.page);
    if (total > 0 && (page - 1) * kPageSize >= total)
        page = (total - 1) / kPageSize + 1;
    const Result<QList<SuppressionRecord>> found = m_suppressions.search(view.query, kPageSize, (page - 1) * kPageSize);
    if (!found)
        return problemBox(found.failure().message);
    if (found.value().isEmpty()) {
        return Html::fill(R"(<p class="empty">%1</p>)",
                          {view.query.isEmpty() ? tr("No one is suppressed.")
                                                : tr("No entry matches \"%1\".").arg(view.query)});
    }
    Html rows;
    for (const SuppressionRecord &r : found.value()) {
        const Html remove = Html::fill(
            R"(<form method="post" action="/suppressed-recipients/remove" class="inline">%1)"
            R"(<input type="hidden" name="phone" value="%2"><button type="submit" class="danger">%3</button></form>)",
            {PageShell::csrfField(visitor.session.csrfToken), r.phone, tr("Remove…")});
        rows += Html::fill(R"(<tr><td class="phone"><span dir="ltr">%1</span></td><td>%2</td><td>%3</td>)"
                           R"(<td class="note">%4</td><td>%5</td><td>%6</td><td>%7</td></tr>)",
                           {r.phone, reasonText(r.reason), r.source, r.note, r.createdBy, timeText(r.createdAt),
                            remove});
    }
    const int first = (page - 1) * kPageSize + 1;
    const int last = first + int(found.value().size()) - 1;
    Html links;
    if (page > 1)
        links += Html::fill(R"(<a href="%1" rel="prev">%2</a> )", {listUrl(view.query, page - 1), tr("Previous")});
    if (last < total)
        links += Html::fill(R"(<a href="%1" rel="next">%2</a>)", {listUrl(view.query, page + 1), tr("Next")});
    *pager = Html::fill(R"(<nav class="pager" aria-label="%1"><span>%2</span> %3</nav>)",
                        {tr("Pages"), tr("%1–%2 of %3").arg(first).arg(last).arg(total), links});
    return Html::fill(R"(<table class="list"><thead><tr><th scope="col">%1</th><th scope="col">%2</th>)"
                      R"(<th scope="col">%3</th><th scope="col">%4</th><th scope="col">%5</th><th scope="col">%6</th>)"
                      R"(<th scope="col"><span class="visually-hidden">%7</span></th></tr></thead>)"
                      R"(<tbody>%8</tbody></table>)",
                      {tr("Phone"), tr("Reason"), tr("Source"), tr("Note"), tr("Who"), tr("When"), tr("Actions"),
                       rows});
}

HttpResponse SuppressionsController::listPage(const HttpRequest &request, const SignedIn &visitor, int status,
                                              const View &view)
{
    const QByteArray csrf = visitor.session.csrfToken;
    const Html search = Html::fill(
        R"(<form method="get" action="/suppressed-recipients" class="search" role="search">)"
        R"(<label for="q">%1</label> <input id="q" name="q" type="search" value="%2" placeholder="%3"> )"
        R"(<button type="submit">%4</button> <a class="button" href="/suppressed-recipients/export" download>%5</a></form>)",
        {tr("Search"), view.query, tr("Part of a number or a note"), tr("Search"), tr("Export CSV")});
    Html pager;
    const Html list = table(visitor, view, &pager);
    const bool invalid = !view.addProblem.isEmpty();
    const Html addForm = Html::fill(
        R"(<h2>%1</h2><form method="post" action="/suppressed-recipients" class="card" novalidate>%2)"
        R"(<label for="phone">%3</label><input id="phone" name="phone" value="%4" dir="ltr" inputmode="tel")"
        R"( placeholder="+14155552671"%5>)"
        R"(<label for="note">%6</label><input id="note" name="note" value="%7" placeholder="%8">%9)",
        {tr("Add a number"), PageShell::csrfField(csrf), tr("Phone number"), view.typedPhone,
         invalid ? Html::markup(R"( aria-invalid="true" aria-describedby="phone-problem")") : Html(), tr("Note"),
         view.typedNote, tr("e.g. asked by phone"),
         invalid ? Html::fill(R"(<p id="phone-problem" class="problem" role="alert">%1</p>)", {view.addProblem})
                 : Html()})
        + Html::fill(R"(<button type="submit">%1</button></form>)", {tr("Add")});
    const Html importForm = Html::fill(
        R"(<h2>%1</h2><form method="post" action="/suppressed-recipients/import" class="card">%2)"
        R"(<label for="csv">%3</label><textarea id="csv" name="csv" rows="8" dir="ltr" spellcheck="false" )"
        R"(aria-describedby="csv-help">%4</textarea><p id="csv-help" class="help">%5</p>)"
        R"(<button type="submit">%6</button></form>)",
        {tr("Import CSV"), PageShell::csrfField(csrf), tr("CSV text"), view.typedCsv,
         tr("Paste the file's text: a header row and a \"phone\" column (optionally \"note\"). "
            "All rows are checked first: one bad row and nothing changes. At most %1 MiB and %2 rows.")
             .arg(kCsvMaxBytes / (1024 * 1024))
             .arg(kCsvMaxRows),
         tr("Import")});
    const Html main = Html::fill(R"(<h1>%1</h1>%2%3%4%5%6%7)",
                                 {tr("Suppressed recipients"), view.top, search, list, pager, addForm, importForm});
    return m_gate.page(request, visitor, status, tr("Suppressed recipients"), main);
}

HttpResponse SuppressionsController::list(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    View view;
    view.query = queryField(request, QStringLiteral("q")).trimmed();
    view.page = qMax(1, queryField(request, QStringLiteral("page")).toInt());
    return listPage(request, *admission.visitor, 200, view);
}

HttpResponse SuppressionsController::add(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    View view;
    view.typedPhone = form.value(QStringLiteral("phone"));
    view.typedNote = form.value(QStringLiteral("note"));
    const QString phone = view.typedPhone.trimmed();
    if (phone.isEmpty()) {
        view.addProblem = tr("Enter a phone number, e.g. +14155552671.");
        return listPage(request, *admission.visitor, 422, view);
    }
    const Result<SuppressionRecord> added =
        m_suppressions.suppress(phone, view.typedNote.trimmed(), admission.visitor->user.name);
    if (!added) {
        const QString &code = added.failure().code;
        view.addProblem = code == u"already_suppressed" ? tr("%1 is on the list already.").arg(phone)
                                                        : added.failure().message;
        const int status = code == u"already_suppressed" ? 409 : code == u"invalid_phone" ? 422 : 500;
        return listPage(request, *admission.visitor, status, view);
    }
    // The list, searched for the number just added, shows it as stored (normalized).
    return redirectTo(listUrl(added.value().phone, 1));
}

HttpResponse SuppressionsController::remove(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    const SignedIn &visitor = *admission.visitor;
    const QString phone = form.value(QStringLiteral("phone")).trimmed();
    if (form.value(QStringLiteral("confirm")) != u"yes") {
        // The confirmation step: nothing changes until this second form is sent.
        Confirmation step;
        step.title = tr("Remove suppression");
        step.question = tr("Allow messages to %1 again? Only do this if the person asked for it.").arg(phone);
        step.action = QStringLiteral("/suppressed-recipients/remove");
        step.hidden = {{QStringLiteral("phone"), phone}};
        step.button = tr("Remove");
        step.cancelHref = QStringLiteral("/suppressed-recipients");
        const Html main = PageShell::confirmation(step, visitor.session.csrfToken);
        return m_gate.page(request, visitor, 200, tr("Remove suppression"), main);
    }
    if (const Status removed = m_suppressions.unsuppress(phone); !removed.ok()) {
        const QString &code = removed.failure().code;
        View view;
        view.top = problemBox(removed.failure().message);
        const int status = code == u"not_found" ? 404 : code == u"invalid_phone" ? 422 : 500;
        return listPage(request, visitor, status, view);
    }
    return redirectTo(QStringLiteral("/suppressed-recipients"));
}

Html SuppressionsController::importReport(const SuppressionImport &result)
{
    QString summary;
    if (result.ok()) {
        summary = tr("%n number(s) added.", nullptr, result.imported);
        if (result.alreadySuppressed > 0)
            summary += QLatin1Char(' ') + tr("%n were on the list already.", nullptr, result.alreadySuppressed);
    } else if (!result.rejects.isEmpty()) {
        summary = tr("Nothing was imported, because %n row(s) were refused. Fix them and import again.", nullptr,
                     int(result.rejects.size()));
    } else {
        summary = tr("Nothing was imported. %1").arg(result.failure.message);
    }
    const QList<CsvReject> &rows = result.rejects.isEmpty() ? result.skipped : result.rejects;
    Html table;
    if (!rows.isEmpty()) {
        Html body;
        for (const CsvReject &row : rows) {
            body += Html::fill(R"(<tr><td>%1</td><td class="input"><code dir="ltr">%2</code></td><td>%3</td></tr>)",
                               {QString::number(row.line), row.input, row.reason});
        }
        table = Html::fill(R"(<table class="list"><caption>%1</caption><thead><tr><th scope="col">%2</th>)"
                           R"(<th scope="col">%3</th><th scope="col">%4</th></tr></thead><tbody>%5</tbody></table>)",
                           {result.rejects.isEmpty() ? tr("Skipped rows") : tr("Refused rows"), tr("Line"),
                            tr("Input"), tr("Reason"), body});
    }
    return Html::fill(R"(<section class="card import-report%1" role="%2"><h2>%3</h2><p>%4</p>%5</section>)",
                      {result.ok() ? Html() : Html::markup(" problem"),
                       result.ok() ? QStringLiteral("status") : QStringLiteral("alert"), tr("Import report"), summary,
                       table});
}

HttpResponse SuppressionsController::importCsv(const HttpRequest &request)
{
    const FormFields form = FormFields::parse(request);
    const PortalGate::Admission admission = m_gate.admitForm(request, form, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    View view;
    const QString csv = form.value(QStringLiteral("csv"));
    if (csv.trimmed().isEmpty()) {
        view.top = problemBox(tr("Paste the CSV text to import first."));
        return listPage(request, *admission.visitor, 422, view);
    }
    const SuppressionImport result = m_suppressions.importCsv(csv.toUtf8(), admission.visitor->user.name);
    view.top = importReport(result);
    if (!result.ok())
        view.typedCsv = csv;
    const QString &code = result.failure.code;
    const int status = result.ok()                                                ? 200
        : code == u"invalid_csv"                                                  ? 422
        : (code == u"file_too_large" || code == u"too_many_rows")                 ? 413
                                                                                  : 500;
    return listPage(request, *admission.visitor, status, view);
}

HttpResponse SuppressionsController::exportCsv(const HttpRequest &request)
{
    const PortalGate::Admission admission = m_gate.admit(request, Audience::Staff);
    if (admission.refusal)
        return *admission.refusal;
    // The service's own export, byte for byte (formula-leading cells defused, CRLF).
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/export.csv");
    const Result<int> written = dir.isValid() ? m_suppressions.exportCsv(path)
                                              : Result<int>::fail(QStringLiteral("file_unwritable"), dir.errorString());
    QFile file(path);
    if (!written || !file.open(QIODevice::ReadOnly)) {
        View view;
        view.top = problemBox(written ? file.errorString() : written.failure().message);
        return listPage(request, *admission.visitor, 500, view);
    }
    HttpResponse response = HttpResponse::text(200, "text/csv; charset=utf-8", file.readAll());
    const QByteArray name = "suppressed-recipients-" + QDate::currentDate().toString(Qt::ISODate).toLatin1() + ".csv";
    response.withHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.withHeader("Cache-Control", "no-store");
    return response;
}

} // namespace wag::portal
