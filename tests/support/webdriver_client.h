#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace wag::test {

// A real Chromium, headless, driven through chromedriver's W3C WebDriver HTTP API (Debian's
// chromium and chromium-driver packages; packaging/install-test-deps.sh installs them).
// chromedriver runs as a child on a loopback port it picks itself; the browser gets a fresh
// profile in a temporary folder. Every command is a blocking HTTP call that spins a local
// event loop, so whatever else lives in the test's thread keeps running meanwhile.
//
// Finding an element waits for it (the session's implicit wait, bounded), and navigation
// and clicks wait for the page to load (page-load strategy "normal"): tests need no sleeps.
// To check that something is absent, ask executeScript (which does not wait).
//
// A failed command returns an empty/false/null value and leaves its reason in lastError().
class WebDriverClient
{
public:
    WebDriverClient();
    ~WebDriverClient();

    WebDriverClient(const WebDriverClient &) = delete;
    WebDriverClient &operator=(const WebDriverClient &) = delete;

    // Starts chromedriver and opens a browser session. Empty on success, otherwise what went
    // wrong (a missing browser is named, with the command that installs it).
    QString start();
    // Ends the session (the browser closes) and stops chromedriver. The destructor calls it.
    void quit();

    // WAG_CHROMIUM / WAG_CHROMEDRIVER override the Debian paths.
    static QString chromiumBinary();
    static QString chromedriverBinary();

    bool navigate(const QString &url);
    QString currentUrl();
    // The path of the current URL ("/instances"), empty on failure.
    QString currentPath();

    // The element's reference, empty if none matches within the implicit wait.
    QString findElement(const QString &css);
    QString text(const QString &element);
    // The attribute as written in the page; a null QString when it is absent.
    QString attribute(const QString &element, const QString &name);
    // The DOM property (e.g. an input's current "value").
    QJsonValue property(const QString &element, const QString &name);
    bool clear(const QString &element);
    bool sendKeys(const QString &element, const QString &keys);
    bool click(const QString &element);

    // Shorthands: find, clear and type; find and click.
    bool fill(const QString &css, const QString &keys);
    bool clickOn(const QString &css);

    // Runs `script` as a function body in the page; `arguments` are its arguments. Returns
    // what it returns (null also on failure: check lastError()).
    QJsonValue executeScript(const QString &script, const QJsonArray &arguments = {});
    // The same for a script that answers later by calling its last argument (the session's
    // script timeout bounds the wait).
    QJsonValue executeAsyncScript(const QString &script, const QJsonArray &arguments = {});

    // Every cookie the browser holds for the current page, as WebDriver reports them
    // (name, value, path, domain, secure, httpOnly, sameSite, expiry).
    QJsonArray cookies();
    // One of them by name; an empty object when the browser holds none of that name.
    QJsonObject cookie(const QString &name);

    // The viewport as a PNG (empty on failure), for the documentation's pictures.
    QByteArray screenshotPng();

    QString lastError() const { return m_lastError; }

private:
    struct Reply
    {
        bool ok = false;
        QJsonValue value;
    };
    Reply command(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Reply sessionCommand(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString startDriver();

    QNetworkAccessManager m_network;
    QProcess m_driver;
    QByteArray m_driverOutput;
    QTemporaryDir m_profile;
    quint16 m_port = 0;
    QString m_session;
    qint64 m_browserPid = 0;
    QString m_lastError;
};

} // namespace wag::test
