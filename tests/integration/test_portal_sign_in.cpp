// Portal sign-in over real HTTP against an engine serving in-process with a manual clock:
// the session cookie's attributes, wrong passwords, the sign-in form's own token, the
// address limit and the user lockout at their edges, idle and absolute session expiry at
// theirs, disabled users, sign-out, and Secure cookies over HTTPS.
#include "accounts/user_service.h"
#include "portal/portal.h"
#include "portal/portal_limits.h"
#include "portal/session_service.h"
#include "support/portal_browser.h"
#include "support/serving_engine.h"
#include "support/tls_files.h"

#include <QTest>

using namespace wag;
using namespace wag::test;

namespace {

const QString kAdmin = QStringLiteral("alice");
const QString kPassword = QStringLiteral("correct horse battery");

struct Gateway
{
    ManualClock clock;
    ServingEngine engine;

    // Serving, with the admin alice; empty on success.
    QString start(const QMap<QString, QString> &settings = {})
    {
        if (QString problem = engine.start(clock, settings); !problem.isEmpty())
            return problem;
        const Result<UserRecord> admin = engine->users().createUser(kAdmin, QStringLiteral("admin"), kPassword);
        return admin ? QString() : admin.failure().message;
    }
    quint16 port() const { return engine.port(); }
};

bool signedInPage(const ParsedResponse &r)
{
    return r.status == 200 && r.body.contains("Signed in as alice");
}

} // namespace

class TestPortalSignIn : public QObject
{
    Q_OBJECT

private slots:
    void signInSetsAStrictHttpOnlySessionCookie()
    {
        Gateway gateway;
        QVERIFY2(gateway.start().isEmpty(), "engine did not start");
        PortalBrowser browser(gateway.port());
        const ParsedResponse signedIn = browser.signIn(kAdmin, kPassword);
        QCOMPARE(signedIn.status, 303);
        QCOMPARE(signedIn.header("location"), QByteArray("/instances"));
        const QList<QByteArray> cookies = PortalBrowser::setCookies(signedIn, "wag_session");
        QCOMPARE(cookies.size(), 1);
        const QByteArray cookie = cookies.first();
        QVERIFY2(cookie.contains("; HttpOnly"), cookie.constData());
        QVERIFY2(cookie.contains("; SameSite=Strict"), cookie.constData());
        QVERIFY2(cookie.contains("; Path=/;") || cookie.endsWith("; Path=/"), cookie.constData());
        QVERIFY2(!cookie.contains("Secure"), "plain HTTP cannot keep a Secure cookie");
        QCOMPARE(browser.cookie("wag_session").size(), 43);
        QVERIFY(signedInPage(browser.get("/instances")));

        // The name is case-folded, as everywhere else.
        PortalBrowser other(gateway.port());
        QCOMPARE(other.signIn(QStringLiteral("ALICE"), kPassword).status, 303);
    }

    void wrongPasswordAndUnknownUserAreRefusedAlike()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        const ParsedResponse wrong = browser.signIn(kAdmin, QStringLiteral("not the password"));
        const ParsedResponse unknown = browser.signIn(QStringLiteral("mallory"), QStringLiteral("not the password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QVERIFY(wrong.body.contains("Wrong user name or password."));
        QVERIFY(unknown.body.contains("Wrong user name or password."));
        QVERIFY(PortalBrowser::setCookies(wrong, "wag_session").isEmpty());
        QVERIFY(browser.cookie("wag_session").isEmpty());
        QCOMPARE(gateway.engine->portal()->sessions().count(), 0);
        // What was typed comes back in the form, the password never does.
        QVERIFY(wrong.body.contains(R"(value="alice")"));
        QVERIFY(!wrong.body.contains("not the password"));
        QCOMPARE(browser.get("/instances").status, 303);
        // A name no user can have gets the same answer (and is not tracked).
        QCOMPARE(browser.signIn(QString(2000, u'x'), QStringLiteral("not the password")).status, 401);
    }

    void signInFormWithoutOrWithAWrongTokenIsRefused()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        const QString token = PortalBrowser::csrfIn(browser.get("/login").body);
        QCOMPARE(token.size(), 32);

        ParsedResponse r = browser.post("/login", {{QStringLiteral("user"), kAdmin}, {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 403);
        QString wrong = token;
        wrong[0] = wrong[0] == u'a' ? u'b' : u'a';
        r = browser.post("/login", {{QStringLiteral("csrf"), wrong}, {QStringLiteral("user"), kAdmin},
                                    {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 403);
        // A forged post from another site has the field but not the cookie.
        PortalBrowser forger(gateway.port());
        r = forger.post("/login", {{QStringLiteral("csrf"), token}, {QStringLiteral("user"), kAdmin},
                                   {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 403);
        QCOMPARE(gateway.engine->portal()->sessions().count(), 0);
        QVERIFY(browser.cookie("wag_session").isEmpty());

        // Refused forms spend nothing: all ten address attempts are still there.
        for (int i = 0; i < portal::LoginLimits().attemptsPerAddress - 1; ++i)
            QCOMPARE(browser.signIn(QStringLiteral("nobody%1").arg(i), QStringLiteral("wrong")).status, 401);
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
    }

    void addressLimitHoldsAtItsEdge()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const portal::LoginLimits limits;
        PortalBrowser browser(gateway.port());
        // Different names each time, so no user lockout gets in the way.
        for (int i = 0; i < limits.attemptsPerAddress; ++i)
            QCOMPARE(browser.signIn(QStringLiteral("guess%1").arg(i), QStringLiteral("wrong")).status, 401);

        ParsedResponse r = browser.signIn(kAdmin, kPassword); // the right password, one too many
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray::number(limits.addressWindowMs / 1000));
        QVERIFY(r.body.contains("Too many sign-in attempts from your address"));
        QVERIFY(browser.cookie("wag_session").isEmpty());

        gateway.clock.advance(limits.addressWindowMs - 1);
        r = browser.signIn(kAdmin, kPassword);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("1"));

        gateway.clock.advance(1); // the first attempts leave the window
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
    }

    void lockoutHoldsAtItsEdge()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const portal::LoginLimits limits;
        PortalBrowser browser(gateway.port());

        // One failure short of the lockout, the right password still works and starts the
        // count again.
        for (int i = 0; i < limits.failuresBeforeLockout - 1; ++i)
            QCOMPARE(browser.signIn(kAdmin, QStringLiteral("wrong")).status, 401);
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
        browser.forgetCookies();

        // The address window passes (its limit is not what is tested here); then the last
        // failure that locks the name.
        gateway.clock.advance(limits.addressWindowMs);
        for (int i = 0; i < limits.failuresBeforeLockout; ++i)
            QCOMPARE(browser.signIn(kAdmin, QStringLiteral("wrong")).status, 401);
        ParsedResponse r = browser.signIn(kAdmin, kPassword);
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.contains("Too many wrong passwords for this user"));
        QCOMPARE(r.header("retry-after"), QByteArray::number(limits.lockoutMs / 1000));
        // From another address (or browser) too: the lockout is the name's.
        PortalBrowser elsewhere(gateway.port());
        QCOMPARE(elsewhere.signIn(QStringLiteral("Alice"), kPassword).status, 429);

        gateway.clock.advance(limits.lockoutMs - 1);
        r = browser.signIn(kAdmin, kPassword);
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.contains("Too many wrong passwords for this user"));
        QVERIFY(browser.cookie("wag_session").isEmpty());

        gateway.clock.advance(1);
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
        QVERIFY(signedInPage(browser.get("/instances")));
    }

    void idleSessionEndsAtItsEdge()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const portal::SessionLimits limits;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);

        gateway.clock.advance(limits.idleTimeoutMs - 1);
        QVERIFY(signedInPage(browser.get("/instances"))); // and that use restarts the idle time
        gateway.clock.advance(limits.idleTimeoutMs - 1);
        QVERIFY(signedInPage(browser.get("/instances")));

        gateway.clock.advance(limits.idleTimeoutMs);
        const ParsedResponse r = browser.get("/instances");
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("location"), QByteArray("/login"));
        QVERIFY(PortalBrowser::setCookies(r, "wag_session").value(0).contains("Max-Age=0"));
        QCOMPARE(gateway.engine->portal()->sessions().count(), 0);
    }

    void busySessionEndsAtItsAbsoluteLifetime()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        const portal::SessionLimits limits;
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
        const QByteArray session = browser.cookie("wag_session");

        // Used well within the idle time, all the way to one millisecond before the end.
        const qint64 step = limits.idleTimeoutMs / 2;
        qint64 elapsed = 0;
        while (elapsed + step < limits.absoluteLifetimeMs - 1) {
            gateway.clock.advance(step);
            elapsed += step;
            QVERIFY2(signedInPage(browser.get("/instances")), qPrintable(QString::number(elapsed)));
        }
        gateway.clock.advance(limits.absoluteLifetimeMs - 1 - elapsed);
        QVERIFY(signedInPage(browser.get("/instances")));

        gateway.clock.advance(1);
        QCOMPARE(browser.get("/instances").status, 303);
        browser.setCookie("wag_session", session); // and it stays gone
        QCOMPARE(browser.get("/instances").status, 303);
    }

    void disabledUserCannotSignInAndTheirSessionsEnd()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        QVERIFY(gateway.engine->users().createUser(QStringLiteral("olga"), QStringLiteral("operator"), kPassword));
        PortalBrowser olga(gateway.port());
        QCOMPARE(olga.signIn(QStringLiteral("olga"), kPassword).status, 303);
        const QByteArray session = olga.cookie("wag_session");
        QCOMPARE(olga.get("/instances").status, 200);

        QVERIFY(gateway.engine->users().setDisabled(QStringLiteral("olga"), true).ok());
        QCOMPARE(olga.get("/instances").status, 303);
        const ParsedResponse refused = olga.signIn(QStringLiteral("olga"), kPassword);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("This account is disabled."));
        QVERIFY(olga.cookie("wag_session").isEmpty());

        // Enabled again, the old session does not come back: only a new sign-in helps.
        QVERIFY(gateway.engine->users().setDisabled(QStringLiteral("olga"), false).ok());
        olga.setCookie("wag_session", session);
        QCOMPARE(olga.get("/instances").status, 303);
        QCOMPARE(olga.signIn(QStringLiteral("olga"), kPassword).status, 303);
        QCOMPARE(olga.get("/instances").status, 200);
    }

    void newPasswordEndsTheSessionsMadeWithTheOld()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser alice(gateway.port());
        QCOMPARE(alice.signIn(kAdmin, kPassword).status, 303);
        QVERIFY(signedInPage(alice.get("/instances")));

        const QString newPassword = QStringLiteral("another long passphrase");
        QVERIFY(gateway.engine->users().resetPassword(kAdmin, newPassword).ok());
        QCOMPARE(alice.get("/instances").status, 303); // back to sign-in
        QCOMPARE(alice.signIn(kAdmin, kPassword).status, 401);
        QCOMPARE(alice.signIn(kAdmin, newPassword).status, 303);
        QVERIFY(signedInPage(alice.get("/instances")));
    }

    void signOutNeedsTheTokenAndEndsTheSession()
    {
        Gateway gateway;
        QVERIFY(gateway.start().isEmpty());
        PortalBrowser browser(gateway.port());
        QCOMPARE(browser.signIn(kAdmin, kPassword).status, 303);
        const ParsedResponse page = browser.get("/instances");
        const QString token = PortalBrowser::csrfIn(page.body);
        QCOMPARE(token.size(), 32);
        QVERIFY(page.body.contains(R"(<form method="post" action="/logout")"));

        QCOMPARE(browser.post("/logout", {}).status, 403);
        QString wrong = token; // the last character changed, whatever it was
        wrong[31] = wrong[31] == u'x' ? u'y' : u'x';
        QCOMPARE(browser.post("/logout", {{QStringLiteral("csrf"), wrong}}).status, 403);
        QVERIFY(signedInPage(browser.get("/instances"))); // still signed in

        const QByteArray session = browser.cookie("wag_session");
        const ParsedResponse out = browser.post("/logout", {{QStringLiteral("csrf"), token}});
        QCOMPARE(out.status, 303);
        QCOMPARE(out.header("location"), QByteArray("/login"));
        QVERIFY(PortalBrowser::setCookies(out, "wag_session").value(0).contains("Max-Age=0"));
        browser.setCookie("wag_session", session);
        QCOMPARE(browser.get("/instances").status, 303);
    }

    void sessionCookieIsSecureOverHttps()
    {
        const TlsFiles tls = makeSelfSignedCertificate();
        QVERIFY2(tls.ok(), qPrintable(tls.error));
        Gateway gateway;
        const QString problem = gateway.start({{QStringLiteral("tls_cert"), tls.certificatePath},
                                               {QStringLiteral("tls_key"), tls.keyPath}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        PortalBrowser browser(gateway.port(), true);
        const ParsedResponse login = browser.get("/login");
        QCOMPARE(login.status, 200);
        QVERIFY(PortalBrowser::setCookies(login, "wag_login").value(0).contains("; Secure"));
        const ParsedResponse signedIn = browser.signIn(kAdmin, kPassword);
        QCOMPARE(signedIn.status, 303);
        const QByteArray cookie = PortalBrowser::setCookies(signedIn, "wag_session").value(0);
        QVERIFY2(cookie.contains("; Secure"), cookie.constData());
        QVERIFY(cookie.contains("; HttpOnly"));
        QVERIFY(cookie.contains("; SameSite=Strict"));
        QVERIFY(signedInPage(browser.get("/instances")));
    }
};

QTEST_GUILESS_MAIN(TestPortalSignIn)
#include "test_portal_sign_in.moc"
