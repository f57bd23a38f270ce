#pragma once

#include "raw_http.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace wag::test {

// A browser for portal tests that runs in the test's own thread: each request spins a
// local event loop until its answer is complete, so an engine serving in the same thread
// answers meanwhile (no second thread, no sleeping). It keeps cookies as a browser does
// (Max-Age=0 deletes) and sends them back; Set-Cookie headers stay readable on each
// response for tests of their attributes. HTTPS accepts the test's self-signed certificate.
class PortalBrowser
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Fields = QList<QPair<QString, QString>>;

    explicit PortalBrowser(quint16 port, bool tls = false) : m_port(port), m_tls(tls) { }

    // Accept: text/html unless `headers` sets another Accept (or an empty one: none at all).
    ParsedResponse get(const QByteArray &path, const Headers &headers = {});
    // An urlencoded form, as a browser submits it.
    ParsedResponse post(const QByteArray &path, const Fields &fields, const Headers &headers = {});
    ParsedResponse send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                        const Headers &headers);

    // GET /login, then POST /login with the form's token; the POST's answer.
    ParsedResponse signIn(const QString &user, const QString &password);

    QByteArray cookie(const QByteArray &name) const { return m_cookies.value(name); }
    void setCookie(const QByteArray &name, const QByteArray &value) { m_cookies.insert(name, value); }
    void forgetCookies() { m_cookies.clear(); }

    // The value of the hidden "csrf" field in a page ("" when there is none).
    static QString csrfIn(const QByteArray &html);
    // Every Set-Cookie header of a response whose cookie is `name`.
    static QList<QByteArray> setCookies(const ParsedResponse &response, const QByteArray &name);
    static QByteArray encodeForm(const Fields &fields);

private:
    void keepCookies(const ParsedResponse &response);

    quint16 m_port;
    bool m_tls;
    QMap<QByteArray, QByteArray> m_cookies;
};

} // namespace wag::test
