#include "portal_browser.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace wag::test {

QByteArray PortalBrowser::encodeForm(const Fields &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        // Spaces as '+', as browsers send them: the portal must read both forms.
        out += QUrl::toPercentEncoding(field.first, " ").replace(' ', '+') + '='
            + QUrl::toPercentEncoding(field.second, " ").replace(' ', '+');
    }
    return out;
}

QString PortalBrowser::csrfIn(const QByteArray &html)
{
    static const QRegularExpression field(QStringLiteral(R"re(name="csrf" value="([^"]*)")re"));
    return field.match(QString::fromUtf8(html)).captured(1);
}

QList<QByteArray> PortalBrowser::setCookies(const ParsedResponse &response, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &header : response.headers) {
        if (header.first == "set-cookie" && header.second.startsWith(QByteArray(name + '=')))
            out << header.second;
    }
    return out;
}

void PortalBrowser::keepCookies(const ParsedResponse &response)
{
    for (const auto &header : response.headers) {
        if (header.first != "set-cookie")
            continue;
        const QList<QByteArray> parts = header.second.split(';');
        const QByteArray pair = parts.value(0).trimmed();
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        bool deleted = false;
        for (const QByteArray &attribute : parts)
            deleted = deleted || attribute.trimmed().toLower() == "max-age=0";
        if (deleted)
            m_cookies.remove(pair.left(equals));
        else
            m_cookies.insert(pair.left(equals), pair.mid(equals + 1));
    }
}

ParsedResponse PortalBrowser::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                   const Headers &headers)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    bool acceptGiven = false;
    for (const auto &h : headers) {
        if (h.first.toLower() == "accept") {
            acceptGiven = true;
            if (h.second.isEmpty())
                continue;
        }
        request += h.first + ": " + h.second + "\r\n";
    }
    if (!acceptGiven)
        request += "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n";
    if (!m_cookies.isEmpty()) {
        QByteArrayList pairs;
        for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
            pairs << it.key() + '=' + it.value();
        request += "Cookie: " + pairs.join("; ") + "\r\n";
    }
    if (method == "POST" || !body.isEmpty())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    std::unique_ptr<QTcpSocket> socket;
    if (m_tls) {
        auto *tls = new QSslSocket;
        tls->setPeerVerifyMode(QSslSocket::VerifyNone); // the test's self-signed certificate
        tls->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        socket.reset(tls);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    QByteArray received;
    ParsedResponse response;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(socket.get(), &QTcpSocket::readyRead, &loop, [&] {
        received += socket->readAll();
        response = parseResponse(received, method == "HEAD");
        if (response.complete)
            loop.quit();
    });
    QObject::connect(socket.get(), &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    socket->write(request); // buffered until connected (and encrypted)
    timeout.start(10'000);
    if (!response.complete)
        loop.exec();
    received += socket->readAll();
    response = parseResponse(received, method == "HEAD");
    keepCookies(response);
    return response;
}

ParsedResponse PortalBrowser::get(const QByteArray &path, const Headers &headers)
{
    return send("GET", path, {}, headers);
}

ParsedResponse PortalBrowser::post(const QByteArray &path, const Fields &fields, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", path, encodeForm(fields), all);
}

ParsedResponse PortalBrowser::signIn(const QString &user, const QString &password)
{
    const ParsedResponse form = get("/login");
    return post("/login", {{QStringLiteral("csrf"), csrfIn(form.body)},
                           {QStringLiteral("user"), user},
                           {QStringLiteral("password"), password}});
}

} // namespace wag::test
