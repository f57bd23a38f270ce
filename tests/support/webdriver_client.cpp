#include "support/webdriver_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>

#include <csignal>
#include <unistd.h>

namespace wag::test {

namespace {

// Upper bounds, not expectations: each wait ends as soon as its condition holds.
constexpr int kDriverStartMs = 30'000;
constexpr int kImplicitWaitMs = 10'000; // for an element to appear
constexpr int kPageLoadMs = 30'000;
constexpr int kScriptMs = 10'000;
constexpr int kCommandMs = 60'000; // one HTTP call to chromedriver, browser start included

// The W3C name of an element reference in JSON.
const QString kElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

QString installHint()
{
    return QStringLiteral("the portal's browser tests need Debian's chromium and chromium-driver packages; "
                          "scripts/test.sh installs them (packaging/install-test-deps.sh, as root)");
}

QString elementPath(const QString &element, const QString &what)
{
    return QStringLiteral("/element/%1/%2").arg(element, what);
}

} // namespace

WebDriverClient::WebDriverClient()
{
    // chromedriver is on loopback: an http_proxy in the environment must not be asked.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
}

WebDriverClient::~WebDriverClient()
{
    quit();
}

QString WebDriverClient::chromiumBinary()
{
    const QString overridden = qEnvironmentVariable("WAG_CHROMIUM");
    return overridden.isEmpty() ? QStringLiteral("/usr/bin/chromium") : overridden;
}

QString WebDriverClient::chromedriverBinary()
{
    const QString overridden = qEnvironmentVariable("WAG_CHROMEDRIVER");
    return overridden.isEmpty() ? QStringLiteral("/usr/bin/chromedriver") : overridden;
}

QString WebDriverClient::startDriver()
{
    // --port=0: chromedriver binds a free loopback port itself and says which, so no other
    // process can take the port between choosing and binding it.
    m_driver.start(chromedriverBinary(), {QStringLiteral("--port=0")});
    if (!m_driver.waitForStarted(kDriverStartMs))
        return QStringLiteral("chromedriver did not start: %1").arg(m_driver.errorString());
    static const QRegularExpression started(QStringLiteral("started successfully on port (\\d+)"));
    const QDeadlineTimer deadline(kDriverStartMs);
    while (!deadline.hasExpired()) {
        const auto match = started.match(QString::fromUtf8(m_driverOutput));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return {};
        }
        if (m_driver.state() == QProcess::NotRunning)
            break;
        m_driver.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_driverOutput += m_driver.readAll();
    }
    return QStringLiteral("chromedriver did not say which port it listens on; it printed: %1")
        .arg(QString::fromUtf8(m_driverOutput));
}

QString WebDriverClient::start()
{
    for (const QString &binary : {chromiumBinary(), chromedriverBinary()}) {
        if (!QFileInfo(binary).isExecutable())
            return QStringLiteral("%1 is missing: %2").arg(binary, installHint());
    }
    if (!m_profile.isValid())
        return QStringLiteral("no temporary folder for the browser profile");
    if (QString problem = startDriver(); !problem.isEmpty())
        return problem;

    QJsonArray arguments{
        QStringLiteral("--headless=new"),
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--user-data-dir=%1").arg(m_profile.path()),
        // Containers give /dev/shm 64 MiB, too little for Chromium's shared memory.
        QStringLiteral("--disable-dev-shm-usage"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--no-default-browser-check"),
        QStringLiteral("--disable-extensions"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        // The test keyring's Secret Service is for the gateway, not for the browser.
        QStringLiteral("--password-store=basic"),
        QStringLiteral("--no-proxy-server"),
        QStringLiteral("--lang=en-US"),
        // Wide enough for the portal's two-column layout.
        QStringLiteral("--window-size=1280,900"),
    };
    // Chromium refuses to run as root with its sandbox.
    if (::geteuid() == 0)
        arguments.append(QStringLiteral("--no-sandbox"));
    const QJsonObject chromeOptions{{QStringLiteral("binary"), chromiumBinary()},
                                    {QStringLiteral("args"), arguments}};
    const QJsonObject capabilities{
        {QStringLiteral("browserName"), QStringLiteral("chrome")},
        {QStringLiteral("pageLoadStrategy"), QStringLiteral("normal")},
        {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("implicit"), kImplicitWaitMs},
                                                 {QStringLiteral("pageLoad"), kPageLoadMs},
                                                 {QStringLiteral("script"), kScriptMs}}},
        {QStringLiteral("goog:chromeOptions"), chromeOptions},
    };
    const Reply session = command("POST", QStringLiteral("/session"),
                                  {{QStringLiteral("capabilities"),
                                    QJsonObject{{QStringLiteral("alwaysMatch"), capabilities}}}});
    if (!session.ok)
        return QStringLiteral("Chromium did not start: %1").arg(m_lastError);
    const QJsonObject value = session.value.toObject();
    m_session = value.value(QStringLiteral("sessionId")).toString();
    m_browserPid = value.value(QStringLiteral("capabilities")).toObject()
                       .value(QStringLiteral("goog:processID")).toInteger();
    if (m_session.isEmpty())
        return QStringLiteral("chromedriver answered without a session id");
    return {};
}

void WebDriverClient::quit()
{
    if (!m_session.isEmpty()) {
        const bool closed = command("DELETE", QStringLiteral("/session/%1").arg(m_session)).ok;
        m_session.clear();
        // A browser its driver could not close must not outlive the test.
        if (!closed && m_browserPid > 0)
            ::kill(pid_t(m_browserPid), SIGKILL);
        m_browserPid = 0;
    }
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000)) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
        }
    }
}

WebDriverClient::Reply WebDriverClient::command(const QByteArray &method, const QString &path,
                                                const QJsonObject &body)
{
    m_lastError.clear();
    if (m_port == 0) {
        m_lastError = QStringLiteral("chromedriver is not running");
        return {};
    }
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setTransferTimeout(kCommandMs);
    QByteArray payload;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString networkError = reply->errorString();
    reply->deleteLater();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    const QJsonValue value = document.object().value(QStringLiteral("value"));
    if (status == 200 && parseError.error == QJsonParseError::NoError)
        return {true, value};
    if (status == 0)
        m_lastError = QStringLiteral("%1 %2: no answer from chromedriver (%3)")
                          .arg(QString::fromLatin1(method), path, networkError);
    else
        m_lastError = QStringLiteral("%1 %2: %3 %4: %5")
                          .arg(QString::fromLatin1(method), path, QString::number(status),
                               value.toObject().value(QStringLiteral("error")).toString(),
                               value.toObject().value(QStringLiteral("message")).toString().section(u'\n', 0, 0));
    return {};
}

WebDriverClient::Reply WebDriverClient::sessionCommand(const QByteArray &method, const QString &path,
                                                       const QJsonObject &body)
{
    if (m_session.isEmpty()) {
        m_lastError = QStringLiteral("no browser session");
        return {};
    }
    return command(method, QStringLiteral("/session/%1%2").arg(m_session, path), body);
}

bool WebDriverClient::navigate(const QString &url)
{
    return sessionCommand("POST", QStringLiteral("/url"), {{QStringLiteral("url"), url}}).ok;
}

QString WebDriverClient::currentUrl()
{
    return sessionCommand("GET", QStringLiteral("/url")).value.toString();
}

QString WebDriverClient::currentPath()
{
    return QUrl(currentUrl()).path();
}

QString WebDriverClient::findElement(const QString &css)
{
    const Reply reply = sessionCommand("POST", QStringLiteral("/element"),
                                       {{QStringLiteral("using"), QStringLiteral("css selector")},
                                        {QStringLiteral("value"), css}});
    return reply.value.toObject().value(kElementKey).toString();
}

QString WebDriverClient::text(const QString &element)
{
    return sessionCommand("GET", elementPath(element, QStringLiteral("text"))).value.toString();
}

QString WebDriverClient::attribute(const QString &element, const QString &name)
{
    const QJsonValue value =
        sessionCommand("GET", elementPath(element, QStringLiteral("attribute/%1").arg(name))).value;
    return value.isString() ? value.toString() : QString();
}

QJsonValue WebDriverClient::property(const QString &element, const QString &name)
{
    return sessionCommand("GET", elementPath(element, QStringLiteral("property/%1").arg(name))).value;
}

bool WebDriverClient::clear(const QString &element)
{
    return sessionCommand("POST", elementPath(element, QStringLiteral("clear"))).ok;
}

bool WebDriverClient::sendKeys(const QString &element, const QString &keys)
{
    return sessionCommand("POST", elementPath(element, QStringLiteral("value")), {{QStringLiteral("text"), keys}}).ok;
}

bool WebDriverClient::click(const QString &element)
{
    return sessionCommand("POST", elementPath(element, QStringLiteral("click"))).ok;
}

bool WebDriverClient::fill(const QString &css, const QString &keys)
{
    const QString element = findElement(css);
    return !element.isEmpty() && clear(element) && sendKeys(element, keys);
}

bool WebDriverClient::clickOn(const QString &css)
{
    const QString element = findElement(css);
    return !element.isEmpty() && click(element);
}

QJsonValue WebDriverClient::executeScript(const QString &script, const QJsonArray &arguments)
{
    return sessionCommand("POST", QStringLiteral("/execute/sync"),
                          {{QStringLiteral("script"), script}, {QStringLiteral("args"), arguments}})
        .value;
}

QByteArray WebDriverClient::screenshotPng()
{
    const Reply reply = sessionCommand("GET", QStringLiteral("/screenshot"));
    return reply.ok ? QByteArray::fromBase64(reply.value.toString().toLatin1()) : QByteArray();
}

QJsonValue WebDriverClient::executeAsyncScript(const QString &script, const QJsonArray &arguments)
{
    return sessionCommand("POST", QStringLiteral("/execute/async"),
                          {{QStringLiteral("script"), script}, {QStringLiteral("args"), arguments}})
        .value;
}

QJsonArray WebDriverClient::cookies()
{
    return sessionCommand("GET", QStringLiteral("/cookie")).value.toArray();
}

QJsonObject WebDriverClient::cookie(const QString &name)
{
    for (const QJsonValue &entry : cookies()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == name)
            return entry.toObject();
    }
    return {};
}

} // namespace wag::test
