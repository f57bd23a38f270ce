#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace wag {

// A request as handlers see it: already framed, size-checked and parsed.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "POST"
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;
    bool secure = false;                 // arrived over TLS
    QHash<QString, QString> pathParams;  // from "{name}" segments of the route

    // Case-insensitive lookup of the first header with this (lower-case) name.
    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);

    // The error shape of SPEC §5: {"success": false, "error", "message", "details"}.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &details = {});
};

QByteArray reasonPhrase(int status);

} // namespace wag
