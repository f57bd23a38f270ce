#pragma once

#include "support/raw_http.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace wag::test {

// A 3CX phone system as the gateway sees it: its CRM integration posts one JSON event per
// call (and the agent's replies) to POST /integrations/3cx/webhook/{integration_id}, with
// the integration's secret in X-WhatsApp-Gateway-3CX-Secret and, when signing is on,
// X-WhatsApp-Gateway-Timestamp and X-WhatsApp-Gateway-Signature ("sha256=" + hex of
// HMAC-SHA256(secret, timestamp + "." + body)). Requests run a local event loop, so a
// gateway serving in the test's own thread answers meanwhile.
class Fake3cxPbx
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Fake3cxPbx(quint16 port, QString integrationId, QString secret)
        : m_port(port), m_integrationId(std::move(integrationId)), m_secret(std::move(secret))
    {
    }

    void setSecret(const QString &secret) { m_secret = secret; }
    void setIntegrationId(const QString &id) { m_integrationId = id; }
    // Signing on: every post carries a timestamp and signature, the timestamp read from
    // `signingTime` (a test's clock moves it).
    void setSigning(bool on) { m_signing = on; }
    void setSigningTime(const QDateTime &when) { m_signingTime = when; }

    // The CRM integration's body for a call event ("missed_call", "voicemail", ...).
    static QJsonObject callEvent(const QString &eventType, const QString &caller,
                                 const QString &agentExtension = QStringLiteral("201"),
                                 const QString &queue = QStringLiteral("Support"));
    // An agent's reply typed in 3CX.
    static QJsonObject agentReply(const QString &to, const QString &text,
                                  const QString &purpose = QStringLiteral("support"));

    ParsedResponse post(const QJsonObject &event, const Headers &extra = {});
    // The raw body as given (invalid JSON, huge bodies), signed like any other.
    ParsedResponse postRaw(const QByteArray &body, const Headers &extra = {});
    // The headers a post would carry, for tests that want to change one.
    Headers headersFor(const QByteArray &body) const;

private:
    quint16 m_port;
    QString m_integrationId;
    QString m_secret;
    bool m_signing = false;
    QDateTime m_signingTime;
};

} // namespace wag::test
