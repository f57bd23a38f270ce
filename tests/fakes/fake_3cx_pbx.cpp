#include "fake_3cx_pbx.h"

#include "integrations/threecx/threecx_request_auth.h"
#include "support/portal_browser.h"

#include <QJsonDocument>

namespace wag::test {

QJsonObject Fake3cxPbx::callEvent(const QString &eventType, const QString &caller, const QString &agentExtension,
                                  const QString &queue)
{
    return QJsonObject{{QStringLiteral("event_type"), eventType},
                       {QStringLiteral("caller"), caller},
                       {QStringLiteral("agent_extension"), agentExtension},
                       {QStringLiteral("queue"), queue},
                       {QStringLiteral("call_time"), QStringLiteral("2026-05-04 09:12")},
                       {QStringLiteral("call_id"), QStringLiteral("3cx-call-1")}};
}

QJsonObject Fake3cxPbx::agentReply(const QString &to, const QString &text, const QString &purpose)
{
    QJsonObject body{{QStringLiteral("event_type"), QStringLiteral("outbound_message")},
                     {QStringLiteral("to"), to},
                     {QStringLiteral("message_text"), text},
                     {QStringLiteral("agent_extension"), QStringLiteral("201")},
                     {QStringLiteral("conversation_id"), QStringLiteral("conv-1")}};
    if (!purpose.isEmpty())
        body.insert(QStringLiteral("message_purpose"), purpose);
    return body;
}

Fake3cxPbx::Headers Fake3cxPbx::headersFor(const QByteArray &body) const
{
    Headers headers{{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_secret.isNull())
        headers.append({"X-WhatsApp-Gateway-3CX-Secret", m_secret.toUtf8()});
    if (m_signing) {
        const QDateTime when = m_signingTime.isValid() ? m_signingTime : QDateTime::currentDateTimeUtc();
        const qint64 seconds = when.toSecsSinceEpoch();
        headers.append({"X-WhatsApp-Gateway-Timestamp", QByteArray::number(seconds)});
        headers.append({"X-WhatsApp-Gateway-Signature", threecx::signBody(m_secret, seconds, body)});
    }
    return headers;
}

ParsedResponse Fake3cxPbx::post(const QJsonObject &event, const Headers &extra)
{
    return postRaw(QJsonDocument(event).toJson(QJsonDocument::Compact), extra);
}

ParsedResponse Fake3cxPbx::postRaw(const QByteArray &body, const Headers &extra)
{
    Headers headers = headersFor(body);
    for (const auto &header : extra) {
        // An extra header replaces the fake's own of that name.
        headers.removeIf([&](const auto &h) { return h.first.toLower() == header.first.toLower(); });
        if (!header.second.isNull())
            headers.append(header);
    }
    PortalBrowser client(m_port);
    return client.send("POST", "/integrations/3cx/webhook/" + m_integrationId.toUtf8(), body, headers);
}

} // namespace wag::test
