// The portal's suppressed-recipients page over real HTTP against an engine serving
// in-process: adding (normalized by the service, its refusals shown with what was typed),
// searching by number or note, paging, removing with a confirmation step, the CSV export
// as a download identical to the service's, the pasted CSV import (all rows or none, the
// refused rows listed), CSRF on every POST, and a hostile note rendered inert.
#include "accounts/user_service.h"
#include "suppression/suppression_service.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString &kPassword = kPortalPassword;
const QString kUs = QStringLiteral("+14155552671");
const QString kSa = QStringLiteral("+966501234567");

struct Gateway : PortalGateway
{
    SuppressionService &suppressions() { return engine->suppressions(); }
};

// Whether the list on the page has a row for `phone` (the add form's example number is no row).
bool listed(const ParsedResponse &page, const QString &phone)
{
    return page.body.contains(QStringLiteral(R"(<td class="phone"><span dir="ltr">%1</span></td>)").arg(phone).toUtf8());
}

QString csrf(PortalBrowser &browser)
{
    return PortalBrowser::csrfIn(browser.get("/suppressed-recipients").body);
}

} // namespace

class TestPortalSuppressions : public QObject
{
    Q_OBJECT

private slots:
    void operatorsAddSearchAndRemove()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        ParsedResponse r = browser.get("/suppressed-recipients");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("No one is suppressed."));

        // The service normalizes; the list, searched for the stored number, shows it.
        r = browser.post("/suppressed-recipients", {{QStringLiteral("csrf"), csrf(browser)},
                                                    {QStringLiteral("phone"), QStringLiteral("+1 (415) 555-2671")},
                                                    {QStringLiteral("note"), QStringLiteral("asked by phone")}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/suppressed-recipients?q=%2B14155552671"));
        QVERIFY(gateway.suppressions().isSuppressed(kUs));
        QCOMPARE(gateway.suppressions().find(kUs)->createdBy, QStringLiteral("olga"));
        r = browser.get(r.header("location"));
        QCOMPARE(r.status, 200);
        QVERIFY(listed(r, kUs));
        QVERIFY(r.body.contains("asked by phone"));
        QVERIFY(r.body.contains("added by staff"));

        // Refusals: on the list already, not a number, nothing typed.
        r = browser.post("/suppressed-recipients", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("phone"), kUs}});
        QCOMPARE(r.status, 409);
        QVERIFY(r.body.contains("+14155552671 is on the list already."));
        r = browser.post("/suppressed-recipients", {{QStringLiteral("csrf"), csrf(browser)},
                                                    {QStringLiteral("phone"), QStringLiteral("12<b>")},
                                                    {QStringLiteral("note"), QStringLiteral("typed \"note\"")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains(R"(role="alert">12&lt;b&gt;: )"));
        QVERIFY(r.body.contains(R"(name="phone" value="12&lt;b&gt;")"));
        QVERIFY(r.body.contains(R"(name="note" value="typed &quot;note&quot;")"));
        QVERIFY(!r.body.contains("<b>"));
        r = browser.post("/suppressed-recipients", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("phone"), QStringLiteral(" ")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("Enter a phone number"));
        QCOMPARE(gateway.suppressions().count(QString()), 1);

        // Search: part of a number (with its '+'), part of a note (spaces as '+', any case).
        QVERIFY(gateway.suppressions().suppress(kSa, QStringLiteral("VIP customer"), QStringLiteral("alice")));
        r = browser.get("/suppressed-recipients?q=vip+CUSTOMER");
        QVERIFY(listed(r, kSa));
        QVERIFY(!listed(r, kUs));
        QVERIFY(r.body.contains(R"(value="vip CUSTOMER")"));
        r = browser.get("/suppressed-recipients?q=%2B1415");
        QVERIFY(listed(r, kUs));
        QVERIFY(!listed(r, kSa));
        r = browser.get("/suppressed-recipients?q=nobody");
        QVERIFY(r.body.contains("No entry matches &quot;nobody&quot;."));

        // Remove: the first POST asks, the second (confirmed) removes.
        r = browser.post("/suppressed-recipients/remove", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("phone"), kUs}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Allow messages to +14155552671 again?"));
        QVERIFY(gateway.suppressions().isSuppressed(kUs));
        r = browser.post("/suppressed-recipients/remove", {{QStringLiteral("csrf"), PortalBrowser::csrfIn(r.body)},
                                                           {QStringLiteral("phone"), kUs},
                                                           {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 303);
        QVERIFY(!gateway.suppressions().isSuppressed(kUs));
        QVERIFY(gateway.suppressions().isSuppressed(kSa));
        r = browser.post("/suppressed-recipients/remove", {{QStringLiteral("csrf"), csrf(browser)},
                                                           {QStringLiteral("phone"), kUs},
                                                           {QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("+14155552671 is not on the suppression list."));
    }

    void theListIsPaged()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        for (int i = 0; i < 60; ++i)
            QVERIFY(gateway.suppressions().suppress(QStringLiteral("+1415555%1").arg(1000 + i), QString(), QStringLiteral("t")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        ParsedResponse r = browser.get("/suppressed-recipients");
        QVERIFY(r.body.contains("1–50 of 60"));
        QVERIFY(r.body.contains(R"(href="/suppressed-recipients?page=2" rel="next")"));
        QCOMPARE(r.body.count(R"(action="/suppressed-recipients/remove")"), qsizetype(50));
        r = browser.get("/suppressed-recipients?page=2");
        QVERIFY(r.body.contains("51–60 of 60"));
        QVERIFY(r.body.contains(R"(href="/suppressed-recipients" rel="prev")"));
        QCOMPARE(browser.get("/suppressed-recipients?page=99").body.contains("51–60 of 60"), true);
    }

    void exportIsTheServicesCsvAsADownload()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(gateway.suppressions().suppress(kUs, QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("alice")));
        QVERIFY(gateway.suppressions().suppress(kSa, QStringLiteral("plain, with comma"), QStringLiteral("alice")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.get("/suppressed-recipients/export").status, 303); // signed out
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const ParsedResponse r = browser.get("/suppressed-recipients/export");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(r.header("content-disposition").startsWith("attachment; filename=\"suppressed-recipients-"));
        QVERIFY(r.header("content-disposition").endsWith(".csv\""));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));

        QTemporaryDir dir;
        QVERIFY(gateway.suppressions().exportCsv(dir.filePath(QStringLiteral("e.csv"))));
        QFile file(dir.filePath(QStringLiteral("e.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(r.body, file.readAll());
        QVERIFY(r.body.startsWith("phone,"));
        QVERIFY(r.body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(r.body.contains("\"plain, with comma\""));
    }

    void importAddsAllRowsOrNone()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(gateway.suppressions().suppress(kSa, QString(), QStringLiteral("alice")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);

        // One bad row: nothing changes, the refused rows are listed, the text is kept.
        const QString bad = QStringLiteral("phone,note\r\n+14155550001,first\r\nnot-a-number,<i>x</i>\r\n+14155550003,third\r\n");
        ParsedResponse r = browser.post("/suppressed-recipients/import", {{QStringLiteral("csrf"), csrf(browser)},
                                                                          {QStringLiteral("csv"), bad}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("Nothing was imported, because 1 row(s) were refused."));
        QVERIFY(r.body.contains("Refused rows"));
        QVERIFY(r.body.contains("<tr><td>3</td>"));
        QVERIFY(r.body.contains("not-a-number,&lt;i&gt;x&lt;/i&gt;"));
        QVERIFY(!r.body.contains("<i>"));
        QVERIFY(r.body.contains("+14155550001,first"));  // the textarea keeps what was pasted
        QCOMPARE(gateway.suppressions().count(QString()), 1);
        QVERIFY(!gateway.suppressions().isSuppressed(QStringLiteral("+14155550001")));

        // A good paste: added, the one on the list already reported.
        const QString good = QStringLiteral("phone,note\n+14155550001,first\n+14155550003,third\n") + kSa + QStringLiteral(",again\n");
        r = browser.post("/suppressed-recipients/import", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("csv"), good}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("2 number(s) added. 1 were on the list already."));
        QVERIFY(r.body.contains("Skipped rows"));
        QCOMPARE(gateway.suppressions().count(QString()), 3);
        QCOMPARE(gateway.suppressions().find(QStringLiteral("+14155550003"))->createdBy, QStringLiteral("olga"));

        // The file as a whole refused (no "phone" column); an empty paste.
        r = browser.post("/suppressed-recipients/import", {{QStringLiteral("csrf"), csrf(browser)},
                                                           {QStringLiteral("csv"), QStringLiteral("number\n+14155550009\n")}});
        QVERIFY(r.status >= 400);
        QVERIFY(r.body.contains("Nothing was imported"));
        r = browser.post("/suppressed-recipients/import", {{QStringLiteral("csrf"), csrf(browser)}, {QStringLiteral("csv"), QString()}});
        QCOMPARE(r.status, 422);
        QCOMPARE(gateway.suppressions().count(QString()), 3);
    }

    void everyPostNeedsTheTokenAndChangesNothingWithout()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(gateway.suppressions().suppress(kSa, QString(), QStringLiteral("alice")));
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("alice"), kPassword).status, 303);
        const QString wrong = QStringLiteral("x").repeated(32);
        for (const QString &token : {QString(), wrong}) {
            PortalBrowser::Fields base;
            if (!token.isEmpty())
                base.append({QStringLiteral("csrf"), token});
            ParsedResponse r = browser.post("/suppressed-recipients", base + PortalBrowser::Fields{{QStringLiteral("phone"), kUs}});
            QCOMPARE(r.status, 403);
            r = browser.post("/suppressed-recipients/remove",
                             base + PortalBrowser::Fields{{QStringLiteral("phone"), kSa}, {QStringLiteral("confirm"), QStringLiteral("yes")}});
            QCOMPARE(r.status, 403);
            r = browser.post("/suppressed-recipients/import",
                             base + PortalBrowser::Fields{{QStringLiteral("csv"), QStringLiteral("phone\n") + kUs + QStringLiteral("\n")}});
            QCOMPARE(r.status, 403);
        }
        QVERIFY(!gateway.suppressions().isSuppressed(kUs));
        QVERIFY(gateway.suppressions().isSuppressed(kSa));
        QCOMPARE(gateway.suppressions().count(QString()), 1);
    }

    void aHostileNoteIsInert()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const QString hostile = QStringLiteral("\"><img src=x onerror=alert(1)><script>alert(2)</script>");
        ParsedResponse r = browser.post("/suppressed-recipients", {{QStringLiteral("csrf"), csrf(browser)},
                                                                   {QStringLiteral("phone"), kUs},
                                                                   {QStringLiteral("note"), hostile}});
        QCOMPARE(r.status, 303);
        QCOMPARE(gateway.suppressions().find(kUs)->note, hostile);
        r = browser.get("/suppressed-recipients");
        QVERIFY(r.body.contains(R"(<td class="note">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;</td>)"));
        QVERIFY(!r.body.contains("<img"));
        QVERIFY(!r.body.contains("<script"));
        r = browser.get("/suppressed-recipients?q=%3Cscript%3E");
        QVERIFY(listed(r, kUs));
        QVERIFY(r.body.contains(R"(value="&lt;script&gt;")"));
        QVERIFY(!r.body.contains("<script"));
    }
};

QTEST_GUILESS_MAIN(TestPortalSuppressions)
#include "test_portal_suppressions.moc"
