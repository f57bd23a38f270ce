#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace wag::evolution {

// How one call to Evolution ended, sorted the way the gateway reacts to it.
struct Reply
{
    enum class Outcome {
        Ok,          // 2xx
        HttpError,   // another status; see httpStatus and message
        AuthFailed,  // 401: the key is wrong
        Unreachable, // no connection (refused, unknown host, TLS, reset)
        Timeout,     // no complete answer within the call's time
    };
    Outcome outcome = Outcome::Unreachable;
    int httpStatus = 0;
    QJsonValue json;  // the parsed body (null when empty or not JSON)
    QString message;  // for logs and people: Evolution's response.message, or the network error

    bool ok() const { return outcome == Outcome::Ok; }
    // Evolution's connect and restart answer 200 with {"error":true,"message":…}.
    bool isErrorOn200() const;
};

// The calls the gateway makes to an Evolution API v2 server: JSON in and out, the global
// key in the `apikey` header, a deadline on every call, never a redirect (the key must not
// follow one). Everything is asynchronous; `done` runs once, from the event loop.
class Client : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &)>;

    Client(QString baseUrl, QByteArray apiKey, QObject *parent = nullptr);
    ~Client() override;

    void get(const QString &path, int timeoutMs, Done done);
    void post(const QString &path, const QJsonValue &body, int timeoutMs, Done done);
    void remove(const QString &path, int timeoutMs, Done done);

    const QString &baseUrl() const { return m_baseUrl; }

    // Evolution's error envelope {"status","error","response":{"message":[…]|"…"}} as one
    // line; objects inside message (send's exists:false entries) are written as JSON.
    static QString errorText(const QJsonValue &json);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, int timeoutMs,
              Done done);

    QString m_baseUrl; // without a trailing '/'
    QByteArray m_apiKey;
    QNetworkAccessManager *m_network;
};

} // namespace wag::evolution
