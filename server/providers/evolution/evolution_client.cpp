#include "evolution_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace wag::evolution {

bool Reply::isErrorOn200() const
{
    return json.isObject() && json.toObject().value(QLatin1String("error")).toBool();
}

Client::Client(QString baseUrl, QByteArray apiKey, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)),
      m_network(new QNetworkAccessManager(this))
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The administrator's own server, usually on this machine or the LAN: an http_proxy
    // meant for the internet must not carry the key to it.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

Client::~Client() = default;

void Client::get(const QString &path, int timeoutMs, Done done)
{
    send("GET", path, {}, timeoutMs, std::move(done));
}

void Client::post(const QString &path, const QJsonValue &body, int timeoutMs, Done done)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    send("POST", path, bytes, timeoutMs, std::move(done));
}

void Client::remove(const QString &path, int timeoutMs, Done done)
{
    send("DELETE", path, {}, timeoutMs, std::move(done));
}

QString Client::errorText(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    QJsonValue message = object.value(QLatin1String("response")).toObject().value(QLatin1String("message"));
    if (message.isUndefined())
        message = object.value(QLatin1String("message"));
    if (message.isString())
        return message.toString();
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : message.toArray()) {
            if (part.isString())
                parts << part.toString();
            else if (part.isObject())
                parts << QString::fromUtf8(QJsonDocument(part.toObject()).toJson(QJsonDocument::Compact));
        }
        return parts.join(QStringLiteral("; "));
    }
    return object.value(QLatin1String("error")).toString();
}

void Client::send(const QByteArray &verb, const QString &path, const QByteArray &body, int timeoutMs,
                  Done done)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setRawHeader("apikey", m_apiKey);
    request.setRawHeader("Accept", "application/json");
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);

    // Our own timer rather than setTransferTimeout: that one restarts on every byte, and a
    // server trickling its answer must not hold the gateway beyond the call's deadline.
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);

    QObject::connect(reply, &QNetworkReply::finished, this, [reply, timedOut, done = std::move(done)] {
        reply->deleteLater();
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = result.httpStatus > 0 ? reply->readAll() : QByteArray();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (*timedOut) {
            result.outcome = Reply::Outcome::Timeout;
            result.message = QStringLiteral("no answer in time");
        } else if (result.httpStatus == 0) {
            result.outcome = Reply::Outcome::Unreachable;
            result.message = reply->errorString();
        } else if (result.httpStatus == 401) {
            result.outcome = Reply::Outcome::AuthFailed;
            result.message = QStringLiteral("the provider refused the API key (401)");
        } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.outcome = Reply::Outcome::Ok;
        } else {
            result.outcome = Reply::Outcome::HttpError;
            const QString text = errorText(result.json);
            result.message = QStringLiteral("HTTP %1%2").arg(result.httpStatus).arg(
                text.isEmpty() ? QString() : QStringLiteral(": ") + text.left(300));
        }
        done(result);
    });
}

} // namespace wag::evolution
